// JSON views of the model (docs/json.md). Empty fields are omitted so that documents stay
// small and a field's presence means the list said something about it.
#include "sanctions/json.h"

#include <array>

namespace sanctions {

namespace {

using nlohmann::json;

// Sets obj[key] = value when value is not empty.
void PutString(json& obj, const char* key, const std::string& value) {
  if (!value.empty()) obj[key] = value;
}

void PutStrings(json& obj, const char* key, const std::vector<std::string>& values) {
  if (!values.empty()) obj[key] = values;
}

json NameToJson(const Name& n) {
  json j = json::object();
  j["full"] = n.full;
  if (!n.parts.empty()) {
    json parts = json::array();
    for (const NamePart& p : n.parts) parts.push_back({{"type", p.type}, {"value", p.value}});
    j["parts"] = std::move(parts);
  }
  PutString(j, "script", n.script);
  PutString(j, "language", n.language);
  j["kind"] = std::string(NameKindName(n.kind));
  j["quality"] = std::string(NameQualityName(n.quality));
  return j;
}

json IdentifierToJson(const Identifier& id) {
  json j = json::object();
  j["type"] = id.type;
  j["value"] = id.value;
  PutString(j, "country", id.country);
  PutString(j, "note", id.note);
  return j;
}

json AddressToJson(const Address& a) {
  json j = json::object();
  PutString(j, "full", a.full);
  PutString(j, "street", a.street);
  PutString(j, "city", a.city);
  PutString(j, "region", a.region);
  PutString(j, "postal_code", a.postal_code);
  PutString(j, "country", a.country);
  PutString(j, "country_name", a.country_name);
  PutString(j, "note", a.note);
  return j;
}

json VesselToJson(const VesselInfo& v) {
  json j = json::object();
  PutString(j, "flag", v.flag);
  PutString(j, "flag_name", v.flag_name);
  PutString(j, "vessel_type", v.vessel_type);
  PutString(j, "tonnage", v.tonnage);
  PutString(j, "grt", v.grt);
  PutString(j, "owner_operator", v.owner_operator);
  PutString(j, "build_year", v.build_year);
  return j;
}

json AircraftToJson(const AircraftInfo& a) {
  json j = json::object();
  PutString(j, "model", a.model);
  PutString(j, "manufacturer", a.manufacturer);
  PutString(j, "operator_name", a.operator_name);
  PutString(j, "construction_year", a.construction_year);
  PutString(j, "flag", a.flag);
  return j;
}

json LinkToJson(const Link& l) {
  json j = json::object();
  PutString(j, "relation", l.relation);
  PutString(j, "target_name", l.target_name);
  PutString(j, "target_id", l.target_id);
  return j;
}

json SourceRefToJson(const SourceRef& s) {
  json j = json::object();
  PutString(j, "file", s.file);
  if (s.line != 0) j["line"] = s.line;
  PutString(j, "element", s.element);
  return j;
}

// A DateSpec carries information when it has a parsed date or at least the listed text.
bool HasDate(const DateSpec& d) {
  return !d.from.empty() || !d.to.empty() || !d.text.empty();
}

}  // namespace

json DateSpecToJson(const DateSpec& d) {
  json j = json::object();
  PutString(j, "from", d.from.ToString());
  PutString(j, "to", d.to.ToString());
  if (d.circa) j["circa"] = true;
  PutString(j, "text", d.text);
  return j;
}

json RejectionToJson(const Rejection& r) {
  json j = json::object();
  j["file"] = r.file;
  if (r.line != 0) j["line"] = r.line;
  PutString(j, "element", r.element);
  PutString(j, "field", r.field);
  j["reason"] = r.reason;
  j["message"] = r.ToString();
  return j;
}

json WarningToJson(const Warning& w) {
  json j = json::object();
  j["file"] = w.file;
  if (w.line != 0) j["line"] = w.line;
  PutString(j, "element", w.element);
  j["message"] = w.message;
  return j;
}

json EntityToJson(const Entity& e) {
  json j = json::object();
  j["id"] = e.id;
  j["list"] = e.list;
  j["source_id"] = e.source_id;
  j["type"] = std::string(EntityTypeName(e.type));
  if (!e.names.empty()) {
    json names = json::array();
    for (const Name& n : e.names) names.push_back(NameToJson(n));
    j["names"] = std::move(names);
  }
  if (!e.identifiers.empty()) {
    json ids = json::array();
    for (const Identifier& id : e.identifiers) ids.push_back(IdentifierToJson(id));
    j["identifiers"] = std::move(ids);
  }
  if (!e.birth_dates.empty()) {
    json dates = json::array();
    for (const DateSpec& d : e.birth_dates) dates.push_back(DateSpecToJson(d));
    j["birth_dates"] = std::move(dates);
  }
  if (!e.birth_places.empty()) {
    json places = json::array();
    for (const Place& p : e.birth_places) {
      json pj = json::object();
      PutString(pj, "text", p.text);
      PutString(pj, "country", p.country);
      places.push_back(std::move(pj));
    }
    j["birth_places"] = std::move(places);
  }
  PutStrings(j, "nationalities", e.nationalities);
  PutStrings(j, "citizenships", e.citizenships);
  if (!e.addresses.empty()) {
    json addrs = json::array();
    for (const Address& a : e.addresses) addrs.push_back(AddressToJson(a));
    j["addresses"] = std::move(addrs);
  }
  PutStrings(j, "programs", e.programs);
  if (HasDate(e.listed_on)) j["listed_on"] = DateSpecToJson(e.listed_on);
  PutString(j, "gender", e.gender);
  PutStrings(j, "titles", e.titles);
  PutStrings(j, "positions", e.positions);
  PutStrings(j, "remarks", e.remarks);
  PutStrings(j, "emails", e.emails);
  PutStrings(j, "websites", e.websites);
  PutStrings(j, "phones", e.phones);
  PutStrings(j, "sanctions_notes", e.sanctions_notes);
  if (!e.vessel.empty()) j["vessel"] = VesselToJson(e.vessel);
  if (!e.aircraft.empty()) j["aircraft"] = AircraftToJson(e.aircraft);
  if (!e.links.empty()) {
    json links = json::array();
    for (const Link& l : e.links) links.push_back(LinkToJson(l));
    j["links"] = std::move(links);
  }
  if (!e.extra.empty()) {
    // An array of pairs, not an object: labels repeat and their order is the source's.
    json extra = json::array();
    for (const auto& [label, value] : e.extra)
      extra.push_back({{"label", label}, {"value", value}});
    j["extra"] = std::move(extra);
  }
  json source = SourceRefToJson(e.source);
  if (!source.empty()) j["source"] = std::move(source);
  return j;
}

json ListSummaryToJson(const ListData& list, size_t max_rejections) {
  // Index by EntityType value: kUnknown, kPerson, kOrganization, kVessel, kAircraft.
  std::array<size_t, 5> by_type{};
  size_t names = 0;
  size_t identifiers = 0;
  for (const Entity& e : list.entities) {
    size_t t = static_cast<size_t>(e.type);
    if (t >= by_type.size()) t = 0;
    ++by_type[t];
    names += e.names.size();
    identifiers += e.identifiers.size();
  }
  json j = json::object();
  j["file"] = list.file;
  j["files"] = list.files;
  j["list"] = list.list;
  j["format"] = list.format;
  j["published"] = list.published;
  j["sha256"] = list.sha256;
  j["entities"] = list.entities.size();
  j["types"] = {
      {"person", by_type[static_cast<size_t>(EntityType::kPerson)]},
      {"organization", by_type[static_cast<size_t>(EntityType::kOrganization)]},
      {"vessel", by_type[static_cast<size_t>(EntityType::kVessel)]},
      {"aircraft", by_type[static_cast<size_t>(EntityType::kAircraft)]},
      {"unknown", by_type[static_cast<size_t>(EntityType::kUnknown)]},
  };
  j["names"] = names;
  j["identifiers"] = identifiers;
  j["rejected"] = list.rejections.size();
  j["warnings"] = list.warnings.size();
  json rejections = json::array();
  for (size_t i = 0; i < list.rejections.size() && i < max_rejections; ++i) {
    rejections.push_back(RejectionToJson(list.rejections[i]));
  }
  j["rejections"] = std::move(rejections);
  j["rejections_truncated"] = list.rejections.size() > max_rejections;
  return j;
}

json ListSummaryToJson(const ListData& list) {
  return ListSummaryToJson(list, kSummaryRejectionLimit);
}

}  // namespace sanctions
