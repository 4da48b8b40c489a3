// The linear-scan reference: scores EVERY listed entity with the engine's scorer
// (ScoreEntity) and keeps those at or above the threshold. Deliberately simple and slow;
// linked only into tests and benchmarks, never into the library. The recall test checks
// that Index::Screen returns exactly these hits.
#pragma once

#include <vector>

#include "match/score.h"
#include "sanctions/screen.h"

namespace sanctions::reference {

class LinearScan {
 public:
  // Prepares every name of every entity of `lists` (which must outlive this object).
  explicit LinearScan(const std::vector<ListData>& lists);

  // Hits >= options.threshold, best first (ties by entity id), at most options.limit.
  std::vector<Hit> Screen(const Query& query, const ScreenOptions& options) const;

  size_t entities() const { return entities_.size(); }

 private:
  struct Item {
    const Entity* entity;
    std::vector<PreparedName> names;
  };
  std::vector<Item> entities_;
};

}  // namespace sanctions::reference
