// OFAC enhanced XML (namespace .../api/PublicationPreview/exports/ENHANCED_XML; the format of
// SDN_ENHANCED.XML and CONS_ENHANCED.XML). `path` is the .ZIP OFAC publishes (the first
// .xml entry is read directly from it) or a bare .xml file.
//
// Decisions:
// - Each name translation is one Name: an entity's primary name in Cyrillic or Chinese
//   comes through as a primary Name with script "Cyrl"/"Hans"; names[0] is the primary
//   Latin-script name when there is one. formattedFullName is kept as `full`.
// - Countries: the file's referenceValues give ISO codes by refId; they are preferred over
//   resolving the country name.
// - The list id is us_ofac_cons when publicationInfo/filters names the "Consolidated List"
//   (or the file name starts with "cons"), otherwise us_ofac_sdn.
// - listed_on is the earliest sanctionsList datePublished; lists, sanctions types and
//   legal authorities go to extra.
// - The file is parsed with pugixml (CONS_ENHANCED.XML is 3.4 MB).
#include <pugixml.hpp>

#include <algorithm>
#include <unordered_map>
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

std::string Value(const pugi::xml_node& n) {
  return OfacCleanText(n.child_value());
}

bool IsTrue(const std::string& s) {
  return s == "true" || s == "1";
}

void AddExtra(Entity* e, std::string label, std::string value) {
  if (value.empty()) return;
  std::pair<std::string, std::string> kv{std::move(label), std::move(value)};
  if (std::find(e->extra.begin(), e->extra.end(), kv) == e->extra.end()) {
    e->extra.push_back(std::move(kv));
  }
}

// Reads the XML bytes from a zip (first .xml entry) or a plain file.
Result<std::string> ReadEnhancedBytes(const std::string& path, std::string* sha256) {
  auto raw = ReadFile(path);
  if (!raw.ok()) return raw.status();
  *sha256 = Sha256Hex(*raw);
  if (!LooksZip(*raw)) return std::move(*raw);
  auto entries = ZipEntries(path);
  if (!entries.ok()) return entries.status();
  for (const std::string& name : *entries) {
    if (AsciiLower(name).ends_with(".xml")) return ReadZipEntry(path, name);
  }
  return Status::Corruption(path + ": the zip archive holds no .xml entry");
}

}  // namespace

Status ReadOfacEnhancedXml(const std::string& path, ReadContext& ctx) {
  ListData& out = ctx.out();
  auto bytes = ReadEnhancedBytes(path, &out.sha256);
  if (!bytes.ok()) return bytes.status();
  const std::string& data = *bytes;
  if (Trim(data).empty()) return Status::Corruption(path + ": empty file");
  SANCTIONS_RETURN_IF_ERROR(OfacCheckXmlUtf8(path, data));

  pugi::xml_document doc;
  pugi::xml_parse_result pr =
      doc.load_buffer(data.data(), data.size(), pugi::parse_default, pugi::encoding_auto);
  if (!pr) {
    LineCounter lc(data);
    return Status::Corruption(
        path + ": XML error at line " + std::to_string(lc.LineAt(pr.offset)) + ": " +
        pr.description() +
        (pr.status == pugi::status_end_element_mismatch ? " (truncated file?)" : ""));
  }
  pugi::xml_node root = doc.document_element();
  if (LocalName(root) != "sanctionsData") {
    return Status::Corruption(path + ": not an OFAC enhanced XML file (root element <" +
                              std::string(root.name()) + ">)");
  }

  pugi::xml_node info = Child(root, "publicationInfo");
  if (std::string as_of = Text(info, "dataAsOf"); !as_of.empty()) {
    auto d = ParsePartialDate(as_of);
    out.published = d ? d->ToString() : as_of;
  }
  bool cons = AsciiLower(BaseName(path)).starts_with("cons");
  ForEach(Child(Child(info, "filters"), "sanctionsLists"), "sanctionsList",
          [&](const pugi::xml_node& l) {
            if (EqualsIgnoreCase(Value(l), "Consolidated List")) cons = true;
          });
  out.list = cons ? "us_ofac_cons" : "us_ofac_sdn";

  // Reference values: refId -> ISO code for countries.
  std::unordered_map<std::string, std::string> iso;
  ForEach(Child(root, "referenceValues"), "referenceValue", [&](const pugi::xml_node& r) {
    std::string code = Text(r, "isoCode");
    if (!code.empty()) iso[r.attribute("refId").value()] = code;
  });
  auto country_of = [&](const pugi::xml_node& n) {
    auto it = iso.find(n.attribute("refId").value());
    if (it != iso.end()) return it->second;
    return CountryCodeOrText(Value(n));
  };

  LineCounter lines(data);
  std::unordered_set<std::string> seen;
  size_t index = 0;
  ForEach(Child(root, "entities"), "entity", [&](const pugi::xml_node& x) {
    ++index;
    std::string where = "/sanctionsData/entities/entity[" + std::to_string(index) + "]";
    uint32_t line = lines.LineAt(x.offset_debug());
    std::string id = x.attribute("id").value();
    if (id.empty() || id.find_first_not_of("0123456789") != std::string::npos) {
      ctx.Reject(path, line, where, "id", id.empty() ? "missing id" : "not a number: '" + id + "'");
      return;
    }
    if (!seen.insert(id).second) {
      ctx.Reject(path, line, where, "id", "duplicate entity id " + id);
      return;
    }
    Entity e;
    e.list = out.list;
    e.source_id = id;
    e.id = MakeEntityId(e.list, id);
    pugi::xml_node general = Child(x, "generalInfo");
    std::string type = Text(general, "entityType");
    if (EqualsIgnoreCase(type, "Entity")) {
      e.type = EntityType::kOrganization;
    } else if (auto t = ParseEntityType(type)) {
      e.type = *t;
    } else {
      ctx.Warn(path, line, where, "unknown entityType '" + type + "'");
    }
    bool person = e.type == EntityType::kPerson;
    if (std::string rem = Text(general, "remarks"); !rem.empty()) ApplyOfacRemarks(rem, &e);
    AddExtra(&e, "identity id", Text(general, "identityId"));

    ForEach(Child(x, "names"), "name", [&](const pugi::xml_node& n) {
      bool primary = IsTrue(Text(n, "isPrimary"));
      NameKind kind = primary ? NameKind::kPrimary : OfacNameKind(Text(n, "aliasType"));
      NameQuality quality =
          IsTrue(Text(n, "isLowQuality")) ? NameQuality::kWeak : NameQuality::kStrong;
      ForEach(Child(n, "translations"), "translation", [&](const pugi::xml_node& t) {
        Name name;
        name.kind = kind;
        name.quality = quality;
        name.script = OfacScriptCode(Text(t, "script"));
        name.full = Text(t, "formattedFullName");
        ForEach(Child(t, "nameParts"), "namePart", [&](const pugi::xml_node& p) {
          std::string v = Text(p, "value");
          if (!v.empty()) name.parts.push_back(NamePart{OfacNamePartType(Text(p, "type")), v});
        });
        if (name.full.empty()) {
          for (const NamePart& p : name.parts)
            name.full += (name.full.empty() ? "" : " ") + p.value;
        }
        if (!person && name.parts.size() == 1 && name.parts[0].type == "whole") name.parts.clear();
        if (!name.full.empty()) e.names.push_back(std::move(name));
      });
    });
    if (e.names.empty()) {
      ctx.Reject(path, line, where, "names", "entity " + id + " has no name");
      return;
    }
    // names[0]: the primary name in Latin script when there is one.
    std::stable_sort(e.names.begin(), e.names.end(), [](const Name& a, const Name& b) {
      auto rank = [](const Name& n) {
        if (n.kind != NameKind::kPrimary) return 2;
        return n.script == "Latn" ? 0 : 1;
      };
      return rank(a) < rank(b);
    });

    ForEach(Child(x, "sanctionsPrograms"), "sanctionsProgram", [&](const pugi::xml_node& p) {
      std::string v = Value(p);
      if (!v.empty() && std::find(e.programs.begin(), e.programs.end(), v) == e.programs.end()) {
        e.programs.push_back(v);
      }
    });
    PartialDate earliest;
    ForEach(Child(x, "sanctionsLists"), "sanctionsList", [&](const pugi::xml_node& l) {
      AddExtra(&e, "list", Value(l));
      auto d = ParsePartialDate(l.attribute("datePublished").value());
      if (d && (earliest.empty() || d->ToString() < earliest.ToString())) earliest = *d;
    });
    if (!earliest.empty()) {
      e.listed_on.from = earliest;
      e.listed_on.text = earliest.ToString();
    }
    ForEach(Child(x, "sanctionsTypes"), "sanctionsType",
            [&](const pugi::xml_node& t) { AddExtra(&e, "sanctions measure", Value(t)); });
    ForEach(Child(x, "legalAuthorities"), "legalAuthority",
            [&](const pugi::xml_node& t) { AddExtra(&e, "legal basis", Value(t)); });

    ForEach(Child(x, "identityDocuments"), "identityDocument", [&](const pugi::xml_node& d) {
      std::string note;
      for (std::string_view k : {"issueDate", "expirationDate"}) {
        std::string v = Text(d, k);
        if (!v.empty())
          note += (note.empty() ? "" : " ") +
                  std::string(k == "issueDate" ? "issued " : "expires ") + v;
      }
      if (!IsTrue(Text(d, "isValid")) && !Text(d, "isValid").empty()) {
        note += (note.empty() ? "" : "; ") + std::string("not valid");
      }
      pugi::xml_node c = Child(d, "issuingCountry");
      ApplyOfacFact(Text(d, "type"), Text(d, "documentNumber"), c ? country_of(c) : "", note, &e);
    });

    ForEach(Child(x, "addresses"), "address", [&](const pugi::xml_node& a) {
      Address ad;
      pugi::xml_node c = Child(a, "country");
      if (c) {
        ad.country_name = Value(c);
        ad.country = country_of(c);
        if (ad.country == ad.country_name) ad.country = CountryCode(ad.country_name);
      }
      pugi::xml_node tr;
      ForEach(Child(a, "translations"), "translation", [&](const pugi::xml_node& t) {
        if (!tr || IsTrue(Text(t, "isPrimary"))) {
          if (!tr || !IsTrue(Text(tr, "isPrimary"))) tr = t;
        }
      });
      ForEach(Child(tr, "addressParts"), "addressPart", [&](const pugi::xml_node& p) {
        std::string t = AsciiUpper(Text(p, "type"));
        std::string v = Text(p, "value");
        if (v.empty()) return;
        std::string* field = &ad.street;
        if (t == "CITY")
          field = &ad.city;
        else if (t == "STATE/PROVINCE" || t == "REGION")
          field = &ad.region;
        else if (t == "POSTAL CODE")
          field = &ad.postal_code;
        *field += (field->empty() ? "" : ", ") + v;
      });
      for (const std::string* p :
           {&ad.street, &ad.city, &ad.region, &ad.postal_code, &ad.country_name}) {
        if (!p->empty()) ad.full += (ad.full.empty() ? "" : ", ") + *p;
      }
      if (!ad.full.empty()) e.addresses.push_back(std::move(ad));
    });

    ForEach(Child(x, "features"), "feature", [&](const pugi::xml_node& f) {
      std::string label = Text(f, "type");
      std::string l = AsciiLower(label);
      std::string value = Text(f, "value");
      if (l == "location") return;  // the addresses above
      if (pugi::xml_node vd = Child(f, "valueDate")) {
        auto from = ParsePartialDate(Text(vd, "fromDateBegin"));
        auto to = ParsePartialDate(Text(vd, "toDateEnd"));
        if (from || to) {
          DateSpec d = OfacPeriodToSpec(from ? *from : PartialDate{}, to ? *to : PartialDate{},
                                        IsTrue(Text(vd, "isApproximate")));
          if (l == "birthdate" || l == "date of birth") {
            if (!d.empty() &&
                std::find(e.birth_dates.begin(), e.birth_dates.end(), d) == e.birth_dates.end()) {
              e.birth_dates.push_back(std::move(d));
            }
            return;
          }
          if (value.empty()) value = d.text;
        }
      }
      if (value.empty()) return;
      // Country-valued features: the ISO code from the reference values.
      std::string ref = Text(f, "valueRefId");
      auto it = iso.find(ref);
      if (it != iso.end() && (l.find("nationality country") != std::string::npos ||
                              l.find("citizenship") != std::string::npos)) {
        value = it->second;
      }
      ApplyOfacFact(label, value, "", "", &e);
    });

    ForEach(Child(x, "relationships"), "relationship", [&](const pugi::xml_node& r) {
      Link link;
      link.relation = OfacRelation(Text(r, "type"));
      if (link.relation.empty()) link.relation = "related_to";
      pugi::xml_node target = Child(r, "relatedEntity");
      link.target_name = Value(target);
      link.target_id = OfacCleanText(target.attribute("entityId").value());
      e.links.push_back(std::move(link));
    });

    e.source.file = BaseName(path);
    e.source.line = line;
    e.source.element = where;
    out.entities.push_back(std::move(e));
  });
  return Status::Ok();
}

}  // namespace sanctions
