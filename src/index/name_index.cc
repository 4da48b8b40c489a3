// Deletion-neighbourhood, variant and phonetic keys over distinct listed units.
#include "index/name_index.h"

#include <algorithm>
#include <array>
#include <atomic>
#include <bit>
#include <functional>

namespace sanctions {
namespace {

uint64_t Hash(std::string_view s, uint64_t seed) {
  uint64_t h = 1469598103934665603ull ^ (seed * 0x9E3779B97F4A7C15ull);
  for (char c : s) {
    h ^= static_cast<unsigned char>(c);
    h *= 1099511628211ull;
  }
  return h ^ (h >> 29);
}

constexpr uint64_t kSeedDelete = 1;
constexpr uint64_t kSeedPhonetic = 2;
constexpr uint64_t kSeedVariant = 3;
constexpr uint64_t kSeedSlavic = 4;
constexpr uint64_t kSeedLoose = 5;

constexpr uint64_t kSeedWeak = 6;  // + 256 * first letter

// Deletion keys: a polynomial hash (base kBase, modulo 2^64) of the string, so the hash
// of the string with one or two characters deleted comes from prefix and suffix hashes
// in a few operations instead of building each string; then mixed (splitmix64's
// finaliser) with the length and the seed. Equal strings give equal keys; a collision
// only adds a candidate unit, which TokenSimilarity then checks.
constexpr uint64_t kBase = 0x100000001B3ull;  // odd

inline uint64_t MixKey(uint64_t poly, size_t len, uint64_t seed) {
  uint64_t x = poly + (seed * 0x9E3779B97F4A7C15ull) + (static_cast<uint64_t>(len) << 56);
  x ^= x >> 30;
  x *= 0xBF58476D1CE4E5B9ull;
  x ^= x >> 27;
  x *= 0x94D049BB133111EBull;
  return x ^ (x >> 31);
}

// Keys (with `seed`) of every string made from `s` by deleting between `min_level` and
// k <= 2 characters (duplicates possible: the caller sorts and removes them).
void Deletions(std::string_view s, int k, int min_level, uint64_t seed,
               std::vector<uint64_t>* out) {
  const size_t n = s.size();
  // pre[i] = hash of s[0, i); suf[i] = hash of s[i, n) as the tail of a string (its
  // last character weighs kBase^0); pw[i] = kBase^i.
  thread_local std::vector<uint64_t> pre, suf, pw;
  pre.resize(n + 1);
  suf.resize(n + 2);
  pw.resize(n + 1);
  pre[0] = 0;
  pw[0] = 1;
  for (size_t i = 0; i < n; ++i) {
    pre[i + 1] = pre[i] * kBase + static_cast<unsigned char>(s[i]) + 1;
    pw[i + 1] = pw[i] * kBase;
  }
  suf[n] = 0;
  suf[n + 1] = 0;
  for (size_t i = n; i-- > 0;) {
    suf[i] = suf[i + 1] + (static_cast<unsigned char>(s[i]) + 1) * pw[n - 1 - i];
  }
  if (min_level <= 0) out->push_back(MixKey(pre[n], n, seed));
  if (k <= 0 || n <= 1) return;
  // Deleting any character of a run of equal characters gives the same string: delete
  // only the first of a run, or the first two of one run (so "xxx...x" has one key per
  // level, not n or n^2 / 2).
  auto run_start = [&](size_t i) { return i == 0 || s[i] != s[i - 1]; };
  for (size_t i = 0; i < n; ++i) {
    if (!run_start(i)) continue;
    // s without i: s[0, i) shifted by the n - 1 - i characters after it.
    const uint64_t head = pre[i] * pw[n - 1 - i];
    if (min_level <= 1) out->push_back(MixKey(head + suf[i + 1], n - 1, seed));
    if (k < 2 || i + 2 > n) continue;
    // s without i and j > i: s[0, i), then s[i + 1, j), then s(j, n).
    const uint64_t head2 = pre[i] * pw[n - 2 - i];
    for (size_t j = i + 1; j < n; ++j) {
      if (j != i + 1 && !run_start(j)) continue;
      const uint64_t mid = (pre[j] - pre[i + 1] * pw[j - 1 - i]) * pw[n - 1 - j];
      out->push_back(MixKey(head2 + mid + suf[j + 1], n - 2, seed));
    }
  }
}

// The identity of a distinct unit: its text, whether it is a concatenation and the flags
// TokenSimilarity reads besides the text (everything else it reads derives from these).
// Units equal in every field TokenSimilarity reads share one id: the text (which fixes the
// keys, variants, symbol set and cjk_syllable), whether it is a concatenation, and the
// script and acronym flags.
std::string UnitKey(std::string_view text, bool concatenation, bool abjad, bool syllabic,
                    bool acronym, bool non_latin) {
  std::string key(text);
  key.push_back(static_cast<char>(1 + (concatenation ? 1 : 0) + (abjad ? 2 : 0) +
                                  (syllabic ? 4 : 0) + (acronym ? 8 : 0) + (non_latin ? 16 : 0)));
  return key;
}

std::string UnitKey(const NameUnit& u) {
  return UnitKey(u.text, u.count > 1, u.abjad, u.syllabic, u.acronym, u.non_latin);
}

}  // namespace

int IndexedDeletions(const NameUnit& u) {
  // A pair within d edits shares a string made by at most d deletions from each side;
  // the shorter token needs only d minus the length difference (each insertion into it
  // is a deletion from the other side only). With d <= MaxEdits(longer length):
  //   <= 3 letters: d = 0 as the longer token, and d - 1 = 0 against a 4-letter one;
  //   4-7 letters: d <= 1 as the longer, and d - 1 <= 1 against a token of >= 8;
  //   >= 8 letters: 2 (concatenations: 1).
  // Weak edits (two edits between 5-7 letter tokens) have their own keys (WeakEditKeys).
  if (u.numeric || u.acronym) return 0;
  const size_t len = u.text.size();
  if (len <= 3) return 0;
  if (len <= 7 || u.count > 1) return 1;
  return 2;
}

bool WeakEditCandidate(const NameUnit& u) {
  return !u.numeric && !u.acronym && u.count == 1 && u.text.size() >= 5 && u.text.size() <= 7;
}

namespace {

// Keys for weak edits (TokenSimilarity: two edits between single tokens of 5-7 letters
// with the same first letter). With equal first letters, OSA(a, b) = OSA(a[1:], b[1:])
// (Distances.OsaOfEqualFirstLetterIsOsaOfRest), so a weak pair shares a string among
// the <= 2 deletions of a[1:] and of b[1:]; these keys hash those strings with a seed of
// the first letter. A string at level 0 on one side (no deletion) is only needed when the
// other side is two letters longer (two insertions): for 5-letter tokens only.
void WeakEditKeys(const NameUnit& u, std::vector<uint64_t>* out) {
  std::string_view rest = std::string_view(u.text).substr(1);
  const uint64_t seed = kSeedWeak + 256 * static_cast<unsigned char>(u.text[0]);
  Deletions(rest, 2, u.text.size() == 5 ? 0 : 1, seed, out);
}

}  // namespace

namespace {

// One verified pair of a query unit, as Collect's memo keeps it.
struct UnitMatch {
  uint32_t unit;
  MatchRule rule;
  double sim;
};
// Query units a thread remembers (Collect); the memo is emptied when it grows past this.
constexpr size_t kUnitMemoSize = 50000;

void UnitMemoKey(const NameUnit& u, std::string* key) {
  // Everything TokenSimilarity and UnitKeys read of a query unit, apart from what is
  // derived from these (hashes, letter bits, variant bits).
  key->assign(u.text);
  key->push_back('\0');
  key->push_back(static_cast<char>(u.count));
  key->push_back(static_cast<char>(u.non_latin | u.abjad << 1 | u.syllabic << 2 | u.numeric << 3 |
                                   u.cjk_syllable << 4 | u.acronym << 5));
  for (const std::string* s : {&u.phonetic, &u.loose, &u.slavic}) {
    key->append(*s);
    key->push_back('\0');
  }
  for (uint32_t v : u.variants) key->append(reinterpret_cast<const char*>(&v), sizeof v);
}

}  // namespace

void UnitKeys(const NameUnit& u, std::vector<uint64_t>* out) {
  Deletions(u.text, IndexedDeletions(u), 0, kSeedDelete, out);
  if (u.numeric || u.acronym) return;  // exact matches only
  if (WeakEditCandidate(u)) WeakEditKeys(u, out);
  if (u.phonetic.size() >= 3) out->push_back(Hash(u.phonetic, kSeedPhonetic));
  for (uint32_t v : u.variants) out->push_back(MixKey(v, 0, kSeedVariant));
  if (u.count == 1) out->push_back(Hash(u.slavic.empty() ? u.text : u.slavic, kSeedSlavic));
  if (u.loose.size() >= 3) out->push_back(Hash(u.loose, kSeedLoose));
}

void NameIndex::Build(const std::vector<const PreparedName*>& names,
                      std::vector<std::vector<uint32_t>>* unit_ids) {
  static std::atomic<uint64_t> generations{0};
  generation_ = ++generations;
  names_ = names.size();
  if (unit_ids) unit_ids->assign(names.size(), {});
  units_.clear();
  unit_ids_.clear();
  std::vector<std::vector<uint32_t>> posts;
  std::vector<std::vector<float>> post_weights;
  for (uint32_t id = 0; id < names.size(); ++id) {
    const PreparedName& name = *names[id];
    for (const NameUnit& u : name.units) {
      float w = 0;
      for (int t = u.first; t < u.first + u.count && t < static_cast<int>(name.weights.size());
           ++t) {
        w += name.weights[t];
      }
      auto [it, inserted] = unit_ids_.try_emplace(UnitKey(u), static_cast<uint32_t>(units_.size()));
      if (inserted) {
        units_.push_back(u);
        posts.emplace_back();
        post_weights.emplace_back();
      }
      if (unit_ids) (*unit_ids)[id].push_back(it->second);
      auto& p = posts[it->second];
      auto& pw = post_weights[it->second];
      if (p.empty() || p.back() != id) {
        p.push_back(id);
        pw.push_back(w);
      } else {
        pw.back() = std::max(pw.back(), w);
      }
    }
  }
  // Names with initials last in each posting list (see unit_post_split_).
  name_has_initial_.assign(names.size(), 0);
  for (uint32_t id = 0; id < names.size(); ++id) {
    for (const std::string& t : names[id]->tokens) {
      if (InitialRole(t) == 1) name_has_initial_[id] = 1;
    }
  }
  unit_post_split_.assign(units_.size(), 0);
  unit_max_weight_.assign(units_.size(), 0);
  for (size_t u = 0; u < units_.size(); ++u) {
    std::vector<std::pair<uint32_t, float>> pairs;
    for (size_t i = 0; i < posts[u].size(); ++i)
      pairs.emplace_back(posts[u][i], post_weights[u][i]);
    auto mid = std::stable_partition(
        pairs.begin(), pairs.end(), [&](const auto& p) { return name_has_initial_[p.first] == 0; });
    // Names without initials by total weight (MaxScore by name weight, Collect).
    std::stable_sort(pairs.begin(), mid, [&](const auto& x, const auto& y) {
      return names[x.first]->total_weight < names[y.first]->total_weight;
    });
    for (size_t i = 0; i < pairs.size(); ++i) {
      posts[u][i] = pairs[i].first;
      post_weights[u][i] = pairs[i].second;
      unit_max_weight_[u] = std::max(unit_max_weight_[u], pairs[i].second);
    }
    unit_post_split_[u] = static_cast<uint32_t>(mid - pairs.begin());  // relative for now
  }
  unit_post_begin_.assign(units_.size() + 1, 0);
  size_t total = 0;
  for (size_t u = 0; u < units_.size(); ++u) {
    unit_post_begin_[u] = static_cast<uint32_t>(total);
    total += posts[u].size();
  }
  unit_post_begin_[units_.size()] = static_cast<uint32_t>(total);
  for (size_t u = 0; u < units_.size(); ++u) unit_post_split_[u] += unit_post_begin_[u];
  unit_post_.clear();
  unit_post_.reserve(total);
  for (auto& p : posts) unit_post_.insert(unit_post_.end(), p.begin(), p.end());
  unit_post_name_weight_.clear();
  unit_post_name_weight_.reserve(total);
  for (uint32_t n : unit_post_) unit_post_name_weight_.push_back(names[n]->total_weight);
  unit_post_weight_.clear();
  unit_post_weight_.reserve(total);
  for (auto& pw : post_weights) {
    unit_post_weight_.insert(unit_post_weight_.end(), pw.begin(), pw.end());
  }
  std::vector<std::pair<uint64_t, uint32_t>> all;  // (key hash, unit id)
  std::vector<uint64_t> ks;
  for (uint32_t u = 0; u < units_.size(); ++u) {
    ks.clear();
    UnitKeys(units_[u], &ks);
    std::sort(ks.begin(), ks.end());
    ks.erase(std::unique(ks.begin(), ks.end()), ks.end());
    for (uint64_t k : ks) all.emplace_back(k, u);
  }
  std::sort(all.begin(), all.end());
  keys_.clear();
  keys_.reserve(all.size());
  for (const auto& [k, u] : all) keys_.push_back({static_cast<uint32_t>(k), u});
  // Directory on the top kDirBits of the key hash: one or two cache misses per lookup
  // instead of a binary search over millions of keys.
  dir_.assign((size_t{1} << kDirBits) + 1, 0);
  size_t k = 0;
  for (size_t b = 0; b < (size_t{1} << kDirBits); ++b) {
    while (k < all.size() && (all[k].first >> (64 - kDirBits)) < b) ++k;
    dir_[b] = static_cast<uint32_t>(k);
  }
  dir_[size_t{1} << kDirBits] = static_cast<uint32_t>(keys_.size());
}

void NameIndex::Lookup(const std::vector<uint64_t>& ks, std::vector<uint32_t>* units,
                       std::vector<uint32_t>* ends) const {
  // Two misses per key (directory, then keys): prefetch every key's bucket first, so
  // the misses of all keys overlap instead of following one another.
  thread_local std::vector<uint32_t> begin;
  begin.resize(ks.size() * 2);
  for (uint64_t k : ks) __builtin_prefetch(&dir_[k >> (64 - kDirBits)]);
  for (size_t i = 0; i < ks.size(); ++i) {
    size_t b = ks[i] >> (64 - kDirBits);
    begin[2 * i] = dir_[b];
    begin[2 * i + 1] = dir_[b + 1];
    __builtin_prefetch(&keys_[dir_[b]]);
  }
  for (size_t i = 0; i < ks.size(); ++i) {
    for (uint32_t j = begin[2 * i]; j < begin[2 * i + 1]; ++j) {
      if (keys_[j].low == static_cast<uint32_t>(ks[i])) units->push_back(keys_[j].unit);
    }
    ends->push_back(static_cast<uint32_t>(units->size()));
  }
}

template <typename F>
void NameIndex::ForEachCandidateUnit(const NameUnit& q, F&& f) const {
  thread_local std::vector<uint64_t> ks;
  thread_local std::vector<uint32_t> units;
  thread_local std::vector<uint32_t> ends;
  ks.clear();
  units.clear();
  ends.clear();
  UnitKeys(q, &ks);
  std::sort(ks.begin(), ks.end());
  ks.erase(std::unique(ks.begin(), ks.end()), ks.end());
  Lookup(ks, &units, &ends);
  for (uint32_t u : units) f(u);
}

size_t NameIndex::Collect(const PreparedName& query, double floor, std::vector<NameHit>* out,
                          std::vector<UnitSimCache::KnownPair>* pairs) const {
  out->clear();
  if (pairs) pairs->clear();
  // name -> position in out, valid when stamped with this call's epoch (one cache miss).
  struct Seen {
    uint32_t stamp;
    uint32_t slot;
  };
  thread_local std::vector<Seen> seen;
  thread_local uint32_t epoch = 0;
  if (seen.size() < names_) {
    seen.assign(names_, {0, 0});
    epoch = 0;
  }
  if (++epoch == 0) {
    std::fill(seen.begin(), seen.end(), Seen{0, 0});
    epoch = 1;
  }
  struct Match {
    uint32_t unit;
    float sim;
    uint64_t mask;
  };
  thread_local std::vector<Match> matched;
  thread_local std::vector<uint32_t> candidates;
  matched.clear();
  // The keys of all query units at once (one batch of lookups): unit i's keys end at
  // key_end[i], key j's units end at unit_end[j].
  thread_local std::vector<uint64_t> ks;
  thread_local std::vector<uint32_t> key_end;
  thread_local std::vector<uint32_t> found;
  thread_local std::vector<uint32_t> unit_end;
  ks.clear();
  key_end.clear();
  found.clear();
  unit_end.clear();
  // What query units seen before matched (see the header); a unit is looked up and
  // verified only when it is not there.
  struct Memo {
    uint64_t generation = 0;
    std::unordered_map<std::string, std::vector<UnitMatch>> by_unit;
  };
  thread_local Memo memo;
  if (memo.generation != generation_ || memo.by_unit.size() > kUnitMemoSize) {
    memo.by_unit.clear();
    memo.generation = generation_;
  }
  thread_local std::vector<const std::vector<UnitMatch>*> remembered;
  thread_local std::vector<std::string> memo_keys;
  remembered.assign(query.units.size(), nullptr);
  memo_keys.resize(query.units.size());
  for (size_t qi = 0; qi < query.units.size(); ++qi) {
    const NameUnit& q = query.units[qi];
    UnitMemoKey(q, &memo_keys[qi]);
    auto it = memo.by_unit.find(memo_keys[qi]);
    if (it != memo.by_unit.end()) {
      remembered[qi] = &it->second;
    } else {
      size_t first = ks.size();
      UnitKeys(q, &ks);
      std::sort(ks.begin() + first, ks.end());
      ks.erase(std::unique(ks.begin() + first, ks.end()), ks.end());
    }
    key_end.push_back(static_cast<uint32_t>(ks.size()));
  }
  Lookup(ks, &found, &unit_end);
  thread_local std::vector<UnitMatch> fresh;
  for (size_t qi = 0; qi < query.units.size(); ++qi) {
    const NameUnit& q = query.units[qi];
    uint64_t mask = 0;
    for (int t = q.first; t < q.first + q.count; ++t) mask |= uint64_t{1} << std::min(t, 63);
    if (remembered[qi] != nullptr) {
      for (const UnitMatch& um : *remembered[qi]) {
        matched.push_back({um.unit, static_cast<float>(um.sim), mask});
        if (pairs) pairs->push_back({um.unit, static_cast<uint16_t>(qi), um.rule, um.sim});
      }
      continue;
    }
    fresh.clear();
    candidates.clear();
    uint32_t k0 = qi == 0 ? 0 : key_end[qi - 1];
    uint32_t f0 = k0 == 0 ? 0 : unit_end[k0 - 1];
    uint32_t f1 = key_end[qi] == 0 ? 0 : unit_end[key_end[qi] - 1];
    candidates.assign(found.begin() + f0, found.begin() + f1);
    std::sort(candidates.begin(), candidates.end());
    candidates.erase(std::unique(candidates.begin(), candidates.end()), candidates.end());
    // Each candidate is a cache miss (units are 176 bytes, far apart): overlap them.
    constexpr size_t kAhead = 6;
    // TokenSimilarity reads the first 64 bytes (text, hashes, flags), which may straddle
    // two cache lines.
    auto prefetch_unit = [&](uint32_t u) {
      const char* p = reinterpret_cast<const char*>(&units_[u]);
      __builtin_prefetch(p);
      __builtin_prefetch(p + 63);
    };
    for (size_t c = 0; c < std::min(kAhead, candidates.size()); ++c) prefetch_unit(candidates[c]);
    for (size_t c = 0; c < candidates.size(); ++c) {
      if (c + kAhead < candidates.size()) prefetch_unit(candidates[c + kAhead]);
      const uint32_t u = candidates[c];
      UnitSimilarity s = TokenSimilarity(q, units_[u]);
      if (s.rule == MatchRule::kNone || s.rule == MatchRule::kInitial) continue;
      matched.push_back({u, static_cast<float>(s.sim), mask});
      if (pairs) pairs->push_back({u, static_cast<uint16_t>(qi), s.rule, s.sim});
      fresh.push_back({u, s.rule, s.sim});
    }
    memo.by_unit.emplace(std::move(memo_keys[qi]), fresh);
  }

  // MaxScore by name weight (see the header). For the strong units in decreasing order
  // of postings, `only` accumulates what a name without initials matched only through
  // the units accumulated so far and weak pairs can have: covered query tokens, listed
  // weight (per pair, as the engine sums it), best pair similarity. A unit creates the
  // names (without initials) whose total weight wl lets that bound reach the floor; it
  // adds its pairs to the others in pass 2. Postings of names without initials are
  // sorted by wl, and the bound is unimodal in wl (it rises while the matched listed
  // weight can cover the name, then falls with its unmatched weight), so the names a
  // unit creates are one run [create_begin, create_end) found by binary search.
  auto strong = [&](const Match& m) { return m.sim + 1e-6 >= floor; };
  struct Range {
    uint32_t unit;
    uint32_t begin;
    uint32_t end;
  };
  thread_local std::vector<Range> ranges;  // sorted by unit: units creating fewer names
  ranges.clear();
  if (query.tokens.size() <= 63 && floor > 0) {
    uint64_t only_mask = 0;
    // Per query token, the largest listed weight a pair covering it can bring: the
    // alignment is one-to-one on tokens, so a name matches at most their sum.
    std::array<float, 64> only_tok{};
    double only_sim = 0;
    double q_initials = 0;  // query initial weight and count: they may pair with listed words
    double q_initial_count = 0;
    for (size_t t = 0; t < query.tokens.size(); ++t) {
      if (InitialRole(query.tokens[t]) == 1) {
        q_initials += query.weights[t];
        q_initial_count += 1;
      }
    }
    if (q_initial_count > 0) only_sim = kInitialSimilarity;
    auto cover = [&](std::array<float, 64>& tok, const Match& m) {
      for (uint64_t b = m.mask; b; b &= b - 1) {
        float& w = tok[std::countr_zero(b)];
        w = std::max(w, unit_max_weight_[m.unit]);
      }
    };
    for (const Match& m : matched) {
      if (strong(m)) continue;
      only_mask |= m.mask;
      cover(only_tok, m);
      only_sim = std::max<double>(only_sim, m.sim);
    }
    // Candidates: units with a strong pair, most postings (of names without initials) first.
    thread_local std::vector<std::pair<uint32_t, uint32_t>> by_cost;  // (postings, unit)
    by_cost.clear();
    // Units with fewer postings are not worth a range: they are left out before sorting.
    constexpr uint32_t kMinRangeCost = 16;
    for (const Match& m : matched) {
      if (!strong(m)) continue;
      const uint32_t cost = unit_post_split_[m.unit] - unit_post_begin_[m.unit];
      if (cost >= kMinRangeCost) by_cost.emplace_back(cost, m.unit);
    }
    std::sort(by_cost.begin(), by_cost.end(), std::greater<>());
    by_cost.erase(std::unique(by_cost.begin(), by_cost.end()), by_cost.end());
    const double wq = query.total_weight;
    const bool title_alone = query.title_alone;
    for (const auto& [cost, unit] : by_cost) {
      uint64_t mask = only_mask;
      std::array<float, 64> tok;
      std::copy_n(only_tok.begin(), query.tokens.size(), tok.begin());
      double sim = only_sim;
      for (const Match& m : matched) {
        if (m.unit != unit) continue;
        mask |= m.mask;
        cover(tok, m);
        sim = std::max<double>(sim, m.sim);
      }
      double listed = 1e-4;
      for (uint64_t b = mask; b; b &= b - 1) listed += tok[std::countr_zero(b)];
      double covered_q = q_initials;
      for (uint64_t b = mask; b; b &= b - 1) covered_q += query.weights[std::countr_zero(b)];
      covered_q = std::min(covered_q, wq);
      const double uq = wq - covered_q;
      const double top_l = listed + q_initial_count;  // the most listed weight matched
      // The engine's bound of a name of total weight wl matched through these units.
      auto reaches = [&](double wl) {
        const double cl = std::min(top_l, wl);
        const double ul = title_alone ? 0.0 : wl - cl;
        const double b = covered_q + cl;
        const double bound = b > 0 ? std::min(1.0, sim) * (b / (b + UnmatchedCost(uq, ul))) : 0.0;
        return bound + 1e-5 >= floor;  // looser than the engine's test (2e-6)
      };
      const uint32_t first = unit_post_begin_[unit];
      const uint32_t split = unit_post_split_[unit];
      const float* wl = unit_post_name_weight_.data();
      // Rising part [first, peak), falling part [peak, split).
      const uint32_t peak =
          static_cast<uint32_t>(std::lower_bound(wl + first, wl + split, top_l) - wl);
      const uint32_t lo = static_cast<uint32_t>(
          std::partition_point(wl + first, wl + peak, [&](float w) { return !reaches(w); }) - wl);
      const uint32_t hi = static_cast<uint32_t>(
          std::partition_point(wl + peak, wl + split, [&](float w) { return reaches(w); }) - wl);
      // lo..peak all reach (rising); at the peak itself, the largest bound is at top_l.
      const bool peak_reaches = reaches(top_l);
      const uint32_t begin = peak_reaches ? (lo < peak ? lo : peak) : split;
      const uint32_t end = peak_reaches ? hi : split;
      if (begin == first && end == split) continue;  // creates every name: essential
      only_mask = mask;
      std::copy_n(tok.begin(), query.tokens.size(), only_tok.begin());
      only_sim = sim;
      ranges.push_back({unit, begin, end});
    }
    std::sort(ranges.begin(), ranges.end(),
              [](const Range& x, const Range& y) { return x.unit < y.unit; });
  }
  auto range_of = [&](uint32_t unit) -> const Range* {
    auto it = std::lower_bound(ranges.begin(), ranges.end(), unit,
                               [](const Range& r, uint32_t u) { return r.unit < u; });
    return it != ranges.end() && it->unit == unit ? &*it : nullptr;
  };
  auto add = [&](NameHit& h, const Match& m, float weight) {
    h.query_mask |= m.mask;
    h.listed_count += weight;
    h.max_sim = std::max(h.max_sim, m.sim);
  };
  // Walks postings [i, end) of m: creating entries or only adding to existing ones.
  auto walk = [&](const Match& m, uint32_t i, uint32_t end, bool creates) {
    const uint32_t split = unit_post_split_[m.unit];
    // No prefetch of `seen`: it fits in L2 (8 bytes a name), and prefetching it cost more
    // than it saved (docs/quality.md, Speed run G).
    for (; i < end; ++i) {
      uint32_t n = unit_post_[i];
      Seen& sn = seen[n];
      if (sn.stamp != epoch) {
        if (!creates) continue;
        sn.stamp = epoch;
        sn.slot = static_cast<uint32_t>(out->size());
        out->push_back({0, n, 0, 0, i < split ? unit_post_name_weight_[i] : -1.0f});
      }
      add((*out)[sn.slot], m, unit_post_weight_[i]);
    }
  };
  // Pass 1 creates entries for names with a pair >= floor (within the unit's range); pass
  // 2 only adds the other pairs to names already present (a name whose best pair is
  // below the floor cannot reach it: the name score is capped by its best pair).
  for (const Match& m : matched) {
    if (!strong(m)) continue;
    const uint32_t first = unit_post_begin_[m.unit];
    const uint32_t split = unit_post_split_[m.unit];
    const uint32_t last = unit_post_begin_[m.unit + 1];
    if (const Range* r = range_of(m.unit)) {
      walk(m, r->begin, r->end, true);
    } else {
      walk(m, first, split, true);
    }
    walk(m, split, last, true);  // names with initials
  }
  for (const Match& m : matched) {
    const uint32_t first = unit_post_begin_[m.unit];
    const uint32_t split = unit_post_split_[m.unit];
    if (!strong(m)) {
      walk(m, first, unit_post_begin_[m.unit + 1], false);
    } else if (const Range* r = range_of(m.unit)) {
      walk(m, first, r->begin, false);
      walk(m, r->end, split, false);
    }
  }
  return matched.size();
}

double NameIndex::BestTokenSimilarity(const NameUnit& q) const {
  double best = 0;
  ForEachCandidateUnit(
      q, [&](uint32_t u) { best = std::max(best, TokenSimilarity(q, units_[u]).sim); });
  return best;
}

uint32_t NameIndex::NameFrequency(const std::string& text) const {
  // A name's single-token units all carry its script flags: the flag variants of a text
  // have disjoint postings.
  uint32_t n = 0;
  for (int flags = 0; flags < 16; ++flags) {
    auto it = unit_ids_.find(UnitKey(text, false, flags & 1, flags & 2, flags & 4, flags & 8));
    if (it != unit_ids_.end()) {
      n += unit_post_begin_[it->second + 1] - unit_post_begin_[it->second];
    }
  }
  return n;
}

}  // namespace sanctions
