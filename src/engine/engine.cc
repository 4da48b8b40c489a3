// The Index implementation: prepared names of every listed entity, the NameIndex for
// candidate retrieval, an identifier map, top-k screening and free-text scanning.
#include <algorithm>
#include <array>
#include <bit>
#include <cctype>
#include <chrono>
#include <functional>
#include <unordered_map>
#include <unordered_set>

#include "index/name_index.h"
#include "match/score.h"
#include "normalize/normalize.h"
#include "sanctions/screen.h"
#include "util/countries.h"

namespace sanctions {
namespace {

class IndexImpl final : public Index {
 public:
  explicit IndexImpl(std::vector<ListData> lists) : lists_(std::move(lists)) {}

  Status Init();

  std::vector<Hit> Screen(const Query& query, const ScreenOptions& options) const override;
  std::vector<Mention> Scan(const std::string& text, const ScreenOptions& options) const override;
  const Entity* Find(const std::string& list, const std::string& source_id) const override;
  const std::vector<ListData>& lists() const override { return lists_; }
  IndexStats stats() const override { return stats_; }

  // Scores prepared query against candidates; shared by Screen and Scan.
  std::vector<Hit> ScreenPrepared(const PreparedQuery& q, const ScreenOptions& options,
                                  bool explain) const;

 private:
  struct EntityRef {
    const Entity* entity;
    uint32_t list;
    uint32_t name_begin;  // into names_
    uint32_t name_end;
  };
  std::vector<ListData> lists_;
  std::vector<EntityRef> entities_;
  std::vector<PreparedName> names_;
  // What the bound reads about one listed name, in one place (one cache line per hit).
  struct NameInfo {
    float weight = 0;                        // total token weight
    float initial_weight = 0;                // weight of its initials (single-letter tokens)
    uint32_t entity = 0;                     // entity index
    uint32_t first_letters = 0;              // LetterBit of the first letter of each longer word
    uint32_t initials = 0;                   // LetterBit of each initial
    EntityType type = EntityType::kUnknown;  // the entity's type
  };
  std::vector<NameInfo> name_info_;  // name id -> NameInfo
  NameIndex name_index_;
  std::unordered_map<std::string, std::vector<uint32_t>> by_identifier_;  // normalised value
  std::unordered_map<std::string, uint32_t> by_source_id_;                // list + '\n' + source id
  IndexStats stats_;
};

Status IndexImpl::Init() {
  auto start = std::chrono::steady_clock::now();
  for (uint32_t li = 0; li < lists_.size(); ++li) {
    for (const Entity& e : lists_[li].entities) {
      EntityRef ref{&e, li, static_cast<uint32_t>(names_.size()), 0};
      uint32_t idx = static_cast<uint32_t>(entities_.size());
      for (const Name& n : e.names) {
        names_.push_back(PrepareName(n.full, e.type));
        NameInfo info;
        info.entity = idx;
        info.type = e.type;
        name_info_.push_back(info);
      }
      ref.name_end = static_cast<uint32_t>(names_.size());
      entities_.push_back(ref);
      by_source_id_.emplace(e.list + '\n' + e.source_id, idx);
      for (const Identifier& id : e.identifiers) {
        std::string v = NormalizeIdentifier(id.type, id.value);
        if (v.size() >= 4) {
          auto& post = by_identifier_[v];
          if (post.empty() || post.back() != idx) post.push_back(idx);
        }
      }
    }
  }
  std::vector<const PreparedName*> ptrs;
  ptrs.reserve(names_.size());
  for (size_t i = 0; i < names_.size(); ++i) {
    const PreparedName& n = names_[i];
    ptrs.push_back(&n);
    NameInfo& info = name_info_[i];
    info.weight = n.total_weight;
    for (size_t t = 0; t < n.tokens.size(); ++t) {
      switch (InitialRole(n.tokens[t])) {
        case 1:
          info.initials |= LetterBit(n.tokens[t][0]);
          info.initial_weight += n.weights[t];
          break;
        case 2:
          info.first_letters |= LetterBit(n.tokens[t][0]);
          break;
        default:
          break;
      }
    }
  }
  std::vector<std::vector<uint32_t>> unit_ids;
  name_index_.Build(ptrs, &unit_ids);
  for (size_t n = 0; n < names_.size(); ++n) names_[n].unit_ids = std::move(unit_ids[n]);
  stats_.entities = entities_.size();
  stats_.names = names_.size();
  stats_.tokens = name_index_.distinct_units();
  stats_.build_seconds =
      std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  return Status::Ok();
}

std::vector<Hit> IndexImpl::ScreenPrepared(const PreparedQuery& q, const ScreenOptions& options,
                                           bool explain) const {
  // 1. Candidates: every listed name sharing a non-initial token pair with the query,
  //    with an upper bound of its name score (docs/scoring.md, "Index"); identifier hits.
  thread_local std::vector<NameIndex::NameHit> name_hits;
  struct Cand {
    double bound;  // upper bound of the final score
    uint32_t entity;
  };
  thread_local std::vector<Cand> cands;
  // Listed names whose own bound reaches the threshold (stamped with `epoch`): only
  // these can give an entity's best name when the entity is a hit (docs/scoring.md).
  thread_local std::vector<uint32_t> name_ok;
  thread_local uint32_t epoch = 0;
  if (name_ok.size() < names_.size()) {
    name_ok.assign(names_.size(), 0);
    epoch = 0;
  }
  if (++epoch == 0) {
    std::fill(name_ok.begin(), name_ok.end(), 0);
    epoch = 1;
  }
  cands.clear();
  const double pos = MaxPositiveDelta(q);
  const PreparedName& qn = q.name;
  // Token similarities of this query, shared by every alignment.
  thread_local UnitSimCache sims;
  sims.Reset(&qn, name_index_.distinct_units());
  if (!qn.empty()) {
    // The smallest raw name score any entity type can turn into a hit.
    double floor = 1.0;
    for (EntityType t : {EntityType::kUnknown, EntityType::kPerson, EntityType::kOrganization,
                         EntityType::kVessel, EntityType::kAircraft}) {
      floor = std::min(floor, CalibrateInverse(options.threshold - pos, t));
    }
    floor = std::max(0.0, floor - 1e-6);
    // Every non-zero, non-initial token pair of the query is among Collect's pairs: the
    // memo takes them from there instead of recomputing them.
    thread_local std::vector<UnitSimCache::KnownPair> known;
    name_index_.Collect(qn, floor, &name_hits, qn.units.size() <= 65535 ? &known : nullptr);
    if (qn.units.size() <= 65535) sims.SetKnownPairs(&known);
    const bool no_prune = qn.tokens.size() > 63;
    double wq = qn.total_weight;
    // Initial pairs the index does not see, per first letter (bit as LetterBit): the
    // weight and number of query initials, the weight of the longer query words.
    std::array<double, 32> q_initial_weight{};
    std::array<double, 32> q_initial_count{};
    std::array<double, 32> q_word_weight{};
    uint32_t q_initial_letters = 0;
    uint32_t q_word_letters = 0;
    double q_all_initial_weight = 0;
    double q_all_initial_count = 0;
    for (size_t i = 0; i < qn.tokens.size(); ++i) {
      int role = InitialRole(qn.tokens[i]);
      if (role == 0) continue;
      uint32_t bit = LetterBit(qn.tokens[i][0]);
      int b = std::countr_zero(bit);
      if (role == 1) {
        q_all_initial_weight += qn.weights[i];
        q_all_initial_count += 1;
        q_initial_letters |= bit;
        q_initial_weight[b] += qn.weights[i];
        q_initial_count[b] += 1;
      } else {
        q_word_letters |= bit;
        q_word_weight[b] += qn.weights[i];
      }
    }
    // The query weight of each set of its first 8 tokens (bit i = token i), for the first
    // test below (its 1e-5 of slack covers any difference in rounding).
    thread_local std::vector<double> mask_weight;
    mask_weight.assign(size_t{1} << std::min<size_t>(qn.tokens.size(), 8), 0.0);
    for (size_t m = 1; m < mask_weight.size(); ++m) {
      double w = 0;
      for (uint64_t b = m; b; b &= b - 1) w += qn.weights[std::countr_zero(b)];
      mask_weight[m] = w;
    }
    // B / (B + UnmatchedCost) for a name of total weight wl with at most these covered
    // query and listed weights (docs/scoring.md §7), shared by both tests below.
    // Captured by value: nothing the loops below store to can change them.
    auto coverage_bound = [wq, title_alone = qn.title_alone](double covered_q, double covered_l,
                                                             double wl) {
      covered_q = std::min(covered_q, wq);
      covered_l = std::min(covered_l, wl);
      const double uq = wq - covered_q;
      const double ul = title_alone ? 0.0 : wl - covered_l;
      const double b = covered_q + covered_l;
      return b > 0 ? b / (b + UnmatchedCost(uq, ul)) : 0.0;
    };
    // First test, from the hit alone (most names stop here); the survivors then read their
    // NameInfo, a cache miss each, started a few names ahead.
    thread_local std::vector<uint32_t> survivors;
    survivors.clear();
    // The hits and the weight table through plain pointers, so that appending a survivor
    // does not make the loop reload them (it runs over thousands of hits for common names).
    const NameIndex::NameHit* const hits = name_hits.data();
    const size_t n_hits = name_hits.size();
    const double* const mask_w = mask_weight.data();
    const uint64_t n_masks = mask_weight.size();
    for (size_t hi = 0; hi < n_hits; ++hi) {
      const NameIndex::NameHit& h = hits[hi];
      if (!no_prune && h.name_weight >= 0) {
        // A name without initials: the same bound with every query initial allowed to
        // pair (at least the bound below, equal when the query has none), from the hit
        // alone; most names stop here without reading their NameInfo.
        double covered_q = q_all_initial_weight;
        if (h.query_mask < n_masks) {
          covered_q += mask_w[h.query_mask];
        } else {
          for (uint64_t m = h.query_mask; m; m &= m - 1)
            covered_q += qn.weights[std::countr_zero(m)];
        }
        const double ub =
            coverage_bound(covered_q, h.listed_count + 1e-4 + q_all_initial_count, h.name_weight);
        double best_pair = h.max_sim;
        if (q_initial_letters) best_pair = std::max(best_pair, kInitialSimilarity);
        // More slack than the exact test below: float rounding cannot drop a name it keeps.
        if (std::min<double>(h.max_sim, std::min(1.0, best_pair) * ub) + 1e-5 < floor) continue;
      }
      survivors.push_back(static_cast<uint32_t>(hi));
    }
    for (size_t si = 0; si < survivors.size(); ++si) {
      constexpr size_t kAhead = 4;
      if (si + kAhead < survivors.size())
        __builtin_prefetch(&name_info_[name_hits[survivors[si + kAhead]].name]);
      const NameIndex::NameHit& h = name_hits[survivors[si]];
      double bound = h.max_sim;
      const NameInfo& info = name_info_[h.name];
      if (!no_prune) {
        double covered_q = 0;
        for (uint64_t m = h.query_mask; m; m &= m - 1) covered_q += qn.weights[std::countr_zero(m)];
        // Listed weight matched: the weights of the matched listed units (index), plus one
        // listed token per query initial that may pair with a listed word and the listed
        // initials if any may pair with a query word (token weights are <= 1); 1e-4
        // absorbs the float rounding of the sums.
        double covered_l = h.listed_count + 1e-4;
        const uint32_t q_init = q_initial_letters & info.first_letters;
        const uint32_t l_init = info.initials & q_word_letters;
        for (uint32_t m = q_init; m; m &= m - 1) {
          covered_q += q_initial_weight[std::countr_zero(m)];
          covered_l += q_initial_count[std::countr_zero(m)];
        }
        if (l_init) {
          for (uint32_t m = l_init; m; m &= m - 1) covered_q += q_word_weight[std::countr_zero(m)];
          covered_l += info.initial_weight;
        }
        const double ub = coverage_bound(covered_q, covered_l, info.weight);
        // Every matched pair's similarity is at most the best pair's (or an initial's):
        // the name score is at most that times the coverage bound.
        double best_pair = h.max_sim;
        if (q_init | l_init) best_pair = std::max(best_pair, kInitialSimilarity);
        bound = std::min(bound, std::min(1.0, best_pair) * ub);
        // Below the floor no entity type can reach the threshold (as in Collect).
        if (bound + 2e-6 < floor) continue;
      }
      uint32_t ei = info.entity;
      EntityType et = info.type;
      EntityType t = et != EntityType::kUnknown ? et : q.type;
      double fb = Calibrate(std::min(1.0, bound + 1e-6), t) + pos;
      if (q.type != EntityType::kUnknown && et != EntityType::kUnknown && q.type != et)
        fb += kTypeMismatchDelta;
      if (fb + 1e-9 < options.threshold) continue;
      name_ok[h.name] = epoch;
      cands.push_back({fb, ei});
    }
  }
  for (const Identifier& id : q.identifiers) {
    auto it = by_identifier_.find(id.value);
    if (it == by_identifier_.end()) continue;
    for (uint32_t ei : it->second) cands.push_back({2.0, ei});
  }
  // One candidate per entity with its best bound; highest bounds first.
  std::sort(cands.begin(), cands.end(), [](const Cand& a, const Cand& b) {
    if (a.entity != b.entity) return a.entity < b.entity;
    return a.bound > b.bound;
  });
  cands.erase(std::unique(cands.begin(), cands.end(),
                          [](const Cand& a, const Cand& b) { return a.entity == b.entity; }),
              cands.end());
  std::sort(cands.begin(), cands.end(), [](const Cand& a, const Cand& b) {
    if (a.bound != b.bound) return a.bound > b.bound;
    return a.entity < b.entity;
  });
  // 2. Score in bound order; with a limit, stop once no bound can reach the k-th score.
  //    The entries sorted are small; the hits (with their explanations) stay in place.
  struct Scored {
    double score;
    uint32_t entity;
    uint32_t hit;    // into scored_hits
    bool all_names;  // found by identifier: every name was aligned
    BestName best;   // the name that gave the score
  };
  thread_local std::vector<Scored> scored;
  thread_local std::vector<Hit> scored_hits;
  scored.clear();
  scored_hits.clear();
  std::vector<double> top;  // min-heap of the best `limit` scores
  std::vector<const PreparedName*> ptrs;
  thread_local std::vector<uint8_t> consider;
  // The names of entity `ei`, and which of them may give its best name (all when
  // `all_names`).
  auto entity_names = [&](uint32_t ei, bool all_names) {
    const EntityRef& ref = entities_[ei];
    ptrs.clear();
    consider.clear();
    for (uint32_t n = ref.name_begin; n < ref.name_end; ++n) {
      ptrs.push_back(&names_[n]);
      consider.push_back(all_names || name_ok[n] == epoch ? 1 : 0);
    }
  };
  for (size_t ci = 0; ci < cands.size(); ++ci) {
    const Cand& c = cands[ci];
    if (options.limit > 0 && top.size() >= options.limit && c.bound + 1e-9 < top.front()) break;
    if (ci + 2 < cands.size()) __builtin_prefetch(&entities_[cands[ci + 2].entity]);
    const EntityRef& ref = entities_[c.entity];
    if (!options.lists.empty() && std::find(options.lists.begin(), options.lists.end(),
                                            ref.entity->list) == options.lists.end()) {
      continue;
    }
    // An identifier candidate may be a hit through a name below the floor: all names.
    const bool all_names = c.bound > 1.5;
    entity_names(c.entity, all_names);
    const BestName best = PickBestName(q, *ref.entity, ptrs, &consider, &sims);
    Hit h = FinishEntity(q, *ref.entity, ptrs, best, false, &sims);
    if (h.score + 1e-12 < options.threshold) continue;
    if (options.limit > 0) {
      top.push_back(h.score);
      std::push_heap(top.begin(), top.end(), std::greater<double>());
      if (top.size() > options.limit) {
        std::pop_heap(top.begin(), top.end(), std::greater<double>());
        top.pop_back();
      }
    }
    scored.push_back(
        {h.score, c.entity, static_cast<uint32_t>(scored_hits.size()), all_names, best});
    if (!explain) scored_hits.push_back(std::move(h));  // with explain, built again below
  }
  std::sort(scored.begin(), scored.end(), [this](const Scored& a, const Scored& b) {
    if (a.score != b.score) return a.score > b.score;
    return entities_[a.entity].entity->id < entities_[b.entity].entity->id;
  });
  if (options.limit > 0 && scored.size() > options.limit) scored.resize(options.limit);
  std::vector<Hit> hits;
  hits.reserve(scored.size());
  for (const Scored& s : scored) {
    if (explain) {
      // The best name found above is the best of all the entity's names (docs/scoring.md
      // §7), so the score and the explanation are those of aligning every name; only that
      // name is aligned again, for its token pairs.
      entity_names(s.entity, s.all_names);
      hits.push_back(FinishEntity(q, *entities_[s.entity].entity, ptrs, s.best, true, &sims));
    } else {
      hits.push_back(std::move(scored_hits[s.hit]));
    }
  }
  return hits;
}

std::vector<Hit> IndexImpl::Screen(const Query& query, const ScreenOptions& options) const {
  return ScreenPrepared(PrepareQuery(query), options, true);
}

const Entity* IndexImpl::Find(const std::string& list, const std::string& source_id) const {
  auto it = by_source_id_.find(list + '\n' + source_id);
  return it == by_source_id_.end() ? nullptr : entities_[it->second].entity;
}

// Scan: slide windows of 1..kMaxWindow words over the text, screen each window as a name,
// keep strong hits, then the best non-overlapping mentions.
constexpr size_t kMaxWindow = 6;
constexpr double kScanThreshold = 0.90;

std::vector<Mention> IndexImpl::Scan(const std::string& text, const ScreenOptions& options) const {
  std::vector<TextWord> words = SplitTextWords(text);
  std::vector<Mention> found;
  ScreenOptions o = options;
  o.threshold = std::max(options.threshold, kScanThreshold);
  o.limit = 3;
  // Words whose tokens match nothing listed cannot start or end a mention.
  std::vector<uint8_t> useful(words.size(), 0);
  for (size_t i = 0; i < words.size(); ++i) {
    PreparedName p = PrepareTokens(words[i].tokens, EntityType::kUnknown, false);
    for (const NameUnit& u : p.units) {
      if (name_index_.BestTokenSimilarity(u) >= 0.85) useful[i] = 1;
    }
  }
  for (size_t i = 0; i < words.size(); ++i) {
    if (!useful[i]) continue;
    std::vector<std::string> toks;
    for (size_t j = i; j < words.size() && j < i + kMaxWindow; ++j) {
      if (j > i && words[j].break_before) break;
      toks.insert(toks.end(), words[j].tokens.begin(), words[j].tokens.end());
      if (!useful[j]) continue;
      std::string_view span(text.data() + words[i].byte_begin,
                            words[j].byte_end - words[i].byte_begin);
      std::string script = IsAscii(span) ? "Latn" : DominantScript(span);
      bool syllabic = script == "Hani" || script == "Hang" || script == "Hira" || script == "Kana";
      bool abjad = script == "Arab" || script == "Hebr" || script == "Syrc";
      PreparedQuery q;
      q.name = PrepareTokens(toks, EntityType::kUnknown, script != "Latn", syllabic, abjad);
      if (q.name.empty()) continue;
      std::vector<Hit> hits = ScreenPrepared(q, o, true);
      for (Hit& h : hits) {
        const Entity& e = *h.entity;
        // Persons need two matched tokens; single-token mentions need a rare name.
        size_t matched = 0;
        for (const auto& tm : h.explanation.tokens) {
          if (!tm.query_token.empty() && !tm.listed_token.empty()) ++matched;
        }
        if (q.name.tokens.size() < 2 || matched < 2) {
          // One word: only an organisation or vessel whose whole listed name is exactly
          // this rare, capitalised word that is not a country ("Washington" does not
          // report WASHINGTON TRADING LTD; "leaders" does not report NS LEADER).
          if (e.type == EntityType::kPerson) continue;
          if (q.name.tokens.size() != 1 || q.name.tokens[0].size() < 5) continue;
          if (h.explanation.listed_normalized != q.name.tokens[0]) continue;
          if (name_index_.NameFrequency(q.name.tokens[0]) > 2) continue;
          std::string_view word(text.data() + words[i].byte_begin,
                                words[j].byte_end - words[i].byte_begin);
          bool capital = !word.empty() && (static_cast<unsigned char>(word[0]) >= 0x80 ||
                                           std::isupper(static_cast<unsigned char>(word[0])));
          if (!capital || !CountryCode(word).empty()) continue;
        }
        Mention m;
        m.begin = words[i].begin;
        m.end = words[j].end;
        m.byte_begin = words[i].byte_begin;
        m.byte_end = words[j].byte_end;
        m.text = text.substr(m.byte_begin, m.byte_end - m.byte_begin);
        m.hit = std::move(h);
        found.push_back(std::move(m));
      }
    }
  }
  // Best first; keep non-overlapping mentions per entity and overall.
  std::sort(found.begin(), found.end(), [](const Mention& a, const Mention& b) {
    if (a.hit.score != b.hit.score) return a.hit.score > b.hit.score;
    if ((a.end - a.begin) != (b.end - b.begin)) return (a.end - a.begin) > (b.end - b.begin);
    return a.begin < b.begin;
  });
  std::vector<Mention> kept;
  for (Mention& m : found) {
    bool overlap = false;
    for (const Mention& k : kept) {
      if (m.begin < k.end && k.begin < m.end && m.hit.entity != k.hit.entity) {
        // Overlapping spans of different entities: keep both only if equally good.
        if (m.hit.score + 1e-9 < k.hit.score) overlap = true;
      } else if (m.begin < k.end && k.begin < m.end) {
        overlap = true;
      }
    }
    if (!overlap) kept.push_back(std::move(m));
  }
  std::sort(kept.begin(), kept.end(), [](const Mention& a, const Mention& b) {
    if (a.begin != b.begin) return a.begin < b.begin;
    return a.hit.score > b.hit.score;
  });
  return kept;
}

}  // namespace

Result<std::shared_ptr<const Index>> Index::Build(std::vector<ListData> lists) {
  auto impl = std::make_shared<IndexImpl>(std::move(lists));
  Status st = impl->Init();
  if (!st.ok()) return st;
  return std::shared_ptr<const Index>(std::move(impl));
}

}  // namespace sanctions
