// OFAC classic XML (the sdnList schema of sdn.xml and consolidated.xml), in the old
// namespace http://tempuri.org/sdnList.xsd, the new Sanctions List Service namespace
// https://sanctionslistservice.ofac.treas.gov/api/PublicationPreview/exports/XML, or none.
// Elements are matched by local name, so any namespace prefix is accepted.
//
// Decisions:
// - The list id comes from the file name (consolidated*.xml / cons* -> us_ofac_cons,
//   otherwise us_ofac_sdn): the sdnList format does not say which list it is.
// - Person names are written as OFAC does in its other formats, "LAST, First", with the
//   parts family/given; other entities carry lastName alone.
// - idList entries are OFAC "features" as much as documents (Website, Gender, Secondary
//   sanctions risk...): each goes through ApplyOfacFact, like the CSV remarks.
// - remarks are parsed like CSV remarks ("(Linked To: HAMAS)" becomes a link).
// - A Record_Count that differs from the number of sdnEntry elements is a warning (the
//   real sdn.xml subset says 8197 and holds 8).
// - Files are small (< 20 MB), so a pugixml DOM is used.
#include <pugixml.hpp>

#include <cstring>
#include <unordered_set>

#include "sources/ofac_remarks.h"
#include "sources/reader.h"
#include "sources/xml_util.h"
#include "util/countries.h"
#include "util/dates.h"
#include "util/io.h"
#include "util/text.h"

namespace sanctions {

namespace {

using xml::Child;
using xml::ForEach;
using xml::LineCounter;
using xml::LocalName;

std::string Text(const pugi::xml_node& n, std::string_view local) {
  return OfacCleanText(Child(n, local).child_value());
}

std::string JoinName(const std::string& last, const std::string& first) {
  if (first.empty()) return last;
  if (last.empty()) return first;
  return last + ", " + first;
}

Name XmlName(const std::string& last, const std::string& first, NameKind kind, NameQuality q,
             bool person) {
  Name n;
  n.full = JoinName(last, first);
  n.kind = kind;
  n.quality = q;
  n.script = "Latn";
  if (person) {
    if (!last.empty()) n.parts.push_back(NamePart{"family", last});
    if (!first.empty()) n.parts.push_back(NamePart{"given", first});
  }
  return n;
}

}  // namespace

// Parses an in-memory sdnList document (also used by tests and fuzzers through ReadOfacXml).
Status ReadOfacXml(const std::string& path, ReadContext& ctx) {
  auto bytes = ReadFile(path);
  if (!bytes.ok()) return bytes.status();
  const std::string& data = *bytes;
  ListData& out = ctx.out();
  out.sha256 = Sha256Hex(data);
  if (Trim(data).empty()) return Status::Corruption(path + ": empty file");
  SANCTIONS_RETURN_IF_ERROR(OfacCheckXmlUtf8(path, data));

  pugi::xml_document doc;
  pugi::xml_parse_result pr =
      doc.load_buffer(data.data(), data.size(), pugi::parse_default, pugi::encoding_auto);
  if (!pr) {
    LineCounter lc(data);
    return Status::Corruption(path + ": XML error at line " + std::to_string(lc.LineAt(pr.offset)) +
                              " (offset " + std::to_string(pr.offset) + "): " + pr.description() +
                              (pr.status == pugi::status_end_element_mismatch ||
                                       pr.status == pugi::status_unrecognized_tag
                                   ? " (truncated file?)"
                                   : ""));
  }
  pugi::xml_node root = doc.document_element();
  if (LocalName(root) != "sdnList") {
    return Status::Corruption(path + ": not an OFAC sdnList XML file (root element <" +
                              std::string(root.name()) + ">)");
  }
  std::string base = AsciiLower(BaseName(path));
  out.list = base.find("cons") != std::string::npos ? "us_ofac_cons" : "us_ofac_sdn";

  pugi::xml_node info = Child(root, "publshInformation");
  if (!info) info = Child(root, "publishInformation");
  std::string publish = Text(info, "Publish_Date");
  if (!publish.empty()) {
    auto d = ParsePartialDate(publish, DateOrder::kMonthFirst);
    if (d) {
      out.published = d->ToString();
    } else {
      ctx.Warn(path, 0, "/sdnList/publshInformation/Publish_Date",
               "unreadable Publish_Date '" + publish + "'");
    }
  }
  std::string record_count = Text(info, "Record_Count");

  LineCounter lines(data);
  std::unordered_set<std::string> seen;
  size_t index = 0;
  ForEach(root, "sdnEntry", [&](const pugi::xml_node& x) {
    ++index;
    std::string where = "/sdnList/sdnEntry[" + std::to_string(index) + "]";
    uint32_t line = lines.LineAt(x.offset_debug());
    std::string uid = Text(x, "uid");
    if (uid.empty() || uid.find_first_not_of("0123456789") != std::string::npos) {
      ctx.Reject(path, line, where, "uid",
                 uid.empty() ? "missing uid" : "not a number: '" + uid + "'");
      return;
    }
    if (!seen.insert(uid).second) {
      ctx.Reject(path, line, where, "uid", "duplicate uid " + uid);
      return;
    }
    Entity e;
    e.list = out.list;
    e.source_id = uid;
    e.id = MakeEntityId(e.list, uid);
    std::string type = Text(x, "sdnType");
    if (type.empty() || EqualsIgnoreCase(type, "Entity")) {
      e.type = EntityType::kOrganization;
    } else if (auto t = ParseEntityType(type)) {
      e.type = *t;
    } else {
      ctx.Warn(path, line, where, "unknown sdnType '" + type + "'");
    }
    bool person = e.type == EntityType::kPerson;
    std::string last = Text(x, "lastName"), first = Text(x, "firstName");
    if (last.empty() && first.empty()) {
      ctx.Reject(path, line, where, "lastName", "entry has no name");
      return;
    }
    e.names.push_back(XmlName(last, first, NameKind::kPrimary, NameQuality::kStrong, person));
    if (std::string title = Text(x, "title"); !title.empty()) e.positions.push_back(title);
    ForEach(Child(x, "programList"), "program", [&](const pugi::xml_node& p) {
      std::string prog = OfacCleanText(p.child_value());
      if (!prog.empty()) e.programs.push_back(prog);
    });
    ForEach(Child(x, "akaList"), "aka", [&](const pugi::xml_node& a) {
      std::string al = Text(a, "lastName"), af = Text(a, "firstName");
      if (al.empty() && af.empty()) {
        ctx.Warn(path, lines.LineAt(a.offset_debug()), where + "/akaList", "aka without a name");
        return;
      }
      std::string cat = AsciiLower(Text(a, "category"));
      e.names.push_back(XmlName(al, af, OfacNameKind(Text(a, "type")),
                                cat == "weak" ? NameQuality::kWeak : NameQuality::kStrong, person));
    });
    ForEach(Child(x, "idList"), "id", [&](const pugi::xml_node& i) {
      std::string note;
      if (std::string d = Text(i, "issueDate"); !d.empty()) note = "issued " + d;
      if (std::string d = Text(i, "expirationDate"); !d.empty()) {
        if (!note.empty()) note += ' ';
        note += "expires ";
        note += d;
      }
      ApplyOfacFact(Text(i, "idType"), Text(i, "idNumber"), Text(i, "idCountry"), note, &e);
    });
    ForEach(Child(x, "addressList"), "address", [&](const pugi::xml_node& a) {
      Address ad;
      std::vector<std::string> street;
      for (std::string_view k : {"address1", "address2", "address3"}) {
        if (std::string v = Text(a, k); !v.empty()) street.push_back(v);
      }
      for (const std::string& s : street) ad.street += (ad.street.empty() ? "" : ", ") + s;
      ad.city = Text(a, "city");
      ad.region = Text(a, "stateOrProvince");
      ad.postal_code = Text(a, "postalCode");
      ad.country_name = Text(a, "country");
      ad.country = CountryCode(ad.country_name);
      for (const std::string* p :
           {&ad.street, &ad.city, &ad.region, &ad.postal_code, &ad.country_name}) {
        if (!p->empty()) ad.full += (ad.full.empty() ? "" : ", ") + *p;
      }
      if (!ad.full.empty()) e.addresses.push_back(std::move(ad));
    });
    ForEach(Child(x, "nationalityList"), "nationality", [&](const pugi::xml_node& n) {
      ApplyOfacFact("nationality", Text(n, "country"), "", "", &e);
    });
    ForEach(Child(x, "citizenshipList"), "citizenship", [&](const pugi::xml_node& n) {
      ApplyOfacFact("citizen", Text(n, "country"), "", "", &e);
    });
    ForEach(Child(x, "dateOfBirthList"), "dateOfBirthItem", [&](const pugi::xml_node& n) {
      ApplyOfacFact("DOB", Text(n, "dateOfBirth"), "", "", &e);
    });
    ForEach(Child(x, "placeOfBirthList"), "placeOfBirthItem", [&](const pugi::xml_node& n) {
      ApplyOfacFact("POB", Text(n, "placeOfBirth"), "", "", &e);
    });
    if (pugi::xml_node v = Child(x, "vesselInfo")) {
      if (std::string cs = Text(v, "callSign"); !cs.empty()) {
        e.identifiers.push_back(Identifier{std::string(id_type::kCallSign), cs, "", ""});
      }
      e.vessel.vessel_type = Text(v, "vesselType");
      e.vessel.flag_name = Text(v, "vesselFlag");
      e.vessel.flag = CountryCode(e.vessel.flag_name);
      e.vessel.owner_operator = Text(v, "vesselOwner");
      e.vessel.tonnage = Text(v, "tonnage");
      e.vessel.grt = Text(v, "grossRegisteredTonnage");
    }
    // "(Linked To: HAMAS)": ApplyOfacRemarks unwraps parenthesised items.
    ApplyOfacRemarks(Text(x, "remarks"), &e);
    e.source.file = BaseName(path);
    e.source.line = line;
    e.source.element = where;
    out.entities.push_back(std::move(e));
  });
  if (!record_count.empty() && record_count != std::to_string(index)) {
    ctx.Warn(path, 0, "/sdnList/publshInformation/Record_Count",
             "Record_Count says " + record_count + " but the file holds " + std::to_string(index) +
                 " sdnEntry elements");
  }
  return Status::Ok();
}

}  // namespace sanctions
