// THE route table and the thin handlers of the HTTP API (docs/api.md).
#include "api/routes.h"

#include <chrono>
#include <cmath>
#include <ctime>

#include "sanctions/json.h"
#include "util/text.h"

namespace sanctions::api {

// ---- shared state --------------------------------------------------------------------

namespace {

int64_t NowUnix() {
  return std::chrono::duration_cast<std::chrono::seconds>(
             std::chrono::system_clock::now().time_since_epoch())
      .count();
}

std::string IsoTime(int64_t unix_seconds) {
  if (unix_seconds <= 0) return "";
  std::time_t t = static_cast<std::time_t>(unix_seconds);
  std::tm tm{};
  gmtime_r(&t, &tm);
  char buf[32];
  std::strftime(buf, sizeof buf, "%Y-%m-%dT%H:%M:%SZ", &tm);
  return buf;
}

// "2024-05-03", "2026-02-27T00:00:09.554Z" -> unix seconds; 0 when not a date.
int64_t ParsePublishedUnix(const std::string& s) {
  int y = 0, mo = 0, d = 0, h = 0, mi = 0, sec = 0;
  if (std::sscanf(s.c_str(), "%4d-%2d-%2d", &y, &mo, &d) != 3) return 0;
  if (s.size() > 10 && (s[10] == 'T' || s[10] == ' ')) {
    std::sscanf(s.c_str() + 11, "%2d:%2d:%2d", &h, &mi, &sec);
  }
  if (y < 1900 || mo < 1 || mo > 12 || d < 1 || d > 31) return 0;
  std::tm tm{};
  tm.tm_year = y - 1900;
  tm.tm_mon = mo - 1;
  tm.tm_mday = d;
  tm.tm_hour = h;
  tm.tm_min = mi;
  tm.tm_sec = sec;
  return static_cast<int64_t>(timegm(&tm));
}

}  // namespace

Status ServerState::Load(bool is_reload) {
  std::unique_lock<std::mutex> lock(load_mu_, std::try_to_lock);
  if (!lock.owns_lock()) return Status::Unavailable("a reload is already running");
  auto start = std::chrono::steady_clock::now();
  Status result;
  std::shared_ptr<const Index> index;
  if (!options_.load_lists) {
    result = Status::Internal("no list loader configured");
  } else {
    auto lists = options_.load_lists();
    if (!lists.ok()) {
      result = lists.status();
    } else {
      auto built = Index::Build(std::move(*lists));
      if (!built.ok()) {
        result = built.status();
      } else {
        index = std::move(*built);
      }
    }
  }
  int64_t now = NowUnix();
  if (result.ok()) {
    auto snap = std::make_shared<Snapshot>();
    snap->index = std::move(index);
    snap->loaded_at_unix = now;
    snap->load_seconds =
        std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
    snapshot_.store(std::move(snap));
  }
  std::lock_guard<std::mutex> info_lock(info_mu_);
  if (is_reload) {
    info_.attempted = true;
    info_.at_unix = now;
    info_.ok = result.ok();
    info_.message = result.ok() ? "" : result.message();
    if (result.ok()) {
      ++info_.successes;
    } else {
      ++info_.failures;
    }
  }
  return result;
}

ReloadInfo ServerState::reload_info() const {
  std::lock_guard<std::mutex> lock(info_mu_);
  return info_;
}

// ---- replies -------------------------------------------------------------------------

// ---- requests ------------------------------------------------------------------------

std::string Request::get_param_value(const std::string& key, size_t i) const {
  auto [it, end] = params.equal_range(key);
  for (; it != end && i > 0; ++it) --i;
  return it != end ? it->second : std::string();
}

std::string Request::get_header_value(std::string_view name) const {
  auto it = headers.find(AsciiLower(name));
  return it != headers.end() ? it->second : std::string();
}

Reply JsonReply(const Json& body, int status) {
  Reply r;
  r.status = status;
  r.body = body.dump(-1, ' ', false, Json::error_handler_t::replace);
  return r;
}

int HttpStatusFor(Status::Code code) {
  switch (code) {
    case Status::Code::kOk:
      return 200;
    case Status::Code::kInvalidArgument:
      return 400;
    case Status::Code::kNotFound:
      return 404;
    case Status::Code::kUnavailable:
      return 503;
    case Status::Code::kCorruption:  // a list file the server reads, not the client's input
    case Status::Code::kIoError:
    case Status::Code::kInternal:
      return 500;
  }
  return 500;
}

const char* ErrorCodeFor(Status::Code code) {
  switch (code) {
    case Status::Code::kOk:
      return "ok";
    case Status::Code::kInvalidArgument:
      return "invalid_argument";
    case Status::Code::kNotFound:
      return "not_found";
    case Status::Code::kCorruption:
      return "corruption";
    case Status::Code::kIoError:
      return "io_error";
    case Status::Code::kUnavailable:
      return "unavailable";
    case Status::Code::kInternal:
      return "internal";
  }
  return "internal";
}

Reply ErrorReply(int http_status, const std::string& code, const std::string& message) {
  Json body = {{"error", {{"code", code}, {"message", message}}}};
  return JsonReply(body, http_status);
}

Reply ErrorReply(const Status& status) {
  return ErrorReply(HttpStatusFor(status.code()), ErrorCodeFor(status.code()), status.message());
}

namespace {

// ---- request parsing helpers ---------------------------------------------------------

Result<Json> ParseBody(const Request& req) {
  if (Trim(req.body).empty())
    return Status::InvalidArgument("the request body is empty; expected JSON");
  try {
    return Json::parse(req.body);
  } catch (const Json::exception& e) {  // syntax, or a number out of range
    return Status::InvalidArgument(std::string("the request body is not valid JSON: ") + e.what());
  }
}

Result<double> ParseThreshold(const std::string& text) {
  char* end = nullptr;
  double v = std::strtod(text.c_str(), &end);
  if (text.empty() || end == nullptr || *end != '\0' || !(v >= 0.0 && v <= 1.0)) {
    return Status::InvalidArgument("threshold must be a number between 0 and 1, got '" + text +
                                   "'");
  }
  return v;
}

Result<size_t> ParseLimit(const std::string& text, size_t max) {
  char* end = nullptr;
  long long v = std::strtoll(text.c_str(), &end, 10);
  if (text.empty() || end == nullptr || *end != '\0' || v < 1 || static_cast<size_t>(v) > max) {
    return Status::InvalidArgument("limit must be an integer from 1 to " + std::to_string(max) +
                                   ", got '" + text + "'");
  }
  return static_cast<size_t>(v);
}

// Reads "threshold", "limit" and "lists" from a JSON body into `opts`, removing them.
Status TakeOptions(Json* body, ScreenOptions* opts, size_t max_limit) {
  if (!body->is_object()) return Status::Ok();
  if (body->contains("threshold")) {
    const Json& t = (*body)["threshold"];
    if (!t.is_number() || !(t.get<double>() >= 0.0 && t.get<double>() <= 1.0)) {
      return Status::InvalidArgument("threshold must be a number between 0 and 1");
    }
    opts->threshold = t.get<double>();
    body->erase("threshold");
  }
  if (body->contains("limit")) {
    const Json& l = (*body)["limit"];
    if (!l.is_number_integer() || l.get<long long>() < 1 ||
        static_cast<size_t>(l.get<long long>()) > max_limit) {
      return Status::InvalidArgument("limit must be an integer from 1 to " +
                                     std::to_string(max_limit));
    }
    opts->limit = l.get<size_t>();
    body->erase("limit");
  }
  if (body->contains("lists")) {
    const Json& l = (*body)["lists"];
    if (!l.is_array()) return Status::InvalidArgument("lists must be an array of list ids");
    for (const Json& id : l) {
      if (!id.is_string()) return Status::InvalidArgument("lists must be an array of list ids");
      opts->lists.push_back(id.get<std::string>());
    }
    body->erase("lists");
  }
  return Status::Ok();
}

Status CheckLists(const ScreenOptions& opts, const Index& index) {
  for (const std::string& id : opts.lists) {
    bool found = false;
    for (const ListData& l : index.lists()) found = found || l.list == id;
    if (!found)
      return Status::InvalidArgument("no list '" + id + "' is loaded (see GET /v1/lists)");
  }
  return Status::Ok();
}

// ---- handlers ------------------------------------------------------------------------

Reply HandleHealth(const Request&, ServerState&, const Snapshot*) {
  return JsonReply({{"status", "ok"}});
}

Reply HandleReady(const Request&, ServerState& state, const Snapshot*) {
  auto snap = state.snapshot();
  if (!snap) return ErrorReply(503, "unavailable", "the lists are still loading");
  return JsonReply({{"status", "ready"},
                    {"entities", snap->index->stats().entities},
                    {"loaded_at", IsoTime(snap->loaded_at_unix)}});
}

Reply HandleMetrics(const Request&, ServerState& state, const Snapshot*) {
  std::string out = state.metrics().Render();
  auto snap = state.snapshot();
  ReloadInfo info = state.reload_info();
  int64_t now = NowUnix();
  out += "# HELP sanctions_ready 1 when an index is loaded and searches are served.\n";
  out += "# TYPE sanctions_ready gauge\n";
  out += PromLine("sanctions_ready", "", snap ? 1 : 0);
  if (snap) {
    out += "# HELP sanctions_list_entities Entities loaded per list file.\n";
    out += "# TYPE sanctions_list_entities gauge\n";
    for (const ListData& l : snap->index->lists()) {
      out += PromLine("sanctions_list_entities",
                      "list=\"" + PromEscape(l.list) + "\",file=\"" + PromEscape(l.file) + "\"",
                      static_cast<double>(l.entities.size()));
    }
    out +=
        "# HELP sanctions_list_age_seconds Seconds since the publication date each list "
        "file states (lists without a date are absent).\n";
    out += "# TYPE sanctions_list_age_seconds gauge\n";
    for (const ListData& l : snap->index->lists()) {
      int64_t published = ParsePublishedUnix(l.published);
      if (published <= 0) continue;
      out += PromLine("sanctions_list_age_seconds",
                      "list=\"" + PromEscape(l.list) + "\",file=\"" + PromEscape(l.file) + "\"",
                      static_cast<double>(now - published));
    }
    out += "# HELP sanctions_index_entities Entities in the index being served.\n";
    out += "# TYPE sanctions_index_entities gauge\n";
    out += PromLine("sanctions_index_entities", "",
                    static_cast<double>(snap->index->stats().entities));
    out +=
        "# HELP sanctions_index_loaded_timestamp_seconds When the index being served was built.\n";
    out += "# TYPE sanctions_index_loaded_timestamp_seconds gauge\n";
    out += PromLine("sanctions_index_loaded_timestamp_seconds", "",
                    static_cast<double>(snap->loaded_at_unix));
    out += "# HELP sanctions_index_load_seconds Time to read the lists and build the index.\n";
    out += "# TYPE sanctions_index_load_seconds gauge\n";
    out += PromLine("sanctions_index_load_seconds", "", snap->load_seconds);
  }
  out += "# HELP sanctions_reloads_total Reloads by result.\n";
  out += "# TYPE sanctions_reloads_total counter\n";
  out += PromLine("sanctions_reloads_total", "result=\"success\"",
                  static_cast<double>(info.successes));
  out +=
      PromLine("sanctions_reloads_total", "result=\"failure\"", static_cast<double>(info.failures));
  out +=
      "# HELP sanctions_last_reload_success 1 if the last reload succeeded (or none was tried).\n";
  out += "# TYPE sanctions_last_reload_success gauge\n";
  out += PromLine("sanctions_last_reload_success", "", info.ok ? 1 : 0);
  if (info.attempted) {
    out += "# HELP sanctions_last_reload_timestamp_seconds When the last reload was tried.\n";
    out += "# TYPE sanctions_last_reload_timestamp_seconds gauge\n";
    out +=
        PromLine("sanctions_last_reload_timestamp_seconds", "", static_cast<double>(info.at_unix));
  }
  Reply r;
  r.body = std::move(out);
  r.content_type = "text/plain; version=0.0.4; charset=utf-8";
  return r;
}

Reply HandleOpenApi(const Request&, ServerState&, const Snapshot*) {
  static const std::string doc = OpenApiDocument().dump(1);
  Reply r;
  r.body = doc;
  return r;
}

Reply HandleSearch(const Request& req, ServerState& state, const Snapshot* snap) {
  const ServerOptions& o = state.options();
  Query q;
  q.name = TrimCopy(req.get_param_value("q"));
  if (q.name.empty())
    return ErrorReply(Status::InvalidArgument("missing query parameter q (the name to search)"));
  bool known = false;
  for (const char* key : {"type", "dob", "birth_date", "country", "imo", "passport", "gender"}) {
    for (size_t i = 0; i < req.get_param_value_count(key); ++i) {
      Status st = SetQueryField(&q, key, req.get_param_value(key, i), &known);
      if (!st.ok()) return ErrorReply(st);
    }
  }
  Status st = ValidateQuery(q);
  if (!st.ok()) return ErrorReply(st);
  ScreenOptions opts;
  if (req.has_param("threshold")) {
    auto t = ParseThreshold(req.get_param_value("threshold"));
    if (!t.ok()) return ErrorReply(t.status());
    opts.threshold = *t;
  }
  if (req.has_param("limit")) {
    auto l = ParseLimit(req.get_param_value("limit"), o.max_limit);
    if (!l.ok()) return ErrorReply(l.status());
    opts.limit = *l;
  }
  if (req.has_param("list")) {
    for (std::string& id : Split(req.get_param_value("list"), ','))
      opts.lists.push_back(std::move(id));
    st = CheckLists(opts, *snap->index);
    if (!st.ok()) return ErrorReply(st);
  }
  Reply reply;
  AppendScreenResultJson(q, snap->index->Screen(q, opts), &reply.body);
  return reply;
}

Reply HandleScreen(const Request& req, ServerState& state, const Snapshot* snap) {
  const ServerOptions& o = state.options();
  auto body = ParseBody(req);
  if (!body.ok()) return ErrorReply(body.status());
  if (!body->is_object()) {
    return ErrorReply(Status::InvalidArgument(
        "the body must be a JSON object: one record {\"name\":...} or {\"records\":[...]}"));
  }
  ScreenOptions opts;
  Status st = TakeOptions(&*body, &opts, o.max_limit);
  if (!st.ok()) return ErrorReply(st);
  st = CheckLists(opts, *snap->index);
  if (!st.ok()) return ErrorReply(st);
  if (body->contains("records")) {
    const Json& records = (*body)["records"];
    if (!records.is_array()) return ErrorReply(Status::InvalidArgument("records must be an array"));
    if (records.size() > o.max_batch) {
      return ErrorReply(413, "too_many_records",
                        "at most " + std::to_string(o.max_batch) + " records per request, got " +
                            std::to_string(records.size()));
    }
    std::vector<Query> queries;
    queries.reserve(records.size());
    for (size_t i = 0; i < records.size(); ++i) {
      auto q = QueryFromJson(records[i]);
      if (!q.ok()) return ErrorReply(q.status().WithContext("records[" + std::to_string(i) + "]"));
      queries.push_back(std::move(*q));
    }
    Reply reply;
    reply.body = "{\"results\":[";
    for (size_t i = 0; i < queries.size(); ++i) {
      if (i > 0) reply.body.push_back(',');
      AppendScreenResultJson(queries[i], snap->index->Screen(queries[i], opts), &reply.body);
    }
    reply.body += "]}";
    return reply;
  }
  auto q = QueryFromJson(*body);
  if (!q.ok()) return ErrorReply(q.status());
  Reply reply;
  AppendScreenResultJson(*q, snap->index->Screen(*q, opts), &reply.body);
  return reply;
}

Reply HandleScan(const Request& req, ServerState& state, const Snapshot* snap) {
  const ServerOptions& o = state.options();
  ScreenOptions opts;
  opts.limit = 0;
  std::string text;
  std::string content_type = AsciiLower(req.get_header_value("Content-Type"));
  if (content_type.rfind("text/plain", 0) == 0) {
    text = req.body;
  } else {
    auto body = ParseBody(req);
    if (!body.ok()) return ErrorReply(body.status());
    if (!body->is_object() || !body->contains("text") || !(*body)["text"].is_string()) {
      return ErrorReply(
          Status::InvalidArgument("the body must be {\"text\":\"...\"} (or send text/plain)"));
    }
    text = (*body)["text"].get<std::string>();
    body->erase("text");
    Status st = TakeOptions(&*body, &opts, o.max_limit);
    if (!st.ok()) return ErrorReply(st);
  }
  if (req.has_param("threshold")) {
    auto t = ParseThreshold(req.get_param_value("threshold"));
    if (!t.ok()) return ErrorReply(t.status());
    opts.threshold = *t;
  }
  if (text.size() > o.max_scan_bytes) {
    return ErrorReply(413, "payload_too_large",
                      "text longer than " + std::to_string(o.max_scan_bytes) + " bytes");
  }
  if (!IsValidUtf8(text)) return ErrorReply(Status::InvalidArgument("the text is not valid UTF-8"));
  Json mentions = Json::array();
  for (const Mention& m : snap->index->Scan(text, opts)) mentions.push_back(MentionToJson(m));
  return JsonReply({{"mentions", std::move(mentions)}});
}

Reply HandleEntity(const Request& req, ServerState&, const Snapshot* snap) {
  const std::string& list = req.captures.at(0);
  const std::string& source_id = req.captures.at(1);
  const Entity* e = snap->index->Find(list, source_id);
  if (e == nullptr) {
    return ErrorReply(
        Status::NotFound("no entity " + MakeEntityId(list, source_id) + " is loaded"));
  }
  return JsonReply(Json(EntityToJson(*e)));
}

Json ListsJson(const Snapshot& snap) {
  Json lists = Json::array();
  size_t total = 0;
  for (const ListData& l : snap.index->lists()) {
    lists.push_back(Json(ListSummaryToJson(l)));
    total += l.entities.size();
  }
  IndexStats s = snap.index->stats();
  Json out = Json::object();
  out["lists"] = std::move(lists);
  out["entities"] = total;
  out["loaded_at"] = IsoTime(snap.loaded_at_unix);
  out["load_seconds"] = std::round(snap.load_seconds * 1000.0) / 1000.0;
  out["index"] = {{"entities", s.entities},
                  {"names", s.names},
                  {"tokens", s.tokens},
                  {"build_seconds", std::round(s.build_seconds * 1000.0) / 1000.0}};
  return out;
}

Json ReloadJson(const ReloadInfo& info) {
  Json out = Json::object();
  out["attempted"] = info.attempted;
  if (info.attempted) {
    out["ok"] = info.ok;
    out["at"] = IsoTime(info.at_unix);
    if (!info.ok) out["message"] = info.message;
  }
  out["successes"] = info.successes;
  out["failures"] = info.failures;
  return out;
}

Reply HandleLists(const Request&, ServerState& state, const Snapshot* snap) {
  Json out = ListsJson(*snap);
  out["files"] = state.options().list_paths;
  out["last_reload"] = ReloadJson(state.reload_info());
  return JsonReply(out);
}

Reply HandleReload(const Request&, ServerState& state, const Snapshot*) {
  Status st = state.Load(/*is_reload=*/true);
  auto snap = state.snapshot();
  if (!st.ok()) {
    if (st.code() == Status::Code::kUnavailable) return ErrorReply(409, "conflict", st.message());
    std::string still = snap
                            ? "; still serving the lists loaded at " + IsoTime(snap->loaded_at_unix)
                            : "; no lists are loaded";
    // Whatever the cause (file gone, corrupt, unreadable), it is the server's lists that
    // failed, not the client's request: 500.
    return ErrorReply(500, "reload_failed", "reload failed: " + st.message() + still);
  }
  Json out = ListsJson(*snap);
  out["status"] = "reloaded";
  return JsonReply(out);
}

// ---- path patterns ---------------------------------------------------------------------

// /v1/entities/{list}/{source_id}: list = [^/]+, source_id = .+ (a std::regex '.', so no
// line break), as the regex of the route had it.
bool MatchEntityPath(std::string_view path, std::vector<std::string>* captures) {
  constexpr std::string_view kPrefix = "/v1/entities/";
  if (path.substr(0, kPrefix.size()) != kPrefix) return false;
  std::string_view rest = path.substr(kPrefix.size());
  size_t slash = rest.find('/');
  if (slash == 0 || slash == std::string_view::npos || slash + 1 == rest.size()) return false;
  std::string_view source_id = rest.substr(slash + 1);
  if (source_id.find_first_of("\r\n") != std::string_view::npos) return false;
  captures->emplace_back(rest.substr(0, slash));
  captures->emplace_back(source_id);
  return true;
}

// /match/{dataset}: dataset = [A-Za-z0-9_-]+.
bool MatchYentePath(std::string_view path, std::vector<std::string>* captures) {
  constexpr std::string_view kPrefix = "/match/";
  if (path.substr(0, kPrefix.size()) != kPrefix) return false;
  std::string_view dataset = path.substr(kPrefix.size());
  if (dataset.empty()) return false;
  for (char c : dataset) {
    bool ok = (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') ||
              c == '_' || c == '-';
    if (!ok) return false;
  }
  captures->emplace_back(dataset);
  return true;
}

}  // namespace

const std::vector<Route>& Routes() {
  // method, name, match, summary, needs_key, needs_index, is_read_api, long_running, handler
  static const std::vector<Route> kRoutes = {
      {"GET", "/healthz", nullptr, "Liveness: the process answers", false, false, false, false,
       &HandleHealth},
      {"GET", "/readyz", nullptr, "Readiness: 200 once the lists are loaded, else 503", false,
       false, false, false, &HandleReady},
      {"GET", "/metrics", nullptr, "Prometheus metrics", false, false, false, false,
       &HandleMetrics},
      {"GET", "/openapi.json", nullptr, "This API described in OpenAPI 3", false, false, false,
       false, &HandleOpenApi},
      {"GET", "/v1/search", nullptr, "Screen one name given in the query string", false, true, true,
       false, &HandleSearch},
      {"POST", "/v1/screen", nullptr, "Screen one record or up to 1,000 records", false, true, true,
       false, &HandleScreen},
      {"POST", "/v1/scan", nullptr, "Find listed entities mentioned in free text", false, true,
       true, false, &HandleScan},
      {"GET", "/v1/entities/{list}/{source_id}", &MatchEntityPath, "One listed entity, every field",
       false, true, true, false, &HandleEntity},
      {"GET", "/v1/lists", nullptr, "The lists loaded: dates, counts, hashes, load time", false,
       true, true, false, &HandleLists},
      {"POST", "/v1/lists/reload", nullptr,
       "Re-read the list files and swap the index in atomically (API key)", true, false, false,
       true, &HandleReload},
      {"POST", "/match/{dataset}", &MatchYentePath, "OpenSanctions yente-compatible matching",
       false, true, true, false, &HandleYenteMatch},
  };
  return kRoutes;
}

RouteMatch FindRoute(std::string_view method, std::string_view path,
                     std::vector<std::string>* captures) {
  RouteMatch result;
  std::string_view as = method == "HEAD" ? std::string_view("GET") : method;
  for (const Route& r : Routes()) {
    captures->clear();
    bool path_matches = r.match != nullptr ? r.match(path, captures) : path == r.name;
    if (!path_matches) continue;
    if (as == r.method) {
      result.route = &r;
      result.allow.clear();
      return result;
    }
    if (!result.allow.empty()) result.allow += ", ";
    result.allow += r.method;
    if (std::string_view(r.method) == "GET") result.allow += ", HEAD";
  }
  captures->clear();
  return result;
}

}  // namespace sanctions::api
