// JSON views of the model, shared by the CLI (--json), the HTTP API and the store.
// Field names are snake_case and stable: clients depend on them (docs/json.md).
#pragma once

#include <cstddef>

#include <nlohmann/json.hpp>

#include "sanctions/entity.h"
#include "sanctions/list.h"

namespace sanctions {

// The whole entity, every field; empty fields are omitted.
nlohmann::json EntityToJson(const Entity& e);
// {"from":"1964","to":"1966","circa":true,"text":"1964 to 1966"}; empty parts omitted.
nlohmann::json DateSpecToJson(const DateSpec& d);
// Summary of a loaded list (file, list, format, published, counts by type, rejections).
// Holds the first kSummaryRejectionLimit rejections ("rejections_truncated" says if more).
nlohmann::json ListSummaryToJson(const ListData& list);
// The same with at most `max_rejections` rejections listed (SIZE_MAX: all of them).
nlohmann::json ListSummaryToJson(const ListData& list, size_t max_rejections);
inline constexpr size_t kSummaryRejectionLimit = 20;
// One rejected record: file, line, element, field, reason, and "message" (ToString()).
nlohmann::json RejectionToJson(const Rejection& r);
nlohmann::json WarningToJson(const Warning& w);

}  // namespace sanctions
