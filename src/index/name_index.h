// Candidate retrieval over prepared names: given a prepared query name and a minimum
// unit similarity s_min, returns every listed name that has a unit pair with
// TokenSimilarity >= s_min (and possibly more). No loss of recall by construction:
// every token rule is covered by a key (docs/scoring.md, "Index"):
//   exact and edit distance -> symmetric deletion neighbourhoods (Wolf Garbe's SymSpell
//     idea): d(a,b) <= k implies a common string among the <= k deletions of each side;
//     both sides index deletions up to the largest k any partner may use;
//   romanization variants -> the hashed NameTables keys; phonetic -> the skeleton.
//   Transpositions: one OSA edit is covered by one deletion on each side.
//   Initials are not indexed: a name's score is capped by its best non-initial pair.
// Immutable after Build; Lookup is const and thread-safe (scratch is thread_local).
#pragma once

#include <cstdint>
#include <functional>
#include <string>
#include <unordered_map>
#include <vector>

#include "match/name_match.h"

namespace sanctions {

class NameIndex {
 public:
  // Indexes names[i] under name id i.
  void Build(const std::vector<const PreparedName*>& names);

  // Calls `visit(name_id)` once per listed name that has a unit pair with the query
  // scoring >= s_min. Returns the number of listed units verified.
  size_t Lookup(const PreparedName& query, double s_min,
                const std::function<void(uint32_t)>& visit) const;

  // The best similarity of `token` (one folded token) to any listed unit, or 0.
  double BestTokenSimilarity(const NameUnit& unit) const;
  // How many listed names contain this exact unit text (document frequency), 0 if none.
  uint32_t NameFrequency(const std::string& text) const;

  size_t distinct_units() const { return units_.size(); }
  size_t keys() const { return keys_.size(); }

 private:
  template <typename F>
  void ForEachCandidateUnit(const NameUnit& q, F&& f) const;

  std::vector<NameUnit> units_;             // distinct listed units
  std::vector<uint32_t> unit_post_begin_;   // CSR: names of unit u
  std::vector<uint32_t> unit_post_;         //   in unit_post_[begin[u], begin[u+1])
  std::vector<std::pair<uint64_t, uint32_t>> keys_;  // (key hash, unit id), sorted
  std::unordered_map<std::string, uint32_t> unit_ids_;
};

// The keys of one unit (shared by Build and Lookup): deletion neighbourhood hashes up to
// `max_deletions`, variant hashes and the phonetic hash.
void UnitKeys(const NameUnit& u, int max_deletions, std::vector<uint64_t>* out);
// The deletions both sides index for a unit: enough for any partner the edit rule allows.
int IndexedDeletions(const NameUnit& u);

}  // namespace sanctions
