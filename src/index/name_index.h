// Candidate retrieval over prepared names: given a prepared query name, returns every
// listed name that has a unit pair with a non-zero, non-initial TokenSimilarity, with
// what those pairs cover (for the engine's upper bound). No loss of recall by
// construction: every token rule but initials is covered by a key (docs/scoring.md):
//   exact and edit distance -> symmetric deletion neighbourhoods (Wolf Garbe's SymSpell
//     idea): d(a,b) <= k implies a common string among the <= k deletions of each side;
//     both sides index deletions up to the largest k any partner may use;
//   romanization variants -> the hashed NameTables keys; phonetic -> the skeleton.
//   Transpositions: one OSA edit is covered by one deletion on each side.
//   Initials are not indexed: a name's score is capped by its best non-initial pair.
// Immutable after Build; Lookup is const and thread-safe (scratch is thread_local).
#pragma once

#include <cstdint>
#include <string>
#include <unordered_map>
#include <vector>

#include "match/name_match.h"

namespace sanctions {

class NameIndex {
 public:
  // Indexes names[i] under name id i. With `unit_ids`, stores there, per name, the
  // distinct-unit id of each of its units (PreparedName::unit_ids, for UnitSimCache).
  void Build(const std::vector<const PreparedName*>& names,
             std::vector<std::vector<uint32_t>>* unit_ids = nullptr);

  // What one listed name shares with the query: every listed unit with a non-zero,
  // non-initial similarity to some query unit (all such pairs are key-covered).
  struct NameHit {
    uint64_t query_mask = 0;  // query tokens covered by those pairs (bit i = token i, < 64)
    uint32_t name = 0;
    float listed_count = 0;  // sum of the weights of the tokens the matched listed units
                             // cover (an upper bound of the listed weight they can match)
    float max_sim = 0;       // best pair similarity
    float name_weight = -1;  // the name's total token weight; -1 when it has an initial
  };
  // Collects, per listed name whose best pair reaches `floor`, the pairs above (all of
  // them, weaker ones included). Returns the number of (query unit, listed unit) pairs.
  // Names that provably cannot reach `floor` may be left out (MaxScore, below): the
  // names left out are those the engine's bound (docs/scoring.md, "Index") drops.
  //
  // MaxScore (Turtle and Flood 1995, for top-k text retrieval), by name weight: the most
  // common matched units ("al", "de") create entries only for the names without initials
  // whose total weight lets a name matched only through them (and the units before them,
  // and the weak pairs) reach `floor` (docs/scoring.md, "Index"); they only add their
  // pairs to the other names, which other units found.
  // With `pairs`, also stores there every (listed unit, query unit) pair with a non-zero,
  // non-initial similarity, in increasing query unit order (UnitSimCache::SetKnownPairs).
  // Each thread remembers the verified pairs of the query units it has seen (they depend
  // on the unit alone): a query word seen before costs no lookup and no TokenSimilarity.
  size_t Collect(const PreparedName& query, double floor, std::vector<NameHit>* out,
                 std::vector<UnitSimCache::KnownPair>* pairs = nullptr) const;

  // The best similarity of `token` (one folded token) to any listed unit, or 0.
  double BestTokenSimilarity(const NameUnit& unit) const;
  // How many listed names contain this exact unit text (document frequency), 0 if none.
  uint32_t NameFrequency(const std::string& text) const;

  size_t distinct_units() const { return units_.size(); }
  size_t keys() const { return keys_.size(); }

 private:
  template <typename F>
  void ForEachCandidateUnit(const NameUnit& q, F&& f) const;
  // Appends the units of every key ks[i] to `units`, then units->size() to `ends`.
  void Lookup(const std::vector<uint64_t>& ks, std::vector<uint32_t>* units,
              std::vector<uint32_t>* ends) const;

  // Distinguishes this index from every other built in the process (Collect's per-thread
  // memo of unit matches belongs to one index).
  uint64_t generation_ = 0;
  size_t names_ = 0;
  std::vector<NameUnit> units_;  // distinct listed units (equal in what TokenSimilarity reads)
  std::vector<uint32_t> unit_post_begin_;  // CSR: names of unit u
  std::vector<uint32_t> unit_post_;        //   in unit_post_[begin[u], begin[u+1])
  std::vector<float> unit_post_weight_;    // weight of u's tokens in that name
  // Postings of names without initials come first: [begin[u], split[u]), then those of
  // names with an initial (a single-letter token) up to begin[u + 1].
  std::vector<uint32_t> unit_post_split_;
  std::vector<float> unit_max_weight_;  // u -> largest posting weight
  // Per posting: the name's total weight; postings of names without initials are in
  // increasing order of it (Collect's MaxScore by name weight).
  std::vector<float> unit_post_name_weight_;
  std::vector<uint8_t> name_has_initial_;  // name -> has a single-letter token
  // (low 32 bits of the key hash, unit id), sorted by the whole hash. The bucket gives
  // the top kDirBits; a false match on the rest only adds a candidate unit, which
  // TokenSimilarity then checks like any other (8 bytes per key instead of 16).
  struct Key {
    uint32_t low;
    uint32_t unit;
  };
  std::vector<Key> keys_;
  static constexpr int kDirBits = 20;
  std::vector<uint32_t> dir_;  // first key index per top-kDirBits bucket (+ end)
  std::unordered_map<std::string, uint32_t> unit_ids_;  // UnitKey -> unit id
};

// The keys of one unit (shared by Build and Lookup): deletion neighbourhood hashes up to
// IndexedDeletions, weak-edit keys (WeakEditCandidate), variant hashes and the phonetic,
// Slavic and loose hashes. Two units with a non-zero, non-initial TokenSimilarity share a
// key (src/index/name_index_test.cc checks it exhaustively on small alphabets).
void UnitKeys(const NameUnit& u, std::vector<uint64_t>* out);
// The deletions both sides index for a unit: enough for any partner the edit rule allows
// (weak edits apart).
int IndexedDeletions(const NameUnit& u);
// True for a unit that may take part in a weak edit (a single token of 5-7 letters).
bool WeakEditCandidate(const NameUnit& u);

}  // namespace sanctions
