// Name preparation, token rules and alignment (see name_match.h).
#include "match/name_match.h"

#include <algorithm>
#include <array>

#include "match/distance.h"
#include "match/phonetic.h"
#include "normalize/normalize.h"
#include "normalize/tables.h"

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
      case '0': c = 'o'; break;
      case '1': c = 'i'; break;
      case '3': c = 'e'; break;
      case '4': c = 'a'; break;
      case '5': c = 's'; break;
      case '7': c = 't'; break;
      case '8': c = 'b'; break;
      case '9': c = 'g'; break;
      default: break;
    }
  }
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

NameUnit MakeUnit(std::string text, uint8_t first, uint8_t count, const NameTables& tables) {
  NameUnit u;
  u.numeric = HasDigit(text);
  if (!u.numeric) {
    u.phonetic = PhoneticKey(text);
    if (count == 1) {
      for (uint32_t g : tables.GroupIds(text)) u.variants.push_back(g);
    }
  }
  u.text = std::move(text);
  u.first = first;
  u.count = count;
  return u;
}

}  // namespace

const char* MatchRuleName(MatchRule r) {
  switch (r) {
    case MatchRule::kExact: return "exact";
    case MatchRule::kVariant: return "romanization";
    case MatchRule::kEdit: return "edit_distance";
    case MatchRule::kPhonetic: return "phonetic";
    case MatchRule::kInitial: return "initial";
    case MatchRule::kNone: break;
  }
  return "";
}

int MaxEdits(size_t len) {
  if (len <= 3) return 0;
  if (len <= 7) return 1;
  return 2;
}

PreparedName PrepareTokens(std::vector<std::string> raw, EntityType type, bool non_latin) {
  const NameTables& tables = NameTables::Get();
  PreparedName p;
  p.non_latin = non_latin;
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
    if (person_like && raw.size() > 1 && tables.IsTitle(raw[i])) {
      p.had_title = true;
      continue;
    }
    kept.push_back(std::move(raw[i]));
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
    p.units.push_back(MakeUnit(p.tokens[k], static_cast<uint8_t>(k), 1, tables));
  }
  for (size_t k = 0; k + 1 < n; ++k) {
    if (HasDigit(p.tokens[k]) || HasDigit(p.tokens[k + 1])) continue;
    p.units.push_back(
        MakeUnit(p.tokens[k] + p.tokens[k + 1], static_cast<uint8_t>(k), 2, tables));
  }
  for (size_t k = 0; k < n; ++k) {
    if (k) p.normalized += ' ';
    p.normalized += p.tokens[k];
  }
  return p;
}

PreparedName PrepareName(std::string_view utf8, EntityType type) {
  bool non_latin = false;
  if (!IsAscii(utf8)) {
    std::string script = DominantScript(utf8);
    non_latin = !script.empty() && script != "Latn";
  }
  return PrepareTokens(NormalizeTokens(utf8), type, non_latin);
}

UnitSimilarity TokenSimilarity(const NameUnit& a, const NameUnit& b) {
  if (a.count > 1 && b.count > 1) return {};
  if (a.text == b.text) return {1.0, MatchRule::kExact};
  if (a.numeric || b.numeric) return {};
  UnitSimilarity best;
  if (!a.variants.empty() && !b.variants.empty() && Shares(a.variants, b.variants)) {
    best = {kVariantSimilarity, MatchRule::kVariant};
  }
  const size_t la = a.text.size();
  const size_t lb = b.text.size();
  const size_t maxlen = std::max(la, lb);
  int k = MaxEdits(maxlen);
  if (a.count > 1 || b.count > 1) k = std::min(k, 1);
  if (k > 0 && best.sim < 0.99) {
    int d = BoundedLevenshtein(a.text, b.text, k);
    if (d <= k) {
      double s = 0.5 * (1.0 - static_cast<double>(d) / maxlen) + 0.5 * JaroWinkler(a.text, b.text);
      if (s > best.sim) best = {s, MatchRule::kEdit};
    }
  }
  if (best.sim < kPhoneticSimilarity && a.phonetic.size() >= 3 && a.phonetic == b.phonetic) {
    best = {kPhoneticSimilarity, MatchRule::kPhonetic};
  }
  if (best.sim < kInitialSimilarity && a.count == 1 && b.count == 1 &&
      ((la == 1 && lb > 1) || (lb == 1 && la > 1)) && a.text[0] == b.text[0]) {
    best = {kInitialSimilarity, MatchRule::kInitial};
  }
  return best;
}

NameAlignment AlignNames(const PreparedName& q, const PreparedName& l, bool detail) {
  NameAlignment out;
  if (q.empty() || l.empty() || q.total_weight <= 0 || l.total_weight <= 0) {
    if (detail) {
      for (size_t i = 0; i < q.tokens.size(); ++i) out.pairs.push_back({static_cast<int>(i), -1});
      for (size_t j = 0; j < l.tokens.size(); ++j) out.pairs.push_back({-1, static_cast<int>(j)});
    }
    return out;
  }
  struct Cand {
    float sim;
    float weight;  // tie-break: more covered weight first
    uint16_t qi;
    uint16_t li;
    MatchRule rule;
  };
  std::vector<Cand> cands;
  cands.reserve(q.units.size() * l.units.size());
  for (size_t i = 0; i < q.units.size(); ++i) {
    for (size_t j = 0; j < l.units.size(); ++j) {
      UnitSimilarity s = TokenSimilarity(q.units[i], l.units[j]);
      if (s.rule == MatchRule::kNone) continue;
      cands.push_back({static_cast<float>(s.sim),
                       static_cast<float>(q.units[i].count + l.units[j].count),
                       static_cast<uint16_t>(i), static_cast<uint16_t>(j), s.rule});
    }
  }
  std::sort(cands.begin(), cands.end(), [](const Cand& x, const Cand& y) {
    if (x.sim != y.sim) return x.sim > y.sim;
    if (x.weight != y.weight) return x.weight > y.weight;
    if (x.qi != y.qi) return x.qi < y.qi;
    return x.li < y.li;
  });
  std::vector<uint8_t> q_used(q.tokens.size(), 0), l_used(l.tokens.size(), 0);
  double q_matched = 0;
  double l_matched = 0;
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
    q_matched += c.sim * wq;
    l_matched += c.sim * wl;
    if (detail) out.pairs.push_back({c.qi, c.li, c.sim, c.rule});
  }
  out.query_coverage = std::min(1.0, q_matched / q.total_weight);
  out.listed_coverage = std::min(1.0, l_matched / l.total_weight);
  double hi = std::max(out.query_coverage, out.listed_coverage);
  double lo = std::min(out.query_coverage, out.listed_coverage);
  out.score = 0.6 * hi + 0.4 * lo;
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
