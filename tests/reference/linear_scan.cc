#include "linear_scan.h"

#include <algorithm>

namespace sanctions::reference {

LinearScan::LinearScan(const std::vector<ListData>& lists) {
  for (const ListData& l : lists) {
    for (const Entity& e : l.entities) entities_.push_back({&e, PrepareEntityNames(e)});
  }
}

std::vector<Hit> LinearScan::Screen(const Query& query, const ScreenOptions& options) const {
  PreparedQuery q = PrepareQuery(query);
  std::vector<Hit> hits;
  std::vector<const PreparedName*> ptrs;
  for (const Item& it : entities_) {
    if (!options.lists.empty() && std::find(options.lists.begin(), options.lists.end(),
                                            it.entity->list) == options.lists.end()) {
      continue;
    }
    ptrs.clear();
    for (const auto& n : it.names) ptrs.push_back(&n);
    Hit h = ScoreEntity(q, *it.entity, ptrs, false);
    if (h.score + 1e-12 >= options.threshold) hits.push_back(std::move(h));
  }
  std::sort(hits.begin(), hits.end(), [](const Hit& a, const Hit& b) {
    if (a.score != b.score) return a.score > b.score;
    return a.entity->id < b.entity->id;
  });
  if (options.limit > 0 && hits.size() > options.limit) hits.resize(options.limit);
  return hits;
}

}  // namespace sanctions::reference
