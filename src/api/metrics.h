// Prometheus metrics of the HTTP server: request counts and latency histograms per
// route, method and status; rendered in the Prometheus text exposition format 0.0.4.
//
// Thread-safe: Observe may be called from every worker thread.
#pragma once

#include <array>
#include <cstdint>
#include <map>
#include <mutex>
#include <string>
#include <tuple>

namespace sanctions::api {

class Metrics {
 public:
  // Upper bounds of the latency buckets, in seconds.
  static constexpr std::array<double, 14> kBuckets = {
      0.0001, 0.00025, 0.0005, 0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1.0, 2.5};

  // Counts one request of `route` (the route's pattern name, or "unmatched").
  void Observe(const std::string& route, const std::string& method, int status, double seconds);

  // The request metrics (counter + histogram), with HELP and TYPE lines.
  std::string Render() const;

  // Total requests observed (for tests).
  uint64_t total() const;

 private:
  struct Series {
    uint64_t count = 0;
    double sum = 0;
    std::array<uint64_t, kBuckets.size()> buckets{};
  };
  using Key = std::tuple<std::string, std::string, int>;
  mutable std::mutex mu_;
  std::map<Key, Series> series_;
};

// Escapes a Prometheus label value (backslash, double quote, newline).
std::string PromEscape(const std::string& value);

// A sample line: name{labels} value\n. `labels` is already formatted (may be empty).
std::string PromLine(const std::string& name, const std::string& labels, double value);

}  // namespace sanctions::api
