// Internals of the HTTP server: the shared state (index snapshot, reload status,
// metrics), the reply type, and THE route table. Handlers are thin: parse and validate
// the request, call the domain (Index), map the Status to HTTP. Status categories map
// to HTTP codes here and nowhere else.
#pragma once

#include <atomic>
#include <cstdint>
#include <map>
#include <memory>
#include <mutex>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "api/hit_json.h"
#include "api/metrics.h"
#include "api/server.h"
#include "sanctions/screen.h"

namespace sanctions::api {

// One loaded Index and when it was built. Immutable once published.
struct Snapshot {
  std::shared_ptr<const Index> index;
  int64_t loaded_at_unix = 0;  // wall clock, seconds
  double load_seconds = 0;     // reading the lists + building the index
};

struct ReloadInfo {
  bool attempted = false;
  bool ok = true;
  int64_t at_unix = 0;
  std::string message;  // why the last reload failed
  uint64_t successes = 0;
  uint64_t failures = 0;
};

// Everything handlers share. Thread-safe.
class ServerState {
 public:
  explicit ServerState(ServerOptions options) : options_(std::move(options)) {}

  // The current snapshot; null until the first load succeeded.
  std::shared_ptr<const Snapshot> snapshot() const { return snapshot_.load(); }

  // Loads the lists, builds a new Index aside and swaps it in. On failure the current
  // snapshot stays. One load at a time: a concurrent call gets Unavailable.
  Status Load(bool is_reload);

  ReloadInfo reload_info() const;
  const ServerOptions& options() const { return options_; }
  Metrics& metrics() { return metrics_; }

 private:
  ServerOptions options_;
  std::atomic<std::shared_ptr<const Snapshot>> snapshot_;
  std::mutex load_mu_;
  mutable std::mutex info_mu_;
  ReloadInfo info_;
  Metrics metrics_;
};

// One HTTP request as handlers see it, independent of the server library (server.cc
// fills it in). Plain value; the accessors keep the names handlers have always used.
struct Request {
  std::string method;  // "GET", "POST"...
  std::string path;    // percent-decoded, without the query string
  // Query parameters, percent-decoded ('+' is a space); a key may repeat.
  std::multimap<std::string, std::string> params;
  // Header fields with lower-cased names (use get_header_value, any case).
  std::multimap<std::string, std::string> headers;
  std::string body;
  // What the patterned routes capture: {list, source_id} for /v1/entities/{list}/{source_id},
  // {dataset} for /match/{dataset}; empty for the others.
  std::vector<std::string> captures;
  std::string remote_addr;
  int remote_port = 0;

  bool has_param(const std::string& key) const { return params.count(key) > 0; }
  size_t get_param_value_count(const std::string& key) const { return params.count(key); }
  // The i-th value of `key` (in the order given), "" when there are fewer.
  std::string get_param_value(const std::string& key, size_t i = 0) const;
  // The first value of the header `name` (any case), "" when absent.
  std::string get_header_value(std::string_view name) const;
};

// What a handler answers.
struct Reply {
  int status = 200;
  std::string body;
  std::string content_type = "application/json";
  std::vector<std::pair<std::string, std::string>> headers;  // extra response headers
};

Reply JsonReply(const Json& body, int status = 200);
// {"error":{"code":...,"message":...}} with the HTTP code for the Status category.
Reply ErrorReply(const Status& status);
Reply ErrorReply(int http_status, const std::string& code, const std::string& message);
// The HTTP code for a Status category (400, 404, 500, 503...).
int HttpStatusFor(Status::Code code);
// Machine-readable code for a Status category ("invalid_argument"...).
const char* ErrorCodeFor(Status::Code code);

using Handler = Reply (*)(const Request& req, ServerState& state, const Snapshot* snap);
// Matches a patterned path; on success appends the captured parts to `captures`.
using PathMatcher = bool (*)(std::string_view path, std::vector<std::string>* captures);

// One row of the route table.
struct Route {
  const char* method;   // "GET" or "POST" (a GET route also answers HEAD)
  const char* name;     // the path, or the templated path: for matching, metrics, logs, OpenAPI
  PathMatcher match;    // null: `name` is the exact path; else this parses the captures
  const char* summary;  // one line for OpenAPI
  bool needs_key;       // API key required (write routes)
  bool needs_index;     // answers 503 until the first Index is loaded
  bool is_read_api;     // protected too when ServerOptions::protect_reads
  bool long_running;    // seconds of work: runs on a background thread, not an I/O thread
  Handler handler;
};

// THE route table: every endpoint, registered in one place.
const std::vector<Route>& Routes();

// Where a method and path lead in the route table.
struct RouteMatch {
  const Route* route = nullptr;  // null when no route serves this method on this path
  std::string allow;             // when `route` is null: the methods the path does serve
                                 // ("GET, HEAD", "POST"), "" when the path is unknown (404)
};

// Looks `method` and the (decoded) `path` up in Routes(); on a match `captures` receives
// what the patterned routes capture. HEAD is served by the GET routes.
RouteMatch FindRoute(std::string_view method, std::string_view path,
                     std::vector<std::string>* captures);

// The OpenAPI 3 document describing every route of the table.
Json OpenApiDocument();

// Handlers of the yente-compatible matcher (yente.cc).
Reply HandleYenteMatch(const Request& req, ServerState& state, const Snapshot* snap);

}  // namespace sanctions::api
