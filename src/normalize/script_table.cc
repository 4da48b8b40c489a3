// Shared reading of data/translit_*.tsv (script_table.h).
#include "normalize/script_table.h"

#include <cstdlib>

#include "util/io.h"
#include "util/text.h"

namespace sanctions {

std::string ScriptTableDir() {
  const char* env = std::getenv("SANCTIONS_DATA_DIR");
  return env && *env ? env : SANCTIONS_DATA_DIR;
}

Status ForEachTableRecord(const std::string& path,
                          const std::function<Status(const std::vector<std::string_view>&)>& fn) {
  Result<std::string> text = ReadFile(path);
  if (!text.ok()) return text.status();
  const std::string name = BaseName(path);
  if (!IsValidUtf8(*text)) return Status::Corruption(name + ": not valid UTF-8");
  std::string_view rest = StripBom(*text);
  size_t line_no = 0;
  while (!rest.empty()) {
    size_t nl = rest.find('\n');
    std::string_view line = rest.substr(0, nl);
    rest = nl == std::string_view::npos ? std::string_view() : rest.substr(nl + 1);
    ++line_no;
    std::string_view trimmed = Trim(line);
    if (trimmed.empty() || trimmed[0] == '#') continue;
    std::vector<std::string_view> fields;
    size_t start = 0;
    while (true) {
      size_t tab = line.find('\t', start);
      fields.push_back(Trim(line.substr(start, tab == std::string_view::npos ? tab : tab - start)));
      if (tab == std::string_view::npos) break;
      start = tab + 1;
    }
    Status st = fn(fields);
    if (!st.ok()) {
      return Status::Corruption(name + " line " + std::to_string(line_no) + ": " + st.message());
    }
  }
  return Status::Ok();
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
