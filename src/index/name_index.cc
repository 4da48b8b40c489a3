// Deletion-neighbourhood, variant and phonetic keys over distinct listed units.
#include "index/name_index.h"

#include <algorithm>

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

void Deletions(const std::string& s, int k, std::vector<uint64_t>* out, std::string* scratch) {
  out->push_back(Hash(s, kSeedDelete));
  if (k <= 0 || s.size() <= 1) return;
  for (size_t i = 0; i < s.size(); ++i) {
    if (i > 0 && s[i] == s[i - 1]) continue;  // same deletion result as i-1
    scratch->assign(s, 0, i);
    scratch->append(s, i + 1, std::string::npos);
    std::string next = *scratch;
    Deletions(next, k - 1, out, scratch);
  }
}

}  // namespace

int IndexedDeletions(const NameUnit& u) {
  if (u.numeric) return 0;
  int k = MaxEdits(u.text.size() + 2);
  if (u.count > 1) k = std::min(k, 1);
  return k;
}

void UnitKeys(const NameUnit& u, int max_deletions, std::vector<uint64_t>* out) {
  std::string scratch;
  Deletions(u.text, max_deletions, out, &scratch);
  if (u.numeric) return;
  if (u.phonetic.size() >= 3) out->push_back(Hash(u.phonetic, kSeedPhonetic));
  for (uint32_t v : u.variants) out->push_back(Hash(std::to_string(v), kSeedVariant));
  if (u.count == 1) out->push_back(Hash(u.slavic.empty() ? u.text : u.slavic, kSeedSlavic));
  if (u.loose.size() >= 3) out->push_back(Hash(u.loose, kSeedLoose));
}

void NameIndex::Build(const std::vector<const PreparedName*>& names) {
  names_ = names.size();
  units_.clear();
  unit_ids_.clear();
  std::vector<std::vector<uint32_t>> posts;
  for (uint32_t id = 0; id < names.size(); ++id) {
    for (const NameUnit& u : names[id]->units) {
      auto [it, inserted] = unit_ids_.try_emplace(u.text + (u.count > 1 ? "|" : ""),
                                                  static_cast<uint32_t>(units_.size()));
      if (inserted) {
        units_.push_back(u);
        posts.emplace_back();
      } else if (units_[it->second].count > u.count) {
        units_[it->second] = u;
      }
      auto& p = posts[it->second];
      if (p.empty() || p.back() != id) p.push_back(id);
    }
  }
  unit_post_begin_.assign(units_.size() + 1, 0);
  size_t total = 0;
  for (size_t u = 0; u < units_.size(); ++u) {
    unit_post_begin_[u] = static_cast<uint32_t>(total);
    total += posts[u].size();
  }
  unit_post_begin_[units_.size()] = static_cast<uint32_t>(total);
  unit_post_.clear();
  unit_post_.reserve(total);
  for (auto& p : posts) unit_post_.insert(unit_post_.end(), p.begin(), p.end());
  keys_.clear();
  std::vector<uint64_t> ks;
  for (uint32_t u = 0; u < units_.size(); ++u) {
    ks.clear();
    UnitKeys(units_[u], IndexedDeletions(units_[u]), &ks);
    std::sort(ks.begin(), ks.end());
    ks.erase(std::unique(ks.begin(), ks.end()), ks.end());
    for (uint64_t k : ks) keys_.emplace_back(k, u);
  }
  std::sort(keys_.begin(), keys_.end());
}

template <typename F>
void NameIndex::ForEachCandidateUnit(const NameUnit& q, F&& f) const {
  thread_local std::vector<uint64_t> ks;
  ks.clear();
  UnitKeys(q, IndexedDeletions(q), &ks);
  std::sort(ks.begin(), ks.end());
  ks.erase(std::unique(ks.begin(), ks.end()), ks.end());
  for (uint64_t k : ks) {
    auto it = std::lower_bound(keys_.begin(), keys_.end(), std::make_pair(k, uint32_t{0}));
    for (; it != keys_.end() && it->first == k; ++it) f(it->second);
  }
}

size_t NameIndex::Collect(const PreparedName& query, std::vector<NameHit>* out) const {
  out->clear();
  thread_local std::vector<uint32_t> slot;    // name -> position in out, valid when stamped
  thread_local std::vector<uint32_t> stamp;
  thread_local uint32_t epoch = 0;
  if (slot.size() < names_) {
    slot.assign(names_, 0);
    stamp.assign(names_, 0);
    epoch = 0;
  }
  if (++epoch == 0) {
    std::fill(stamp.begin(), stamp.end(), 0);
    epoch = 1;
  }
  thread_local std::vector<std::pair<uint32_t, float>> matched;  // (unit, sim)
  thread_local std::vector<uint32_t> candidates;
  size_t verified = 0;
  for (const NameUnit& q : query.units) {
    matched.clear();
    candidates.clear();
    ForEachCandidateUnit(q, [&](uint32_t u) { candidates.push_back(u); });
    std::sort(candidates.begin(), candidates.end());
    candidates.erase(std::unique(candidates.begin(), candidates.end()), candidates.end());
    for (uint32_t u : candidates) {
      UnitSimilarity s = TokenSimilarity(q, units_[u]);
      if (s.rule == MatchRule::kNone || s.rule == MatchRule::kInitial) continue;
      matched.emplace_back(u, static_cast<float>(s.sim));
    }
    verified += matched.size();
    uint64_t mask = 0;
    for (int t = q.first; t < q.first + q.count; ++t) mask |= uint64_t{1} << std::min(t, 63);
    for (const auto& [u, sim] : matched) {
      const float count = units_[u].count;
      for (uint32_t i = unit_post_begin_[u]; i < unit_post_begin_[u + 1]; ++i) {
        uint32_t n = unit_post_[i];
        if (stamp[n] != epoch) {
          stamp[n] = epoch;
          slot[n] = static_cast<uint32_t>(out->size());
          out->push_back({n, 0, 0, 0});
        }
        NameHit& h = (*out)[slot[n]];
        h.query_mask |= mask;
        h.listed_count += count;
        h.max_sim = std::max(h.max_sim, sim);
      }
    }
  }
  return verified;
}

double NameIndex::BestTokenSimilarity(const NameUnit& q) const {
  double best = 0;
  ForEachCandidateUnit(q, [&](uint32_t u) { best = std::max(best, TokenSimilarity(q, units_[u]).sim); });
  return best;
}

uint32_t NameIndex::NameFrequency(const std::string& text) const {
  auto it = unit_ids_.find(text);
  if (it == unit_ids_.end()) return 0;
  return unit_post_begin_[it->second + 1] - unit_post_begin_[it->second];
}

}  // namespace sanctions
