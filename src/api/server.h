// The HTTP API server (`sanctions serve`, docs/api.md), event-driven on Boost.Beast +
// Boost.Asio.
//
//   ServerOptions opts;  opts.load_lists = [] { return LoadListsForCommand(paths, {}); };
//   Server server(opts);
//   auto port = server.Bind();        // listens; /healthz answers, /readyz says 503
//   server.LoadInitial();             // builds the first Index (readyz -> 200)
//   server.Run();                     // serves until Stop(); in-flight requests finish
//
// Run() drives one io_context with `threads` I/O threads (0 = one per core); each
// connection is a session that reads a request, runs the handler to completion on the
// thread that read it and writes the reply, with no thread per connection. The reload
// (seconds of work) runs on a background thread instead. The Index is an immutable
// snapshot held by a std::atomic<std::shared_ptr>: a reload builds a new one aside and
// swaps it in; a failed reload keeps serving the old one.
// Stop() may be called from any thread (the signal-watching thread of `serve`), also
// before Run(): the listening socket closes, idle kept-alive connections close, requests
// in flight are answered (Connection: close), and then Run() returns.
#pragma once

#include <cstdio>
#include <functional>
#include <memory>
#include <string>
#include <vector>

#include "sanctions/list.h"
#include "sanctions/status.h"

namespace sanctions::api {

struct ServerOptions {
  std::string host = "127.0.0.1";
  int port = 8080;  // 0 = any free port
  // Reads the lists (at start and on every reload). Required.
  std::function<Result<std::vector<ListData>>()> load_lists;
  std::vector<std::string> list_paths;  // what load_lists reads, for /v1/lists
  std::string api_key;                  // "" = none configured: protected routes refuse
  bool protect_reads = false;           // also require the key on /v1 read routes and /match
  size_t max_body_bytes = 8u << 20;     // larger bodies -> 413
  size_t max_batch = 1000;              // records per POST /v1/screen, queries per /match
  size_t max_limit = 500;               // largest `limit` a request may ask for
  size_t max_scan_bytes = 1u << 20;     // text per POST /v1/scan
  int threads = 0;                      // I/O threads serving all connections (0 = cores)
  int engine_concurrency = 0;           // requests screening at once when below `threads`,
                                        // the others wait in arrival order (limiter.h);
                                        // 0 = `threads` (each I/O thread screens one)
  int read_timeout_seconds = 10;
  int write_timeout_seconds = 10;
  int keep_alive_seconds = 5;
  FILE* access_log = stderr;  // one JSON line per request; nullptr = off
};

class Server {
 public:
  explicit Server(ServerOptions options);
  ~Server();
  Server(const Server&) = delete;  // owns a listening socket and threads
  Server& operator=(const Server&) = delete;

  // Binds the listening socket. Returns the port (useful with port 0).
  Result<int> Bind();
  // Loads the lists and builds the first Index. Until then /readyz answers 503.
  Status LoadInitial();
  // Serves until Stop() on `threads` I/O threads (the caller's is one of them). Returns
  // after every in-flight request has been answered and the threads have joined.
  Status Run();
  // Stops accepting; Run() returns once in-flight requests are done. Thread-safe; may be
  // called again (no effect) and before Run().
  void Stop();

 private:
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

}  // namespace sanctions::api
