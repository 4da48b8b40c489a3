// EU Financial Sanctions Files XML 1.1 (namespace http://eu.europa.ec/fpi/fsd/export,
// fsf_schema_1_1.xsd): export/sanctionEntity.
//
// Mapping (list id "eu_fsf", source id = sanctionEntity/@logicalId, export/@generationDate
// -> published):
// - subjectType/@code: "person" -> person, "enterprise" -> organization, else
//   ParseEntityType(code) or unknown.
// - regulation/@programme -> programs; @numberTitle -> extra "regulation".
// - @designationDate -> listed_on; @euReferenceNumber, @unitedNationId,
//   @designationDetails, @delistingDate -> extra.
// - nameAlias: the first is the primary name, the others a.k.a.; parts given (firstName),
//   middle, family (lastName); @strong="false" -> weak; @nameLanguage -> language (lower
//   case); @title -> titles; @function -> positions; @gender M/F -> gender.
// - citizenship -> citizenships (countryIso2Code; "00" means unknown and is ignored).
// - birthdate: @birthdate, else @year/@monthOfYear/@dayOfMonth, @yearRangeFrom..To,
//   @circa; the place (city, region, place, country) -> birth_places.
// - identification: @identificationTypeCode -> id type (passport, id, regnumber,
//   swiftbic, imo...), @number (or @latinNumber), country; the note keeps the type
//   description, issuer, dates, the knownFalse/knownExpired/... flags and remarks.
// - address (street, city, zipCode, region, place, poBox, country) and its contactInfo
//   (phone, email, web) -> addresses, phones, emails, websites.
// - remark (any level) -> remarks; additionalInformation key/value -> extra.
// Elements are matched by local name so a prefixed namespace reads the same.
#include <pugixml.hpp>

#include <cstring>
#include <map>
#include <string>
#include <vector>

#include "sanctions/entity.h"
#include "sources/list_facts.h"
#include "sources/reader.h"
#include "sources/source_text.h"
#include "util/countries.h"
#include "util/dates.h"
#include "util/io.h"
#include "util/text.h"

namespace sanctions {
namespace {

constexpr const char* kList = "eu_fsf";
constexpr const char* kNamespace = "http://eu.europa.ec/fpi/fsd/export";

const char* LocalName(const pugi::xml_node& n) {
  const char* name = n.name();
  const char* colon = std::strchr(name, ':');
  return colon ? colon + 1 : name;
}

std::vector<pugi::xml_node> Children(const pugi::xml_node& n, const char* local) {
  std::vector<pugi::xml_node> out;
  for (const auto& c : n.children()) {
    if (c.type() == pugi::node_element && std::strcmp(LocalName(c), local) == 0) out.push_back(c);
  }
  return out;
}

std::string Attr(const pugi::xml_node& n, const char* name) {
  return CleanText(n.attribute(name).value());
}

// countryIso2Code, with "00" (unknown) and empty resolved from the description.
std::string Country(const pugi::xml_node& n) {
  std::string code = AsciiUpper(Attr(n, "countryIso2Code"));
  if (code.size() == 2 && code != "00") return code;
  return CountryCode(Attr(n, "countryDescription"));
}

std::string JoinNonEmpty(const std::vector<std::string>& parts, const char* sep) {
  std::string out;
  for (const std::string& p : parts) {
    if (p.empty()) continue;
    if (!out.empty()) out += sep;
    out += p;
  }
  return out;
}

void AddRemarks(const pugi::xml_node& n, Entity& e, const std::string& prefix = "") {
  for (const auto& r : Children(n, "remark")) {
    std::string t = CleanText(r.child_value());
    if (!t.empty()) AddUnique(e.remarks, prefix + t);
  }
}

int ToInt(const std::string& s) {
  int v = 0;
  for (char c : s) {
    if (c < '0' || c > '9' || v > 100000) return 0;
    v = v * 10 + (c - '0');
  }
  return v;
}

void ReadName(const pugi::xml_node& a, Entity& e) {
  Name n;
  std::string first = Attr(a, "firstName");
  std::string middle = Attr(a, "middleName");
  std::string last = Attr(a, "lastName");
  n.full = Attr(a, "wholeName");
  if (n.full.empty()) n.full = JoinNonEmpty({first, middle, last}, " ");
  if (!first.empty()) n.parts.push_back({"given", first});
  if (!middle.empty()) n.parts.push_back({"middle", middle});
  if (!last.empty()) n.parts.push_back({"family", last});
  n.language = AsciiLower(Attr(a, "nameLanguage"));
  n.script = DetectScript(n.full);
  n.quality = Attr(a, "strong") == "false" ? NameQuality::kWeak : NameQuality::kStrong;
  n.kind = e.names.empty() ? NameKind::kPrimary : NameKind::kAka;
  AddUnique(e.titles, Attr(a, "title"));
  AddUnique(e.positions, Attr(a, "function"));
  std::string gender = Attr(a, "gender");
  if (gender == "M") e.gender = "male";
  if (gender == "F") e.gender = "female";
  AddRemarks(a, e, n.full.empty() ? "" : n.full + ": ");
  if (n.full.empty()) return;
  for (const Name& have : e.names) {
    if (have.full == n.full && have.language == n.language) return;
  }
  e.names.push_back(std::move(n));
}

void ReadBirthdate(const pugi::xml_node& b, Entity& e) {
  DateSpec d;
  std::string full = Attr(b, "birthdate");
  std::string year = Attr(b, "year");
  std::string from = Attr(b, "yearRangeFrom");
  std::string to = Attr(b, "yearRangeTo");
  d.circa = Attr(b, "circa") == "true";
  if (!full.empty()) {
    if (auto p = ParsePartialDate(full)) d.from = *p;
    d.text = full;
  } else if (!year.empty()) {
    d.from.year = static_cast<int16_t>(ToInt(year));
    int month = ToInt(Attr(b, "monthOfYear"));
    int day = ToInt(Attr(b, "dayOfMonth"));
    if (month >= 1 && month <= 12) {
      d.from.month = static_cast<int8_t>(month);
      if (day >= 1 && day <= 31) d.from.day = static_cast<int8_t>(day);
    }
    d.text = d.from.ToString();
  } else if (!from.empty() || !to.empty()) {
    d.from.year = static_cast<int16_t>(ToInt(from.empty() ? to : from));
    d.to.year = static_cast<int16_t>(ToInt(to));
    d.text = from + " to " + to;
  }
  if (d.from.year < 1000 || d.from.year > 2999) d.from = PartialDate{};
  if (d.to.year < 1000 || d.to.year > 2999) d.to = PartialDate{};
  if (d.circa && !d.text.empty()) d.text = "circa " + d.text;
  if (!d.text.empty()) {
    bool seen = false;
    for (const DateSpec& have : e.birth_dates) seen = seen || have == d;
    if (!seen) e.birth_dates.push_back(std::move(d));
  }
  std::string country_name = Attr(b, "countryDescription");
  if (country_name == "UNKNOWN") country_name.clear();
  Place p;
  p.text = JoinNonEmpty({Attr(b, "place"), Attr(b, "city"), Attr(b, "region"), country_name}, ", ");
  p.country = Country(b);
  if (!p.text.empty()) {
    bool seen = false;
    for (const Place& have : e.birth_places) seen = seen || have == p;
    if (!seen) e.birth_places.push_back(std::move(p));
  }
}

void ReadIdentification(const pugi::xml_node& i, Entity& e) {
  std::string code = Attr(i, "identificationTypeCode");
  std::string description = Attr(i, "identificationTypeDescription");
  std::string number = Attr(i, "number");
  std::string latin = Attr(i, "latinNumber");
  if (number.empty()) number = latin;
  std::vector<std::string> notes;
  if (!description.empty()) notes.push_back(description);
  if (!latin.empty() && latin != number) notes.push_back("latin number " + latin);
  if (std::string v = Attr(i, "issuedBy"); !v.empty()) notes.push_back("issued by " + v);
  if (std::string v = Attr(i, "issueDate"); !v.empty()) notes.push_back("issued " + v);
  if (std::string v = Attr(i, "validFrom"); !v.empty()) notes.push_back("valid from " + v);
  if (std::string v = Attr(i, "validTo"); !v.empty()) notes.push_back("valid to " + v);
  if (std::string v = Attr(i, "nameOnDocument"); !v.empty())
    notes.push_back("name on document " + v);
  for (const char* flag :
       {"diplomatic", "knownExpired", "knownFalse", "reportedLost", "revokedByIssuer"}) {
    if (Attr(i, flag) == "true") notes.push_back(flag);
  }
  for (const auto& r : Children(i, "remark")) {
    std::string t = CleanText(r.child_value());
    if (!t.empty()) notes.push_back(t);
  }
  if (number.empty()) {
    if (!notes.empty()) e.remarks.push_back("Identification: " + JoinNonEmpty(notes, "; "));
    return;
  }
  Identifier id{IdTypeFromLabel(code.empty() ? description : code), number, Country(i),
                JoinNonEmpty(notes, "; ")};
  for (const Identifier& have : e.identifiers) {
    if (have == id) return;
  }
  e.identifiers.push_back(std::move(id));
}

void ReadAddress(const pugi::xml_node& a, Entity& e) {
  Address addr;
  addr.street = Attr(a, "street");
  std::string po_box = Attr(a, "poBox");
  if (!po_box.empty()) addr.street = JoinNonEmpty({addr.street, "PO Box " + po_box}, ", ");
  addr.city = Attr(a, "city");
  addr.region = Attr(a, "region");
  addr.postal_code = Attr(a, "zipCode");
  addr.country_name = Attr(a, "countryDescription");
  if (addr.country_name == "UNKNOWN") addr.country_name.clear();
  addr.country = Country(a);
  std::string place = Attr(a, "place");
  std::vector<std::string> notes;
  if (!place.empty()) notes.push_back(place);
  for (const auto& r : Children(a, "remark")) {
    std::string t = CleanText(r.child_value());
    if (!t.empty()) notes.push_back(t);
  }
  addr.note = JoinNonEmpty(notes, "; ");
  addr.full = JoinNonEmpty(
      {addr.street, place, addr.city, addr.region, addr.postal_code, addr.country_name}, ", ");
  for (const auto& c : Children(a, "contactInfo")) {
    std::string key = AsciiLower(Attr(c, "key"));
    std::string value = Attr(c, "value");
    if (value.empty()) continue;
    if (key.find("mail") != std::string::npos) {
      AddUnique(e.emails, value);
    } else if (key.find("web") != std::string::npos || key.find("url") != std::string::npos) {
      AddUnique(e.websites, value);
    } else if (key.find("phone") != std::string::npos || key.find("fax") != std::string::npos) {
      AddUnique(e.phones, value);
    } else {
      e.extra.emplace_back(key, value);
    }
  }
  if (addr.full.empty()) return;
  for (const Address& have : e.addresses) {
    if (have == addr) return;
  }
  e.addresses.push_back(std::move(addr));
}

EntityType SubjectType(const std::string& code) {
  if (code == "person") return EntityType::kPerson;
  if (code == "enterprise") return EntityType::kOrganization;
  return ParseEntityType(code).value_or(EntityType::kUnknown);
}

}  // namespace

Status ReadEuXml(const std::string& path, ReadContext& ctx) {
  auto bytes = ReadFile(path);
  if (!bytes.ok()) return bytes.status();
  const std::string& data = *bytes;
  if (Trim(data).empty()) return Status::Corruption(path + ": empty file");
  ctx.out().sha256 = Sha256Hex(data);
  SANCTIONS_RETURN_IF_ERROR(CheckUtf8(path, data));
  pugi::xml_document doc;
  pugi::xml_parse_result parsed =
      doc.load_buffer(data.data(), data.size(), pugi::parse_default, pugi::encoding_utf8);
  LineIndex lines(data);
  if (!parsed) {
    return Status::Corruption(path + ": line " +
                              std::to_string(lines.LineAt(static_cast<size_t>(parsed.offset))) +
                              ": malformed XML (" + parsed.description() + ")");
  }
  pugi::xml_node root = doc.document_element();
  if (std::strcmp(LocalName(root), "export") != 0) {
    return Status::Corruption(path + ": not an EU Financial Sanctions File (root element '" +
                              std::string(root.name()) + "')");
  }
  std::string ns;
  for (const auto& a : root.attributes()) {
    if (std::strncmp(a.name(), "xmlns", 5) == 0) ns = a.value();
  }
  if (ns != kNamespace) {
    ctx.Warn(path, 1, "/export", "namespace '" + ns + "' is not " + kNamespace);
  }
  ListData& out = ctx.out();
  out.list = kList;
  out.published = Attr(root, "generationDate");
  const std::string file = BaseName(path);

  size_t index = 0;
  std::map<std::string, int> id_uses;
  for (const auto& s : Children(root, "sanctionEntity")) {
    ++index;
    Entity e;
    e.list = kList;
    std::string element = "/export/sanctionEntity[" + std::to_string(index) + "]";
    e.source = SourceRef{file, lines.LineAt(s.offset_debug()), element};
    e.source_id = Attr(s, "logicalId");
    if (e.source_id.empty()) {
      ctx.Reject(path, e.source.line, element, "logicalId", "missing logical id");
      continue;
    }
    // A logical id seen twice (the real subset repeats 5468 for a test record): both
    // records load, the second as "5468-2", and a warning names it.
    if (int uses = ++id_uses[e.source_id]; uses > 1) {
      ctx.Warn(path, e.source.line, element,
               "logicalId " + e.source_id + " repeated; loaded as " + e.source_id + "-" +
                   std::to_string(uses));
      e.source_id += "-" + std::to_string(uses);
    }
    e.id = MakeEntityId(kList, e.source_id);
    auto subject = Children(s, "subjectType");
    if (!subject.empty()) e.type = SubjectType(AsciiLower(Attr(subject[0], "code")));

    for (const auto& a : Children(s, "nameAlias")) ReadName(a, e);
    if (e.names.empty()) {
      ctx.Reject(path, e.source.line, element, "nameAlias", "no name");
      continue;
    }
    for (const auto& r : Children(s, "regulation")) {
      AddUnique(e.programs, Attr(r, "programme"));
      if (std::string t = Attr(r, "numberTitle"); !t.empty()) e.extra.emplace_back("regulation", t);
    }
    if (std::string d = Attr(s, "designationDate"); !d.empty()) {
      if (auto spec = ParseDateSpec(d)) {
        e.listed_on = *spec;
      } else {
        e.listed_on.text = d;
        ctx.Warn(path, e.source.line, element, "designationDate: unreadable date '" + d + "'");
      }
    }
    for (const char* a :
         {"euReferenceNumber", "unitedNationId", "designationDetails", "delistingDate"}) {
      if (std::string v = Attr(s, a); !v.empty()) e.extra.emplace_back(a, v);
    }
    for (const auto& c : Children(s, "citizenship")) {
      std::string code = Country(c);
      if (!code.empty()) {
        AddUnique(e.citizenships, code);
      } else if (std::string t = Attr(c, "countryDescription"); !t.empty() && t != "UNKNOWN") {
        AddUnique(e.citizenships, t);
      }
    }
    for (const auto& b : Children(s, "birthdate")) ReadBirthdate(b, e);
    for (const auto& i : Children(s, "identification")) ReadIdentification(i, e);
    for (const auto& a : Children(s, "address")) ReadAddress(a, e);
    AddRemarks(s, e);
    for (const auto& info : Children(s, "additionalInformation")) {
      std::string key = Attr(info, "key");
      std::string value = Attr(info, "value");
      if (!value.empty()) e.extra.emplace_back(key.empty() ? "additional_information" : key, value);
    }
    out.entities.push_back(std::move(e));
  }
  return Status::Ok();
}

}  // namespace sanctions
