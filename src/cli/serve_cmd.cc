// `sanctions serve`: the HTTP API (docs/api.md).
//
// Binds first (so /healthz answers and /readyz says 503 while the lists load), loads the
// lists, then serves until SIGTERM or SIGINT: the listening socket closes, in-flight
// requests finish, and the process exits 0. A failed first load exits 2.
#include <pthread.h>
#include <signal.h>

#include <atomic>
#include <chrono>
#include <cstdio>
#include <memory>
#include <string>
#include <thread>
#include <vector>

#include "api/auth.h"
#include "api/server.h"
#include "cli/cli_common.h"
#include "cli/commands.h"
#include "cli/list_config.h"

namespace sanctions::cli {

namespace {

struct ServeArgs {
  std::vector<std::string> lists;
  std::string listen = "127.0.0.1:8080";
  std::string api_key_file;
  bool protect_reads = false;
  bool no_access_log = false;
  int threads = 0;  // 0 = one I/O thread per CPU core
  int engine_threads = 0;
  size_t max_body_mb = 8;
  size_t max_batch = 1000;
  int timeout = 10;
};

Status ParseListen(const std::string& listen, std::string* host, int* port) {
  size_t colon = listen.rfind(':');
  if (colon == std::string::npos) {
    return Status::InvalidArgument("--listen: expected HOST:PORT, got '" + listen + "'");
  }
  *host = listen.substr(0, colon);
  if (host->size() >= 2 && host->front() == '[' && host->back() == ']') {
    *host = host->substr(1, host->size() - 2);
  }
  std::string p = listen.substr(colon + 1);
  char* end = nullptr;
  long v = std::strtol(p.c_str(), &end, 10);
  if (p.empty() || *end != '\0' || v < 0 || v > 65535 || host->empty()) {
    return Status::InvalidArgument("--listen: expected HOST:PORT, got '" + listen + "'");
  }
  *port = static_cast<int>(v);
  return Status::Ok();
}

void RunServe(const ServeArgs& a, CliContext& ctx) {
  ctx.exit_code = kExitError;
  api::ServerOptions opts;
  Status st = ParseListen(a.listen, &opts.host, &opts.port);
  if (!st.ok()) return PrintError("serve", st);
  auto key = api::LoadApiKey(a.api_key_file);
  if (!key.ok()) return PrintError("serve", key.status());
  opts.api_key = *key;
  // Resolve the list files once: a reload re-reads the same files.
  std::vector<std::string> paths = a.lists;
  if (paths.empty()) {
    auto configured = ConfiguredLists();
    if (!configured.ok()) return PrintError("serve", configured.status());
    paths = *configured;
  }
  if (paths.empty()) {
    // LoadListsForCommand words the "no lists configured" message.
    auto none = LoadListsForCommand({}, LoadOptions{}, false);
    return PrintError("serve",
                      none.ok() ? Status::InvalidArgument("no lists given") : none.status());
  }
  opts.list_paths = paths;
  opts.load_lists = [paths] { return LoadListsForCommand(paths, LoadOptions{}, false); };
  opts.protect_reads = a.protect_reads;
  opts.threads = a.threads;
  opts.engine_concurrency = a.engine_threads;
  opts.max_body_bytes = a.max_body_mb << 20;
  opts.max_batch = a.max_batch;
  opts.read_timeout_seconds = a.timeout;
  opts.write_timeout_seconds = a.timeout;
  opts.access_log = a.no_access_log ? nullptr : stderr;

  // Block the stop signals in every thread; one thread waits for them.
  sigset_t set;
  sigemptyset(&set);
  sigaddset(&set, SIGTERM);
  sigaddset(&set, SIGINT);
  sigaddset(&set, SIGUSR1);  // internal: wakes the watcher when the server ends by itself
  pthread_sigmask(SIG_BLOCK, &set, nullptr);
  signal(SIGPIPE, SIG_IGN);

  api::Server server(opts);
  auto port = server.Bind();
  if (!port.ok()) return PrintError("serve", port.status());
  std::fprintf(stderr, "sanctions serve: listening on http://%s:%d (loading %zu list file(s))\n",
               opts.host.c_str(), *port, paths.size());
  if (opts.api_key.empty()) {
    std::fprintf(stderr,
                 "sanctions serve: no API key configured: POST /v1/lists/reload is disabled\n");
  }

  // Stop() only acts on a running server; repeat it until Run() has returned so a
  // signal (or a failed load) that comes before the accept loop starts is not lost.
  std::atomic<bool> run_finished{false};
  auto stop_until_done = [&server, &run_finished] {
    while (!run_finished.load()) {
      server.Stop();
      std::this_thread::sleep_for(std::chrono::milliseconds(20));
    }
  };
  std::thread watcher([&, set] {
    int sig = 0;
    sigwait(&set, &sig);
    if (sig != SIGUSR1) {
      std::fprintf(stderr, "sanctions serve: %s received, finishing in-flight requests\n",
                   sig == SIGTERM ? "SIGTERM" : "SIGINT");
    }
    stop_until_done();
  });
  std::atomic<bool> load_failed{false};
  std::thread loader([&] {
    Status s = server.LoadInitial();
    if (!s.ok()) {
      PrintError("serve", s);
      load_failed = true;
      stop_until_done();
      return;
    }
    std::fprintf(stderr, "sanctions serve: ready\n");
  });
  Status run = server.Run();
  run_finished = true;
  loader.join();
  pthread_kill(watcher.native_handle(), SIGUSR1);
  watcher.join();
  if (!run.ok()) return PrintError("serve", run);
  if (load_failed) return;
  std::fprintf(stderr, "sanctions serve: stopped\n");
  ctx.exit_code = kExitOk;
}

}  // namespace

void RegisterServeCommand(CLI::App& app, CliContext& ctx) {
  auto a = std::make_shared<ServeArgs>();
  CLI::App* cmd = app.add_subcommand("serve", "Serve the screening HTTP API (docs/api.md)");
  AddListOption(cmd, &a->lists);
  cmd->add_option("--listen", a->listen, "HOST:PORT to listen on (default 127.0.0.1:8080)");
  cmd->add_option("--api-key-file", a->api_key_file,
                  "File whose first line is the API key for reload and write routes (else the "
                  "SANCTIONS_API_KEY environment variable)");
  cmd->add_flag("--protect-reads", a->protect_reads,
                "Require the API key on the screening routes too (/v1/*, /match)");
  cmd->add_option("--threads", a->threads,
                  "I/O threads serving every connection; requests run on them (default 0 = the "
                  "number of CPU cores)")
      ->check(CLI::Range(0, 4096));
  cmd->add_option("--engine-threads", a->engine_threads,
                  "At most this many requests screen at once, the others wait in arrival order "
                  "(default 0 = --threads, no extra limit)")
      ->check(CLI::NonNegativeNumber);
  cmd->add_option("--max-body-mb", a->max_body_mb, "Largest request body in MiB (default 8)")
      ->check(CLI::Range(1, 1024));
  cmd->add_option("--max-batch", a->max_batch, "Most records per request (default 1000)")
      ->check(CLI::Range(1, 100000));
  cmd->add_option("--timeout", a->timeout, "Read and write timeout in seconds (default 10)")
      ->check(CLI::Range(1, 3600));
  cmd->add_flag("--no-access-log", a->no_access_log, "Do not write the JSON access log on stderr");
  cmd->footer(
      "Stops on SIGTERM/SIGINT after in-flight requests finish (exit 0).\n"
      "Exit codes: 0 stopped cleanly, 2 usage error, lists failed to load, port in use.");
  cmd->callback([a, &ctx] { RunServe(*a, ctx); });
}

}  // namespace sanctions::cli
