// Shared reading of data/translit_*.tsv (script_table.h).
#include "normalize/script_table.h"

#include <cstdlib>

#include <spdlog/spdlog.h>

#include "normalize/tables.h"
#include "util/io.h"
#include "util/text.h"

namespace sanctions {

std::string ScriptTableDir() {
  const char* env = std::getenv("SANCTIONS_DATA_DIR");
  return env && *env ? env : SANCTIONS_DATA_DIR;
}

Status ForEachTableRecord(const std::string& path,
                          const std::function<Status(const std::vector<std::string_view>&)>& fn) {
  Status st = ForEachTsvRecord(
      path, [&](const std::vector<std::string_view>& fields, size_t) { return fn(fields); });
  // Table errors are data errors, whatever fn called them.
  if (!st.ok() && st.code() != Status::Code::kIoError && st.code() != Status::Code::kNotFound) {
    return Status::Corruption(st.message());
  }
  return st;
}

void LogScriptTableFailure(const std::string& file, const Status& status, const char* consequence) {
  spdlog::error("{} not loaded, {}: {}", file, consequence, status.ToString());
}

Result<std::u32string> ParseCodePoints(std::string_view field, char32_t block_first,
                                       char32_t block_last) {
  std::u32string out;
  for (const std::string& s : Split(field, ' ')) {
    if (s.size() < 3 || s.size() > 8 || (s[0] != 'U' && s[0] != 'u') || s[1] != '+') {
      return Status::Corruption("expected a code point U+XXXX, got '" + s + "'");
    }
    char32_t v = 0;
    for (size_t i = 2; i < s.size(); ++i) {
      char c = s[i];
      int d = c >= '0' && c <= '9'   ? c - '0'
              : c >= 'A' && c <= 'F' ? c - 'A' + 10
              : c >= 'a' && c <= 'f' ? c - 'a' + 10
                                     : -1;
      if (d < 0) return Status::Corruption("bad code point '" + s + "'");
      v = v * 16 + static_cast<char32_t>(d);
    }
    if (v < block_first || v > block_last) {
      return Status::Corruption("code point " + s + " is outside the script's block");
    }
    out.push_back(v);
  }
  if (out.empty()) return Status::Corruption("no code point");
  return out;
}

Result<std::string> ParseReading(std::string_view s) {
  if (s == "-") return std::string();
  if (s.empty()) return Status::Corruption("empty reading (write '-' for none)");
  for (char c : s) {
    if (!((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9'))) {
      return Status::Corruption("reading '" + std::string(s) + "' is not lower-case ASCII");
    }
  }
  return std::string(s);
}

}  // namespace sanctions
