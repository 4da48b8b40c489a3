// The HTTP server on Boost.Beast + Boost.Asio (see server.h): the listener, one Session per
// connection, the per-request wrapper (routing, auth, readiness, errors), metrics and the
// structured access log.
//
// One io_context is run by N threads. A session reads a request, runs its handler to
// completion on the thread that read it, writes the reply and reads the next one while the
// connection is kept alive. Its socket lives on a strand, so its handlers never run at once.
// Routes marked long_running (the reload) run on a background thread; the reply is posted
// back to the session's strand.
#include "api/server.h"

#include <algorithm>
#include <array>
#include <atomic>
#include <chrono>
#include <cstdio>
#include <ctime>
#include <list>
#include <mutex>
#include <optional>
#include <thread>

#include <httplib.h>  // httplib::detail::decode_url and parse_query_text only
#include <boost/asio/dispatch.hpp>
#include <boost/asio/io_context.hpp>
#include <boost/asio/ip/tcp.hpp>
#include <boost/asio/post.hpp>
#include <boost/asio/steady_timer.hpp>
#include <boost/asio/strand.hpp>
#include <boost/asio/thread_pool.hpp>
#include <boost/asio/write.hpp>
#include <boost/beast/core.hpp>
#include <boost/beast/http.hpp>

#include "api/auth.h"
#include "api/hit_json.h"
#include "api/limiter.h"
#include "api/routes.h"
#include "util/text.h"

namespace sanctions::api {

namespace {

namespace asio = boost::asio;
namespace beast = boost::beast;
namespace http = beast::http;
using tcp = asio::ip::tcp;
using boost::system::error_code;
using Clock = std::chrono::steady_clock;
// Each connection's I/O objects carry their strand as a concrete executor type: the
// type-erased default (any_io_executor) would copy the strand to the heap on every
// asynchronous operation.
using Strand = asio::strand<asio::io_context::executor_type>;
using Socket = asio::basic_stream_socket<tcp, Strand>;
using Stream = beast::basic_stream<tcp, Strand>;

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

std::string_view Sv(beast::string_view s) {
  return {s.data(), s.size()};
}

int ResolveThreads(int requested) {
  if (requested > 0) return requested;
  return static_cast<int>(std::max(1u, std::thread::hardware_concurrency()));
}

// What the access log and the metrics record about one request.
struct Exchange {
  Clock::time_point start;
  std::string method = "-";
  std::string path;
  const char* route = nullptr;  // the route's templated path; null = unmatched
  int status = 0;
  size_t bytes = 0;  // response body
};

class Session;

// The listener and everything sessions share. Thread-safe where noted.
class ServerCore {
 public:
  explicit ServerCore(ServerOptions options);

  Result<int> Bind();
  Status Run();
  void Stop();  // thread-safe

  ServerState& state() { return state_; }
  const ServerOptions& options() const { return state_.options(); }
  bool stopping() const { return stopping_.load(std::memory_order_relaxed); }
  asio::thread_pool& background() { return background_; }

  // Refuses a request the route may not serve now (API key, readiness): true and
  // `refusal` set; else false and `snap` holds the index to use (when the route needs one).
  bool Refuse(const Route& route, const Request& req, Reply* refusal,
              std::shared_ptr<const Snapshot>* snap);
  // Runs the route's handler; an exception becomes a 500 reply.
  Reply RunHandler(const Route& route, const Request& req, const Snapshot* snap);
  // Counts the request in the metrics and writes its access log line (buffered: see
  // FlushLog).
  void Record(const Exchange& ex, const std::string& remote);
  // Writes the buffered access log lines out. They are written when 64 KB have gathered,
  // every 200 ms while the server runs, and when it stops: no write per request, and a
  // line reaches the log within 0.2 s.
  void FlushLog();

  // Sessions register while they live, so Stop() can reach the idle ones.
  std::list<std::weak_ptr<Session>>::iterator Register(std::weak_ptr<Session> session);
  void Unregister(std::list<std::weak_ptr<Session>>::iterator it);

 private:
  void Accept();
  void OnAccept(error_code ec, Socket socket);
  void RunLoop();
  void ScheduleLogFlush();
  void FlushLogLocked();  // log_mu_ held

  // Declared first: destroyed last, after the io_context and its pending handlers.
  ServerState state_;
  std::unique_ptr<FairLimiter> limiter_;  // null: no cap beyond the I/O threads
  const int io_threads_;
  std::mutex log_mu_;
  std::string log_buf_;  // access log lines not yet written (log_mu_)
  std::mutex sessions_mu_;
  std::list<std::weak_ptr<Session>> sessions_;
  std::atomic<bool> stopping_{false};
  asio::io_context ioc_;
  tcp::acceptor acceptor_;           // on a strand: Stop() closes it from another thread
  asio::steady_timer accept_retry_;  // after an accept error (EMFILE...), try again later
  asio::steady_timer log_flush_;     // on a strand: Stop() cancels it from another thread
  // Runs long_running routes (the reload). Two threads: a second reload asked for while
  // one runs is answered at once (409) instead of waiting behind it.
  asio::thread_pool background_{2};
};

// One connection: read a request, handle it, write the reply, repeat while kept alive.
class Session : public std::enable_shared_from_this<Session> {
 public:
  Session(ServerCore& core, Socket socket);
  ~Session();
  Session(const Session&) = delete;
  Session& operator=(const Session&) = delete;

  // Registers the session and reads the first request.
  void Start();
  // From Stop() (any thread): closes the connection now if it is between requests.
  void Stop();

 private:
  enum class Phase { kReading, kHandling, kWriting, kLingering, kClosed };

  void DoRead();
  void OnHeader(error_code ec, size_t bytes);
  void ReadBody();
  void OnRead(error_code ec, size_t bytes);
  void OnReadError(error_code ec);
  void Handle();
  void Respond(Reply reply, bool linger = false);
  void OnWrite(bool keep_alive, bool linger, error_code ec, size_t bytes);
  void Linger();
  void Drain();
  void Close();
  void OnStop();

  ServerCore& core_;
  Stream stream_;
  beast::flat_buffer buffer_;
  std::optional<http::request_parser<http::string_body>> parser_;
  // The reply being written: its status line and header fields, then its body.
  std::string res_head_;
  std::string res_body_;
  std::string remote_;  // "addr:port" for the access log
  std::string remote_addr_;
  int remote_port_ = 0;
  unsigned version_ = 11;  // of the request being answered
  bool keep_alive_ = false;
  bool head_ = false;
  bool first_request_ = true;
  Phase phase_ = Phase::kReading;
  Exchange ex_;
  std::unique_ptr<char[]> drain_;
  std::list<std::weak_ptr<Session>>::iterator registry_it_;
  bool registered_ = false;
};

constexpr size_t kDrainBytes = 16 * 1024;
const char kContinue[] = "HTTP/1.1 100 Continue\r\n\r\n";

// ---- ServerCore ------------------------------------------------------------------------

ServerCore::ServerCore(ServerOptions options)
    : state_(std::move(options)),
      io_threads_(ResolveThreads(state_.options().threads)),
      ioc_(io_threads_),
      acceptor_(asio::make_strand(ioc_)),
      accept_retry_(acceptor_.get_executor()),
      log_flush_(asio::make_strand(ioc_)) {
  int engine = state_.options().engine_concurrency;
  // Each I/O thread screens one request at a time, so a cap at or above their number is
  // no cap: only a smaller one takes the limiter into the request path.
  if (engine > 0 && engine < io_threads_) {
    limiter_ = std::make_unique<FairLimiter>(static_cast<size_t>(engine));
  }
}

Result<int> ServerCore::Bind() {
  const ServerOptions& o = options();
  std::string where =
      o.host + ":" + (o.port == 0 ? std::string("any port") : std::to_string(o.port));
  error_code ec;
  tcp::resolver resolver(ioc_);
  auto endpoints = resolver.resolve(o.host, std::to_string(o.port),
                                    tcp::resolver::passive | tcp::resolver::numeric_service, ec);
  if (ec) return Status::IoError("cannot listen on " + where + ": " + ec.message());
  for (const auto& entry : endpoints) {
    error_code e;
    acceptor_.open(entry.endpoint().protocol(), e);
    if (!e) acceptor_.set_option(asio::socket_base::reuse_address(true), e);
    if (!e) acceptor_.bind(entry.endpoint(), e);
    if (!e) acceptor_.listen(asio::socket_base::max_listen_connections, e);
    if (!e) return static_cast<int>(acceptor_.local_endpoint().port());
    ec = e;
    acceptor_.close(e);
  }
  return Status::IoError("cannot listen on " + where +
                         " (address in use or not available: " + ec.message() + ")");
}

void ServerCore::Accept() {
  acceptor_.async_accept(asio::make_strand(ioc_),
                         [this](error_code ec, Socket socket) { OnAccept(ec, std::move(socket)); });
}

void ServerCore::OnAccept(error_code ec, Socket socket) {
  if (ec == asio::error::operation_aborted || !acceptor_.is_open()) return;
  if (ec) {
    // Out of file descriptors and the like: try again shortly rather than spin.
    accept_retry_.expires_after(std::chrono::milliseconds(100));
    accept_retry_.async_wait([this](error_code e) {
      if (!e && !stopping() && acceptor_.is_open()) Accept();
    });
    return;
  }
  error_code ignored;
  socket.set_option(tcp::no_delay(true), ignored);
  std::make_shared<Session>(*this, std::move(socket))->Start();
  Accept();
}

void ServerCore::RunLoop() {
  for (;;) {
    try {
      ioc_.run();
      return;
    } catch (const std::exception& e) {
      // A handler threw past its own guard (e.g. out of memory): that connection is gone,
      // the others go on.
      std::fprintf(stderr, "sanctions serve: error in the I/O loop: %s\n", e.what());
    }
  }
}

Status ServerCore::Run() {
  if (!acceptor_.is_open()) return Status::Internal("Run() called before a successful Bind()");
  if (stopping()) return Status::Ok();  // stopped before it started
  Accept();
  if (options().access_log != nullptr) ScheduleLogFlush();
  std::vector<std::thread> threads;
  for (int i = 1; i < io_threads_; ++i) threads.emplace_back([this] { RunLoop(); });
  RunLoop();
  for (std::thread& t : threads) t.join();
  FlushLog();  // the last requests' lines
  return Status::Ok();
}

void ServerCore::ScheduleLogFlush() {
  log_flush_.expires_after(std::chrono::milliseconds(200));
  log_flush_.async_wait([this](error_code ec) {
    FlushLog();
    if (!ec && !stopping()) ScheduleLogFlush();
  });
}

void ServerCore::Stop() {
  stopping_.store(true);
  asio::post(acceptor_.get_executor(), [this] {
    error_code ignored;
    acceptor_.close(ignored);
    accept_retry_.cancel();
  });
  // The flush timer would keep the I/O loop running; the last lines are written by Run().
  asio::post(log_flush_.get_executor(), [this] { log_flush_.cancel(); });
  std::vector<std::shared_ptr<Session>> live;
  {
    std::lock_guard<std::mutex> lock(sessions_mu_);
    for (const std::weak_ptr<Session>& w : sessions_) {
      if (auto s = w.lock()) live.push_back(std::move(s));
    }
  }
  for (const auto& s : live) s->Stop();
}

std::list<std::weak_ptr<Session>>::iterator ServerCore::Register(std::weak_ptr<Session> session) {
  std::lock_guard<std::mutex> lock(sessions_mu_);
  return sessions_.insert(sessions_.end(), std::move(session));
}

void ServerCore::Unregister(std::list<std::weak_ptr<Session>>::iterator it) {
  std::lock_guard<std::mutex> lock(sessions_mu_);
  sessions_.erase(it);
}

bool ServerCore::Refuse(const Route& route, const Request& req, Reply* refusal,
                        std::shared_ptr<const Snapshot>* snap) {
  const ServerOptions& o = options();
  if (route.needs_key || (o.protect_reads && route.is_read_api)) {
    std::string presented =
        PresentedKey(req.get_header_value("Authorization"), req.get_header_value("X-API-Key"));
    if (presented.empty()) {
      *refusal = ErrorReply(401, "unauthorized",
                            "this route needs an API key: send 'Authorization: Bearer KEY' or "
                            "'X-API-Key: KEY'");
      refusal->headers.emplace_back("WWW-Authenticate", "Bearer");
      return true;
    }
    if (o.api_key.empty()) {
      *refusal = ErrorReply(403, "forbidden",
                            "no API key is configured on the server (--api-key-file or "
                            "SANCTIONS_API_KEY), so this route is disabled");
      return true;
    }
    if (!ConstantTimeEquals(presented, o.api_key)) {
      *refusal = ErrorReply(403, "forbidden", "the API key is not valid");
      return true;
    }
  }
  if (route.needs_index) {
    *snap = state_.snapshot();
    if (!*snap) {
      *refusal = ErrorReply(503, "unavailable", "the lists are still loading; retry shortly");
      refusal->headers.emplace_back("Retry-After", "1");
      return true;
    }
  }
  return false;
}

Reply ServerCore::RunHandler(const Route& route, const Request& req, const Snapshot* snap) {
  std::string what = "unexpected error";
  try {
    // Screening routes count against --engine-threads when it is below the I/O threads;
    // the reload builds its index outside the limit.
    bool limited = limiter_ != nullptr && route.needs_index && !route.needs_key;
    FairLimiter::Slot slot(limited ? limiter_.get() : nullptr);
    return route.handler(req, state_, snap);
  } catch (const std::exception& e) {
    what = e.what();
  } catch (...) {
  }
  return ErrorReply(500, "internal", "internal error: " + what);
}

void ServerCore::Record(const Exchange& ex, const std::string& remote) {
  double seconds = std::chrono::duration<double>(Clock::now() - ex.start).count();
  const char* route = ex.route != nullptr ? ex.route : "unmatched";
  state_.metrics().Observe(route, ex.method, ex.status, seconds);
  FILE* out = options().access_log;
  if (out == nullptr) return;
  // The query string is left out on purpose: it holds the names being screened.
  char latency[32];
  std::snprintf(latency, sizeof latency, "%.3f", seconds * 1000.0);
  std::string line;
  line.reserve(192);
  line.append("{\"time\":\"").append(IsoNowMillis()).append("\",\"method\":");
  AppendJsonString(ex.method, &line);
  line.append(",\"path\":");
  AppendJsonString(ex.path, &line);
  line.append(",\"route\":");
  AppendJsonString(route, &line);
  line.append(",\"status\":").append(std::to_string(ex.status));
  line.append(",\"latency_ms\":").append(latency);
  line.append(",\"bytes\":").append(std::to_string(ex.bytes));
  line.append(",\"remote\":");
  AppendJsonString(remote, &line);
  line.append("}\n");
  std::lock_guard<std::mutex> lock(log_mu_);
  log_buf_ += line;
  if (log_buf_.size() >= 64 * 1024) FlushLogLocked();
}

void ServerCore::FlushLog() {
  std::lock_guard<std::mutex> lock(log_mu_);
  FlushLogLocked();
}

void ServerCore::FlushLogLocked() {
  FILE* out = options().access_log;
  if (out == nullptr || log_buf_.empty()) return;
  std::fwrite(log_buf_.data(), 1, log_buf_.size(), out);
  std::fflush(out);
  log_buf_.clear();
}

// ---- Session ---------------------------------------------------------------------------

Session::Session(ServerCore& core, Socket socket) : core_(core), stream_(std::move(socket)) {
  error_code ec;
  tcp::endpoint peer = stream_.socket().remote_endpoint(ec);
  if (!ec) {
    remote_addr_ = peer.address().to_string();
    remote_port_ = peer.port();
  }
  remote_ = remote_addr_ + ":" + std::to_string(remote_port_);
}

Session::~Session() {
  if (registered_) core_.Unregister(registry_it_);
}

void Session::Start() {
  registry_it_ = core_.Register(weak_from_this());
  registered_ = true;
  // Start on the strand: from here on every handler of this session runs there.
  asio::dispatch(stream_.get_executor(), [self = shared_from_this()] { self->DoRead(); });
}

void Session::Stop() {
  asio::post(stream_.get_executor(), [self = shared_from_this()] { self->OnStop(); });
}

void Session::OnStop() {
  switch (phase_) {
    case Phase::kReading:
      // Between requests (nothing of the next one received yet): close now. A request
      // that has begun to arrive is read, answered (Connection: close) and then closed.
      if (buffer_.size() == 0 && (!parser_ || !parser_->got_some())) Close();
      break;
    case Phase::kLingering:
      Close();
      break;
    case Phase::kHandling:
    case Phase::kWriting:
    case Phase::kClosed:
      break;  // the reply goes out, then the connection closes (DoRead sees stopping)
  }
}

void Session::DoRead() {
  if (core_.stopping()) return Close();
  phase_ = Phase::kReading;
  const ServerOptions& o = core_.options();
  parser_.emplace();
  parser_->body_limit(o.max_body_bytes);
  // Waiting for the next request on a kept-alive connection: the keep-alive timeout;
  // the first request of a connection: the read timeout.
  stream_.expires_after(
      std::chrono::seconds(first_request_ ? o.read_timeout_seconds : o.keep_alive_seconds));
  http::async_read_header(stream_, buffer_, *parser_,
                          beast::bind_front_handler(&Session::OnHeader, shared_from_this()));
}

void Session::OnHeader(error_code ec, size_t) {
  if (ec) return OnReadError(ec);
  if (parser_->is_done()) return Handle();
  stream_.expires_after(std::chrono::seconds(core_.options().read_timeout_seconds));
  if (EqualsIgnoreCase(Sv(parser_->get()[http::field::expect]), "100-continue")) {
    asio::async_write(stream_, asio::buffer(kContinue, sizeof kContinue - 1),
                      [self = shared_from_this()](error_code e, size_t) {
                        if (e) return self->Close();
                        self->ReadBody();
                      });
    return;
  }
  ReadBody();
}

void Session::ReadBody() {
  http::async_read(stream_, buffer_, *parser_,
                   beast::bind_front_handler(&Session::OnRead, shared_from_this()));
}

void Session::OnRead(error_code ec, size_t) {
  if (ec) return OnReadError(ec);
  Handle();
}

void Session::OnReadError(error_code ec) {
  // The client went away, was idle too long, or the server is stopping: just close.
  if (ec.category() != http::make_error_code(http::error::end_of_stream).category() ||
      ec == http::error::end_of_stream || ec == http::error::partial_message) {
    return Close();
  }
  ex_ = Exchange{};
  ex_.start = Clock::now();
  if (parser_->is_header_done()) {
    ex_.method = std::string(Sv(parser_->get().method_string()));
    std::string_view target = Sv(parser_->get().target());
    ex_.path = std::string(target.substr(0, target.find('?')));
  }
  version_ = 11;
  keep_alive_ = false;
  head_ = false;
  phase_ = Phase::kHandling;
  Reply reply;
  if (ec == http::error::body_limit) {
    reply = ErrorReply(413, "payload_too_large",
                       "the request body is larger than the server's limit of " +
                           std::to_string(core_.options().max_body_bytes) + " bytes");
  } else if (ec == http::error::header_limit) {
    reply = ErrorReply(431, "header_too_large",
                       "the request line and headers are larger than the server's limit");
  } else {
    reply = ErrorReply(400, "bad_request", "malformed HTTP request: " + ec.message());
  }
  // The client may still be sending (a large body): read and drop it after the reply,
  // so that it sees the reply rather than a reset connection.
  Respond(std::move(reply), /*linger=*/true);
}

void Session::Handle() {
  phase_ = Phase::kHandling;
  ex_ = Exchange{};
  ex_.start = Clock::now();
  http::request<http::string_body> msg = parser_->release();
  version_ = msg.version();
  keep_alive_ = msg.keep_alive();
  head_ = msg.method() == http::verb::head;

  Request req;
  req.method = std::string(Sv(msg.method_string()));
  std::string_view target = Sv(msg.target());
  size_t question = target.find('?');
  req.path = httplib::detail::decode_url(std::string(target.substr(0, question)), false);
  if (question != std::string_view::npos) {
    httplib::detail::parse_query_text(std::string(target.substr(question + 1)), req.params);
  }
  for (const auto& field : msg) {
    req.headers.emplace(AsciiLower(Sv(field.name_string())), std::string(Sv(field.value())));
  }
  req.body = std::move(msg.body());
  req.remote_addr = remote_addr_;
  req.remote_port = remote_port_;
  ex_.method = req.method;
  ex_.path = req.path;

  RouteMatch match = FindRoute(req.method, req.path, &req.captures);
  if (match.route == nullptr) {
    if (match.allow.empty()) {
      return Respond(
          ErrorReply(404, "not_found",
                     "no route " + req.method + " " + req.path + " (see GET /openapi.json)"));
    }
    Reply reply = ErrorReply(405, "method_not_allowed",
                             "method " + req.method + " is not allowed on " + req.path +
                                 " (allowed: " + match.allow + ")");
    reply.headers.emplace_back("Allow", match.allow);
    return Respond(std::move(reply));
  }
  const Route& route = *match.route;
  ex_.route = route.name;
  Reply refusal;
  std::shared_ptr<const Snapshot> snap;
  if (core_.Refuse(route, req, &refusal, &snap)) return Respond(std::move(refusal));
  if (!route.long_running) return Respond(core_.RunHandler(route, req, snap.get()));

  // Seconds of work: not on an I/O thread. The reply comes back on this session's strand;
  // the tracked executor keeps the io_context running (Run() waits) until it has.
  auto back = asio::prefer(stream_.get_executor(), asio::execution::outstanding_work.tracked);
  asio::post(core_.background(), [self = shared_from_this(), r = &route, req = std::move(req),
                                  snap = std::move(snap), back]() mutable {
    Reply reply = self->core_.RunHandler(*r, req, snap.get());
    asio::post(back,
               [self, reply = std::move(reply)]() mutable { self->Respond(std::move(reply)); });
  });
}

void Session::Respond(Reply reply, bool linger) {
  phase_ = Phase::kWriting;
  ex_.status = reply.status;
  ex_.bytes = reply.body.size();
  const bool keep_alive = keep_alive_ && !linger && !core_.stopping();
  // The header is formatted here rather than by Beast's serializer (which allocates a
  // node per field): status line, Content-Type, the reply's extra fields, Content-Length,
  // and Connection where the version's default does not hold.
  std::string& h = res_head_;
  h.clear();
  h += version_ == 10 ? "HTTP/1.0 " : "HTTP/1.1 ";
  h += std::to_string(reply.status);
  h += ' ';
  h += Sv(http::obsolete_reason(static_cast<http::status>(reply.status)));
  h += "\r\nContent-Type: ";
  h += reply.content_type;
  for (const auto& [name, value] : reply.headers)
    h.append("\r\n").append(name).append(": ").append(value);
  h += "\r\nContent-Length: ";
  h += std::to_string(reply.body.size());  // HEAD: the GET reply's length, no body
  if (version_ == 10 && keep_alive) h += "\r\nConnection: keep-alive";
  if (version_ != 10 && !keep_alive) h += "\r\nConnection: close";
  h += "\r\n\r\n";
  res_body_ = std::move(reply.body);
  if (head_) res_body_.clear();
  stream_.expires_after(std::chrono::seconds(core_.options().write_timeout_seconds));
  const std::array<asio::const_buffer, 2> buffers = {asio::buffer(res_head_),
                                                     asio::buffer(res_body_)};
  asio::async_write(
      stream_, buffers,
      beast::bind_front_handler(&Session::OnWrite, shared_from_this(), keep_alive, linger));
}

void Session::OnWrite(bool keep_alive, bool linger, error_code ec, size_t) {
  core_.Record(ex_, remote_);
  res_body_ = std::string();  // free the body now, not at the next reply
  if (ec) return Close();
  if (linger) return Linger();
  if (!keep_alive) return Close();
  first_request_ = false;
  DoRead();
}

void Session::Linger() {
  phase_ = Phase::kLingering;
  error_code ignored;
  stream_.socket().shutdown(tcp::socket::shutdown_send, ignored);
  drain_ = std::make_unique<char[]>(kDrainBytes);
  stream_.expires_after(std::chrono::seconds(core_.options().read_timeout_seconds));
  Drain();
}

void Session::Drain() {
  stream_.async_read_some(asio::buffer(drain_.get(), kDrainBytes),
                          [self = shared_from_this()](error_code ec, size_t) {
                            if (ec) return self->Close();
                            self->Drain();
                          });
}

void Session::Close() {
  if (phase_ == Phase::kClosed) return;
  phase_ = Phase::kClosed;
  error_code ignored;
  stream_.socket().shutdown(tcp::socket::shutdown_both, ignored);
  stream_.close();
}

}  // namespace

// ---- Server ----------------------------------------------------------------------------

struct Server::Impl {
  explicit Impl(ServerOptions options) : core(std::move(options)) {}
  ServerCore core;
};

Server::Server(ServerOptions options) : impl_(std::make_unique<Impl>(std::move(options))) {}

Server::~Server() = default;

Result<int> Server::Bind() {
  return impl_->core.Bind();
}

Status Server::LoadInitial() {
  return impl_->core.state().Load(/*is_reload=*/false);
}

Status Server::Run() {
  return impl_->core.Run();
}

void Server::Stop() {
  impl_->core.Stop();
}

}  // namespace sanctions::api
