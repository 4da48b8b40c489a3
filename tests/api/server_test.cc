// End-to-end tests of the HTTP API: each test starts the REAL `sanctions serve` on a free
// loopback port (127.0.0.1 only), with its own temporary directory and list copy, and
// calls it over HTTP with httplib::Client.
#include <gtest/gtest.h>

#include <arpa/inet.h>
#include <netinet/in.h>
#include <sys/socket.h>
#include <sys/stat.h>

#include <httplib.h>
#include <atomic>
#include <chrono>
#include <map>
#include <thread>

#include <nlohmann/json.hpp>

#include <filesystem>
#include <regex>
#include <set>

#include "tests/cli/subprocess.h"

namespace sanctions::testing {
namespace {

using nlohmann::json;
using namespace std::chrono_literals;

const std::string kBinary = SANCTIONS_BINARY;
const std::string kData = std::string(SANCTIONS_TESTDATA_DIR) + "/cli";
const std::string kKey = "test-key-0123456789abcdef";

class ServerTest : public ::testing::Test {
 protected:
  void SetUp() override {
    list_ = tmp_.path("lists/sdn.csv");
    std::filesystem::create_directories(tmp_.path("lists"));
    std::filesystem::copy_file(kData + "/sdn.csv", list_);
    tmp_.Write("key", kKey + "\n");
  }

  void TearDown() override {
    if (server_.running()) {
      server_.Signal(SIGKILL);
      server_.Wait(5s);
    }
  }

  // The server still answers: GET /healthz is 200.
  void ExpectHealthy() {
    auto ok = client_->Get("/healthz");
    ASSERT_TRUE(ok);
    EXPECT_EQ(ok->status, 200);
  }

  // Starts the server on a free port and waits for /readyz.
  void Start(std::vector<std::string> extra = {}, bool with_key = true) {
    std::vector<std::string> args = {kBinary, "serve", "--listen", "127.0.0.1:0", "--list", list_};
    if (with_key) {
      args.push_back("--api-key-file");
      args.push_back(tmp_.path("key"));
    }
    args.insert(args.end(), extra.begin(), extra.end());
    log_ = tmp_.path("server.log");
    ASSERT_TRUE(server_.Start(args, tmp_.path("server.out"), log_,
                              {{"SANCTIONS_HOME", tmp_.path("home")}}));
    // The port is printed on stderr: "listening on http://127.0.0.1:PORT".
    std::regex re(R"(listening on http://127\.0\.0\.1:(\d+))");
    auto deadline = std::chrono::steady_clock::now() + 60s;
    while (port_ == 0 && std::chrono::steady_clock::now() < deadline) {
      std::smatch m;
      std::string log = ReadAll(log_);
      if (std::regex_search(log, m, re)) port_ = std::stoi(m[1]);
      if (!server_.running()) break;
      std::this_thread::sleep_for(20ms);
    }
    ASSERT_GT(port_, 0) << "server did not start: " << ReadAll(log_);
    client_ = std::make_unique<httplib::Client>("127.0.0.1", port_);
    client_->set_read_timeout(30, 0);
    while (std::chrono::steady_clock::now() < deadline) {
      auto res = client_->Get("/readyz");
      if (res && res->status == 200) return;
      std::this_thread::sleep_for(20ms);
    }
    FAIL() << "server never became ready: " << ReadAll(log_);
  }

  json Body(const httplib::Result& res) {
    EXPECT_TRUE(res) << "no response";
    if (!res) return json();
    json j = json::parse(res->body, nullptr, false);
    EXPECT_FALSE(j.is_discarded()) << res->body;
    return j;
  }

  httplib::Result PostJson(const std::string& path, const std::string& body,
                           const httplib::Headers& headers = {}) {
    return client_->Post(path.c_str(), headers, body, "application/json");
  }

  TempDir tmp_;
  std::string list_;
  std::string log_;
  BackgroundProcess server_;
  int port_ = 0;
  std::unique_ptr<httplib::Client> client_;
};

void ExpectError(const json& j, const std::string& code) {
  ASSERT_TRUE(j.contains("error")) << j.dump();
  EXPECT_EQ(j["error"]["code"], code) << j.dump();
  EXPECT_FALSE(j["error"]["message"].get<std::string>().empty());
}

TEST_F(ServerTest, HealthReadySearch) {
  Start();
  auto health = client_->Get("/healthz");
  ASSERT_TRUE(health);
  EXPECT_EQ(health->status, 200);
  EXPECT_EQ(Body(client_->Get("/readyz"))["status"], "ready");

  auto res = client_->Get("/v1/search?q=Kim%20Jong%20Un&type=person&limit=5");
  ASSERT_TRUE(res);
  EXPECT_EQ(res->status, 200);
  EXPECT_EQ(res->get_header_value("Content-Type"), "application/json");
  json j = Body(res);
  EXPECT_EQ(j["query"]["name"], "Kim Jong Un");
  ASSERT_FALSE(j["hits"].empty());
  EXPECT_EQ(j["hits"][0]["entity_id"], "us_ofac_sdn:20157");
  EXPECT_EQ(j["hits"][0]["name"], "KIM, Jong Un");
  EXPECT_TRUE(j["hits"][0]["explanation"].is_object());

  auto none = Body(client_->Get("/v1/search?q=Maria%20Gonzalez%20Fernandez"));
  EXPECT_TRUE(none["hits"].empty());

  auto missing = client_->Get("/v1/search");
  ASSERT_TRUE(missing);
  EXPECT_EQ(missing->status, 400);
  ExpectError(Body(missing), "invalid_argument");
  auto bad_threshold = client_->Get("/v1/search?q=x&threshold=7");
  ASSERT_TRUE(bad_threshold);
  EXPECT_EQ(bad_threshold->status, 400);
  auto bad_list = client_->Get("/v1/search?q=x&list=nope");
  ASSERT_TRUE(bad_list);
  EXPECT_EQ(bad_list->status, 400);
  auto unknown = client_->Get("/v2/nothing");
  ASSERT_TRUE(unknown);
  EXPECT_EQ(unknown->status, 404);
  ExpectError(Body(unknown), "not_found");
}

TEST_F(ServerTest, ScreenOneAndManyRecords) {
  Start();
  auto one = PostJson("/v1/screen", R"({"name":"CHON MA SAN","type":"vessel","imo":"8660313"})");
  ASSERT_TRUE(one);
  EXPECT_EQ(one->status, 200) << one->body;
  json j = Body(one);
  ASSERT_FALSE(j["hits"].empty());
  EXPECT_EQ(j["hits"][0]["source_id"], "23729");

  auto many = PostJson("/v1/screen", R"({"records":[{"id":"a","name":"Kim Jong Un"},
                                          {"id":"b","name":"Maria Gonzalez Fernandez"}],
                                         "threshold":0.8,"limit":3})");
  ASSERT_TRUE(many);
  EXPECT_EQ(many->status, 200) << many->body;
  json m = Body(many);
  ASSERT_EQ(m["results"].size(), 2u);
  EXPECT_EQ(m["results"][0]["query"]["id"], "a");
  EXPECT_EQ(m["results"][0]["hits"][0]["entity_id"], "us_ofac_sdn:20157");
  EXPECT_TRUE(m["results"][1]["hits"].empty());

  auto bad_record = PostJson("/v1/screen", R"({"records":[{"name":"ok"},{"id":"no name"}]})");
  ASSERT_TRUE(bad_record);
  EXPECT_EQ(bad_record->status, 400);
  EXPECT_NE(Body(bad_record)["error"]["message"].get<std::string>().find("records[1]"),
            std::string::npos);
}

TEST_F(ServerTest, LimitsAndBadJson) {
  Start({"--max-body-mb", "1"});
  auto bad = PostJson("/v1/screen", "{\"name\": ");
  ASSERT_TRUE(bad);
  EXPECT_EQ(bad->status, 400);
  ExpectError(Body(bad), "invalid_argument");
  // A number too large for a double is bad JSON too (400), on both JSON routes.
  auto overflow = PostJson("/v1/screen", "{\"name\": \"Kim\", \"limit\": 4e2618}");
  ASSERT_TRUE(overflow);
  EXPECT_EQ(overflow->status, 400);
  ExpectError(Body(overflow), "invalid_argument");
  auto yente_overflow = PostJson("/match/default", "{\"queries\": 1e999}");
  ASSERT_TRUE(yente_overflow);
  EXPECT_EQ(yente_overflow->status, 400);

  json records = json::array();
  for (int i = 0; i < 1001; ++i) records.push_back({{"name", "Person " + std::to_string(i)}});
  auto too_many = PostJson("/v1/screen", json{{"records", records}}.dump());
  ASSERT_TRUE(too_many);
  EXPECT_EQ(too_many->status, 413);
  ExpectError(Body(too_many), "too_many_records");

  std::string huge = "{\"name\":\"" + std::string(2 << 20, 'a') + "\"}";
  auto too_large = PostJson("/v1/screen", huge);
  ASSERT_TRUE(too_large);
  EXPECT_EQ(too_large->status, 413);

  // The server still answers after all that.
  ExpectHealthy();
}

TEST_F(ServerTest, ScanEntitiesListsOpenApi) {
  Start();
  std::string text = ReadAll(kData + "/news_north_korea.txt");
  auto scan = PostJson("/v1/scan", json{{"text", text}}.dump());
  ASSERT_TRUE(scan);
  EXPECT_EQ(scan->status, 200) << scan->body;
  bool kim = false;
  json mentions = Body(scan)["mentions"];
  for (const json& m : mentions) kim = kim || m["entity_id"] == "us_ofac_sdn:20157";
  EXPECT_TRUE(kim) << scan->body;
  auto plain = client_->Post("/v1/scan", "Talks with Kim Jong Un stalled.", "text/plain");
  ASSERT_TRUE(plain);
  EXPECT_EQ(plain->status, 200);

  auto entity = client_->Get("/v1/entities/us_ofac_sdn/23729");
  ASSERT_TRUE(entity);
  EXPECT_EQ(entity->status, 200);
  json e = Body(entity);
  EXPECT_EQ(e["source_id"], "23729");
  EXPECT_NE(e.dump().find("8660313"), std::string::npos) << "the IMO number is part of the entity";
  auto no_entity = client_->Get("/v1/entities/us_ofac_sdn/999999");
  ASSERT_TRUE(no_entity);
  EXPECT_EQ(no_entity->status, 404);
  ExpectError(Body(no_entity), "not_found");

  json lists = Body(client_->Get("/v1/lists"));
  ASSERT_EQ(lists["lists"].size(), 1u);
  EXPECT_EQ(lists["lists"][0]["list"], "us_ofac_sdn");
  EXPECT_EQ(lists["lists"][0]["entities"], 7);
  EXPECT_EQ(lists["lists"][0]["sha256"].get<std::string>().size(), 64u);
  EXPECT_TRUE(lists["lists"][0].contains("published"));
  EXPECT_FALSE(lists["loaded_at"].get<std::string>().empty());
  EXPECT_TRUE(lists["load_seconds"].is_number());

  json api = Body(client_->Get("/openapi.json"));
  EXPECT_EQ(api["openapi"].get<std::string>().substr(0, 2), "3.");
  for (const char* path :
       {"/v1/screen", "/v1/search", "/v1/scan", "/v1/entities/{list}/{source_id}", "/v1/lists",
        "/v1/lists/reload", "/healthz", "/readyz", "/metrics", "/openapi.json",
        "/match/{dataset}"}) {
    EXPECT_TRUE(api["paths"].contains(path)) << path;
  }
}

TEST_F(ServerTest, YenteCompatibleMatch) {
  Start();
  std::string body = R"({"queries":{
      "q1":{"schema":"Person","properties":{"name":["Kim Jong Un"],"birthDate":["1984-01-08"],
                                            "nationality":["kp"]}},
      "q2":{"schema":"Vessel","properties":{"name":["Unknown Ship"],"imoNumber":["8660313"]}},
      "q3":{"schema":"Person","properties":{"firstName":["Maria"],"lastName":["Gonzalez Fernandez"]}}}})";
  auto res = PostJson("/match/default?limit=3", body);
  ASSERT_TRUE(res);
  ASSERT_EQ(res->status, 200) << res->body;
  json j = Body(res);
  EXPECT_EQ(j["limit"], 3);
  EXPECT_TRUE(j["matcher"].is_object());
  const json& q1 = j["responses"]["q1"];
  EXPECT_EQ(q1["status"], 200);
  EXPECT_EQ(q1["query"]["schema"], "Person");
  EXPECT_EQ(q1["total"]["relation"], "eq");
  ASSERT_FALSE(q1["results"].empty());
  const json& r = q1["results"][0];
  EXPECT_EQ(r["id"], "us_ofac_sdn:20157");
  EXPECT_EQ(r["caption"], "KIM, Jong Un");
  EXPECT_EQ(r["schema"], "Person");
  EXPECT_EQ(r["properties"]["name"][0], "KIM, Jong Un");
  EXPECT_EQ(r["datasets"][0], "us_ofac_sdn");
  EXPECT_TRUE(r["match"].get<bool>());
  EXPECT_TRUE(r["score"].is_number());
  EXPECT_TRUE(r["features"].is_object());
  EXPECT_TRUE(r["explanations"].is_object());
  ASSERT_FALSE(j["responses"]["q2"]["results"].empty());
  EXPECT_EQ(j["responses"]["q2"]["results"][0]["id"], "us_ofac_sdn:23729");
  EXPECT_EQ(j["responses"]["q2"]["results"][0]["schema"], "Vessel");
  EXPECT_TRUE(j["responses"]["q3"]["results"].empty());

  auto by_list = PostJson("/match/us_ofac_sdn", body);
  ASSERT_TRUE(by_list);
  EXPECT_EQ(by_list->status, 200);
  auto no_dataset = PostJson("/match/nope", body);
  ASSERT_TRUE(no_dataset);
  EXPECT_EQ(no_dataset->status, 404);
  EXPECT_TRUE(Body(no_dataset).contains("detail"));
  auto bad_schema = PostJson(
      "/match/default", R"({"queries":{"q":{"schema":"Dragon","properties":{"name":["x"]}}}})");
  ASSERT_TRUE(bad_schema);
  EXPECT_EQ(bad_schema->status, 400);
}

TEST_F(ServerTest, ReloadNeedsTheKey) {
  Start();
  auto no_key = client_->Post("/v1/lists/reload");
  ASSERT_TRUE(no_key);
  EXPECT_EQ(no_key->status, 401);
  ExpectError(Body(no_key), "unauthorized");
  auto wrong = client_->Post("/v1/lists/reload", {{"Authorization", "Bearer wrong-key-0123456789"}},
                             "", "application/json");
  ASSERT_TRUE(wrong);
  EXPECT_EQ(wrong->status, 403);
  auto good = client_->Post("/v1/lists/reload", {{"Authorization", "Bearer " + kKey}}, "",
                            "application/json");
  ASSERT_TRUE(good);
  EXPECT_EQ(good->status, 200) << good->body;
  EXPECT_EQ(Body(good)["status"], "reloaded");
  auto header = client_->Post("/v1/lists/reload", {{"X-API-Key", kKey}}, "", "application/json");
  ASSERT_TRUE(header);
  EXPECT_EQ(header->status, 200);
}

TEST_F(ServerTest, ReloadWithoutConfiguredKeyIsForbidden) {
  Start({}, /*with_key=*/false);
  auto res = client_->Post("/v1/lists/reload", {{"Authorization", "Bearer " + kKey}}, "",
                           "application/json");
  ASSERT_TRUE(res);
  EXPECT_EQ(res->status, 403);
  ExpectError(Body(res), "forbidden");
}

TEST_F(ServerTest, FailedReloadKeepsServingTheOldLists) {
  Start();
  // Corrupt the list file the server reads, then ask for a reload.
  tmp_.Write("lists/sdn.csv", std::string("\x89PNG\r\n\x1a\n not a list at all \x01\x02", 24));
  auto res = client_->Post("/v1/lists/reload", {{"Authorization", "Bearer " + kKey}}, "",
                           "application/json");
  ASSERT_TRUE(res);
  EXPECT_EQ(res->status, 500) << res->body;
  json err = Body(res);
  ExpectError(err, "reload_failed");
  EXPECT_NE(err["error"]["message"].get<std::string>().find("still serving"), std::string::npos);

  json search = Body(client_->Get("/v1/search?q=Kim%20Jong%20Un"));
  ASSERT_FALSE(search["hits"].empty());
  EXPECT_EQ(search["hits"][0]["entity_id"], "us_ofac_sdn:20157");
  json lists = Body(client_->Get("/v1/lists"));
  EXPECT_FALSE(lists["last_reload"]["ok"].get<bool>());
  EXPECT_EQ(lists["last_reload"]["failures"], 1);
  std::string metrics = client_->Get("/metrics")->body;
  EXPECT_NE(metrics.find("sanctions_last_reload_success 0"), std::string::npos) << metrics;
  EXPECT_NE(metrics.find("sanctions_reloads_total{result=\"failure\"} 1"), std::string::npos);

  // A list file that disappeared is reported the same way, naming the file.
  std::filesystem::remove(list_);
  auto gone = client_->Post("/v1/lists/reload", {{"Authorization", "Bearer " + kKey}}, "",
                            "application/json");
  ASSERT_TRUE(gone);
  EXPECT_EQ(gone->status, 500) << gone->body;
  EXPECT_NE(Body(gone)["error"]["message"].get<std::string>().find("sdn.csv"), std::string::npos);
  EXPECT_EQ(client_->Get("/v1/entities/us_ofac_sdn/20157")->status, 200);

  // Repair the file: the next reload succeeds.
  std::filesystem::copy_file(kData + "/sdn.csv", list_);
  auto again = client_->Post("/v1/lists/reload", {{"Authorization", "Bearer " + kKey}}, "",
                             "application/json");
  ASSERT_TRUE(again);
  EXPECT_EQ(again->status, 200) << again->body;
}

TEST_F(ServerTest, MetricsAndAccessLog) {
  Start();
  client_->Get("/v1/search?q=Kim%20Jong%20Un");
  client_->Get("/v1/search?q=Kim%20Jong%20Un");
  client_->Get("/v1/entities/us_ofac_sdn/20157");
  // Requests are counted (and logged) once their response is written: poll up to 5 s.
  auto res = client_->Get("/metrics");
  for (int attempt = 0; attempt < 100; ++attempt) {
    if (attempt > 0) res = client_->Get("/metrics");
    ASSERT_TRUE(res);
    if (res->body.find(R"(route="/v1/entities/{list}/{source_id}")") != std::string::npos &&
        res->body.find(R"(route="/v1/search",method="GET",status="200"} 2)") != std::string::npos) {
      break;
    }
    std::this_thread::sleep_for(std::chrono::milliseconds(50));
  }
  EXPECT_EQ(res->status, 200);
  EXPECT_EQ(res->get_header_value("Content-Type").rfind("text/plain", 0), 0u);
  const std::string& m = res->body;
  EXPECT_NE(
      m.find(R"(sanctions_http_requests_total{route="/v1/search",method="GET",status="200"} 2)"),
      std::string::npos)
      << m;
  EXPECT_NE(m.find(R"(route="/v1/entities/{list}/{source_id}")"), std::string::npos);
  EXPECT_NE(m.find("sanctions_http_request_duration_seconds_bucket{route=\"/v1/search\""),
            std::string::npos);
  EXPECT_NE(m.find("sanctions_list_entities{list=\"us_ofac_sdn\""), std::string::npos);
  EXPECT_NE(m.find("sanctions_ready 1"), std::string::npos);

  // One JSON line per request on stderr, without the query string (it holds names). The
  // server writes the line after the response: wait for it (up to 5 s).
  int logged = 0;
  for (int attempt = 0; attempt < 100 && logged < 2; ++attempt) {
    if (attempt > 0) std::this_thread::sleep_for(std::chrono::milliseconds(50));
    logged = 0;
    for (const std::string& line : Lines(ReadAll(log_))) {
      if (line.empty() || line[0] != '{') continue;
      json j = json::parse(line);
      for (const char* k : {"time", "method", "path", "status", "latency_ms", "bytes", "remote"}) {
        EXPECT_TRUE(j.contains(k)) << k << " in " << line;
      }
      EXPECT_EQ(line.find("Kim"), std::string::npos) << line;
      if (j["path"] == "/v1/search") ++logged;
    }
  }
  EXPECT_EQ(logged, 2);
}

TEST_F(ServerTest, SigtermShutsDownCleanly) {
  Start();
  ASSERT_EQ(client_->Get("/healthz")->status, 200);
  ASSERT_EQ(client_->Get("/readyz")->status, 200);
  server_.Signal(SIGTERM);
  EXPECT_EQ(server_.Wait(20s), 0) << ReadAll(log_);
  EXPECT_FALSE(client_->Get("/healthz"));
  // The access log is buffered: the lines of the last requests are written at shutdown.
  const std::string log = ReadAll(log_);
  EXPECT_NE(log.find(R"("path":"/readyz")"), std::string::npos) << log;
}

TEST_F(ServerTest, ProtectReadsRequiresTheKeyOnSearches) {
  Start({"--protect-reads"});
  auto no_key = client_->Get("/v1/search?q=Kim");
  ASSERT_TRUE(no_key);
  EXPECT_EQ(no_key->status, 401);
  auto with_key = client_->Get("/v1/search?q=Kim", {{"X-API-Key", kKey}});
  ASSERT_TRUE(with_key);
  EXPECT_EQ(with_key->status, 200);
  EXPECT_EQ(client_->Get("/healthz")->status, 200);
}

// A bare HTTP/1.1 connection, to see exactly what goes over one socket (keep-alive,
// pipelining, malformed requests).
class RawConnection {
 public:
  struct Response {
    int status = 0;                              // 0: the connection ended before a whole response
    int minor_version = -1;                      // HTTP/1.x of the status line
    std::map<std::string, std::string> headers;  // names lower-cased
    std::string body;
  };

  explicit RawConnection(int port) {
    fd_ = socket(AF_INET, SOCK_STREAM, 0);
    sockaddr_in addr{};
    addr.sin_family = AF_INET;
    addr.sin_port = htons(static_cast<uint16_t>(port));
    inet_pton(AF_INET, "127.0.0.1", &addr.sin_addr);
    connected_ = connect(fd_, reinterpret_cast<sockaddr*>(&addr), sizeof addr) == 0;
    timeval tv{30, 0};
    setsockopt(fd_, SOL_SOCKET, SO_RCVTIMEO, &tv, sizeof tv);
  }
  ~RawConnection() {
    if (fd_ >= 0) close(fd_);
  }
  RawConnection(const RawConnection&) = delete;
  RawConnection& operator=(const RawConnection&) = delete;

  bool connected() const { return connected_; }

  bool Send(const std::string& data) {
    size_t sent = 0;
    while (sent < data.size()) {
      ssize_t n = send(fd_, data.data() + sent, data.size() - sent, MSG_NOSIGNAL);
      if (n <= 0) return false;
      sent += static_cast<size_t>(n);
    }
    return true;
  }

  // Reads one response: the head, then Content-Length bytes (none after a HEAD request).
  Response Read(bool head_request = false) {
    Response r;
    size_t end = 0;
    while ((end = buf_.find("\r\n\r\n")) == std::string::npos) {
      if (!Fill()) return r;
    }
    std::string head = buf_.substr(0, end);
    buf_.erase(0, end + 4);
    std::vector<std::string> lines = Lines(head);
    int status = 0;
    int minor = -1;
    if (lines.empty() || std::sscanf(lines[0].c_str(), "HTTP/1.%d %d", &minor, &status) != 2)
      return r;
    r.minor_version = minor;
    for (size_t i = 1; i < lines.size(); ++i) {
      std::string line = lines[i];
      if (!line.empty() && line.back() == '\r') line.pop_back();
      size_t colon = line.find(':');
      if (colon == std::string::npos) continue;
      std::string name = line.substr(0, colon);
      for (char& c : name) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
      size_t v = line.find_first_not_of(' ', colon + 1);
      r.headers[name] = v == std::string::npos ? "" : line.substr(v);
    }
    size_t length = r.headers.count("content-length") ? std::stoul(r.headers["content-length"]) : 0;
    if (head_request) length = 0;
    while (buf_.size() < length) {
      if (!Fill()) return r;
    }
    r.body = buf_.substr(0, length);
    buf_.erase(0, length);
    r.status = status;
    return r;
  }

  // True when the server closed the connection without sending anything more (false
  // when nothing happened for 30 s).
  bool ClosedByServer() {
    if (!buf_.empty()) return false;
    char tmp[256];
    ssize_t n = recv(fd_, tmp, sizeof tmp, 0);
    return n == 0 || (n < 0 && errno == ECONNRESET);
  }

 private:
  bool Fill() {
    char tmp[4096];
    ssize_t n = recv(fd_, tmp, sizeof tmp, 0);
    if (n <= 0) return false;
    buf_.append(tmp, static_cast<size_t>(n));
    return true;
  }

  int fd_ = -1;
  bool connected_ = false;
  std::string buf_;
};

// A list file replaced by a FIFO: a reload that reads it blocks until the test lets it
// go, which makes "a request is in flight" a state the test controls instead of a timing.
class BlockingList {
 public:
  explicit BlockingList(const std::string& path) : path_(path) {
    std::filesystem::remove(path_);
    ok_ = mkfifo(path_.c_str(), 0600) == 0;
  }
  ~BlockingList() {
    if (fd_ >= 0) close(fd_);
  }
  BlockingList(const BlockingList&) = delete;
  BlockingList& operator=(const BlockingList&) = delete;

  bool ok() const { return ok_; }

  // Waits (up to 60 s) until a reader, the reload, has the FIFO open; it then stays blocked
  // in its read until Release().
  bool WaitForReader() {
    auto deadline = std::chrono::steady_clock::now() + 60s;
    while (std::chrono::steady_clock::now() < deadline) {
      fd_ = open(path_.c_str(), O_WRONLY | O_NONBLOCK);  // fails until a reader is there
      if (fd_ >= 0) return true;
      std::this_thread::sleep_for(10ms);
    }
    return false;
  }

  // Lets the reads through: every read of the FIFO sees an empty file (the reload fails),
  // until `done`.
  void Release(const std::atomic<bool>& done) {
    if (fd_ >= 0) close(fd_);
    fd_ = -1;
    auto deadline = std::chrono::steady_clock::now() + 60s;
    while (!done && std::chrono::steady_clock::now() < deadline) {
      int fd = open(path_.c_str(), O_WRONLY | O_NONBLOCK);
      if (fd >= 0) close(fd);
      std::this_thread::sleep_for(10ms);
    }
  }

 private:
  std::string path_;
  bool ok_ = false;
  int fd_ = -1;
};

// POST /v1/lists/reload on its own connection, in a thread, reading `blocking`.
struct ReloadInBackground {
  ReloadInBackground(int port, const std::string& key, BlockingList* blocking)
      : blocking(blocking) {
    thread = std::thread([this, port, key] {
      httplib::Client c("127.0.0.1", port);
      c.set_read_timeout(120, 0);
      auto res =
          c.Post("/v1/lists/reload", {{"Authorization", "Bearer " + key}}, "", "application/json");
      if (res) {
        status = res->status;
        body = res->body;
      }
      done = true;
    });
  }
  ~ReloadInBackground() {  // (after a failed assertion: do not wait for the client timeout)
    if (!thread.joinable()) return;
    blocking->Release(done);
    thread.join();
  }
  BlockingList* blocking;
  std::thread thread;
  std::atomic<bool> done{false};
  int status = 0;  // 0: no response
  std::string body;
};

TEST_F(ServerTest, KeepAlivePipeliningAndHead) {
  Start();
  RawConnection c(port_);
  ASSERT_TRUE(c.connected());
  // Several requests over ONE connection, one after the other.
  ASSERT_TRUE(c.Send("GET /healthz HTTP/1.1\r\nHost: t\r\n\r\n"));
  RawConnection::Response r = c.Read();
  EXPECT_EQ(r.status, 200);
  EXPECT_EQ(json::parse(r.body)["status"], "ok");
  EXPECT_NE(r.headers["connection"], "close");
  // '+' in the query string is a space; %2C a comma.
  ASSERT_TRUE(
      c.Send("GET /v1/search?q=Kim+Jong+Un&type=person&list=us_ofac_sdn%2Cus_ofac_sdn "
             "HTTP/1.1\r\nHost: t\r\n\r\n"));
  r = c.Read();
  ASSERT_EQ(r.status, 200) << r.body;
  EXPECT_EQ(r.headers["content-type"], "application/json");
  json j = json::parse(r.body);
  EXPECT_EQ(j["query"]["name"], "Kim Jong Un");
  ASSERT_FALSE(j["hits"].empty());
  EXPECT_EQ(j["hits"][0]["entity_id"], "us_ofac_sdn:20157");
  // HEAD: the GET headers, no body (else the next response would be misread).
  ASSERT_TRUE(c.Send("HEAD /healthz HTTP/1.1\r\nHost: t\r\n\r\n"));
  r = c.Read(/*head_request=*/true);
  EXPECT_EQ(r.status, 200);
  EXPECT_EQ(r.headers["content-length"], "15");  // {"status":"ok"}
  // Two requests in one write (pipelined): two responses, in order.
  ASSERT_TRUE(
      c.Send("GET /readyz HTTP/1.1\r\nHost: t\r\n\r\n"
             "GET /v1/entities/us_ofac_sdn/23729 HTTP/1.1\r\nHost: t\r\n\r\n"));
  r = c.Read();
  EXPECT_EQ(r.status, 200);
  EXPECT_EQ(json::parse(r.body)["status"], "ready");
  r = c.Read();
  EXPECT_EQ(r.status, 200);
  EXPECT_EQ(json::parse(r.body)["source_id"], "23729");
  // Expect: 100-continue: the server asks for the body, then answers.
  std::string body = R"({"name":"Kim Jong Un"})";
  ASSERT_TRUE(
      c.Send("POST /v1/screen HTTP/1.1\r\nHost: t\r\nContent-Type: application/json\r\n"
             "Expect: 100-continue\r\nContent-Length: " +
             std::to_string(body.size()) + "\r\n\r\n"));
  r = c.Read();
  EXPECT_EQ(r.status, 100);
  ASSERT_TRUE(c.Send(body));
  r = c.Read();
  EXPECT_EQ(r.status, 200) << r.body;
  EXPECT_EQ(json::parse(r.body)["hits"][0]["entity_id"], "us_ofac_sdn:20157");
  // Connection: close ends it after the response.
  ASSERT_TRUE(c.Send("GET /healthz HTTP/1.1\r\nHost: t\r\nConnection: close\r\n\r\n"));
  r = c.Read();
  EXPECT_EQ(r.status, 200);
  EXPECT_EQ(r.headers["connection"], "close");
  EXPECT_TRUE(c.ClosedByServer());
}

// HTTP/1.0: answered in 1.0; closed after the reply unless the client asks for keep-alive,
// which the reply then states.
TEST_F(ServerTest, Http10KeepAliveOnlyWhenAsked) {
  Start();
  {
    RawConnection c(port_);
    ASSERT_TRUE(c.connected());
    ASSERT_TRUE(c.Send("GET /healthz HTTP/1.0\r\nConnection: keep-alive\r\n\r\n"));
    RawConnection::Response r = c.Read();
    EXPECT_EQ(r.status, 200);
    EXPECT_EQ(r.minor_version, 0);
    EXPECT_EQ(r.headers["connection"], "keep-alive");
    EXPECT_EQ(r.headers["content-length"], std::to_string(r.body.size()));
    ASSERT_TRUE(c.Send("GET /healthz HTTP/1.0\r\n\r\n"));
    r = c.Read();
    EXPECT_EQ(r.status, 200);
    EXPECT_EQ(r.minor_version, 0);
    EXPECT_EQ(r.headers.count("connection"), 0u);
    EXPECT_EQ(json::parse(r.body)["status"], "ok");
    EXPECT_TRUE(c.ClosedByServer());
  }
  {
    // HTTP/1.1 keeps the connection without saying so.
    RawConnection c(port_);
    ASSERT_TRUE(c.Send("GET /healthz HTTP/1.1\r\nHost: t\r\n\r\n"));
    RawConnection::Response r = c.Read();
    EXPECT_EQ(r.status, 200);
    EXPECT_EQ(r.minor_version, 1);
    EXPECT_EQ(r.headers.count("connection"), 0u);
    ASSERT_TRUE(c.Send("GET /healthz HTTP/1.1\r\nHost: t\r\n\r\n"));
    EXPECT_EQ(c.Read().status, 200);
  }
}

TEST_F(ServerTest, WrongMethodIs405) {
  Start();
  auto get_screen = client_->Get("/v1/screen");
  ASSERT_TRUE(get_screen);
  EXPECT_EQ(get_screen->status, 405);
  EXPECT_EQ(get_screen->get_header_value("Allow"), "POST");
  ExpectError(Body(get_screen), "method_not_allowed");
  auto post_search = client_->Post("/v1/search", "{}", "application/json");
  ASSERT_TRUE(post_search);
  EXPECT_EQ(post_search->status, 405);
  EXPECT_EQ(post_search->get_header_value("Allow"), "GET, HEAD");
  auto get_match = client_->Get("/match/default");
  ASSERT_TRUE(get_match);
  EXPECT_EQ(get_match->status, 405);
  // An unknown path stays 404, naming the route asked for.
  auto unknown = client_->Post("/v1/nothing", "{}", "application/json");
  ASSERT_TRUE(unknown);
  EXPECT_EQ(unknown->status, 404);
  json j = Body(unknown);
  ExpectError(j, "not_found");
  EXPECT_NE(j["error"]["message"].get<std::string>().find("POST /v1/nothing"), std::string::npos);
}

TEST_F(ServerTest, MalformedAndOversizedRequests) {
  Start({"--max-body-mb", "1"});
  {
    RawConnection c(port_);
    ASSERT_TRUE(c.connected());
    ASSERT_TRUE(c.Send("GET /healthz HTTP/1.1\r\nthis is no header line\r\n\r\n"));
    RawConnection::Response r = c.Read();
    EXPECT_EQ(r.status, 400);
    EXPECT_EQ(r.headers["content-type"], "application/json");
    ExpectError(json::parse(r.body), "bad_request");
    EXPECT_TRUE(c.ClosedByServer());
  }
  {
    RawConnection c(port_);
    ASSERT_TRUE(c.connected());
    ASSERT_TRUE(c.Send("G\x01T / HTTP/1.1\r\n\r\n"));
    RawConnection::Response r = c.Read();
    EXPECT_EQ(r.status, 400);
    ExpectError(json::parse(r.body), "bad_request");
  }
  {
    // A declared body above the limit is refused before it is sent.
    RawConnection c(port_);
    ASSERT_TRUE(c.connected());
    ASSERT_TRUE(
        c.Send("POST /v1/screen HTTP/1.1\r\nHost: t\r\nContent-Type: application/json\r\n"
               "Expect: 100-continue\r\nContent-Length: 5000000\r\n\r\n"));
    RawConnection::Response r = c.Read();
    EXPECT_EQ(r.status, 413);
    ExpectError(json::parse(r.body), "payload_too_large");
  }
  // Sent whole by a client that does not wait: still a 413 JSON reply, not a reset.
  std::string huge = "{\"name\":\"" + std::string(2 << 20, 'a') + "\"}";
  auto too_large = PostJson("/v1/screen", huge);
  ASSERT_TRUE(too_large);
  EXPECT_EQ(too_large->status, 413);
  ExpectError(Body(too_large), "payload_too_large");
  ExpectHealthy();
}

TEST_F(ServerTest, HalfSentRequestTimesOut) {
  Start({"--timeout", "1"});
  RawConnection c(port_);
  ASSERT_TRUE(c.connected());
  ASSERT_TRUE(c.Send("GET /healthz HTTP/1.1\r\nHost: t\r\n"));  // never finished
  // The server drops the connection after --timeout (the client would wait 30 s).
  EXPECT_TRUE(c.ClosedByServer());
  ExpectHealthy();
}

TEST_F(ServerTest, ReloadRunsOffTheIoThreads) {
  // One I/O thread: if the reload ran on it, nothing else could be answered meanwhile.
  Start({"--threads", "1"});
  BlockingList blocking(list_);
  ASSERT_TRUE(blocking.ok());
  ReloadInBackground reload(port_, kKey, &blocking);
  ASSERT_TRUE(blocking.WaitForReader()) << "the reload never opened the list file";
  // The reload is now in flight (blocked reading the list) until Release().
  client_->set_read_timeout(20, 0);
  auto health = client_->Get("/healthz");
  ASSERT_TRUE(health) << "/healthz did not answer while a reload was running";
  EXPECT_EQ(health->status, 200);
  json search = Body(client_->Get("/v1/search?q=Kim%20Jong%20Un"));
  ASSERT_FALSE(search["hits"].empty());
  EXPECT_EQ(search["hits"][0]["entity_id"], "us_ofac_sdn:20157");
  EXPECT_FALSE(reload.done);
  blocking.Release(reload.done);
  reload.thread.join();
  EXPECT_EQ(reload.status, 500) << reload.body;  // the "list" read empty: reload failed
  EXPECT_EQ(client_->Get("/v1/entities/us_ofac_sdn/20157")->status, 200);
}

TEST_F(ServerTest, StopFinishesTheRequestInFlight) {
  Start();
  BlockingList blocking(list_);
  ASSERT_TRUE(blocking.ok());
  ReloadInBackground reload(port_, kKey, &blocking);
  ASSERT_TRUE(blocking.WaitForReader()) << "the reload never opened the list file";
  server_.Signal(SIGTERM);
  // The listening socket closes: poll until a new connection is refused.
  bool refused = false;
  auto deadline = std::chrono::steady_clock::now() + 30s;
  while (!refused && std::chrono::steady_clock::now() < deadline) {
    httplib::Client c("127.0.0.1", port_);
    c.set_connection_timeout(2, 0);
    refused = !c.Get("/healthz");
    if (!refused) std::this_thread::sleep_for(20ms);
  }
  EXPECT_TRUE(refused) << "the server still accepts connections after SIGTERM";
  // The reload cannot finish before Release(): the server must still be waiting for it.
  EXPECT_FALSE(reload.done);
  EXPECT_TRUE(server_.running()) << ReadAll(log_);
  blocking.Release(reload.done);
  reload.thread.join();
  EXPECT_EQ(reload.status, 500) << "the request in flight got no complete response";
  ExpectError(json::parse(reload.body, nullptr, false), "reload_failed");
  EXPECT_EQ(server_.Wait(20s), 0) << ReadAll(log_);
}

TEST_F(ServerTest, EngineThreadsBelowThreadsQueueAndServe) {
  Start({"--threads", "3", "--engine-threads", "1"});
  std::vector<std::thread> clients;
  std::atomic<int> ok{0};
  for (int t = 0; t < 3; ++t) {
    clients.emplace_back([this, &ok] {
      httplib::Client c("127.0.0.1", port_);
      c.set_read_timeout(30, 0);
      for (int i = 0; i < 5; ++i) {
        auto res = c.Get("/v1/search?q=Kim%20Jong%20Un");
        if (res && res->status == 200 && res->body.find("us_ofac_sdn:20157") != std::string::npos) {
          ++ok;
        }
      }
    });
  }
  for (std::thread& t : clients) t.join();
  EXPECT_EQ(ok, 15);
}

TEST(ServeCommand, BadListFailsStartupWithExitTwo) {
  TempDir tmp;
  std::string bad = tmp.Write("broken.xml", "<not-a-list/>");
  ProcResult r = RunProcess({kBinary, "serve", "--listen", "127.0.0.1:0", "--list", bad}, "",
                            {{"SANCTIONS_HOME", tmp.path("home")}});
  EXPECT_EQ(r.exit_code, 2) << r.err;
  EXPECT_NE(r.err.find("broken.xml"), std::string::npos) << r.err;
}

}  // namespace
}  // namespace sanctions::testing
