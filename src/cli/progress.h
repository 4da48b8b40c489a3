// A one-line progress display for long runs (batch): records done, rate, percent and
// ETA, redrawn in place on stderr at most a few times a second. Only used when stderr
// is a terminal; never writes to stdout. Thread-safe: Update may be called from any
// thread.
#pragma once

#include <chrono>
#include <cstdint>
#include <cstdio>
#include <mutex>
#include <string>

namespace sanctions::cli {

// True when file descriptor 2 is a terminal.
bool StderrIsTerminal();

class ProgressBar {
 public:
  // `total_bytes` is the input size when known (a regular file), else 0 (no ETA).
  explicit ProgressBar(uint64_t total_bytes, FILE* out = stderr);
  // Redraws if at least 200 ms passed since the last draw.
  void Update(uint64_t records, uint64_t bytes);
  // Draws the final state and ends the line.
  void Finish(uint64_t records, uint64_t bytes);

 private:
  void Draw(uint64_t records, uint64_t bytes, bool final);

  uint64_t total_bytes_;
  FILE* out_;
  std::mutex mu_;
  std::chrono::steady_clock::time_point start_;
  std::chrono::steady_clock::time_point last_draw_;
};

// "1,234,567"
std::string GroupThousands(uint64_t n);

}  // namespace sanctions::cli
