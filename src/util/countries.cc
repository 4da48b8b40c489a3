// Country resolver: ICU region names + alpha-3 codes + data/country_aliases.tsv.
//
// Keys are "folded" names: NFKD, combining marks removed, Unicode case folding, every
// character that is not a letter or digit turned into a space, "&" read as "and", "st"
// read as "saint", the word "the" dropped, spaces collapsed. So "Côte d'Ivoire",
// "COTE D'IVOIRE" and "Cote d Ivoire" share one key.
//
// Priority when two sources give one key different codes: aliases file first (it is
// written for the lists' own spellings), then ICU display names, then alpha-3, then
// alpha-2 codes. The table is built once (function-local static, thread-safe in C++11+)
// and read-only afterwards.
#include "util/countries.h"

#include <unicode/locid.h>
#include <unicode/normalizer2.h>
#include <unicode/uchar.h>
#include <unicode/uloc.h>
#include <unicode/unistr.h>

#include <cstdlib>
#include <cstring>
#include <fstream>
#include <string>
#include <unordered_map>
#include <vector>

#include "util/text.h"

namespace sanctions {
namespace {

// Folds a name into its lookup key (see the file comment).
std::string FoldKey(std::string_view text) {
  UErrorCode status = U_ZERO_ERROR;
  const icu::Normalizer2* nfkd = icu::Normalizer2::getNFKDInstance(status);
  icu::UnicodeString in = icu::UnicodeString::fromUTF8(
      icu::StringPiece(text.data(), static_cast<int32_t>(text.size())));
  icu::UnicodeString decomposed;
  if (U_SUCCESS(status)) {
    decomposed = nfkd->normalize(in, status);
  }
  if (U_FAILURE(status)) decomposed = in;

  icu::UnicodeString out;
  for (int32_t i = 0; i < decomposed.length();) {
    UChar32 c = decomposed.char32At(i);
    i += U16_LENGTH(c);
    int8_t type = u_charType(c);
    if (type == U_NON_SPACING_MARK || type == U_ENCLOSING_MARK ||
        type == U_COMBINING_SPACING_MARK) {
      continue;
    }
    if (c == '&') {
      out.append(UNICODE_STRING_SIMPLE(" and "));
    } else if (u_isalnum(c)) {
      out.append(u_foldCase(c, U_FOLD_CASE_DEFAULT));
    } else {
      out.append(static_cast<UChar32>(' '));
    }
  }
  std::string utf8;
  out.toUTF8String(utf8);

  std::string key;
  for (const std::string& word : Split(utf8, ' ')) {
    if (word == "the") continue;
    if (!key.empty()) key += ' ';
    key += (word == "st") ? std::string("saint") : word;
  }
  return key;
}

std::string DataDir() {
  if (const char* env = std::getenv("SANCTIONS_DATA_DIR"); env != nullptr && *env != '\0') {
    return env;
  }
#ifdef SANCTIONS_DATA_DIR
  return SANCTIONS_DATA_DIR;
#else
  return "data";
#endif
}

class CountryTable {
 public:
  CountryTable() {
    // 1. Aliases: the lists' own spellings (highest priority).
    LoadAliases(DataDir() + "/country_aliases.tsv");
    // 2. ICU regions: English display names and alpha-3 codes.
    std::vector<std::pair<std::string, std::string>> alpha3;
    for (const char* const* p = icu::Locale::getISOCountries(); *p != nullptr; ++p) {
      std::string code = *p;
      icu::UnicodeString display;
      icu::Locale("", code.c_str()).getDisplayCountry(icu::Locale::getEnglish(), display);
      std::string name;
      display.toUTF8String(name);
      if (!name.empty() && name != code) {
        names_.try_emplace(code, name);
        AddName(name, code);
        // "Myanmar (Burma)" also as "Myanmar" and "Burma"; "Congo - Kinshasa" as is.
        if (size_t open = name.find(" ("); open != std::string::npos) {
          size_t close = name.find(')', open);
          AddName(name.substr(0, open), code);
          if (close != std::string::npos) AddName(name.substr(open + 2, close - open - 2), code);
        }
      }
      std::string locale_id = "und_" + code;
      const char* iso3 = uloc_getISO3Country(locale_id.c_str());
      if (iso3 != nullptr && std::strlen(iso3) == 3) alpha3.emplace_back(iso3, code);
    }
    for (const auto& [a3, code] : alpha3) AddName(a3, code);
    // Codes only the aliases know (SU, YU, AN, XK): their first alias is their name.
    for (const auto& [code, alias] : alias_names_) names_.try_emplace(code, alias);
    // 3. The alpha-2 codes themselves (also those only named in the aliases file).
    std::vector<std::string> codes;
    for (const auto& [code, name] : names_) codes.push_back(code);
    for (const std::string& code : codes) AddName(code, code);
  }

  std::string Lookup(std::string_view text) const {
    std::string_view t = Trim(text);
    if (t.empty()) return "";
    if (auto code = Find(t); !code.empty()) return code;
    // Canadian bilingual form "Belarus / Bélarus": the first part, then the second.
    if (size_t slash = t.find('/'); slash != std::string_view::npos) {
      if (auto code = Find(Trim(t.substr(0, slash))); !code.empty()) return code;
      if (auto code = Find(Trim(t.substr(slash + 1))); !code.empty()) return code;
    }
    // "Virgin Islands, British" -> "British Virgin Islands".
    if (size_t comma = t.find(','); comma != std::string_view::npos) {
      std::string swapped = TrimCopy(t.substr(comma + 1)) + " " + TrimCopy(t.substr(0, comma));
      if (auto code = Find(swapped); !code.empty()) return code;
    }
    // "Iran (Islamic Republic of)" style: drop the parenthesised part.
    if (size_t open = t.find('('); open != std::string_view::npos && open > 0) {
      if (auto code = Find(Trim(t.substr(0, open))); !code.empty()) return code;
    }
    return "";
  }

  std::string Name(std::string_view code) const {
    auto it = names_.find(AsciiUpper(Trim(code)));
    return it == names_.end() ? std::string() : it->second;
  }

 private:
  std::string Find(std::string_view text) const {
    auto it = keys_.find(FoldKey(text));
    return it == keys_.end() ? std::string() : it->second;
  }

  void AddName(const std::string& name, const std::string& code) {
    std::string key = FoldKey(name);
    if (!key.empty()) keys_.try_emplace(key, code);
  }

  // Lines "alias<TAB>CODE"; '#' starts a comment line. The first alias of a code that
  // ICU does not name (SU, YU, AN, XK...) becomes that code's display name.
  void LoadAliases(const std::string& path) {
    std::ifstream in(path);
    std::string line;
    std::vector<std::pair<std::string, std::string>> pending_names;
    while (std::getline(in, line)) {
      if (!line.empty() && line.back() == '\r') line.pop_back();
      if (line.empty() || line[0] == '#') continue;
      size_t tab = line.find('\t');
      if (tab == std::string::npos) continue;
      std::string alias = TrimCopy(line.substr(0, tab));
      std::string code = AsciiUpper(Trim(line.substr(tab + 1)));
      if (alias.empty() || code.size() != 2) continue;
      AddName(alias, code);
      pending_names.emplace_back(code, alias);
    }
    alias_names_ = std::move(pending_names);
  }

  std::unordered_map<std::string, std::string> keys_;   // folded name -> alpha-2
  std::unordered_map<std::string, std::string> names_;  // alpha-2 -> English name
  std::vector<std::pair<std::string, std::string>> alias_names_;
};

const CountryTable& Table() {
  // Never destroyed: readers may resolve countries from static destructors' callers.
  static const CountryTable* table = new CountryTable();
  return *table;
}

}  // namespace

std::string CountryCode(std::string_view name) {
  return Table().Lookup(name);
}

std::string CountryName(std::string_view code) {
  return Table().Name(code);
}

std::string CountryCodeOrText(std::string_view text) {
  std::string code = CountryCode(text);
  return code.empty() ? TrimCopy(text) : code;
}

}  // namespace sanctions
