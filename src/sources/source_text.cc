// Text helpers of the CA/AU/CH/FtM/user-CSV readers; see source_text.h.
#include "sources/source_text.h"

#include <unicode/uchar.h>
#include <unicode/uscript.h>
#include <unicode/utf8.h>

#include <map>

#include "util/text.h"

namespace sanctions {

std::string DetectScript(std::string_view utf8) {
  std::map<int, int> counts;
  int32_t i = 0;
  const int32_t n = static_cast<int32_t>(utf8.size());
  const auto* bytes = reinterpret_cast<const uint8_t*>(utf8.data());
  while (i < n) {
    UChar32 c;
    U8_NEXT(bytes, i, n, c);
    if (c < 0) return "";
    if (!u_isalpha(c)) continue;
    UErrorCode err = U_ZERO_ERROR;
    UScriptCode sc = uscript_getScript(c, &err);
    if (U_FAILURE(err) || sc == USCRIPT_COMMON || sc == USCRIPT_INHERITED) continue;
    ++counts[sc];
  }
  int best = -1;
  int best_count = 0;
  for (const auto& [sc, count] : counts) {
    if (count > best_count) {
      best = sc;
      best_count = count;
    }
  }
  if (best < 0) return "";
  const char* name = uscript_getShortName(static_cast<UScriptCode>(best));
  return name ? std::string(name) : std::string();
}

std::string CleanText(std::string_view s) {
  // One pass: whitespace bytes and U+00A0 (C2 A0) are separators; runs collapse to one
  // space; leading and trailing ones are dropped.
  std::string out;
  out.reserve(s.size());
  bool pending = false;
  for (size_t i = 0; i < s.size(); ++i) {
    unsigned char c = static_cast<unsigned char>(s[i]);
    bool space = c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v';
    if (!space && c == 0xC2 && i + 1 < s.size() && static_cast<unsigned char>(s[i + 1]) == 0xA0) {
      space = true;
      ++i;
    }
    if (space) {
      pending = true;
      continue;
    }
    if (pending && !out.empty()) out += ' ';
    pending = false;
    out += static_cast<char>(c);
  }
  return out;
}

bool IsNullMarker(std::string_view s) {
  if (Trim(s).size() > 20) return false;  // longer than any marker
  std::string t = AsciiLower(CleanText(s));
  return t.empty() || t == "na" || t == "n/a" || t == "-" || t == "--" || t == "none" ||
         t == "nil" || t == "n.a." || t == "not applicable";
}

namespace {

bool IsAsciiLowerLetter(char c) {
  return c >= 'a' && c <= 'z';
}

// Length of an enumeration marker starting at `i` ("a)", "(a)", "b) "), or 0. A marker
// must start the text or follow whitespace/';'/',' so that "Unit(a)" is not split.
size_t MarkerAt(std::string_view s, size_t i) {
  if (i > 0) {
    char p = s[i - 1];
    if (!(p == ' ' || p == '\t' || p == '\n' || p == '\r' || p == ';' || p == ',' ||
          static_cast<unsigned char>(p) == 0xA0)) {
      return 0;
    }
  }
  size_t j = i;
  if (j < s.size() && s[j] == '(') ++j;
  if (j + 1 < s.size() && IsAsciiLowerLetter(s[j]) && s[j + 1] == ')') return j + 2 - i;
  return 0;
}

}  // namespace

std::vector<std::string> SplitEnumerated(std::string_view s) {
  // Only treat the text as enumerated when it starts with "a)" / "(a)".
  std::string_view t = Trim(s);
  std::vector<std::string> out;
  size_t first = MarkerAt(t, 0);
  if (first == 0 || !(t[0] == 'a' || (t[0] == '(' && t.size() > 1 && t[1] == 'a'))) {
    std::string c = CleanText(t);
    if (!c.empty()) out.push_back(std::move(c));
    return out;
  }
  char expected = 'a';
  size_t start = first;
  for (size_t i = first; i <= t.size(); ++i) {
    size_t m = i < t.size() ? MarkerAt(t, i) : 0;
    bool next = m > 0 && t[t[i] == '(' ? i + 1 : i] == expected + 1;
    if (i == t.size() || next) {
      std::string item = CleanText(t.substr(start, i - start));
      while (!item.empty() && (item.back() == ';' || item.back() == ',')) {
        item.pop_back();
        item = CleanText(item);
      }
      if (!item.empty()) out.push_back(std::move(item));
      if (i == t.size()) break;
      ++expected;
      start = i + m;
      i = start - 1;
    }
  }
  return out;
}

std::vector<std::string> SplitAny(std::string_view s, const std::vector<std::string_view>& seps) {
  std::vector<std::string> out;
  size_t start = 0;
  size_t i = 0;
  while (i <= s.size()) {
    size_t match = 0;
    if (i < s.size()) {
      for (std::string_view sep : seps) {
        if (!sep.empty() && s.substr(i, sep.size()) == sep) {
          match = sep.size();
          break;
        }
      }
    }
    if (i == s.size() || match > 0) {
      std::string piece = CleanText(s.substr(start, i - start));
      if (!piece.empty()) out.push_back(std::move(piece));
      if (i == s.size()) break;
      i += match;
      start = i;
      continue;
    }
    ++i;
  }
  return out;
}

}  // namespace sanctions
