// Differences between two versions of one list: which entities were added, removed or
// changed, and for a changed entity which fields changed with their old and new values.
//
//   auto old_list = sanctions::LoadList("un/consolidated_2018-10-29.xml");
//   auto new_list = sanctions::LoadList("un/consolidated_2026-02-27.xml");
//   sanctions::ListDiff d = sanctions::DiffLists(*old_list, *new_list);
//   d.added.size(); d.by_program_family["DPRK"].by_type["vessel"].added;
//
// Entities are matched by Entity::source_id (OFAC ent_num, UN reference number, EU logical
// id...). An entity without a source id is matched by its primary name. The order of values
// in a list-valued field (names, identifiers...) does not count as a change; the record's
// position in the file (Entity::source) is ignored. Used by `sanctions lists diff` and
// meant for the HTTP API. Plain values; DiffLists is a pure function and thread-safe.
#pragma once

#include <cstddef>
#include <map>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "sanctions/entity.h"
#include "sanctions/list.h"

namespace sanctions {

// How one field of an entity differs. For a list-valued field (names, identifiers,
// birth_dates, addresses, programs, remarks...) `added` / `removed` hold the values found
// only in the new / only in the old version, each rendered as one line of text. For a
// single-valued field (type, gender, listed_on, vessel.flag, aircraft.model...)
// `old_value` / `new_value` hold the two values ("" = not given).
struct FieldChange {
  std::string field;   // model field name: "names", "type", "vessel.flag", "extra"...
  bool multi = false;  // true: added/removed are used; false: old_value/new_value
  std::vector<std::string> added;
  std::vector<std::string> removed;
  std::string old_value;
  std::string new_value;
};

// An entity present in both versions whose content differs.
struct EntityChange {
  std::string source_id;
  std::string id;                          // the new version's Entity::id
  std::string name;                        // the new version's primary name
  EntityType type = EntityType::kUnknown;  // the new version's type
  std::vector<std::string> programs;       // the new version's programmes
  std::vector<FieldChange> fields;         // in model field order, never empty
};

// Counts of added, removed and changed entities in one group.
struct DiffCounts {
  size_t added = 0;
  size_t removed = 0;
  size_t changed = 0;
};

// Counts for a programme (or programme family) in total and by entity type
// ("person", "organization", "vessel", "aircraft", "unknown").
struct GroupCounts {
  DiffCounts total;
  std::map<std::string, DiffCounts> by_type;
};

struct ListDiff {
  // What was compared (from the two ListData).
  std::string old_file, new_file;
  std::string old_list, new_list;
  std::string old_published, new_published;
  size_t old_entities = 0, new_entities = 0;

  std::vector<Entity> added;          // only in the new version, in the new file's order
  std::vector<Entity> removed;        // only in the old version, in the old file's order
  std::vector<EntityChange> changed;  // in both and different, in the new file's order
  size_t unchanged = 0;

  // Summaries. Added and changed entities count under their new type and programmes,
  // removed ones under their old. An entity counts once per programme it is listed under,
  // and once per programme family ("DPRK" for DPRK, DPRK2, DPRK3, DPRK-NKSPEA: the leading
  // letters of an upper-case programme code; any other programme is its own family).
  std::map<std::string, DiffCounts> by_type;
  std::map<std::string, GroupCounts> by_program;
  std::map<std::string, GroupCounts> by_program_family;
  // Changed entities by field name: how many entities had that field change.
  std::map<std::string, size_t> by_field;

  // Remarks about the comparison: different list ids, duplicate source ids (only the first
  // occurrence of a duplicated id is compared).
  std::vector<std::string> warnings;
};

// Compares two versions of a list. Never fails; comparing two different lists gives a
// warning and (usually) everything added and removed.
ListDiff DiffLists(const ListData& old, const ListData& new_);

// The family of a programme code: "DPRK3" -> "DPRK", "IRAN-EO13846" -> "IRAN",
// "SDGT" -> "SDGT"; a name that is not an upper-case code is returned unchanged.
std::string ProgramFamily(const std::string& program);

// JSON view (docs/json.md, "List diff"): summary counts, then added/removed entities
// (id, source_id, type, name, programs; the whole entity with `full_entities`) and the
// changed entities with their field changes.
nlohmann::json ListDiffToJson(const ListDiff& diff, bool full_entities = false);

}  // namespace sanctions
