// Helpers shared by the reader tests (test programs only).
#pragma once

#include <string_view>

#include "sanctions/list.h"

namespace sanctions::test_util {

// The entity with this source id in a loaded list, or nullptr.
inline const Entity* Find(const ListData& d, std::string_view source_id) {
  for (const Entity& e : d.entities) {
    if (e.source_id == source_id) return &e;
  }
  return nullptr;
}

}  // namespace sanctions::test_util
