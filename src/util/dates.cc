// Date parsing for the list readers. See dates.h for the accepted forms.
//
// Decisions (documented here because lists disagree):
// - Years outside 1000..2999 are rejected: no list writes them, and a number such as
//   "12" or "99999" is more likely an id than a date.
// - OFSI writes unknown parts as zeros: "00/04/1984" -> 1984-04 and "00/00/1984" -> 1984.
//   A known day with an unknown month ("10/00/1983") cannot be represented by
//   PartialDate, so it becomes the year alone (1983); the text keeps the input.
// - A trailing ISO time ("2026-02-27T00:00:09.554Z", "2020-03-17 00:00:00") is dropped.
// - "1964-1966" (two four-digit years) is a range; "1984-01" is a year and month.
#include "util/dates.h"

#include <array>
#include <cctype>
#include <cmath>
#include <string>

#include "util/text.h"

namespace sanctions {

namespace {

bool IsLeap(int y) {
  return (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
}

int DaysInMonth(int y, int m) {
  static constexpr std::array<int, 12> kDays = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  if (m == 2 && IsLeap(y)) return 29;
  return kDays[static_cast<size_t>(m - 1)];
}

// Builds a PartialDate from numeric parts (0 = unknown month/day) after validating them.
std::optional<PartialDate> Make(int y, int m, int d) {
  if (y < 1000 || y > 2999) return std::nullopt;
  if (m < 0 || m > 12 || d < 0) return std::nullopt;
  if (m == 0) return PartialDate{static_cast<int16_t>(y), 0, 0};  // unknown month: year only
  if (d > DaysInMonth(y, m)) return std::nullopt;
  return PartialDate{static_cast<int16_t>(y), static_cast<int8_t>(m), static_cast<int8_t>(d)};
}

bool AllDigits(std::string_view s) {
  if (s.empty()) return false;
  for (char c : s) {
    if (c < '0' || c > '9') return false;
  }
  return true;
}

int ToInt(std::string_view s) {
  int v = 0;
  for (char c : s) v = v * 10 + (c - '0');
  return v;
}

// Month from an English name or 3-letter abbreviation ("Jan", "January", "Sept."); 0 if none.
int MonthFromName(std::string_view s) {
  static constexpr std::array<std::string_view, 12> kNames = {
      "january", "february", "march",     "april",   "may",      "june",
      "july",    "august",   "september", "october", "november", "december"};
  std::string l = AsciiLower(s);
  while (!l.empty() && l.back() == '.') l.pop_back();
  if (l.size() < 3) return 0;
  if (l == "sept") return 9;
  for (size_t i = 0; i < kNames.size(); ++i) {
    if (l == kNames[i] || (l.size() == 3 && kNames[i].substr(0, 3) == l)) {
      return static_cast<int>(i) + 1;
    }
  }
  return 0;
}

// Splits into tokens on spaces, commas, '-', '/', '.' when between non-alphabetic parts.
std::vector<std::string> Tokens(std::string_view s) {
  std::vector<std::string> out;
  std::string cur;
  for (char c : s) {
    if (c == ' ' || c == ',' || c == '-' || c == '/' || c == '\t') {
      if (!cur.empty()) out.push_back(std::move(cur));
      cur.clear();
    } else {
      cur += c;
    }
  }
  if (!cur.empty()) out.push_back(std::move(cur));
  return out;
}

// Drops an ISO time part: "2026-02-27T00:00:09.554Z" -> "2026-02-27".
std::string_view DropTime(std::string_view s) {
  if (s.size() > 10 && AllDigits(s.substr(0, 4)) && s[4] == '-' && (s[10] == 'T' || s[10] == ' ') &&
      s.size() >= 16 && s[13] == ':') {
    return s.substr(0, 10);
  }
  return s;
}

std::optional<PartialDate> ParseNumericSeparated(std::string_view s, DateOrder order) {
  // One separator kind among '-', '/', '.'.
  char sep = 0;
  for (char c : s) {
    if (c == '-' || c == '/' || c == '.') {
      if (sep != 0 && c != sep) return std::nullopt;
      sep = c;
    } else if (c < '0' || c > '9') {
      return std::nullopt;
    }
  }
  if (sep == 0) {
    if (s.size() == 4) return Make(ToInt(s), 0, 0);
    if (s.size() == 8) {  // compact ISO "19840108"
      return Make(ToInt(s.substr(0, 4)), ToInt(s.substr(4, 2)), ToInt(s.substr(6, 2)));
    }
    return std::nullopt;
  }
  std::vector<std::string> p = SplitOn(s, std::string_view(&sep, 1), /*skip_empty=*/false);
  for (const auto& x : p) {
    if (!AllDigits(x) || x.size() > 4) return std::nullopt;
  }
  if (p.size() == 3) {
    if (p[0].size() == 4) {  // Y-M-D
      if (p[1].size() > 2 || p[2].size() > 2) return std::nullopt;
      return Make(ToInt(p[0]), ToInt(p[1]), ToInt(p[2]));
    }
    if (p[2].size() != 4 || p[0].size() > 2 || p[1].size() > 2) return std::nullopt;
    int a = ToInt(p[0]), b = ToInt(p[1]);
    int d = order == DateOrder::kDayFirst ? a : b;
    int m = order == DateOrder::kDayFirst ? b : a;
    return Make(ToInt(p[2]), m, d);
  }
  if (p.size() == 2) {
    if (p[0].size() == 4 && p[1].size() <= 2) {
      int m = ToInt(p[1]);
      if (m < 1) return std::nullopt;
      return Make(ToInt(p[0]), m, 0);
    }
    if (p[1].size() == 4 && p[0].size() <= 2) {  // "04/1984"
      int m = ToInt(p[0]);
      if (m < 1) return std::nullopt;
      return Make(ToInt(p[1]), m, 0);
    }
  }
  return std::nullopt;
}

std::optional<PartialDate> ParseWithMonthName(std::string_view s) {
  std::vector<std::string> t = Tokens(s);
  if (t.size() < 2 || t.size() > 3) return std::nullopt;
  int y = -1, m = 0, d = 0;
  int month_seen = 0;
  for (size_t i = 0; i < t.size(); ++i) {
    std::string tok = t[i];
    // Ordinal suffixes: "8th", "1st".
    std::string low = AsciiLower(tok);
    if (low.size() > 2 && std::isdigit(static_cast<unsigned char>(low[0])) &&
        (low.ends_with("st") || low.ends_with("nd") || low.ends_with("rd") ||
         low.ends_with("th"))) {
      tok = tok.substr(0, tok.size() - 2);
    }
    if (AllDigits(tok)) {
      if (tok.size() == 4) {
        if (y != -1) return std::nullopt;
        y = ToInt(tok);
      } else if (tok.size() <= 2) {
        if (d != 0) return std::nullopt;
        d = ToInt(tok);
        if (d == 0) return std::nullopt;
      } else {
        return std::nullopt;
      }
    } else {
      int mm = MonthFromName(tok);
      if (mm == 0) return std::nullopt;
      m = mm;
      ++month_seen;
    }
  }
  if (month_seen != 1 || y == -1) return std::nullopt;
  if (d == 0) return Make(y, m, 0);
  return Make(y, m, d);
}

// Strips a leading word (case-insensitive, followed by space or end). True if stripped.
bool StripPrefixWord(std::string_view* s, std::string_view word) {
  if (!StartsWithIgnoreCase(*s, word)) return false;
  std::string_view rest = s->substr(word.size());
  if (!rest.empty() && rest.front() != ' ' && word.back() != '.') return false;
  *s = Trim(rest);
  return true;
}

}  // namespace

std::optional<PartialDate> ParsePartialDate(std::string_view text, DateOrder order) {
  std::string_view s = DropTime(Trim(text));
  if (s.empty() || s.size() > 64) return std::nullopt;
  bool has_alpha = false;
  for (char c : s) {
    if (std::isalpha(static_cast<unsigned char>(c))) has_alpha = true;
  }
  if (!has_alpha) {
    std::string compact;
    for (char c : s) {
      if (c != ' ') compact += c;
    }
    return ParseNumericSeparated(compact, order);
  }
  return ParseWithMonthName(s);
}

std::optional<DateSpec> ParseDateSpec(std::string_view text, DateOrder order) {
  std::string_view s = Trim(text);
  if (s.empty() || s.size() > 128) return std::nullopt;
  DateSpec spec;
  spec.text = std::string(s);
  for (std::string_view w :
       {"circa", "approximately", "approx.", "approx", "about", "ca.", "c.", "around"}) {
    if (StripPrefixWord(&s, w)) {
      spec.circa = true;
      break;
    }
  }
  // "between X and Y"
  if (StripPrefixWord(&s, "between")) {
    size_t and_pos = FindIgnoreCase(s, " and ");
    if (and_pos == std::string_view::npos) return std::nullopt;
    auto a = ParsePartialDate(s.substr(0, and_pos), order);
    auto b = ParsePartialDate(s.substr(and_pos + 5), order);
    if (!a || !b) return std::nullopt;
    spec.from = *a;
    spec.to = *b;
    return spec;
  }
  // "X to Y", "X - Y"
  for (std::string_view sep : {" to ", " - ", " – "}) {
    size_t pos = FindIgnoreCase(s, sep);
    if (pos != std::string_view::npos) {
      auto a = ParsePartialDate(s.substr(0, pos), order);
      auto b = ParsePartialDate(s.substr(pos + sep.size()), order);
      if (!a || !b) return std::nullopt;
      spec.from = *a;
      spec.to = *b;
      return spec;
    }
  }
  // "1964-1966"
  if (s.size() == 9 && AllDigits(s.substr(0, 4)) && s[4] == '-' && AllDigits(s.substr(5))) {
    auto a = Make(ToInt(s.substr(0, 4)), 0, 0);
    auto b = Make(ToInt(s.substr(5)), 0, 0);
    if (!a || !b) return std::nullopt;
    spec.from = *a;
    spec.to = *b;
    return spec;
  }
  auto d = ParsePartialDate(s, order);
  if (!d) return std::nullopt;
  spec.from = *d;
  return spec;
}

std::optional<PartialDate> ExcelSerialToDate(double serial) {
  // Excel's 1900 system: 1 = 1900-01-01, and serial 60 is the non-existent 1900-02-29
  // (Lotus compatibility). Fractions are times of day and are dropped.
  if (!std::isfinite(serial) || serial < 1 || serial > 2958465) return std::nullopt;
  long n = static_cast<long>(std::floor(serial));
  if (n == 60) return std::nullopt;
  if (n < 60) n += 1;  // shift so that both ranges count from 1899-12-30
  // Days since 1970-01-01, then the civil-from-days conversion (proleptic Gregorian).
  long z = n - 25569 + 719468;
  long era = (z >= 0 ? z : z - 146096) / 146097;
  long doe = z - era * 146097;
  long yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
  long y = yoe + era * 400;
  long doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
  long mp = (5 * doy + 2) / 153;
  long d = doy - (153 * mp + 2) / 5 + 1;
  long m = mp < 10 ? mp + 3 : mp - 9;
  if (m <= 2) ++y;
  return Make(static_cast<int>(y), static_cast<int>(m), static_cast<int>(d));
}

}  // namespace sanctions
