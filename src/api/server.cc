// The HTTP server: httplib setup, the per-request wrapper (auth, readiness, errors),
// metrics and the structured access log (see server.h).
#include "api/server.h"

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <ctime>
#include <mutex>
#include <thread>

#include <httplib.h>

#include "api/auth.h"
#include "api/limiter.h"
#include "api/routes.h"

namespace sanctions::api {

namespace {

// Per worker thread: when the current request started and which route served it.
// httplib handles one request at a time per thread, so thread_local is exact.
thread_local std::chrono::steady_clock::time_point t_request_start{};
thread_local const char* t_route_name = nullptr;

std::string JsonEscape(const std::string& s) {
  return Json(s).dump(-1, ' ', false, Json::error_handler_t::replace);
}

std::string IsoNowMillis() {
  auto now = std::chrono::system_clock::now();
  auto ms = std::chrono::duration_cast<std::chrono::milliseconds>(now.time_since_epoch()).count();
  std::time_t t = static_cast<std::time_t>(ms / 1000);
  std::tm tm{};
  gmtime_r(&t, &tm);
  char buf[40];
  size_t n = std::strftime(buf, sizeof buf, "%Y-%m-%dT%H:%M:%S", &tm);
  std::snprintf(buf + n, sizeof buf - n, ".%03dZ", static_cast<int>(ms % 1000));
  return buf;
}

void Apply(const Reply& reply, httplib::Response& res) {
  res.status = reply.status;
  res.set_content(reply.body, reply.content_type.c_str());
}

}  // namespace

struct Server::Impl {
  explicit Impl(ServerOptions options)
      : state(std::move(options)),
        limiter(state.options().engine_concurrency > 0
                    ? static_cast<size_t>(state.options().engine_concurrency)
                    : std::max(1u, std::thread::hardware_concurrency())) {}

  void Setup();
  void Dispatch(const Route& route, const httplib::Request& req, httplib::Response& res);
  void Log(const httplib::Request& req, const httplib::Response& res);

  ServerState state;
  httplib::Server http;
  std::mutex log_mu;
  FairLimiter limiter;  // index reads (screening) run at most this many at once
};

void Server::Impl::Dispatch(const Route& route, const httplib::Request& req,
                            httplib::Response& res) {
  t_route_name = route.name;
  const ServerOptions& o = state.options();
  if (route.needs_key || (o.protect_reads && route.is_read_api)) {
    std::string presented =
        PresentedKey(req.get_header_value("Authorization"), req.get_header_value("X-API-Key"));
    if (presented.empty()) {
      res.set_header("WWW-Authenticate", "Bearer");
      return Apply(ErrorReply(401, "unauthorized",
                              "this route needs an API key: send 'Authorization: Bearer KEY' or "
                              "'X-API-Key: KEY'"),
                   res);
    }
    if (o.api_key.empty()) {
      return Apply(ErrorReply(403, "forbidden",
                              "no API key is configured on the server (--api-key-file or "
                              "SANCTIONS_API_KEY), so this route is disabled"),
                   res);
    }
    if (!ConstantTimeEquals(presented, o.api_key)) {
      return Apply(ErrorReply(403, "forbidden", "the API key is not valid"), res);
    }
  }
  std::shared_ptr<const Snapshot> snap;
  if (route.needs_index) {
    snap = state.snapshot();
    if (!snap) {
      res.set_header("Retry-After", "1");
      return Apply(ErrorReply(503, "unavailable", "the lists are still loading; retry shortly"),
                   res);
    }
  }
  // Screening is CPU-bound: run as many at once as there are cores, the rest queue in
  // arrival order (limiter.h). The reload route builds its index outside the limit.
  FairLimiter::Slot slot(route.needs_index && !route.needs_key ? &limiter : nullptr);
  Apply(route.handler(req, state, snap.get()), res);
}

void Server::Impl::Log(const httplib::Request& req, const httplib::Response& res) {
  double seconds = 0;
  if (t_request_start != std::chrono::steady_clock::time_point{}) {
    seconds =
        std::chrono::duration<double>(std::chrono::steady_clock::now() - t_request_start).count();
  }
  const char* route = t_route_name != nullptr ? t_route_name : "unmatched";
  state.metrics().Observe(route, req.method, res.status, seconds);
  t_request_start = {};
  t_route_name = nullptr;
  FILE* out = state.options().access_log;
  if (out == nullptr) return;
  // The query string is left out on purpose: it holds the names being screened.
  char latency[32];
  std::snprintf(latency, sizeof latency, "%.3f", seconds * 1000.0);
  std::string line = "{\"time\":\"" + IsoNowMillis() + "\",\"method\":" + JsonEscape(req.method) +
                     ",\"path\":" + JsonEscape(req.path) + ",\"route\":" + JsonEscape(route) +
                     ",\"status\":" + std::to_string(res.status) + ",\"latency_ms\":" + latency +
                     ",\"bytes\":" + std::to_string(res.body.size()) + ",\"remote\":" +
                     JsonEscape(req.remote_addr + ":" + std::to_string(req.remote_port)) + "}\n";
  std::lock_guard<std::mutex> lock(log_mu);
  std::fwrite(line.data(), 1, line.size(), out);
  std::fflush(out);
}

void Server::Impl::Setup() {
  const ServerOptions& o = state.options();
  int threads = o.threads > 0 ? o.threads : 96;
  http.new_task_queue = [threads] { return new httplib::ThreadPool(static_cast<size_t>(threads)); };
  http.set_payload_max_length(o.max_body_bytes);
  http.set_read_timeout(o.read_timeout_seconds, 0);
  http.set_write_timeout(o.write_timeout_seconds, 0);
  http.set_keep_alive_timeout(o.keep_alive_seconds);
  http.set_keep_alive_max_count(100000);
  http.set_tcp_nodelay(true);

  http.set_pre_routing_handler([](const httplib::Request&, httplib::Response&) {
    t_request_start = std::chrono::steady_clock::now();
    t_route_name = nullptr;
    return httplib::Server::HandlerResponse::Unhandled;
  });
  for (const Route& route : Routes()) {
    const Route* r = &route;
    auto handler = [this, r](const httplib::Request& req, httplib::Response& res) {
      Dispatch(*r, req, res);
    };
    if (std::string(route.method) == "GET") {
      http.Get(route.pattern, handler);
    } else {
      http.Post(route.pattern, handler);
    }
  }
  // Errors httplib produces itself (404, 413, 400 on a malformed request...) as JSON.
  http.set_error_handler(
      httplib::Server::HandlerWithResponse([](const httplib::Request& req, httplib::Response& res) {
        if (!res.body.empty() && res.get_header_value("Content-Type") == "application/json") {
          return httplib::Server::HandlerResponse::Unhandled;
        }
        std::string code = "error";
        std::string message = "the request failed with HTTP status " + std::to_string(res.status);
        if (res.status == 404) {
          code = "not_found";
          message = "no route " + req.method + " " + req.path + " (see GET /openapi.json)";
        } else if (res.status == 413) {
          code = "payload_too_large";
          message = "the request body is larger than the server's limit";
        } else if (res.status == 400) {
          code = "bad_request";
          message = "malformed HTTP request";
        } else if (res.status == 405) {
          code = "method_not_allowed";
        }
        Apply(ErrorReply(res.status, code, message), res);
        return httplib::Server::HandlerResponse::Handled;
      }));
  http.set_exception_handler(
      [](const httplib::Request&, httplib::Response& res, std::exception_ptr ep) {
        std::string what = "unexpected error";
        try {
          if (ep) std::rethrow_exception(ep);
        } catch (const std::exception& e) {
          what = e.what();
        } catch (...) {
        }
        Apply(ErrorReply(500, "internal", "internal error: " + what), res);
      });
  http.set_logger(
      [this](const httplib::Request& req, const httplib::Response& res) { Log(req, res); });
}

Server::Server(ServerOptions options) : impl_(std::make_unique<Impl>(std::move(options))) {
  impl_->Setup();
}

Server::~Server() = default;

Result<int> Server::Bind() {
  const ServerOptions& o = impl_->state.options();
  if (o.port == 0) {
    int port = impl_->http.bind_to_any_port(o.host);
    if (port <= 0) return Status::IoError("cannot listen on " + o.host + " (any port)");
    return port;
  }
  if (!impl_->http.bind_to_port(o.host, o.port)) {
    return Status::IoError("cannot listen on " + o.host + ":" + std::to_string(o.port) +
                           " (address in use or not available)");
  }
  return o.port;
}

Status Server::LoadInitial() {
  return impl_->state.Load(/*is_reload=*/false);
}

Status Server::Run() {
  if (!impl_->http.listen_after_bind()) {
    return Status::IoError("the server stopped with an error");
  }
  return Status::Ok();
}

void Server::Stop() {
  impl_->http.stop();
}

}  // namespace sanctions::api
