// Name preparation, token rules and alignment (see name_match.h).
#include "match/name_match.h"

#include <algorithm>
#include <array>
#include <bit>

#include "match/distance.h"
#include "match/phonetic.h"
#include "normalize/loanword.h"
#include "normalize/normalize.h"
#include "normalize/tables.h"
#include "normalize/title_kinds.h"

namespace sanctions {
namespace {

bool HasDigit(std::string_view s) {
  for (char c : s) {
    if (c >= '0' && c <= '9') return true;
  }
  return false;
}

bool HasLetter(std::string_view s) {
  for (char c : s) {
    if (c >= 'a' && c <= 'z') return true;
  }
  return false;
}

// "ig0r" -> "igor", "sech1n" -> "sechin": digits used as letters inside words.
std::string UnLeet(const std::string& t) {
  std::string out = t;
  for (char& c : out) {
    switch (c) {
      case '0':
        c = 'o';
        break;
      case '1':
        c = 'i';
        break;
      case '3':
        c = 'e';
        break;
      case '4':
        c = 'a';
        break;
      case '5':
        c = 's';
        break;
      case '7':
        c = 't';
        break;
      case '8':
        c = 'b';
        break;
      case '9':
        c = 'g';
        break;
      default:
        break;
    }
  }
  return out;
}

// True when x has at most k bits set (no popcount instruction needed).
inline bool AtMostBits(uint64_t x, int k) {
  for (int i = 0; i < k && x; ++i) x &= x - 1;
  return x == 0;
}

// English number words and ordinals as digits ("forty four" / "forty-four" -> "44",
// "first" / "1st" -> "1"), so "Brigade Forty-Four" meets "Brigade 44".
void NumberWordsToDigits(std::vector<std::string>* tokens) {
  static const char* kUnits[] = {"zero",    "one",     "two",       "three",    "four",
                                 "five",    "six",     "seven",     "eight",    "nine",
                                 "ten",     "eleven",  "twelve",    "thirteen", "fourteen",
                                 "fifteen", "sixteen", "seventeen", "eighteen", "nineteen"};
  static const char* kOrdinals[] = {"zeroth", "first",    "second",  "third",  "fourth",
                                    "fifth",  "sixth",    "seventh", "eighth", "ninth",
                                    "tenth",  "eleventh", "twelfth"};
  static const char* kTens[] = {"",      "",      "twenty",  "thirty", "forty",
                                "fifty", "sixty", "seventy", "eighty", "ninety"};
  auto value = [&](const std::string& t, bool* tens) -> int {
    *tens = false;
    for (int i = 0; i < 20; ++i) {
      if (t == kUnits[i]) return i;
    }
    for (int i = 0; i < 13; ++i) {
      if (t == kOrdinals[i]) return i;
    }
    for (int i = 2; i < 10; ++i) {
      if (t == kTens[i] || (i == 4 && t == "fourty")) {
        *tens = true;
        return i * 10;
      }
    }
    // 1st, 2nd, 3rd, 4th...: digits followed by an ordinal suffix.
    size_t d = 0;
    while (d < t.size() && t[d] >= '0' && t[d] <= '9') ++d;
    if (d > 0 && d < t.size() && d + 2 == t.size()) {
      std::string suf = t.substr(d);
      if (suf == "st" || suf == "nd" || suf == "rd" || suf == "th")
        return std::stoi(t.substr(0, d));
    }
    return -1;
  };
  std::vector<std::string> out;
  for (size_t i = 0; i < tokens->size(); ++i) {
    bool tens = false;
    int v = value((*tokens)[i], &tens);
    if (v < 0) {
      out.push_back(std::move((*tokens)[i]));
      continue;
    }
    if (tens && i + 1 < tokens->size()) {
      const std::string& next = (*tokens)[i + 1];
      bool next_tens = false;
      int u = next.size() == 1 && next[0] >= '1' && next[0] <= '9' ? next[0] - '0'
                                                                   : value(next, &next_tens);
      if (u >= 1 && u <= 9 && !next_tens) {
        v += u;
        ++i;
      }
    }
    out.push_back(std::to_string(v));
  }
  *tokens = std::move(out);
}

// "son of" / "daughter of" particles that start the next generation of a nasab.
bool IsNasabParticle(std::string_view t) {
  return t == "bin" || t == "ibn" || t == "ben" || t == "bint" || t == "binti" || t == "ould" ||
         t == "ag" || t == "bn";
}

// Patronymics and their Turkic counterparts: "viktorovich", "ivanovna", "aliyevich",
// "mammad oglu" (the "oglu" token).
bool IsPatronymic(std::string_view t) {
  static const char* kSuffixes[] = {"ovich",  "evich", "ovych", "evych", "ovitch",
                                    "evitch", "ovna",  "evna",  "ivna",  "ichna"};
  if (t == "oglu" || t == "ogly" || t == "kyzy" || t == "qizi") return true;
  if (t.size() < 7) return false;
  for (const char* suf : kSuffixes) {
    if (t.ends_with(suf)) return true;
  }
  return false;
}

// Person names: ancestor names weigh kAncestorWeight, and nasab generations are recorded.
// Reads the tokens given names first: "AL BEN ALI, Isa Ben Tarif" as "Isa Ben Tarif Al Ben Ali".
void MarkAncestors(PreparedName* p) {
  uint8_t gen = 0;
  bool nasab = false;
  bool house = false;
  const size_t n = p->tokens.size();
  std::vector<size_t> order;
  for (size_t k = 0; k < n; ++k) {
    if (!p->family[k]) order.push_back(k);
  }
  for (size_t k = 0; k < n; ++k) {
    if (p->family[k]) order.push_back(k);
  }
  p->generation.assign(n, 0);
  for (size_t i = 0; i < n; ++i) {
    const size_t k = order[i];
    const std::string& t = p->tokens[k];
    // "Al Bin Ali" (آل: the house of Bin Ali) is a family name, not a father's name.
    // From there on the tokens are the family's: generation 0, full weight.
    const std::string& prev = i > 0 ? p->tokens[order[i - 1]] : t;
    if (i > 0 && (prev == "al" || prev == "aal") && IsNasabParticle(t)) house = true;
    if (house) {
      p->generation[k] = 0;
      continue;
    }
    if (i > 0 && i + 1 < n && IsNasabParticle(t)) {
      if (gen < 255) ++gen;
      nasab = true;
    } else if (gen > 0 || IsPatronymic(t)) {
      p->weights[k] = std::min(p->weights[k], kAncestorWeight);
    }
    p->generation[k] = gen;
  }
  if (!nasab) p->generation.clear();
  p->total_weight = 0;
  for (float w : p->weights) p->total_weight += w;
}

// True when `f` is the feminine form of `m` by a suffix: Michel/Michelle, Jean/Jeanne,
// Paul/Pauline, Aleksandr/Aleksandra, Ivanov/Ivanova, Amin/Amina.
bool GenderedForms(std::string_view m, std::string_view f) {
  if (m.size() < 4 || f.size() <= m.size() || !f.starts_with(m)) return false;
  std::string_view suffix = f.substr(m.size());
  return suffix == "a" || suffix == "le" || suffix == "ne" || suffix == "ine" || suffix == "ette";
}

// The value of a strictly formed Roman numeral from 1 to 39 ("i", "iv", "xii", "xxxix"),
// else 0.
int RomanValue(std::string_view t) {
  if (t.empty() || t.size() > 6) return 0;
  static const char* kUnits[] = {"", "i", "ii", "iii", "iv", "v", "vi", "vii", "viii", "ix"};
  size_t tens = 0;
  while (tens < t.size() && tens < 3 && t[tens] == 'x') ++tens;
  std::string_view rest = t.substr(tens);
  for (int u = 0; u < 10; ++u) {
    if (rest == kUnits[u]) {
      int v = static_cast<int>(tens) * 10 + u;
      return v;
    }
  }
  return 0;
}

// The best rule two units' variant groups give: a romanization group in common (kVariant),
// else a given-name group in common (kNickname), else kNone.
MatchRule SharedGroupRule(const std::vector<uint32_t>& a, const std::vector<uint32_t>& b) {
  MatchRule r = MatchRule::kNone;
  for (uint32_t x : a) {
    for (uint32_t y : b) {
      if (x != y) continue;
      if (!(x & kNicknameGroupBit)) return MatchRule::kVariant;
      r = MatchRule::kNickname;
    }
  }
  return r;
}

NameUnit MakeUnit(std::string text, uint8_t first, uint8_t count, const NameTables& tables,
                  bool non_latin, bool syllabic, bool abjad) {
  NameUnit u;
  u.abjad = abjad;
  u.syllabic = syllabic && count == 1 && text.size() <= 6;
  u.cjk_syllable = !syllabic && count == 1 && tables.IsSyllable(text);
  u.numeric = HasDigit(text);
  u.non_latin = non_latin;
  if (!u.numeric) {
    u.phonetic = PhoneticKey(text);
    u.loose = LoosePhoneticKey(text);
    if (count == 1) {
      std::string slav = FoldSlavic(text);
      if (slav != text) u.slavic = std::move(slav);
      for (uint32_t g : tables.GroupIds(text)) {
        u.variants.push_back(tables.GroupSource(g) == kGivenNamesSource ? g | kNicknameGroupBit
                                                                        : g);
      }
    }
  }
  for (char c : text) {
    if (c >= 'a' && c <= 'z') u.chars |= uint64_t{1} << (c - 'a');
    if (c >= '0' && c <= '9') u.chars |= uint64_t{1} << (26 + c - '0');
  }
  for (uint32_t g : u.variants) u.variant_bits |= uint32_t{1} << (g % 32);
  if (count == 1) u.fold_hash = UnitHash(u.slavic.empty() ? text : u.slavic);
  if (u.loose.size() >= 3) u.loose_hash = UnitHash(u.loose);
  if (u.phonetic.size() >= 3) u.phonetic_hash = UnitHash(u.phonetic);
  u.text = std::move(text);
  u.first = first;
  u.count = count;
  return u;
}

}  // namespace

uint32_t UnitHash(std::string_view s) {
  uint32_t h = 2166136261u;
  for (char c : s) {
    h ^= static_cast<unsigned char>(c);
    h *= 16777619u;
  }
  return h;
}

const char* MatchRuleName(MatchRule r) {
  switch (r) {
    case MatchRule::kExact:
      return "exact";
    case MatchRule::kVariant:
      return "romanization";
    case MatchRule::kTranslit:
      return "transliteration";
    case MatchRule::kEdit:
      return "edit_distance";
    case MatchRule::kPhonetic:
      return "phonetic";
    case MatchRule::kInitial:
      return "initial";
    case MatchRule::kNickname:
      return "nickname";
    case MatchRule::kAcronym:
      return "acronym";
    case MatchRule::kNone:
      break;
  }
  return "";
}

int MaxEdits(size_t len) {
  if (len <= 3) return 0;
  if (len <= 7) return 1;
  return 2;
}

PreparedName PrepareTokens(std::vector<std::string> raw, EntityType type, bool non_latin,
                           bool syllabic, bool abjad) {
  const NameTables& tables = NameTables::Get();
  PreparedName p;
  p.abjad = abjad;
  p.person = type == EntityType::kPerson;
  p.non_latin = non_latin;
  p.syllabic = syllabic;
  if (type == EntityType::kOrganization || type == EntityType::kVessel) NumberWordsToDigits(&raw);
  // Organisations and vessels: a run of single letters is one acronym ("A.B.C." = "ABC").
  std::vector<std::string> written_initials;  // tokens joined from single letters
  std::vector<std::string> tail_initials;     // a legal form in initials ending the name
  if (type == EntityType::kOrganization || type == EntityType::kVessel) {
    // "&" folds to nothing: its spelled-out forms between two words go too ("H and M" =
    // "H&M" = "H M").
    for (size_t k = 1; k + 1 < raw.size(); ++k) {
      if (raw[k] == "and" || raw[k] == "und" || raw[k] == "et") raw[k].clear();
    }
    std::erase_if(raw, [](const std::string& t) { return t.empty(); });
    std::vector<std::string> joined;
    for (size_t k = 0; k < raw.size();) {
      size_t e = k;
      while (e < raw.size() && raw[e].size() == 1 && !HasDigit(raw[e])) ++e;
      // A run ending the name may end with a legal form in initials ("Partners V L.P."):
      // the form stays apart for the legal-form pass, the rest is the run.
      // The form may start just before the run ("Sp. z o.o."): then the tokens before the
      // run that belong to it were already passed on, and are taken back.
      if (e - k >= 2 && e == raw.size()) {
        std::string canonical;
        for (size_t j = k >= 2 ? k - 2 : 0; j < e; ++j) {
          std::vector<std::string> probe;  // tokens j..e (those before k are in `joined`)
          for (size_t x = j; x < e; ++x) {
            probe.push_back(x < k ? joined[joined.size() - (k - x)] : raw[x]);
          }
          if (tables.MatchLegalForm(probe, 0, &canonical) == probe.size()) {
            for (size_t x = j; x < k; ++x) raw[x] = std::move(joined[joined.size() - (k - x)]);
            if (j < k) joined.resize(joined.size() - (k - j));
            for (size_t x = j; x < e; ++x) tail_initials.push_back(std::move(raw[x]));
            raw.resize(j);
            e = j;
            break;
          }
        }
        if (k >= e) break;  // the whole run was (part of) the legal form
      }
      if (e - k >= 2) {
        std::string acronym;
        for (size_t x = k; x < e; ++x) acronym += raw[x];
        written_initials.push_back(acronym);
        joined.push_back(std::move(acronym));
        k = e;
      } else {
        joined.push_back(std::move(raw[k]));
        ++k;
      }
    }
    raw = std::move(joined);
    // Roman numerals after the first token are numbers: "Partners VI" = "Partners 6".
    for (size_t k = 1; k < raw.size(); ++k) {
      int v = RomanValue(raw[k]);
      if (v > 0) raw[k] = std::to_string(v);
    }
    for (std::string& t : tail_initials) raw.push_back(std::move(t));
  }
  for (std::string& t : raw) {
    if (HasDigit(t) && HasLetter(t)) t = UnLeet(t);
  }
  const bool org_like = type == EntityType::kOrganization || type == EntityType::kUnknown;
  const bool person_like = type == EntityType::kPerson || type == EntityType::kUnknown;
  std::vector<std::string> kept;
  size_t i = 0;
  if (type == EntityType::kVessel || type == EntityType::kUnknown) {
    size_t span = tables.MatchVesselPrefix(raw, 0);
    if (span > 0 && span < raw.size() && (type == EntityType::kVessel || span >= 2)) i = span;
  }
  for (; i < raw.size(); ++i) {
    if (org_like || type == EntityType::kVessel) {
      std::string canonical;
      size_t span = tables.MatchLegalForm(raw, i, &canonical);
      bool at_edge = i == 0 || i + span == raw.size();
      if (span > 0 && span < raw.size() && (type != EntityType::kUnknown || at_edge)) {
        if (p.legal_form.empty()) p.legal_form = canonical;
        i += span - 1;
        continue;
      }
    }
    kept.push_back(std::move(raw[i]));
  }
  // Titles: dropped while two name tokens remain; "title + one token" is a reference by
  // surname ("President Putin") unless the title is also a given name ("Hafez Makhlouf").
  if (person_like && kept.size() > 1) {
    std::vector<std::string> rest;
    std::vector<std::string> titles;
    for (std::string& t : kept) {
      if (tables.IsTitle(t)) {
        titles.push_back(std::move(t));
      } else {
        rest.push_back(std::move(t));
      }
    }
    if (rest.size() >= 2) {
      p.had_title = !titles.empty();
      kept = std::move(rest);
    } else if (rest.size() == 1) {
      bool all_given = true;
      for (const auto& t : titles) all_given = all_given && IsTitleAlsoGivenName(t);
      if (!all_given) {
        p.had_title = true;
        p.title_alone = true;
        kept = std::move(rest);
      } else {
        // Keep the title as a name token, in its place.
        kept.clear();
        for (auto& t : titles) kept.push_back(std::move(t));
        kept.push_back(std::move(rest[0]));
      }
    } else {
      kept = std::move(titles);
    }
  }
  if (kept.size() > 250) kept.resize(250);
  p.tokens = std::move(kept);
  p.weights.reserve(p.tokens.size());
  for (const std::string& t : p.tokens) {
    float w = 1.0f;
    if (tables.IsParticle(t)) {
      w = 0.35f;
    } else if (t.size() == 1 && !HasDigit(t)) {
      w = 0.5f;
    } else if (type == EntityType::kOrganization && HasDigit(t) && p.weights.size() > 0) {
      w = kOrgNumberWeight;  // the "numerals" factor judges numbers (score.h)
    } else if (type != EntityType::kPerson) {
      w = static_cast<float>(std::clamp(tables.TokenWeight(t), 0.1, 1.0));
    }
    p.weights.push_back(w);
    p.total_weight += w;
  }
  const size_t n = p.tokens.size();
  p.units.reserve(n * 2);
  for (size_t k = 0; k < n; ++k) {
    p.units.push_back(
        MakeUnit(p.tokens[k], static_cast<uint8_t>(k), 1, tables, non_latin, p.syllabic, abjad));
    if (std::find(written_initials.begin(), written_initials.end(), p.tokens[k]) !=
        written_initials.end()) {
      p.units.back().acronym = true;
    }
  }
  for (size_t k = 0; k + 1 < n; ++k) {
    if (HasDigit(p.tokens[k]) || HasDigit(p.tokens[k + 1])) continue;
    p.units.push_back(MakeUnit(p.tokens[k] + p.tokens[k + 1], static_cast<uint8_t>(k), 2, tables,
                               non_latin, p.syllabic, abjad));
  }
  // Three short tokens written as one ("Plat Ono Vich" = "Platonovich").
  for (size_t k = 0; k + 2 < n; ++k) {
    bool short_words = true;
    for (size_t x = k; x < k + 3; ++x) {
      short_words = short_words && p.tokens[x].size() <= 4 && !HasDigit(p.tokens[x]);
    }
    if (!short_words) continue;
    p.units.push_back(MakeUnit(p.tokens[k] + p.tokens[k + 1] + p.tokens[k + 2],
                               static_cast<uint8_t>(k), 3, tables, non_latin, p.syllabic, abjad));
  }
  // Organisations: the initials of every run of 2-4 adjacent word tokens, so that "PLA"
  // meets "People's Liberation Army" and "U.S." meets "United States".
  if (type == EntityType::kOrganization && !non_latin) {
    for (size_t k = 0; k + 1 < n; ++k) {
      std::string initials;
      for (size_t e = k; e < n && e < k + 4; ++e) {
        if (HasDigit(p.tokens[e]) || p.tokens[e].size() < 2) break;
        initials.push_back(p.tokens[e][0]);
        if (e == k) continue;
        NameUnit u;
        u.text = initials;
        u.first = static_cast<uint8_t>(k);
        u.count = static_cast<uint8_t>(e - k + 1);
        u.acronym = true;
        for (char c : initials) u.chars |= uint64_t{1} << (c - 'a');
        p.units.push_back(std::move(u));
      }
    }
  }
  p.family.assign(n, 0);
  for (size_t k = 0; k < n; ++k) {
    if (k) p.normalized += ' ';
    p.normalized += p.tokens[k];
  }
  return p;
}

PreparedName PrepareName(std::string_view utf8, EntityType type) {
  bool non_latin = false;
  bool syllabic = false;
  bool abjad = false;
  bool katakana = false;
  if (!IsAscii(utf8)) {
    std::string script = DominantScript(utf8);
    non_latin = !script.empty() && script != "Latn";
    syllabic = script == "Hani" || script == "Hang" || script == "Hira" || script == "Kana";
    abjad = script == "Arab" || script == "Hebr" || script == "Syrc";
    katakana = script == "Kana";
  }
  PreparedName p = PrepareTokens(NormalizeTokens(utf8), type, non_latin, syllabic, abjad);
  // Katakana writes foreign names by sound: each reading as a foreign name (ウラジーミル
  // -> uladimir...) is one more unit of its token, after the tokens and concatenations.
  if (katakana && !p.tokens.empty()) {
    const NameTables& tables = NameTables::Get();
    for (const TokenReadings& r : ForeignNameReadings(utf8, kMaxKatakanaReadings)) {
      for (size_t k = 0; k < p.tokens.size(); ++k) {
        if (p.tokens[k] != r.token) continue;
        for (const std::string& reading : r.readings) {
          p.units.push_back(MakeUnit(reading, static_cast<uint8_t>(k), 1, tables, non_latin,
                                     /*syllabic=*/false, abjad));
        }
      }
    }
  }
  // "FAMILY, Given Names": the tokens before the first comma are the family name.
  size_t comma = utf8.find(',');
  if (comma != std::string_view::npos && type != EntityType::kOrganization &&
      type != EntityType::kVessel) {
    std::vector<std::string> fam = NormalizeTokens(utf8.substr(0, comma));
    for (size_t k = 0; k < p.tokens.size(); ++k) {
      for (const auto& f : fam) {
        if (p.tokens[k] == f) p.family[k] = 1;
      }
    }
  }
  if (type == EntityType::kPerson) MarkAncestors(&p);
  return p;
}

UnitSimilarity TokenSimilarity(const NameUnit& a, const NameUnit& b) {
  // Each rule first compares what is in the first cache line (the hashes only refute:
  // different hashes, different strings), then the strings themselves.
  if (a.count > 1 && b.count > 1) return {};
  if (a.text == b.text) {
    if ((a.acronym && a.count > 1) || (b.acronym && b.count > 1)) {
      // Two letters stand for two words only when written as initials ("U.S."), not for
      // a word like "al" or "de".
      if (a.text.size() == 2 && !(a.acronym && b.acronym)) return {};
      return {kAcronymSimilarity, MatchRule::kAcronym};
    }
    return {1.0, MatchRule::kExact};
  }
  if (a.numeric || b.numeric || a.acronym || b.acronym) return {};
  UnitSimilarity best;
  const bool syllabic = a.syllabic || b.syllabic;
  const MatchRule shared = (a.variant_bits & b.variant_bits) != 0
                               ? SharedGroupRule(a.variants, b.variants)
                               : MatchRule::kNone;
  if (shared == MatchRule::kVariant ||
      (a.count == 1 && b.count == 1 && a.fold_hash == b.fold_hash &&
       (!a.slavic.empty() || !b.slavic.empty()) &&
       (a.slavic.empty() ? a.text : a.slavic) == (b.slavic.empty() ? b.text : b.slavic))) {
    best = {kVariantSimilarity, MatchRule::kVariant};
  } else if (shared == MatchRule::kNickname) {
    best = {kNicknameSimilarity, MatchRule::kNickname};
  }
  if (syllabic) return best;  // one Han or Hangul character: exact or variant only
  if (best.sim < kTransliterationSimilarity && (a.abjad || b.abjad) &&
      a.loose_hash == b.loose_hash && a.loose.size() >= 3 && a.loose == b.loose) {
    best = {kTransliterationSimilarity, MatchRule::kTranslit};
  }
  const size_t la = a.text.size();
  const size_t lb = b.text.size();
  const size_t maxlen = std::max(la, lb);
  int k = MaxEdits(maxlen);
  if (a.count > 1 || b.count > 1) k = std::min(k, 1);
  // A weak edit: one edit more than MaxEdits allows for tokens of 5-7 letters that start
  // alike ("starkey" ~ "starmer"), capped at kWeakEditSimilarity.
  const bool weak_ok =
      k == 1 && a.count == 1 && b.count == 1 && std::min(la, lb) >= 5 && a.text[0] == b.text[0];
  const int k_try = weak_ok ? 2 : k;
  // Each length difference and each symbol present on one side only needs its own
  // edit: cheap lower bounds of the distance.
  if (k_try > 0 && best.sim < 0.99 && maxlen - std::min(la, lb) <= static_cast<size_t>(k_try) &&
      AtMostBits(a.chars & ~b.chars, k_try) && AtMostBits(b.chars & ~a.chars, k_try)) {
    int d = BoundedOsa(a.text, b.text, k_try);
    if (d <= k_try) {
      double s = 0.5 * (1.0 - static_cast<double>(d) / maxlen) + 0.5 * JaroWinkler(a.text, b.text);
      if (d > k) s = std::min(s, kWeakEditSimilarity);
      if (s > best.sim) best = {s, MatchRule::kEdit};
    }
  }
  // Written in Latin script on both sides: a romanized ending says little (Hindi "putina").
  // Two spellings of Korean or Chinese syllables that are not variants of each other are
  // other syllables ("jong" / "song"): weak evidence only.
  if (a.cjk_syllable && b.cjk_syllable && best.rule != MatchRule::kVariant &&
      best.sim > kSyllableEditSimilarity) {
    best.sim = kSyllableEditSimilarity;
  }
  if (best.sim > kGenderedFormSimilarity && a.count == 1 && b.count == 1 && !a.non_latin &&
      !b.non_latin && (GenderedForms(a.text, b.text) || GenderedForms(b.text, a.text))) {
    return {kGenderedFormSimilarity, best.rule};  // Michel / Michelle, Ivanov / Ivanova
  }
  if (best.sim < kPhoneticSimilarity && a.phonetic_hash == b.phonetic_hash &&
      a.phonetic.size() >= 3 && a.phonetic == b.phonetic) {
    best = {kPhoneticSimilarity, MatchRule::kPhonetic};
  }
  if (best.sim < kInitialSimilarity && a.count == 1 && b.count == 1 &&
      ((la == 1 && lb > 1) || (lb == 1 && la > 1)) && a.text[0] == b.text[0]) {
    best = {kInitialSimilarity, MatchRule::kInitial};
  }
  return best;
}

void UnitSimCache::Reset(const PreparedName* query, size_t ids) {
  query_ = query;
  known_ = nullptr;
  entries_.clear();
  if (stamp_.size() < ids) {
    stamp_.assign(ids, 0);
    begin_.assign(ids, 0);
    epoch_ = 0;
  }
  // Two stamps per query (row, known pairs); stamps start at 0, epochs at 2.
  epoch_ += 2;
  if (epoch_ >= 0xFFFFFFF0u) {
    std::fill(stamp_.begin(), stamp_.end(), 0);
    epoch_ = 2;
  }
}

void UnitSimCache::SetKnownPairs(const std::vector<KnownPair>* pairs) {
  known_ = pairs;
  known_next_.resize(pairs->size());
  for (uint32_t p = 0; p < pairs->size(); ++p) {
    const uint32_t u = (*pairs)[p].unit;
    if (stamp_[u] == epoch_ + 1) {
      known_next_[p] = begin_[u];
    } else {
      known_next_[p] = ~uint32_t{0};
      stamp_[u] = epoch_ + 1;
    }
    begin_[u] = p;
  }
}

void UnitSimCache::Fill(uint32_t id, const NameUnit& listed) {
  // The known pairs of this unit, in increasing query unit order.
  thread_local std::vector<uint32_t> mine;
  mine.clear();
  if (known_ != nullptr && stamp_[id] == epoch_ + 1) {
    for (uint32_t p = begin_[id]; p != ~uint32_t{0}; p = known_next_[p]) mine.push_back(p);
    std::reverse(mine.begin(), mine.end());
  }
  stamp_[id] = epoch_;
  begin_[id] = static_cast<uint32_t>(entries_.size());
  const size_t header = entries_.size();
  entries_.push_back({0, 0, MatchRule::kNone});
  if (known_ == nullptr) {
    for (size_t i = 0; i < query_->units.size(); ++i) {
      UnitSimilarity s = TokenSimilarity(query_->units[i], listed);
      if (s.rule == MatchRule::kNone) continue;
      entries_.push_back({s.sim, static_cast<uint16_t>(i), s.rule});
    }
  } else {
    // The known pairs merged in query unit order with the initial pairs (the only other
    // non-zero similarities), which are computed.
    const size_t ll = listed.text.size();
    const bool single = listed.count == 1 && ll > 0;
    size_t k = 0;
    for (size_t i = 0; i < query_->units.size(); ++i) {
      const NameUnit& q = query_->units[i];
      const KnownPair* known =
          k < mine.size() && (*known_)[mine[k]].query_unit == i ? &(*known_)[mine[k]] : nullptr;
      if (known) ++k;
      const size_t ql = q.text.size();
      if (single && q.count == 1 && ql > 0 && (ql == 1) != (ll == 1) &&
          q.text[0] == listed.text[0]) {
        UnitSimilarity s = TokenSimilarity(q, listed);
        if (s.rule != MatchRule::kNone) {
          entries_.push_back({s.sim, static_cast<uint16_t>(i), s.rule});
        }
      } else if (known) {
        entries_.push_back({known->sim, static_cast<uint16_t>(i), known->rule});
      }
      if (k == mine.size() && !single) break;  // nothing more to add
    }
  }
  entries_[header].query_unit = static_cast<uint16_t>(entries_.size() - header - 1);
}

NameAlignment AlignNames(const PreparedName& q, const PreparedName& l, bool detail,
                         UnitSimCache* cache) {
  NameAlignment out;
  if (q.empty() || l.empty() || q.total_weight <= 0 || l.total_weight <= 0) {
    if (detail) {
      for (size_t i = 0; i < q.tokens.size(); ++i) out.pairs.push_back({static_cast<int>(i), -1});
      for (size_t j = 0; j < l.tokens.size(); ++j) out.pairs.push_back({-1, static_cast<int>(j)});
    }
    return out;
  }
  struct Cand {
    double sim;
    float weight;  // tie-break: more covered weight first
    uint16_t qi;
    uint16_t li;
    MatchRule rule;
  };
  thread_local std::vector<Cand> cands;
  cands.clear();
  if (cache != nullptr && l.unit_ids.size() == l.units.size()) {
    // The same pairs from the memo (the candidate order does not matter: the sort below
    // is a total order).
    for (size_t j = 0; j < l.units.size(); ++j) {
      auto [e, end] = cache->Row(l.unit_ids[j], l.units[j]);
      for (; e != end; ++e) {
        cands.push_back({e->sim,
                         static_cast<float>(q.units[e->query_unit].count + l.units[j].count),
                         e->query_unit, static_cast<uint16_t>(j), e->rule});
      }
    }
  } else {
    for (size_t i = 0; i < q.units.size(); ++i) {
      // Two concatenations never pair (TokenSimilarity): a concatenation meets only the
      // listed single tokens, which come first in l.units.
      const size_t l_end =
          q.units[i].count > 1 ? std::min(l.tokens.size(), l.units.size()) : l.units.size();
      for (size_t j = 0; j < l_end; ++j) {
        UnitSimilarity s = TokenSimilarity(q.units[i], l.units[j]);
        if (s.rule == MatchRule::kNone) continue;
        cands.push_back({s.sim, static_cast<float>(q.units[i].count + l.units[j].count),
                         static_cast<uint16_t>(i), static_cast<uint16_t>(j), s.rule});
      }
    }
  }
  std::sort(cands.begin(), cands.end(), [](const Cand& x, const Cand& y) {
    if (x.sim != y.sim) return x.sim > y.sim;
    if (x.weight != y.weight) return x.weight > y.weight;
    if (x.qi != y.qi) return x.qi < y.qi;
    return x.li < y.li;
  });
  thread_local std::vector<uint8_t> q_used, l_used;
  q_used.assign(q.tokens.size(), 0);
  l_used.assign(l.tokens.size(), 0);
  double q_matched = 0;
  double l_matched = 0;
  double best_real = 0;  // best similarity of a pair that is not an initial
  for (const Cand& c : cands) {
    const NameUnit& qu = q.units[c.qi];
    const NameUnit& lu = l.units[c.li];
    bool free = true;
    for (int t = qu.first; t < qu.first + qu.count; ++t) free = free && !q_used[t];
    for (int t = lu.first; t < lu.first + lu.count; ++t) free = free && !l_used[t];
    if (!free) continue;
    double wq = 0;
    double wl = 0;
    for (int t = qu.first; t < qu.first + qu.count; ++t) {
      q_used[t] = 1;
      wq += q.weights[t];
    }
    for (int t = lu.first; t < lu.first + lu.count; ++t) {
      l_used[t] = 1;
      wl += l.weights[t];
    }
    if (c.rule != MatchRule::kInitial) best_real = std::max(best_real, c.sim);
    q_matched += c.sim * wq;
    l_matched += c.sim * wl;
    if (detail) out.pairs.push_back({c.qi, c.li, c.sim, c.rule});
  }
  out.query_coverage = std::min(1.0, q_matched / q.total_weight);
  out.listed_coverage = std::min(1.0, l_matched / l.total_weight);
  double q_weight_matched = 0;
  double q_unmatched = 0;
  for (size_t i = 0; i < q.tokens.size(); ++i) {
    (q_used[i] ? q_weight_matched : q_unmatched) += q.weights[i];
  }
  double l_weight_matched = 0;
  double l_unmatched = 0;
  bool family_matched = false;
  bool any_family = false;
  for (size_t j = 0; j < l.tokens.size(); ++j) {
    any_family = any_family || l.family[j];
    if (l_used[j]) {
      l_weight_matched += l.weights[j];
      family_matched = family_matched || l.family[j];
    } else {
      l_unmatched += l.weights[j];
    }
  }
  if (q.title_alone && l.person && q.tokens.size() == 1 && q_used[0]) {
    if (!any_family) family_matched = l_used[l.tokens.size() - 1];
    if (family_matched) {
      l_unmatched = 0;
      for (size_t j = 0; j < l.tokens.size(); ++j) {
        if (!l_used[j] && l.family[j]) l_unmatched += l.weights[j];
      }
    }
  }
  double denom = q_weight_matched + l_weight_matched + UnmatchedCost(q_unmatched, l_unmatched);
  out.score = denom > 0 ? std::min(1.0, (q_matched + l_matched) / denom) : 0.0;
  // A name never scores above its best real (non-initial) token match: initials only
  // confirm. This keeps the index bound (name_index.h) independent of initials.
  out.score = std::min(out.score, best_real);
  if (detail) {
    for (size_t i = 0; i < q.tokens.size(); ++i) {
      if (!q_used[i]) out.pairs.push_back({static_cast<int>(i), -1});
    }
    for (size_t j = 0; j < l.tokens.size(); ++j) {
      if (!l_used[j]) out.pairs.push_back({-1, static_cast<int>(j)});
    }
  }
  return out;
}

}  // namespace sanctions
