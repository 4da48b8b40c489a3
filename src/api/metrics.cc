// Prometheus metrics (see metrics.h).
#include "api/metrics.h"

#include <cmath>
#include <cstdio>

namespace sanctions::api {

std::string PromEscape(const std::string& value) {
  std::string out;
  out.reserve(value.size());
  for (char c : value) {
    if (c == '\\') {
      out += "\\\\";
    } else if (c == '"') {
      out += "\\\"";
    } else if (c == '\n') {
      out += "\\n";
    } else {
      out += c;
    }
  }
  return out;
}

std::string PromLine(const std::string& name, const std::string& labels, double value) {
  char num[64];
  if (std::isinf(value)) {
    std::snprintf(num, sizeof num, "%s", value > 0 ? "+Inf" : "-Inf");
  } else if (value == std::floor(value) && std::fabs(value) < 1e15) {
    std::snprintf(num, sizeof num, "%.0f", value);
  } else {
    std::snprintf(num, sizeof num, "%.9g", value);
  }
  std::string out = name;
  if (!labels.empty()) out += "{" + labels + "}";
  out += ' ';
  out += num;
  out += '\n';
  return out;
}

void Metrics::Observe(const std::string& route, const std::string& method, int status,
                      double seconds) {
  std::lock_guard<std::mutex> lock(mu_);
  Series& s = series_[Key(route, method, status)];
  ++s.count;
  s.sum += seconds;
  for (size_t i = 0; i < kBuckets.size(); ++i) {
    if (seconds <= kBuckets[i]) ++s.buckets[i];
  }
}

uint64_t Metrics::total() const {
  std::lock_guard<std::mutex> lock(mu_);
  uint64_t n = 0;
  for (const auto& [key, s] : series_) n += s.count;
  return n;
}

std::string Metrics::Render() const {
  std::map<Key, Series> copy;
  {
    std::lock_guard<std::mutex> lock(mu_);
    copy = series_;
  }
  std::string out;
  out += "# HELP sanctions_http_requests_total HTTP requests by route, method and status.\n";
  out += "# TYPE sanctions_http_requests_total counter\n";
  auto labels_of = [](const Key& k) {
    return "route=\"" + PromEscape(std::get<0>(k)) + "\",method=\"" + PromEscape(std::get<1>(k)) +
           "\",status=\"" + std::to_string(std::get<2>(k)) + "\"";
  };
  for (const auto& [key, s] : copy) {
    out += PromLine("sanctions_http_requests_total", labels_of(key), static_cast<double>(s.count));
  }
  out +=
      "# HELP sanctions_http_request_duration_seconds Time from request parsed to response "
      "written, by route, method and status.\n";
  out += "# TYPE sanctions_http_request_duration_seconds histogram\n";
  for (const auto& [key, s] : copy) {
    std::string labels = labels_of(key);
    for (size_t i = 0; i < kBuckets.size(); ++i) {
      char le[32];
      std::snprintf(le, sizeof le, "%g", kBuckets[i]);
      out += PromLine("sanctions_http_request_duration_seconds_bucket",
                      labels + ",le=\"" + le + "\"", static_cast<double>(s.buckets[i]));
    }
    out += PromLine("sanctions_http_request_duration_seconds_bucket", labels + ",le=\"+Inf\"",
                    static_cast<double>(s.count));
    out += PromLine("sanctions_http_request_duration_seconds_sum", labels, s.sum);
    out += PromLine("sanctions_http_request_duration_seconds_count", labels,
                    static_cast<double>(s.count));
  }
  return out;
}

}  // namespace sanctions::api
