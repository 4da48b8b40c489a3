// Name preparation, token rules and alignment (see name_match.h).
#include "match/name_match.h"

#include <algorithm>
#include <array>
#include <bit>

#include "match/distance.h"
#include "match/phonetic.h"
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

// A foreign word written in Hangul and romanized whole ("beulladimileu"): drop the
// vowel "eu" Korean inserts after a consonant cluster element, merge doubled letters
// and read a final "l" as "r" -> "bladimir".
std::string KoreanLoanword(const std::string& t) {
  auto vowel = [](char c) { return c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u'; };
  std::string out;
  for (size_t i = 0; i < t.size(); ++i) {
    if (t[i] == 'e' && i + 1 < t.size() && t[i + 1] == 'u' && i > 0 && !vowel(t[i - 1]) &&
        (i + 2 == t.size() || !vowel(t[i + 2]))) {
      ++i;
      continue;
    }
    if (!out.empty() && out.back() == t[i] && !vowel(t[i])) continue;
    out.push_back(t[i]);
  }
  if (out.size() > 3 && out.back() == 'l') out.back() = 'r';
  return out;
}

bool Shares(const std::vector<uint32_t>& a, const std::vector<uint32_t>& b) {
  for (uint32_t x : a) {
    for (uint32_t y : b) {
      if (x == y) return true;
    }
  }
  return false;
}

NameUnit MakeUnit(std::string text, uint8_t first, uint8_t count, const NameTables& tables,
                  bool non_latin, bool syllabic, bool abjad) {
  NameUnit u;
  u.abjad = abjad;
  u.syllabic = syllabic && count == 1 && text.size() <= 6;
  u.numeric = HasDigit(text);
  u.non_latin = non_latin;
  if (!u.numeric) {
    u.phonetic = PhoneticKey(text);
    u.loose = LoosePhoneticKey(text);
    if (count == 1) {
      std::string slav = FoldSlavic(text);
      if (slav != text) u.slavic = std::move(slav);
      for (uint32_t g : tables.GroupIds(text)) u.variants.push_back(g);
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
  if (type == EntityType::kOrganization || type == EntityType::kVessel) {
    std::vector<std::string> joined;
    for (size_t k = 0; k < raw.size();) {
      size_t e = k;
      while (e < raw.size() && raw[e].size() == 1 && !HasDigit(raw[e])) ++e;
      if (e - k >= 2) {
        std::string acronym;
        for (size_t x = k; x < e; ++x) acronym += raw[x];
        joined.push_back(std::move(acronym));
        k = e;
      } else {
        joined.push_back(std::move(raw[k]));
        ++k;
      }
    }
    raw = std::move(joined);
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
  }
  for (size_t k = 0; k + 1 < n; ++k) {
    if (HasDigit(p.tokens[k]) || HasDigit(p.tokens[k + 1])) continue;
    p.units.push_back(MakeUnit(p.tokens[k] + p.tokens[k + 1], static_cast<uint8_t>(k), 2, tables,
                               non_latin, p.syllabic, abjad));
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
  bool script_is_hangul = false;
  if (!IsAscii(utf8)) {
    std::string script = DominantScript(utf8);
    non_latin = !script.empty() && script != "Latn";
    syllabic = script == "Hani" || script == "Hang" || script == "Hira" || script == "Kana";
    abjad = script == "Arab" || script == "Hebr" || script == "Syrc";
    script_is_hangul = script == "Hang";
  }
  std::vector<std::string> tokens = NormalizeTokens(utf8);
  if (script_is_hangul) {
    for (std::string& t : tokens) {
      if (t.size() >= 8) t = KoreanLoanword(t);
    }
  }
  PreparedName p = PrepareTokens(std::move(tokens), type, non_latin, syllabic, abjad);
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
  return p;
}

UnitSimilarity TokenSimilarity(const NameUnit& a, const NameUnit& b) {
  // Each rule first compares what is in the first cache line (the hashes only refute:
  // different hashes, different strings), then the strings themselves.
  if (a.count > 1 && b.count > 1) return {};
  if (a.text == b.text) return {1.0, MatchRule::kExact};
  if (a.numeric || b.numeric) return {};
  UnitSimilarity best;
  const bool syllabic = a.syllabic || b.syllabic;
  if (((a.variant_bits & b.variant_bits) != 0 && Shares(a.variants, b.variants)) ||
      (a.count == 1 && b.count == 1 && a.fold_hash == b.fold_hash &&
       (!a.slavic.empty() || !b.slavic.empty()) &&
       (a.slavic.empty() ? a.text : a.slavic) == (b.slavic.empty() ? b.text : b.slavic))) {
    best = {kVariantSimilarity, MatchRule::kVariant};
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
  // Each length difference and each symbol present on one side only needs its own
  // edit: cheap lower bounds of the distance.
  if (k > 0 && best.sim < 0.99 && maxlen - std::min(la, lb) <= static_cast<size_t>(k) &&
      AtMostBits(a.chars & ~b.chars, k) && AtMostBits(b.chars & ~a.chars, k)) {
    int d = BoundedOsa(a.text, b.text, k);
    if (d <= k) {
      double s = 0.5 * (1.0 - static_cast<double>(d) / maxlen) + 0.5 * JaroWinkler(a.text, b.text);
      if (s > best.sim) best = {s, MatchRule::kEdit};
    }
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
  entries_.clear();
  if (stamp_.size() < ids) {
    stamp_.assign(ids, 0);
    begin_.assign(ids, 0);
    epoch_ = 0;
  }
  if (++epoch_ == 0) {
    std::fill(stamp_.begin(), stamp_.end(), 0);
    epoch_ = 1;
  }
}

void UnitSimCache::Fill(uint32_t id, const NameUnit& listed) {
  stamp_[id] = epoch_;
  begin_[id] = static_cast<uint32_t>(entries_.size());
  const size_t header = entries_.size();
  entries_.push_back({0, 0, MatchRule::kNone});
  for (size_t i = 0; i < query_->units.size(); ++i) {
    UnitSimilarity s = TokenSimilarity(query_->units[i], listed);
    if (s.rule == MatchRule::kNone) continue;
    entries_.push_back({s.sim, static_cast<uint16_t>(i), s.rule});
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
