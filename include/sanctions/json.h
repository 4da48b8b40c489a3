// JSON views of the model, shared by the CLI (--json), the HTTP API and the store.
// Field names are snake_case and stable: clients depend on them (docs/json.md).
#pragma once

#include <nlohmann/json.hpp>

#include "sanctions/entity.h"
#include "sanctions/list.h"

namespace sanctions {

// The whole entity, every field; empty fields are omitted.
nlohmann::json EntityToJson(const Entity& e);
nlohmann::json DateSpecToJson(const DateSpec& d);
// Summary of a loaded list (file, list, format, published, counts by type, rejections).
nlohmann::json ListSummaryToJson(const ListData& list);

}  // namespace sanctions
