// Internals of the HTTP server: the shared state (index snapshot, reload status,
// metrics), the reply type, and THE route table. Handlers are thin: parse and validate
// the request, call the domain (Index), map the Status to HTTP. Status categories map
// to HTTP codes here and nowhere else.
#pragma once

#include <atomic>
#include <cstdint>
#include <memory>
#include <mutex>
#include <string>
#include <vector>

#include <httplib.h>

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

// What a handler answers.
struct Reply {
  int status = 200;
  std::string body;
  std::string content_type = "application/json";
};

Reply JsonReply(const Json& body, int status = 200);
// {"error":{"code":...,"message":...}} with the HTTP code for the Status category.
Reply ErrorReply(const Status& status);
Reply ErrorReply(int http_status, const std::string& code, const std::string& message);
// The HTTP code for a Status category (400, 404, 500, 503...).
int HttpStatusFor(Status::Code code);
// Machine-readable code for a Status category ("invalid_argument"...).
const char* ErrorCodeFor(Status::Code code);

using Handler = Reply (*)(const httplib::Request& req, ServerState& state, const Snapshot* snap);

// One row of the route table.
struct Route {
  const char* method;   // "GET" or "POST"
  const char* pattern;  // httplib regex
  const char* name;     // the templated path, for metrics, logs and OpenAPI
  const char* summary;  // one line for OpenAPI
  bool needs_key;       // API key required (write routes)
  bool needs_index;     // answers 503 until the first Index is loaded
  bool is_read_api;     // protected too when ServerOptions::protect_reads
  Handler handler;
};

// THE route table: every endpoint, registered in one place.
const std::vector<Route>& Routes();

// The OpenAPI 3 document describing every route of the table.
Json OpenApiDocument();

// Handlers of the yente-compatible matcher (yente.cc).
Reply HandleYenteMatch(const httplib::Request& req, ServerState& state, const Snapshot* snap);

}  // namespace sanctions::api
