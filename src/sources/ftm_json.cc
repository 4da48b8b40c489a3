// OpenSanctions FollowTheMoney entities, one JSON object per line (entities.ftm.json).
// List id "opensanctions".
//
// Each line: {"id", "schema", "caption", "properties": {prop: [values...]}, "datasets",
// "referents", "first_seen", "last_seen", "last_change", "target"}.
//
// Decisions:
// - Schemata loaded as entities: Person -> person; Organization, Company, LegalEntity,
//   PublicBody -> organization (PublicBody is an Organization subtype in FtM); Vessel ->
//   vessel; Airplane -> aircraft. Every other schema is not an entity of the list: its
//   objects are counted and reported in one warning per file with counts per schema
//   (not rejections). Some of them still contribute facts to the entities they
//   reference in the same file: Address (via addressEntity) -> addresses; Sanction (via
//   entity) -> programs, listing date, a note; Passport / Identification (via holder) ->
//   identifiers; Ownership, Directorship, Family, Associate, Membership, Employment,
//   Representation, UnknownLink -> links on both sides.
// - The list id is "opensanctions" for every entity of a file (one file = one list, and a
//   FtM export mixes many source datasets); each object's datasets and referents are
//   kept as extra ("dataset", "eu_fsf") / ("referent", "ofac-32733"). LoadOptions::list_name
//   overrides the list id as for every format. Source id = the FtM id.
// - Names: the caption (or the first "name") is primary, the other "name" values are
//   a.k.a.; alias -> aka; previousName -> fka; weakAlias and abbreviation -> aka, weak.
//   firstName/middleName/lastName/fatherName/motherName become parts of the primary
//   name when their value appears in it (values come in several scripts).
// - Countries: nationality/citizenship -> nationalities/citizenships (ISO upper-case);
//   country and jurisdiction have no field of their own -> extra ("country", "RU").
// - listed_on = the earliest Sanction listingDate/startDate naming the entity, else
//   createdAt. The file states no publication date: published stays "".
// - A line that is not JSON, not an object, or lacks id/schema is rejected with its line
//   number; the rest loads. A file whose first object is a Senzing record (RECORD_TYPE,
//   DATA_SOURCE; OpenSanctions' senzing.json export) is refused as a whole: that is a
//   different format, not supported.
#include <nlohmann/json.hpp>

#include <algorithm>
#include <map>
#include <set>
#include <unordered_map>

#include "sources/reader.h"
#include "sources/source_text.h"
#include "util/countries.h"
#include "util/dates.h"
#include "util/io.h"
#include "util/text.h"

namespace sanctions {

namespace {

using json = nlohmann::json;
constexpr const char* kList = "opensanctions";

std::optional<EntityType> MainSchema(const std::string& schema) {
  if (schema == "Person") return EntityType::kPerson;
  if (schema == "Organization" || schema == "Company" || schema == "LegalEntity" ||
      schema == "PublicBody") {
    return EntityType::kOrganization;
  }
  if (schema == "Vessel") return EntityType::kVessel;
  if (schema == "Airplane") return EntityType::kAircraft;
  return std::nullopt;
}

// Relationship schemata: (schema, side A property, side B property).
struct RelSchema {
  const char* schema;
  const char* a;
  const char* b;
};
constexpr RelSchema kRelations[] = {
    {"Ownership", "owner", "asset"},          {"Directorship", "director", "organization"},
    {"Family", "person", "relative"},         {"Associate", "person", "associate"},
    {"Membership", "member", "organization"}, {"Employment", "employee", "employer"},
    {"Representation", "agent", "client"},    {"UnknownLink", "subject", "object"},
};

const RelSchema* Relation(const std::string& schema) {
  for (const RelSchema& r : kRelations)
    if (schema == r.schema) return &r;
  return nullptr;
}

// The string values of property `p` (FtM: always an array of strings; tolerate a scalar).
std::vector<std::string> Values(const json& props, const char* p) {
  std::vector<std::string> out;
  auto it = props.find(p);
  if (it == props.end()) return out;
  auto add = [&](const json& v) {
    if (v.is_string()) {
      std::string s = CleanText(v.get<std::string>());
      if (!s.empty()) out.push_back(std::move(s));
    } else if (v.is_number()) {
      out.push_back(v.dump());
    }
  };
  if (it->is_array()) {
    for (const json& v : *it) add(v);
  } else {
    add(*it);
  }
  return out;
}

std::string First(const json& props, const char* p) {
  auto v = Values(props, p);
  return v.empty() ? std::string() : v.front();
}

template <typename T>
void AddUnique(std::vector<T>& v, T value) {
  if (std::find(v.begin(), v.end(), value) == v.end()) v.push_back(std::move(value));
}

std::string Country(const std::string& v) {
  if (v.size() == 2) return AsciiUpper(v);
  std::string code = CountryCode(v);
  return code.empty() ? v : code;
}

void AddName(Entity& e, const std::string& full, NameKind kind, NameQuality q) {
  if (full.empty()) return;
  for (const Name& n : e.names)
    if (n.full == full) return;
  Name n;
  n.full = full;
  n.kind = kind;
  n.quality = q;
  n.script = DetectScript(full);
  e.names.push_back(std::move(n));
}

// Properties handled explicitly; everything else goes to extra.
const std::set<std::string>& Handled() {
  static const std::set<std::string> k = {"name",
                                          "alias",
                                          "previousName",
                                          "weakAlias",
                                          "abbreviation",
                                          "firstName",
                                          "lastName",
                                          "middleName",
                                          "fatherName",
                                          "motherName",
                                          "birthDate",
                                          "birthPlace",
                                          "nationality",
                                          "citizenship",
                                          "country",
                                          "jurisdiction",
                                          "gender",
                                          "idNumber",
                                          "passportNumber",
                                          "taxNumber",
                                          "registrationNumber",
                                          "innCode",
                                          "ogrnCode",
                                          "swiftBic",
                                          "imoNumber",
                                          "mmsi",
                                          "callSign",
                                          "flag",
                                          "type",
                                          "tonnage",
                                          "grossRegisteredTonnage",
                                          "owner",
                                          "email",
                                          "website",
                                          "phone",
                                          "address",
                                          "addressEntity",
                                          "notes",
                                          "summary",
                                          "description",
                                          "program",
                                          "programId",
                                          "topics",
                                          "position",
                                          "title",
                                          "createdAt",
                                          "modifiedAt",
                                          "kppCode",
                                          "vatCode",
                                          "leiCode",
                                          "permId",
                                          "dunsCode",
                                          "uniqueEntityId",
                                          "serialNumber",
                                          "model",
                                          "manufacturer",
                                          "operator",
                                          "buildDate",
                                          "icaoCode",
                                          "okpoCode"};
  return k;
}

struct IdProp {
  const char* prop;
  std::string_view type;
  const char* note;
};
const IdProp kIdProps[] = {
    {"idNumber", id_type::kNationalId, ""},
    {"passportNumber", id_type::kPassport, ""},
    {"taxNumber", id_type::kTaxId, ""},
    {"innCode", id_type::kTaxId, "INN"},
    {"vatCode", id_type::kTaxId, "VAT"},
    {"ogrnCode", id_type::kRegistration, "OGRN"},
    {"okpoCode", id_type::kRegistration, "OKPO"},
    {"kppCode", "kpp", "KPP"},
    {"swiftBic", id_type::kSwiftBic, ""},
    {"imoNumber", id_type::kImo, ""},
    {"mmsi", id_type::kMmsi, ""},
    {"callSign", id_type::kCallSign, ""},
    {"leiCode", "lei", ""},
    {"permId", "perm_id", ""},
    {"dunsCode", "duns", ""},
    {"uniqueEntityId", "uei", ""},
    {"icaoCode", "icao", ""},
};

Entity BuildEntity(const json& obj, EntityType type, const std::string& schema) {
  const json& props = obj.contains("properties") && obj["properties"].is_object()
                          ? obj["properties"]
                          : json::object();
  Entity e;
  e.type = type;
  std::string caption = obj.contains("caption") && obj["caption"].is_string()
                            ? CleanText(obj["caption"].get<std::string>())
                            : "";
  std::vector<std::string> names = Values(props, "name");
  std::string primary = caption;
  if (primary.empty() && !names.empty()) primary = names.front();
  if (primary.empty()) {
    primary = CleanText(First(props, "firstName") + " " + First(props, "middleName") + " " +
                        First(props, "lastName"));
  }
  AddName(e, primary, NameKind::kPrimary, NameQuality::kStrong);
  for (const std::string& n : names) AddName(e, n, NameKind::kAka, NameQuality::kStrong);
  for (const std::string& n : Values(props, "alias"))
    AddName(e, n, NameKind::kAka, NameQuality::kStrong);
  for (const std::string& n : Values(props, "previousName"))
    AddName(e, n, NameKind::kFka, NameQuality::kStrong);
  for (const std::string& n : Values(props, "weakAlias"))
    AddName(e, n, NameKind::kAka, NameQuality::kWeak);
  for (const std::string& n : Values(props, "abbreviation"))
    AddName(e, n, NameKind::kAka, NameQuality::kWeak);
  if (!e.names.empty()) {
    Name& p = e.names.front();
    for (auto [prop, part] :
         {std::pair{"firstName", "given"}, std::pair{"middleName", "middle"},
          std::pair{"fatherName", "patronymic"}, std::pair{"motherName", "matronymic"},
          std::pair{"lastName", "family"}}) {
      for (const std::string& v : Values(props, prop)) {
        if (p.full.find(v) != std::string::npos) {
          p.parts.push_back({part, v});
          break;
        }
      }
    }
  }
  for (const std::string& d : Values(props, "birthDate")) {
    if (auto ds = ParseDateSpec(d))
      AddUnique(e.birth_dates, *ds);
    else
      e.extra.emplace_back("birthDate", d);
  }
  for (const std::string& p : Values(props, "birthPlace")) {
    auto comma = p.rfind(',');
    std::string last = comma == std::string::npos ? p : CleanText(p.substr(comma + 1));
    AddUnique(e.birth_places, Place{p, CountryCode(last)});
  }
  for (const std::string& c : Values(props, "nationality")) AddUnique(e.nationalities, Country(c));
  for (const std::string& c : Values(props, "citizenship")) AddUnique(e.citizenships, Country(c));
  for (const char* p : {"country", "jurisdiction"}) {
    for (const std::string& c : Values(props, p)) {
      std::pair<std::string, std::string> fact{p, Country(c)};
      AddUnique(e.extra, fact);
    }
  }
  std::string gender = AsciiLower(First(props, "gender"));
  if (gender == "male" || gender == "female") e.gender = gender;

  for (const IdProp& ip : kIdProps) {
    for (const std::string& v : Values(props, ip.prop)) {
      AddUnique(e.identifiers, Identifier{std::string(ip.type), v, "", ip.note});
    }
  }
  for (const std::string& v : Values(props, "registrationNumber")) {
    std::string t(type == EntityType::kAircraft ? id_type::kAircraftTail : id_type::kRegistration);
    AddUnique(e.identifiers, Identifier{t, v, "", ""});
  }
  for (const std::string& v : Values(props, "serialNumber")) {
    std::string t(type == EntityType::kAircraft ? id_type::kAircraftSerial : "serial_number");
    AddUnique(e.identifiers, Identifier{t, v, "", ""});
  }
  if (type == EntityType::kVessel) {
    std::string flag = First(props, "flag");
    if (!flag.empty()) {
      e.vessel.flag = Country(flag);
      e.vessel.flag_name = flag;
    }
    e.vessel.vessel_type = First(props, "type");
    e.vessel.tonnage = First(props, "tonnage");
    e.vessel.grt = First(props, "grossRegisteredTonnage");
    e.vessel.owner_operator = First(props, "owner");
    e.vessel.build_year = First(props, "buildDate");
  } else if (type == EntityType::kAircraft) {
    e.aircraft.model = First(props, "model");
    if (e.aircraft.model.empty()) e.aircraft.model = First(props, "type");
    e.aircraft.manufacturer = First(props, "manufacturer");
    e.aircraft.operator_name = First(props, "operator");
    if (e.aircraft.operator_name.empty()) e.aircraft.operator_name = First(props, "owner");
    e.aircraft.construction_year = First(props, "buildDate");
    std::string flag = First(props, "flag");
    if (!flag.empty()) e.aircraft.flag = Country(flag);
  } else {
    for (const char* p : {"type", "owner", "flag", "tonnage", "grossRegisteredTonnage"})
      for (const std::string& v : Values(props, p)) e.extra.emplace_back(p, v);
  }
  for (const std::string& v : Values(props, "email")) AddUnique(e.emails, v);
  for (const std::string& v : Values(props, "website")) AddUnique(e.websites, v);
  for (const std::string& v : Values(props, "phone")) AddUnique(e.phones, v);
  for (const std::string& v : Values(props, "address")) {
    Address a;
    a.full = v;
    AddUnique(e.addresses, a);
  }
  for (const char* p : {"notes", "summary", "description"})
    for (const std::string& v : Values(props, p)) AddUnique(e.remarks, v);
  for (const char* p : {"program", "programId"})
    for (const std::string& v : Values(props, p)) AddUnique(e.programs, v);
  for (const std::string& v : Values(props, "position")) AddUnique(e.positions, v);
  for (const std::string& v : Values(props, "title")) AddUnique(e.titles, v);
  for (const std::string& v : Values(props, "topics")) e.extra.emplace_back("topic", v);
  std::string created = First(props, "createdAt");
  if (!created.empty()) e.extra.emplace_back("createdAt", created);
  for (const std::string& v : Values(props, "modifiedAt")) e.extra.emplace_back("modifiedAt", v);
  for (auto it = props.begin(); it != props.end(); ++it) {
    if (Handled().count(it.key())) continue;
    for (const std::string& v : Values(props, it.key().c_str())) e.extra.emplace_back(it.key(), v);
  }
  for (const char* k : {"datasets", "referents"}) {
    auto it = obj.find(k);
    if (it == obj.end() || !it->is_array()) continue;
    std::string label = std::string(k).substr(0, std::string(k).size() - 1);
    for (const json& v : *it)
      if (v.is_string()) e.extra.emplace_back(label, v.get<std::string>());
  }
  for (const char* k : {"first_seen", "last_seen", "last_change"}) {
    auto it = obj.find(k);
    if (it != obj.end() && it->is_string()) e.extra.emplace_back(k, it->get<std::string>());
  }
  if (schema != "Person" && type == EntityType::kOrganization)
    e.extra.emplace_back("schema", schema);
  return e;
}

std::vector<std::string> Referents(const json& obj) {
  std::vector<std::string> out;
  auto it = obj.find("referents");
  if (it == obj.end() || !it->is_array()) return out;
  for (const json& v : *it)
    if (v.is_string()) out.push_back(v.get<std::string>());
  return out;
}

struct Helper {
  std::string schema;
  json props;
  uint32_t line = 0;
};

}  // namespace

Status ReadFtmJson(const std::string& path, ReadContext& ctx) {
  auto bytes = ReadMaybeGzip(path);
  if (!bytes.ok()) return bytes.status();
  std::string_view data = StripBom(*bytes);
  if (Trim(data).empty()) return Status::Corruption(path + ": empty file");
  ListData& out = ctx.out();
  out.list = kList;
  const std::string file = BaseName(path);

  std::unordered_map<std::string, size_t> index;           // FtM id -> entity index
  std::unordered_map<std::string, size_t> referent_index;  // merged (referent) id -> index
  std::vector<std::vector<std::string>> address_refs;
  std::unordered_map<std::string, Helper> addresses;
  std::vector<Helper> helpers;  // Sanction, Passport, Identification, relationships
  std::map<std::string, size_t> skipped;
  bool first_object = true;

  uint32_t line_no = 0;
  size_t pos = 0;
  while (pos < data.size()) {
    size_t end = data.find('\n', pos);
    if (end == std::string_view::npos) end = data.size();
    std::string_view line = data.substr(pos, end - pos);
    pos = end + 1;
    ++line_no;
    if (Trim(line).empty()) continue;
    json obj;
    try {
      obj = json::parse(line);
    } catch (const json::exception& err) {  // syntax, or a number out of range
      std::string what = err.what();
      ctx.Reject(path, line_no, "", "", "invalid JSON: " + what.substr(0, 200));
      continue;
    }
    if (!obj.is_object()) {
      ctx.Reject(path, line_no, "", "", "line is not a JSON object");
      continue;
    }
    if (first_object && !obj.contains("schema") &&
        (obj.contains("RECORD_TYPE") || obj.contains("DATA_SOURCE"))) {
      return Status::Corruption(path + ": line " + std::to_string(line_no) +
                                ": a Senzing JSON record (RECORD_TYPE/DATA_SOURCE), not "
                                "FollowTheMoney; Senzing exports are not supported");
    }
    first_object = false;
    auto schema_it = obj.find("schema");
    auto id_it = obj.find("id");
    if (schema_it == obj.end() || !schema_it->is_string()) {
      ctx.Reject(path, line_no, "", "schema", "no \"schema\" string");
      continue;
    }
    if (id_it == obj.end() || !id_it->is_string() || id_it->get<std::string>().empty()) {
      ctx.Reject(path, line_no, "", "id", "no \"id\" string");
      continue;
    }
    const std::string schema = schema_it->get<std::string>();
    const std::string id = id_it->get<std::string>();
    json props = obj.contains("properties") && obj["properties"].is_object() ? obj["properties"]
                                                                             : json::object();
    if (auto type = MainSchema(schema)) {
      Entity e = BuildEntity(obj, *type, schema);
      if (e.names.empty()) {
        ctx.Reject(path, line_no, id, "name", "entity has no caption or name");
        continue;
      }
      if (index.count(id)) {
        ctx.Reject(path, line_no, id, "id", "duplicate id " + id);
        continue;
      }
      e.list = kList;
      e.source_id = id;
      e.id = MakeEntityId(kList, id);
      e.source = SourceRef{file, line_no, id};
      for (const std::string& r : Referents(obj)) referent_index.emplace(r, out.entities.size());
      index[id] = out.entities.size();
      address_refs.push_back(Values(props, "addressEntity"));
      out.entities.push_back(std::move(e));
      continue;
    }
    ++skipped[schema];
    if (schema == "Address") {
      // Entities may name an address by one of its merged ids (its "referents").
      for (const std::string& r : Referents(obj))
        addresses.emplace(r, Helper{schema, props, line_no});
      addresses[id] = Helper{schema, std::move(props), line_no};
    } else if (schema == "Sanction" || schema == "Passport" || schema == "Identification" ||
               Relation(schema)) {
      helpers.push_back(Helper{schema, std::move(props), line_no});
    }
  }

  // Helper objects may name an entity by one of its merged ids.
  for (const auto& [ref, i] : referent_index) index.emplace(ref, i);
  // Attach the facts of the helper objects to the entities they name.
  size_t attached = 0;
  for (size_t i = 0; i < out.entities.size(); ++i) {
    for (const std::string& ref : address_refs[i]) {
      auto it = addresses.find(ref);
      if (it == addresses.end()) continue;
      const json& p = it->second.props;
      Address a;
      a.full = First(p, "full");
      a.street = First(p, "street");
      a.city = First(p, "city");
      a.region = First(p, "region");
      a.postal_code = First(p, "postalCode");
      std::string c = First(p, "country");
      if (!c.empty()) a.country = Country(c);
      if (a.full.empty()) {
        for (const std::string* part : {&a.street, &a.postal_code, &a.city, &a.region, &a.country})
          if (!part->empty()) a.full += (a.full.empty() ? "" : ", ") + *part;
      }
      if (!a.full.empty()) {
        AddUnique(out.entities[i].addresses, a);
        ++attached;
      }
    }
  }
  auto caption = [&](const std::string& id) -> std::string {
    auto it = index.find(id);
    return it == index.end() ? std::string() : out.entities[it->second].names.front().full;
  };
  for (const Helper& h : helpers) {
    if (h.schema == "Sanction") {
      for (const std::string& ref : Values(h.props, "entity")) {
        auto it = index.find(ref);
        if (it == index.end()) continue;
        Entity& e = out.entities[it->second];
        for (const char* p : {"programId", "program"}) {
          std::string v = First(h.props, p);
          if (!v.empty()) {
            AddUnique(e.programs, v);
            break;
          }
        }
        for (const char* p : {"listingDate", "startDate"}) {
          for (const std::string& v : Values(h.props, p)) {
            auto d = ParseDateSpec(v);
            if (d && (e.listed_on.empty() || d->from.ToString() < e.listed_on.from.ToString())) {
              e.listed_on = *d;
            }
          }
        }
        std::string note = First(h.props, "authority");
        std::string program = First(h.props, "program");
        if (!program.empty()) note += (note.empty() ? "" : ": ") + program;
        std::string reason = First(h.props, "reason");
        if (!reason.empty()) note += (note.empty() ? "" : " — ") + reason;
        if (!note.empty()) AddUnique(e.sanctions_notes, note);
        ++attached;
      }
    } else if (h.schema == "Passport" || h.schema == "Identification") {
      for (const std::string& ref : Values(h.props, "holder")) {
        auto it = index.find(ref);
        std::string number = First(h.props, "number");
        if (it == index.end() || number.empty()) continue;
        Identifier id;
        std::string t = AsciiLower(First(h.props, "type"));
        id.type = h.schema == "Passport" || t.find("passport") != std::string::npos
                      ? std::string(id_type::kPassport)
                      : std::string(id_type::kNationalId);
        id.value = number;
        std::string c = First(h.props, "country");
        if (!c.empty()) id.country = Country(c);
        id.note = First(h.props, "type");
        AddUnique(out.entities[it->second].identifiers, id);
        ++attached;
      }
    } else if (const RelSchema* rel = Relation(h.schema)) {
      std::string relation = AsciiLower(h.schema);
      std::string label = First(h.props, "relationship");
      if (label.empty()) label = First(h.props, "role");
      for (const std::string& a : Values(h.props, rel->a)) {
        for (const std::string& b : Values(h.props, rel->b)) {
          auto ia = index.find(a);
          auto ib = index.find(b);
          if (ia != index.end()) {
            AddUnique(out.entities[ia->second].links,
                      Link{relation + ":" + rel->b + (label.empty() ? "" : " (" + label + ")"),
                           caption(b), b});
            ++attached;
          }
          if (ib != index.end()) {
            AddUnique(out.entities[ib->second].links,
                      Link{relation + ":" + rel->a + (label.empty() ? "" : " (" + label + ")"),
                           caption(a), a});
            ++attached;
          }
        }
      }
    }
  }
  if (!skipped.empty()) {
    std::string msg = "not loaded as entities (schema: count):";
    bool first = true;
    for (const auto& [schema, count] : skipped) {
      msg += (first ? " " : ", ") + schema + ": " + std::to_string(count);
      first = false;
    }
    msg += "; " + std::to_string(attached) + " fact(s) from them attached to entities";
    ctx.Warn(path, 0, "", msg);
  }
  return Status::Ok();
}

}  // namespace sanctions
