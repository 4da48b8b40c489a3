// Entity scoring, factors and calibration (see score.h and docs/scoring.md).
#include "match/score.h"

#include <algorithm>
#include <cmath>
#include <cstdlib>

#include "match/calibration_data.h"
#include "normalize/tables.h"
#include "util/countries.h"
#include "util/dates.h"
#include "util/text.h"

namespace sanctions {
namespace {

bool IsDigits(std::string_view s) {
  if (s.empty()) return false;
  for (char c : s) {
    if (c < '0' || c > '9') return false;
  }
  return true;
}

std::string CountryOf(const std::string& s) {
  if (s.size() == 2) {
    std::string up = s;
    for (char& c : up) c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
    return up;
  }
  return CountryCode(s);
}

// Compares two partial dates; returns the factor delta and a detail.
double CompareDates(const DateSpec& q, const DateSpec& e, std::string* detail) {
  const PartialDate& qd = q.from;
  int q_year = qd.year;
  // Ranges and circa: a tolerance window of years.
  int lo = e.from.year;
  int hi = e.to.empty() ? e.from.year : e.to.year;
  if (hi < lo) std::swap(lo, hi);
  if (e.circa) {
    lo -= 2;
    hi += 2;
  }
  auto say = [&](const std::string& what) {
    if (!detail) return;
    std::string listed = e.text.empty() ? e.from.ToString() : e.text;
    *detail = "query " + qd.ToString() + " vs listed " + listed + ": " + what;
  };
  int diff = 0;
  if (q_year < lo) diff = lo - q_year;
  if (q_year > hi) diff = q_year - hi;
  if (diff == 0) {
    bool range = lo != hi;
    if (!range && qd.month && e.from.month) {
      if (qd.month != e.from.month) {
        say("same year, different month");
        return -0.04;
      }
      if (qd.day && e.from.day) {
        if (qd.day != e.from.day) {
          say("same month, different day");
          return -0.02;
        }
        say("same date");
        return 0.06;
      }
      say("same year and month");
      return 0.05;
    }
    say((range ? "year within the listed range" : "same year"));
    return 0.04;
  }
  if (diff == 1) {
    say("1 year apart");
    return -0.04;
  }
  if (diff <= 3) {
    say(std::to_string(diff) + " years apart");
    return -0.12;
  }
  say(std::to_string(diff) + " years apart");
  return -0.30;
}

bool IdTypesCompatible(const std::string& a, const std::string& b) {
  if (a.empty() || b.empty() || a == b) return true;
  if (a == "other" || b == "other") return true;
  return false;
}

// Identifier types whose conflict lowers the score: one value per holder.
bool IsSingleValuedId(const std::string& t) {
  return t == "imo" || t == "mmsi";
}

struct FactorResult {
  bool explain = false;
  std::vector<Factor> factors;
  double sum = 0;
  bool decisive = false;
  std::string decisive_detail;
};

// Adds a factor; `detail` is a callable making the text, called only when explaining.
template <typename D>
void AddFactor(FactorResult* r, const std::string& name, double delta, D&& detail) {
  r->sum += delta;
  if (r->explain) r->factors.push_back({name, delta, detail()});
}

FactorResult ComputeFactors(const PreparedQuery& q, const Entity& e, bool explain) {
  FactorResult r;
  r.explain = explain;
  // Identifiers.
  if (!q.identifiers.empty() && !e.identifiers.empty()) {
    bool matched = false;
    std::string conflict_type;
    for (const Identifier& qi : q.identifiers) {
      bool same_type_seen = false;
      bool this_matched = false;
      for (const Identifier& ei : e.identifiers) {
        if (!IdTypesCompatible(qi.type, ei.type)) continue;
        same_type_seen = same_type_seen || (!qi.type.empty() && qi.type == ei.type);
        std::string ev = NormalizeIdentifier(ei.type, ei.value);
        if (!ev.empty() && ev == qi.value && ev.size() >= 4) {
          this_matched = true;
          std::string t = ei.type.empty() ? qi.type : ei.type;
          bool valid = true;
          if (t == "imo") valid = IsValidImo(ev);
          if (t == "mmsi") valid = IsValidMmsi(ev);
          if (valid && !matched) {
            matched = true;
            r.decisive = true;
            r.decisive_detail = t + " " + ev + " matches";
            AddFactor(&r, t.empty() ? "identifier" : t, 0.0, [&] {
              return std::string(t + " " + ev + " matches exactly" +
                                 (t == "imo" ? " (check digit valid)" : ""));
            });
          }
        }
      }
      if (!this_matched && same_type_seen && IsSingleValuedId(qi.type)) conflict_type = qi.type;
    }
    if (!matched && !conflict_type.empty()) {
      AddFactor(&r, conflict_type, -0.20, [&] {
        return std::string("query " + conflict_type + " differs from the listed one");
      });
    }
  }
  // Birth date.
  if (q.birth_date && !e.birth_dates.empty()) {
    double best = -1e9;
    std::string best_detail;
    for (const DateSpec& d : e.birth_dates) {
      if (d.empty()) continue;
      std::string detail;
      double delta = CompareDates(*q.birth_date, d, explain ? &detail : nullptr);
      if (delta > best) {
        best = delta;
        best_detail = detail;
      }
    }
    if (best > -1e9) AddFactor(&r, "birth_date", best, [&] { return std::string(best_detail); });
  }
  // Country.
  if (!q.countries.empty()) {
    std::vector<const std::string*> listed;
    for (const auto& c : e.nationalities) listed.push_back(&c);
    for (const auto& c : e.citizenships) listed.push_back(&c);
    size_t strong = listed.size();
    for (const auto& a : e.addresses) listed.push_back(&a.country);
    for (const auto& p : e.birth_places) listed.push_back(&p.country);
    if (!e.vessel.flag.empty()) listed.push_back(&e.vessel.flag);
    bool any = false;
    bool match = false;
    for (const std::string* c : listed) {
      if (c->empty()) continue;
      any = true;
      for (const std::string& qc : q.countries) match = match || qc == *c;
    }
    if (match) {
      AddFactor(&r, "country", 0.03,
                [&] { return std::string("a query country is among the listed countries"); });
    } else if (any && strong > 0 && e.type == EntityType::kPerson) {
      AddFactor(&r, "country", -0.06,
                [&] { return std::string("query country differs from the listed nationality"); });
    } else if (any) {
      AddFactor(&r, "country", -0.02,
                [&] { return std::string("query country not among the listed countries"); });
    }
  }
  // Gender.
  if (!q.gender.empty() && !e.gender.empty() && q.gender != e.gender) {
    AddFactor(&r, "gender", -0.10,
              [&] { return std::string("query " + q.gender + " vs listed " + e.gender); });
  }
  // Entity type.
  if (q.type != EntityType::kUnknown && e.type != EntityType::kUnknown && q.type != e.type) {
    AddFactor(&r, "type", kTypeMismatchDelta, [&] {
      return std::string("query " + std::string(EntityTypeName(q.type)) + " vs listed " +
                         std::string(EntityTypeName(e.type)));
    });
  }
  return r;
}

double Interpolate(const CalibrationKnot* knots, size_t n, double x, bool inverse) {
  auto xs = [&](size_t i) { return inverse ? knots[i].calibrated : knots[i].raw; };
  auto ys = [&](size_t i) { return inverse ? knots[i].raw : knots[i].calibrated; };
  if (x <= xs(0)) return ys(0);
  for (size_t i = 1; i < n; ++i) {
    if (x <= xs(i)) {
      double span = xs(i) - xs(i - 1);
      double t = span > 0 ? (x - xs(i - 1)) / span : 1.0;
      return ys(i - 1) + t * (ys(i) - ys(i - 1));
    }
  }
  return ys(n - 1);
}

const CalibrationCurve& CurveFor(EntityType type) {
  switch (type) {
    case EntityType::kPerson:
      return kPersonCurve;
    case EntityType::kOrganization:
      return kOrganizationCurve;
    case EntityType::kVessel:
    case EntityType::kAircraft:
      return kVesselCurve;
    case EntityType::kUnknown:
      break;
  }
  return kUnknownCurve;
}

// Numerals: both names have numbers and one is left unmatched (YU JONG 2 vs YU JONG 3).
bool NumeralMismatch(const PreparedName& q, const PreparedName& l, const NameAlignment& a) {
  bool q_num = false;
  bool l_num = false;
  for (const auto& u : q.units) q_num = q_num || u.numeric;
  for (const auto& u : l.units) l_num = l_num || u.numeric;
  if (!q_num || !l_num) return false;
  for (const AlignedPair& p : a.pairs) {
    if (p.rule != MatchRule::kNone) continue;
    if (p.query_unit >= 0 && q.units[p.query_unit].numeric) return true;
    if (p.listed_unit >= 0 && l.units[p.listed_unit].numeric) return true;
  }
  return false;
}

// The first token a unit covers.
int FirstToken(const PreparedName& n, int unit) {
  return unit >= 0 ? n.units[unit].first : -1;
}

// Nasab order: two matched names that sit in opposite generations on the two sides
// ("SALMAN BIN MUHAMMAD" vs "MUHAMMAD BIN SALMAN": the son's name is the other's father's).
bool NasabInverted(const PreparedName& q, const PreparedName& l, const NameAlignment& a) {
  if (q.generation.empty() || l.generation.empty()) return false;
  std::vector<std::pair<int, int>> gens;  // (query generation, listed generation)
  for (const AlignedPair& p : a.pairs) {
    if (p.rule == MatchRule::kNone || p.rule == MatchRule::kInitial) continue;
    int qt = FirstToken(q, p.query_unit);
    int lt = FirstToken(l, p.listed_unit);
    if (qt < 0 || lt < 0 || q.weights[qt] < 0.5f) continue;  // particles do not count
    gens.push_back({q.generation[qt], l.generation[lt]});
  }
  for (const auto& [qa, la] : gens) {
    for (const auto& [qb, lb] : gens) {
      if (qa < qb && la > lb) return true;
    }
  }
  return false;
}

// Family and given names swapped: both names say which tokens are the family name
// ("FAMILY, Given") and a query family token matched a listed given name while a query
// given name matched a listed family token.
bool FamilySwapped(const PreparedName& q, const PreparedName& l, const NameAlignment& a) {
  bool fam_to_given = false;
  bool given_to_fam = false;
  for (const AlignedPair& p : a.pairs) {
    if (p.rule == MatchRule::kNone || p.rule == MatchRule::kInitial) continue;
    int qt = FirstToken(q, p.query_unit);
    int lt = FirstToken(l, p.listed_unit);
    if (qt < 0 || lt < 0 || q.weights[qt] < 0.5f) continue;
    fam_to_given = fam_to_given || (q.family[qt] && !l.family[lt]);
    given_to_fam = given_to_fam || (!q.family[qt] && l.family[lt]);
  }
  return fam_to_given && given_to_fam;
}

// True when the name marks some tokens as family name and some as given names.
bool HasFamilySplit(const PreparedName& n) {
  bool fam = false;
  bool given = false;
  for (uint8_t f : n.family) (f ? fam : given) = true;
  return fam && given;
}

}  // namespace

std::string NormalizeIdentifier(std::string_view type, std::string_view value) {
  std::string out;
  for (char c : value) {
    if (std::isalnum(static_cast<unsigned char>(c))) {
      out.push_back(static_cast<char>(std::toupper(static_cast<unsigned char>(c))));
    }
  }
  if (type == "imo" && out.rfind("IMO", 0) == 0) out.erase(0, 3);
  if (type == "mmsi" && out.rfind("MMSI", 0) == 0) out.erase(0, 4);
  return out;
}

bool IsValidImo(std::string_view d) {
  if (d.size() != 7 || !IsDigits(d)) return false;
  int sum = 0;
  for (int i = 0; i < 6; ++i) sum += (d[i] - '0') * (7 - i);
  return sum % 10 == d[6] - '0';
}

bool IsValidMmsi(std::string_view d) {
  return d.size() == 9 && IsDigits(d) && d[0] >= '2' && d[0] <= '7';
}

double Calibrate(double s, EntityType type) {
  const CalibrationCurve& c = CurveFor(type);
  return std::clamp(Interpolate(c.knots, c.size, std::clamp(s, 0.0, 1.0), false), 0.0, 1.0);
}

double CalibrateInverse(double v, EntityType type) {
  const CalibrationCurve& c = CurveFor(type);
  return Interpolate(c.knots, c.size, v, true);
}

double MinNameScore(double threshold) {
  double target = threshold - kMaxPositiveDelta;
  double m = 1.0;
  for (EntityType t : {EntityType::kUnknown, EntityType::kPerson, EntityType::kOrganization,
                       EntityType::kVessel}) {
    m = std::min(m, CalibrateInverse(target, t));
  }
  return std::max(0.0, m - 1e-9);
}

double MaxPositiveDelta(const PreparedQuery& q) {
  return (q.birth_date ? 0.06 : 0.0) + (q.countries.empty() ? 0.0 : 0.03);
}

PreparedQuery PrepareQuery(const Query& query) {
  PreparedQuery q;
  q.type = query.type;
  q.name = PrepareName(query.name, query.type);
  if (!query.birth_date.empty()) {
    auto d = ParseDateSpec(query.birth_date);
    if (d && !d->empty()) q.birth_date = *d;
  }
  for (const std::string& c : query.countries) {
    std::string code = CountryOf(c);
    if (!code.empty()) q.countries.push_back(code);
  }
  q.gender = query.gender;
  for (const Identifier& id : query.identifiers) {
    Identifier n = id;
    n.value = NormalizeIdentifier(id.type, id.value);
    if (!n.value.empty()) q.identifiers.push_back(std::move(n));
  }
  return q;
}

std::vector<PreparedName> PrepareEntityNames(const Entity& entity) {
  std::vector<PreparedName> out;
  out.reserve(entity.names.size());
  for (const Name& n : entity.names) out.push_back(PrepareName(n.full, entity.type));
  return out;
}

namespace {

// The type that calibrates a name score: the listed entity's, else the query's.
EntityType CalibrationType(const PreparedQuery& q, const Entity& e) {
  return e.type != EntityType::kUnknown ? e.type : q.type;
}

}  // namespace

BestName PickBestName(const PreparedQuery& q, const Entity& e,
                      const std::vector<const PreparedName*>& names,
                      const std::vector<uint8_t>* consider, UnitSimCache* cache) {
  const EntityType type = CalibrationType(q, e);
  BestName best;
  double best_v = -1;
  for (size_t i = 0; i < names.size(); ++i) {
    if (consider && !(*consider)[i]) continue;
    NameAlignment a = AlignNames(q.name, *names[i], false, cache);
    double v = Calibrate(a.score, type);
    if (i < e.names.size() && e.names[i].quality != NameQuality::kStrong) v -= 0.04;
    if (v > best_v) {
      best_v = v;
      best.index = i;
      best.name_score = a.score;
    }
  }
  return best;
}

Hit ScoreEntity(const PreparedQuery& q, const Entity& e,
                const std::vector<const PreparedName*>& names, bool explain,
                const std::vector<uint8_t>* consider, UnitSimCache* cache) {
  return FinishEntity(q, e, names, PickBestName(q, e, names, consider, cache), explain, cache);
}

Hit FinishEntity(const PreparedQuery& q, const Entity& e,
                 const std::vector<const PreparedName*>& names, const BestName& best, bool explain,
                 UnitSimCache* cache) {
  Hit hit;
  hit.entity = &e;
  const EntityType type = CalibrationType(q, e);
  const size_t best_i = best.index;
  const double best_name = best.name_score;
  FactorResult f = ComputeFactors(q, e, explain);
  double name_part = names.empty() ? 0.0 : Calibrate(best_name, type);
  double total = name_part + f.sum;
  NameAlignment detail;
  const PreparedName* listed = names.empty() ? nullptr : names[best_i];
  bool weak =
      !names.empty() && best_i < e.names.size() && e.names[best_i].quality != NameQuality::kStrong;
  if (weak) {
    total -= 0.04;
    f.factors.push_back({"weak_alias", -0.04, "matched a weak or low-quality alias"});
  }
  bool q_num = false;
  bool l_num = false;
  if (listed) {
    for (const auto& u : q.name.units) q_num = q_num || u.numeric;
    for (const auto& u : listed->units) l_num = l_num || u.numeric;
  }
  const bool family_split = listed && HasFamilySplit(q.name) && HasFamilySplit(*listed);
  const bool order_checks =
      listed && ((!q.name.generation.empty() && !listed->generation.empty()) || family_split);
  if (listed && (explain || (q_num && l_num) || order_checks)) {
    detail = AlignNames(q.name, *listed, true, cache);
    if (NumeralMismatch(q.name, *listed, detail)) {
      const bool org = e.type == EntityType::kOrganization;
      const double d = org ? kOrgNumeralMismatchDelta : kNumeralMismatchDelta;
      total += d;
      f.factors.push_back({"numerals", d,
                           org ? "the numbers differ: another member of a numbered series"
                               : "the numbers in the names differ"});
    }
    if (NasabInverted(q.name, *listed, detail)) {
      total += kNameOrderDelta;
      f.factors.push_back({"name_order", kNameOrderDelta,
                           "the names stand in other generations (X bin Y is not Y bin X)"});
    } else if (family_split && FamilySwapped(q.name, *listed, detail)) {
      total += kNameOrderDelta;
      f.factors.push_back({"name_order", kNameOrderDelta, "family and given names are swapped"});
    }
  }
  if (listed && q_num != l_num &&
      (e.type == EntityType::kVessel || e.type == EntityType::kOrganization)) {
    // "Fund" vs "Fund I", "YU JONG" vs "YU JONG 2": a numbered vessel, fund or trust is
    // another one.
    const double d = e.type == EntityType::kVessel ? kVesselNumeralDelta : kOrgNumeralDelta;
    total += d;
    f.factors.push_back({"numerals", d, "only one of the names has a number"});
  }
  if (listed && !q.name.legal_form.empty() && !listed->legal_form.empty() &&
      q.name.legal_form != listed->legal_form) {
    const NameTables& tables = NameTables::Get();
    const std::string& qc = tables.LegalFormClass(q.name.legal_form);
    const std::string& lc = tables.LegalFormClass(listed->legal_form);
    // "generic" forms (Co., Corp., Inc.) translate any company, but not a partnership or
    // a non-profit.
    auto company = [](const std::string& c) { return c == "stock" || c == "limited"; };
    const bool conflict = !qc.empty() && !lc.empty() && qc != lc &&
                          !(qc == "generic" && company(lc)) && !(lc == "generic" && company(qc));
    const double d = conflict ? kLegalFormConflictDelta : kLegalFormVariantDelta;
    total += d;
    f.factors.push_back({"legal_form", d,
                         "legal form " + q.name.legal_form + " vs " + listed->legal_form +
                             (conflict ? " (" + qc + " vs " + lc + " company: another legal person)"
                                       : " (same kind of company)")});
  }
  total = std::clamp(total, 0.0, 1.0);
  if (f.decisive) total = std::max(total, kIdentifierMatchScore);
  hit.score = total;
  if (!explain) return hit;
  Explanation& x = hit.explanation;
  if (listed && best_i < e.names.size()) {
    x.matched_name = e.names[best_i].full;
    x.matched_kind = e.names[best_i].kind;
    x.matched_quality = e.names[best_i].quality;
    x.listed_normalized = listed->normalized;
  }
  x.query_normalized = q.name.normalized;
  x.name_score = best_name;
  std::string tokens_line;
  if (listed) {
    for (const AlignedPair& p : detail.pairs) {
      TokenMatch tm;
      if (p.query_unit >= 0) tm.query_token = q.name.units[p.query_unit].text;
      if (p.listed_unit >= 0) tm.listed_token = listed->units[p.listed_unit].text;
      tm.similarity = p.sim;
      if (p.rule == MatchRule::kNone) {
        tm.rule = p.query_unit >= 0 ? "extra" : "missing";
      } else if (p.rule == MatchRule::kExact && q.name.non_latin) {
        tm.rule = "transliteration";
      } else {
        tm.rule = MatchRuleName(p.rule);
      }
      if (p.rule != MatchRule::kNone && p.rule != MatchRule::kExact) {
        if (!tokens_line.empty()) tokens_line += ", ";
        tokens_line.append(tm.rule)
            .append(" ")
            .append(tm.query_token)
            .append("=")
            .append(tm.listed_token);
      }
      x.tokens.push_back(std::move(tm));
    }
  }
  x.factors = std::move(f.factors);
  std::string& sum = x.summary;
  sum = "name ";
  AppendFixed(best_name, 2, &sum);
  if (!tokens_line.empty()) sum.append(" (").append(tokens_line).append(")");
  for (const Factor& fa : x.factors) {
    sum.append("; ").append(fa.name).append(" ");
    AppendFixed(fa.delta, 2, &sum, /*plus=*/true);
    sum.append(" (").append(fa.detail).append(")");
  }
  if (f.decisive) x.summary += "; decisive: " + f.decisive_detail;
  return hit;
}

// --- Public pairwise API (screen.h) -------------------------------------------------

Hit CompareRecords(const Query& query, const Entity& candidate) {
  PreparedQuery q = PrepareQuery(query);
  std::vector<PreparedName> names = PrepareEntityNames(candidate);
  std::vector<const PreparedName*> ptrs;
  for (const auto& n : names) ptrs.push_back(&n);
  return ScoreEntity(q, candidate, ptrs, true);
}

std::vector<std::string> SplitAlternativeNames(const std::string& name) {
  std::vector<std::string> parts;
  std::string_view rest(name);
  while (true) {
    const size_t slash = rest.find('/');
    parts.emplace_back(rest.substr(0, slash));
    if (slash == std::string_view::npos) break;
    rest.remove_prefix(slash + 1);
  }
  for (const std::string& p : parts) {
    size_t alnum = 0;
    for (char c : p) alnum += std::isalnum(static_cast<unsigned char>(c)) ? 1 : 0;
    if (alnum < 3) return {name};  // "A/S", "M/V Ocean", "S/A": not alternatives
  }
  return parts;
}

double CompareNames(const std::string& a, const std::string& b, EntityType type,
                    Explanation* explanation) {
  Entity e;
  e.type = type;
  for (std::string& alt : SplitAlternativeNames(b)) {
    e.names.push_back(Name{std::move(alt), {}, "", "", NameKind::kPrimary, NameQuality::kStrong});
  }
  Hit best;
  best.score = -1;
  for (std::string& alt : SplitAlternativeNames(a)) {
    Query q;
    q.name = std::move(alt);
    q.type = type;
    Hit h = CompareRecords(q, e);
    if (h.score > best.score) best = std::move(h);
  }
  if (explanation) *explanation = std::move(best.explanation);
  return best.score;
}

}  // namespace sanctions
