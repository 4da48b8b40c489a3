// End-to-end tests of the HTTP API: each test starts the REAL `sanctions serve` on a free
// loopback port (127.0.0.1 only), with its own temporary directory and list copy, and
// calls it over HTTP with httplib::Client.
#include <gtest/gtest.h>

#include <httplib.h>
#include <chrono>
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
  auto ok = client_->Get("/healthz");
  ASSERT_TRUE(ok);
  EXPECT_EQ(ok->status, 200);
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
  server_.Signal(SIGTERM);
  EXPECT_EQ(server_.Wait(20s), 0) << ReadAll(log_);
  EXPECT_FALSE(client_->Get("/healthz"));
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
