// DiffLists: entity-level and field-level differences between two versions of a list.
#include "sanctions/diff.h"

#include <set>
#include <unordered_map>

#include "sanctions/json.h"
#include "util/io.h"

namespace sanctions {

namespace {

using nlohmann::json;

// ---- One-line renderings of field values (what a reviewer reads in the diff) ----

std::string RenderDate(const DateSpec& d) {
  std::string iso = d.from.ToString();
  if (!d.to.empty()) iso += " to " + d.to.ToString();
  if (d.circa && !iso.empty()) iso = "circa " + iso;
  if (d.text.empty()) return iso;
  if (iso.empty() || iso == d.text) return d.text;
  return iso + " [" + d.text + "]";
}

std::string RenderName(const Name& n) {
  std::string q;
  auto add = [&q](std::string_view s) {
    if (!q.empty()) q += ", ";
    q += s;
  };
  if (n.kind != NameKind::kPrimary) add(NameKindName(n.kind));
  if (n.quality != NameQuality::kStrong) add(NameQualityName(n.quality));
  if (!n.script.empty() && n.script != "Latn") add(n.script);
  return q.empty() ? n.full : n.full + " (" + q + ")";
}

// Everything about a name, used when two names render alike but differ.
std::string RenderNameDetail(const Name& n) {
  std::string s = n.full + " (" + std::string(NameKindName(n.kind)) + ", " +
                  std::string(NameQualityName(n.quality));
  if (!n.script.empty()) s += ", script " + n.script;
  if (!n.language.empty()) s += ", language " + n.language;
  s += ")";
  if (!n.parts.empty()) {
    s += " {";
    for (size_t i = 0; i < n.parts.size(); ++i) {
      if (i) s += "; ";
      s += n.parts[i].type + "=" + n.parts[i].value;
    }
    s += "}";
  }
  return s;
}

std::string RenderIdentifier(const Identifier& id) {
  std::string s = id.type + ": " + id.value;
  std::string q = id.country;
  if (!id.note.empty()) q += (q.empty() ? "" : ", ") + id.note;
  return q.empty() ? s : s + " (" + q + ")";
}

std::string RenderPlace(const Place& p) {
  return p.country.empty() ? p.text : p.text + " [" + p.country + "]";
}

std::string RenderAddress(const Address& a) {
  return a.country.empty() || a.full.find(a.country) != std::string::npos
             ? a.full
             : a.full + " [" + a.country + "]";
}

std::string RenderAddressDetail(const Address& a) {
  std::string s = a.full + " {";
  auto add = [&s](const char* k, const std::string& v) {
    if (v.empty()) return;
    if (s.back() != '{') s += "; ";
    s += k;
    s += "=";
    s += v;
  };
  add("street", a.street);
  add("city", a.city);
  add("region", a.region);
  add("postal_code", a.postal_code);
  add("country", a.country);
  add("country_name", a.country_name);
  add("note", a.note);
  return s + "}";
}

std::string RenderLink(const Link& l) {
  std::string s = l.relation.empty() ? l.target_name : l.relation + ": " + l.target_name;
  return l.target_id.empty() ? s : s + " [" + l.target_id + "]";
}

std::string RenderExtra(const std::pair<std::string, std::string>& kv) {
  return kv.first + ": " + kv.second;
}

std::string RenderString(const std::string& s) {
  return s;
}

// ---- Comparison ----

// Multiset difference of two list-valued fields (order ignored). Appends a FieldChange
// when they differ. `detail` renders a value fully when the short renderings of an added
// and a removed value coincide.
template <typename T, typename Render, typename Detail>
void CompareMulti(const char* field, const std::vector<T>& old_values,
                  const std::vector<T>& new_values, Render render, Detail detail,
                  std::vector<FieldChange>* out) {
  if (old_values == new_values) return;
  std::vector<bool> used(new_values.size(), false);
  std::vector<const T*> removed;
  for (const T& v : old_values) {
    bool found = false;
    for (size_t j = 0; j < new_values.size(); ++j) {
      if (!used[j] && new_values[j] == v) {
        used[j] = true;
        found = true;
        break;
      }
    }
    if (!found) removed.push_back(&v);
  }
  std::vector<const T*> added;
  for (size_t j = 0; j < new_values.size(); ++j) {
    if (!used[j]) added.push_back(&new_values[j]);
  }
  if (added.empty() && removed.empty()) return;  // same values, other order
  FieldChange c;
  c.field = field;
  c.multi = true;
  for (const T* v : added) c.added.push_back(render(*v));
  for (const T* v : removed) c.removed.push_back(render(*v));
  // Two different values that render alike: show them in full.
  std::set<std::string> added_set(c.added.begin(), c.added.end());
  bool collide = false;
  for (const std::string& r : c.removed) collide = collide || added_set.count(r) > 0;
  if (collide) {
    for (size_t i = 0; i < added.size(); ++i) c.added[i] = detail(*added[i]);
    for (size_t i = 0; i < removed.size(); ++i) c.removed[i] = detail(*removed[i]);
  }
  out->push_back(std::move(c));
}

template <typename T, typename Render>
void CompareMulti(const char* field, const std::vector<T>& old_values,
                  const std::vector<T>& new_values, Render render, std::vector<FieldChange>* out) {
  CompareMulti(field, old_values, new_values, render, render, out);
}

void CompareScalar(const char* field, const std::string& old_value, const std::string& new_value,
                   std::vector<FieldChange>* out) {
  if (old_value == new_value) return;
  FieldChange c;
  c.field = field;
  c.old_value = old_value;
  c.new_value = new_value;
  out->push_back(std::move(c));
}

std::vector<FieldChange> CompareEntities(const Entity& a, const Entity& b) {
  std::vector<FieldChange> out;
  CompareScalar("type", std::string(EntityTypeName(a.type)), std::string(EntityTypeName(b.type)),
                &out);
  CompareMulti("names", a.names, b.names, RenderName, RenderNameDetail, &out);
  CompareMulti("identifiers", a.identifiers, b.identifiers, RenderIdentifier, &out);
  CompareMulti("birth_dates", a.birth_dates, b.birth_dates, RenderDate, &out);
  CompareMulti("birth_places", a.birth_places, b.birth_places, RenderPlace, &out);
  CompareMulti("nationalities", a.nationalities, b.nationalities, RenderString, &out);
  CompareMulti("citizenships", a.citizenships, b.citizenships, RenderString, &out);
  CompareMulti("addresses", a.addresses, b.addresses, RenderAddress, RenderAddressDetail, &out);
  CompareMulti("programs", a.programs, b.programs, RenderString, &out);
  if (!(a.listed_on == b.listed_on)) {
    CompareScalar("listed_on", RenderDate(a.listed_on), RenderDate(b.listed_on), &out);
  }
  CompareScalar("gender", a.gender, b.gender, &out);
  CompareMulti("titles", a.titles, b.titles, RenderString, &out);
  CompareMulti("positions", a.positions, b.positions, RenderString, &out);
  CompareMulti("remarks", a.remarks, b.remarks, RenderString, &out);
  CompareMulti("emails", a.emails, b.emails, RenderString, &out);
  CompareMulti("websites", a.websites, b.websites, RenderString, &out);
  CompareMulti("phones", a.phones, b.phones, RenderString, &out);
  CompareMulti("sanctions_notes", a.sanctions_notes, b.sanctions_notes, RenderString, &out);
  CompareScalar("vessel.flag", a.vessel.flag, b.vessel.flag, &out);
  CompareScalar("vessel.flag_name", a.vessel.flag_name, b.vessel.flag_name, &out);
  CompareScalar("vessel.vessel_type", a.vessel.vessel_type, b.vessel.vessel_type, &out);
  CompareScalar("vessel.tonnage", a.vessel.tonnage, b.vessel.tonnage, &out);
  CompareScalar("vessel.grt", a.vessel.grt, b.vessel.grt, &out);
  CompareScalar("vessel.owner_operator", a.vessel.owner_operator, b.vessel.owner_operator, &out);
  CompareScalar("vessel.build_year", a.vessel.build_year, b.vessel.build_year, &out);
  CompareScalar("aircraft.model", a.aircraft.model, b.aircraft.model, &out);
  CompareScalar("aircraft.manufacturer", a.aircraft.manufacturer, b.aircraft.manufacturer, &out);
  CompareScalar("aircraft.operator_name", a.aircraft.operator_name, b.aircraft.operator_name, &out);
  CompareScalar("aircraft.construction_year", a.aircraft.construction_year,
                b.aircraft.construction_year, &out);
  CompareScalar("aircraft.flag", a.aircraft.flag, b.aircraft.flag, &out);
  CompareMulti("links", a.links, b.links, RenderLink, &out);
  CompareMulti("extra", a.extra, b.extra, RenderExtra, &out);
  return out;
}

// The key an entity is matched by across versions.
std::string MatchKey(const Entity& e) {
  if (!e.source_id.empty()) return e.source_id;
  const Name* n = e.primary_name();
  return "name:" + (n ? n->full : std::string());
}

// Maps each key to the index of its first occurrence; reports duplicates.
std::unordered_map<std::string, size_t> IndexByKey(const ListData& l, const char* which,
                                                   std::vector<std::string>* warnings) {
  std::unordered_map<std::string, size_t> index;
  index.reserve(l.entities.size());
  size_t duplicates = 0;
  std::string first_duplicate;
  for (size_t i = 0; i < l.entities.size(); ++i) {
    std::string key = MatchKey(l.entities[i]);
    if (!index.emplace(key, i).second) {
      if (duplicates++ == 0) first_duplicate = key;
    }
  }
  if (duplicates > 0) {
    warnings->push_back(std::string(which) + " list " + l.file + ": " + std::to_string(duplicates) +
                        " entities repeat a source id already seen (first: " + first_duplicate +
                        "); only the first occurrence is compared");
  }
  return index;
}

enum class Change { kAdded, kRemoved, kChanged };

void Bump(DiffCounts& c, Change kind) {
  switch (kind) {
    case Change::kAdded:
      ++c.added;
      break;
    case Change::kRemoved:
      ++c.removed;
      break;
    case Change::kChanged:
      ++c.changed;
      break;
  }
}

void Count(ListDiff& d, EntityType type, const std::vector<std::string>& programs, Change kind) {
  std::string t(EntityTypeName(type));
  Bump(d.by_type[t], kind);
  std::set<std::string> seen_programs;
  std::set<std::string> seen_families;
  for (const std::string& p : programs) {
    if (seen_programs.insert(p).second) {
      GroupCounts& g = d.by_program[p];
      Bump(g.total, kind);
      Bump(g.by_type[t], kind);
    }
    std::string family = ProgramFamily(p);
    if (seen_families.insert(family).second) {
      GroupCounts& g = d.by_program_family[family];
      Bump(g.total, kind);
      Bump(g.by_type[t], kind);
    }
  }
}

json CountsToJson(const DiffCounts& c) {
  return {{"added", c.added}, {"removed", c.removed}, {"changed", c.changed}};
}

json GroupsToJson(const std::map<std::string, GroupCounts>& groups) {
  json out = json::object();
  for (const auto& [name, g] : groups) {
    json gj = CountsToJson(g.total);
    json types = json::object();
    for (const auto& [t, c] : g.by_type) types[t] = CountsToJson(c);
    gj["by_type"] = std::move(types);
    out[name] = std::move(gj);
  }
  return out;
}

json EntityBrief(const Entity& e) {
  json j = json::object();
  j["id"] = e.id;
  j["source_id"] = e.source_id;
  j["type"] = std::string(EntityTypeName(e.type));
  const Name* n = e.primary_name();
  j["name"] = n ? n->full : "";
  j["programs"] = e.programs;
  return j;
}

}  // namespace

std::string ProgramFamily(const std::string& program) {
  if (program.empty()) return program;
  for (char c : program) {
    bool code_char = (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-' || c == '_' ||
                     c == '.' || c == ' ';
    if (!code_char) return program;  // a name ("Al-Qaida"), not a code
  }
  size_t n = 0;
  while (n < program.size() && program[n] >= 'A' && program[n] <= 'Z') ++n;
  return n == 0 ? program : program.substr(0, n);
}

ListDiff DiffLists(const ListData& old, const ListData& new_) {
  ListDiff d;
  d.old_file = old.file;
  d.new_file = new_.file;
  d.old_list = old.list;
  d.new_list = new_.list;
  d.old_published = old.published;
  d.new_published = new_.published;
  d.old_entities = old.entities.size();
  d.new_entities = new_.entities.size();
  if (old.list != new_.list) {
    d.warnings.push_back("comparing different lists: '" + old.list + "' and '" + new_.list + "'");
  }
  // Companion files (an OFAC CSV set's add/alt/comments) read on one side only make
  // aliases, addresses and remarks look changed.
  auto companions = [](const ListData& l) {
    std::set<std::string> names;
    for (const std::string& f : l.files) names.insert(BaseName(f));
    return names;
  };
  auto join = [](const std::set<std::string>& names) {
    std::string s;
    for (const std::string& n : names) s += (s.empty() ? "" : ", ") + n;
    return s.empty() ? std::string("none") : s;
  };
  std::set<std::string> old_companions = companions(old);
  std::set<std::string> new_companions = companions(new_);
  if (old_companions.size() != new_companions.size()) {
    d.warnings.push_back("the versions were read from different sets of companion files (old: " +
                         join(old_companions) + "; new: " + join(new_companions) +
                         "): facts from those files show as changes");
  }
  auto old_index = IndexByKey(old, "old", &d.warnings);
  auto new_index = IndexByKey(new_, "new", &d.warnings);

  for (size_t i = 0; i < new_.entities.size(); ++i) {
    const Entity& e = new_.entities[i];
    std::string key = MatchKey(e);
    auto self = new_index.find(key);
    if (self->second != i) continue;  // a duplicate: only the first occurrence counts
    auto it = old_index.find(key);
    if (it == old_index.end()) {
      d.added.push_back(e);
      Count(d, e.type, e.programs, Change::kAdded);
      continue;
    }
    const Entity& before = old.entities[it->second];
    std::vector<FieldChange> fields = CompareEntities(before, e);
    if (fields.empty()) {
      ++d.unchanged;
      continue;
    }
    EntityChange c;
    c.source_id = e.source_id;
    c.id = e.id;
    const Name* n = e.primary_name();
    c.name = n ? n->full : "";
    c.type = e.type;
    c.programs = e.programs;
    for (const FieldChange& f : fields) ++d.by_field[f.field];
    c.fields = std::move(fields);
    Count(d, e.type, e.programs, Change::kChanged);
    d.changed.push_back(std::move(c));
  }
  for (size_t i = 0; i < old.entities.size(); ++i) {
    const Entity& e = old.entities[i];
    std::string key = MatchKey(e);
    if (old_index.find(key)->second != i) continue;
    if (new_index.count(key) == 0) {
      d.removed.push_back(e);
      Count(d, e.type, e.programs, Change::kRemoved);
    }
  }
  return d;
}

json ListDiffToJson(const ListDiff& d, bool full_entities) {
  json j = json::object();
  j["old"] = {{"file", d.old_file},
              {"list", d.old_list},
              {"published", d.old_published},
              {"entities", d.old_entities}};
  j["new"] = {{"file", d.new_file},
              {"list", d.new_list},
              {"published", d.new_published},
              {"entities", d.new_entities}};
  json summary = {{"added", d.added.size()},
                  {"removed", d.removed.size()},
                  {"changed", d.changed.size()},
                  {"unchanged", d.unchanged}};
  json by_type = json::object();
  for (const auto& [t, c] : d.by_type) by_type[t] = CountsToJson(c);
  summary["by_type"] = std::move(by_type);
  summary["by_program"] = GroupsToJson(d.by_program);
  summary["by_program_family"] = GroupsToJson(d.by_program_family);
  summary["by_field"] = d.by_field;
  j["summary"] = std::move(summary);

  json added = json::array();
  for (const Entity& e : d.added) added.push_back(full_entities ? EntityToJson(e) : EntityBrief(e));
  j["added"] = std::move(added);
  json removed = json::array();
  for (const Entity& e : d.removed) {
    removed.push_back(full_entities ? EntityToJson(e) : EntityBrief(e));
  }
  j["removed"] = std::move(removed);
  json changed = json::array();
  for (const EntityChange& c : d.changed) {
    json cj = {{"id", c.id},
               {"source_id", c.source_id},
               {"type", std::string(EntityTypeName(c.type))},
               {"name", c.name},
               {"programs", c.programs}};
    json fields = json::array();
    for (const FieldChange& f : c.fields) {
      json fj = {{"field", f.field}};
      if (f.multi) {
        fj["added"] = f.added;
        fj["removed"] = f.removed;
      } else {
        fj["old"] = f.old_value;
        fj["new"] = f.new_value;
      }
      fields.push_back(std::move(fj));
    }
    cj["changes"] = std::move(fields);
    changed.push_back(std::move(cj));
  }
  j["changed"] = std::move(changed);
  j["warnings"] = d.warnings;
  return j;
}

}  // namespace sanctions
