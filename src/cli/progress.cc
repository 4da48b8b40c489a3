// Progress display on stderr (see progress.h).
#include "cli/progress.h"

#include <unistd.h>

#include <algorithm>

#include <string>

namespace sanctions::cli {

bool StderrIsTerminal() {
  return isatty(STDERR_FILENO) == 1;
}

std::string GroupThousands(uint64_t n) {
  std::string digits = std::to_string(n);
  std::string out;
  int count = 0;
  for (auto it = digits.rbegin(); it != digits.rend(); ++it) {
    if (count > 0 && count % 3 == 0) out.insert(out.begin(), ',');
    out.insert(out.begin(), *it);
    ++count;
  }
  return out;
}

ProgressBar::ProgressBar(uint64_t total_bytes, FILE* out)
    : total_bytes_(total_bytes),
      out_(out),
      start_(std::chrono::steady_clock::now()),
      last_draw_(start_) {}

void ProgressBar::Update(uint64_t records, uint64_t bytes) {
  std::lock_guard<std::mutex> lock(mu_);
  auto now = std::chrono::steady_clock::now();
  if (now - last_draw_ < std::chrono::milliseconds(200)) return;
  last_draw_ = now;
  Draw(records, bytes, false);
}

void ProgressBar::Finish(uint64_t records, uint64_t bytes) {
  std::lock_guard<std::mutex> lock(mu_);
  Draw(records, bytes, true);
  std::fputc('\n', out_);
  std::fflush(out_);
}

void ProgressBar::Draw(uint64_t records, uint64_t bytes, bool final) {
  double secs = std::chrono::duration<double>(std::chrono::steady_clock::now() - start_).count();
  double rate = secs > 0 ? records / secs : 0;
  // Appended piece by piece (GCC 12 warns, wrongly, on "literal" + std::string&&).
  std::string line = "\r";
  line += GroupThousands(records);
  line += " records  ";
  line += GroupThousands(static_cast<uint64_t>(rate));
  line += "/s";
  if (total_bytes_ > 0) {
    double frac = std::min(1.0, static_cast<double>(bytes) / static_cast<double>(total_bytes_));
    int width = 30;
    int filled = static_cast<int>(frac * width);
    line += "  [" + std::string(filled, '#') + std::string(width - filled, '.') + "] " +
            std::to_string(static_cast<int>(frac * 100)) + "%";
    if (!final && frac > 0.001) {
      auto eta = static_cast<uint64_t>(secs / frac - secs);
      char buf[32];
      std::snprintf(buf, sizeof buf, "  ETA %llu:%02llu:%02llu",
                    static_cast<unsigned long long>(eta / 3600),
                    static_cast<unsigned long long>(eta / 60 % 60),
                    static_cast<unsigned long long>(eta % 60));
      line += buf;
    }
  }
  if (final) {
    char buf[48];
    std::snprintf(buf, sizeof buf, "  done in %.1f s", secs);
    line += buf;
  }
  line += "\x1b[K";  // clear the rest of the line
  std::fputs(line.c_str(), out_);
  std::fflush(out_);
}

}  // namespace sanctions::cli
