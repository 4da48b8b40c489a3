// UN Security Council consolidated list XML (sc-sanctions.xsd, no namespace):
// CONSOLIDATED_LIST/INDIVIDUALS/INDIVIDUAL and CONSOLIDATED_LIST/ENTITIES/ENTITY.
//
// Mapping (list id "un_sc", source id = REFERENCE_NUMBER, dateGenerated -> published):
// - FIRST..FOURTH_NAME -> names[0] with parts "first".."fourth", full = parts joined.
// - NAME_ORIGINAL_SCRIPT -> a second name of kind primary (it is the primary name as
//   written in its own script), script detected from its letters (ISO 15924).
// - INDIVIDUAL_ALIAS / ENTITY_ALIAS: QUALITY "Good" and "a.k.a." -> strong aka, "Low" ->
//   low-quality aka, "f.k.a." -> strong fka. An alias's DATE_OF_BIRTH / CITY_OF_BIRTH /
//   COUNTRY_OF_BIRTH join the entity's birth dates and places; its NOTE goes to extra.
// - TITLE, DESIGNATION (positions), NATIONALITY (ISO codes), UN_LIST_TYPE (programme),
//   LISTED_ON, GENDER, COMMENTS1 (remarks), addresses, dates and places of birth,
//   INDIVIDUAL_DOCUMENT -> identifiers (type from TYPE_OF_DOCUMENT, note keeps the rest).
// - DATAID, VERSIONNUM, LIST_TYPE, LAST_DAY_UPDATED, SUBMITTED_BY, NATIONALITY2,
//   DELISTED_ON -> extra.
//
// Vessels: the UN list carries ships (when it carries them at all) as ENTITY records, and
// names IMO numbers in COMMENTS1 ("IMO number: 5571322"). Every IMO number found in the
// comments or alias names becomes an "imo" identifier. The type becomes vessel only when
// the record itself is a ship: it names an IMO number that passes the IMO ship-number
// check digit AND its primary name has no company legal form or organisation word
// (LTD, CO, SHIPPING, COMPANY...). The word "vessel" alone is not enough: in all three
// real files it appears only in comments on shipping companies ("Registered owner of the
// vessel HUA FU"), and the IMO numbers listed there are IMO company numbers (they fail the
// ship check digit, except OCEAN MARITIME MANAGEMENT COMPANY's 1790183 by chance), so the
// three real files hold no vessel record; see un_xml_test.cc.
#include <pugixml.hpp>

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

constexpr const char* kList = "un_sc";

// Cleaned text of a child element; "" for the xsd's "na" defaults.
std::string Text(const pugi::xml_node& node, const char* child) {
  std::string v = CleanText(node.child_value(child));
  if (EqualsIgnoreCase(v, "na")) return "";
  return v;
}

// UN writes dates as xs:date, sometimes with a zone ("1970-01-01-05:00"): keep the date.
std::string DatePart(std::string s) {
  if (s.size() > 10 && s[4] == '-' && s[7] == '-') s.resize(10);
  return s;
}

void AddName(Entity& e, Name n) {
  if (n.full.empty()) return;
  for (const Name& have : e.names) {
    if (have.full == n.full && have.kind == n.kind && have.script == n.script) return;
  }
  e.names.push_back(std::move(n));
}

void AddDate(Entity& e, DateSpec d) {
  for (const DateSpec& have : e.birth_dates) {
    if (have.from == d.from && have.to == d.to && have.circa == d.circa) return;
  }
  e.birth_dates.push_back(std::move(d));
}

void AddPlace(Entity& e, Place p) {
  if (p.text.empty()) return;
  for (const Place& have : e.birth_places) {
    if (have == p) return;
  }
  e.birth_places.push_back(std::move(p));
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

class UnReader {
 public:
  UnReader(const std::string& path, const std::string& data, ReadContext& ctx)
      : path_(path), lines_(data), ctx_(ctx) {}

  void ReadRecord(const pugi::xml_node& node, bool individual, const std::string& element) {
    Entity e;
    e.list = kList;
    e.source = SourceRef{BaseName(path_), lines_.LineAt(node.offset_debug()), element};
    e.source_id = Text(node, "REFERENCE_NUMBER");
    if (e.source_id.empty()) {
      ctx_.Reject(path_, e.source.line, element, "REFERENCE_NUMBER", "missing reference number");
      return;
    }
    e.id = MakeEntityId(kList, e.source_id);
    e.type = individual ? EntityType::kPerson : EntityType::kOrganization;

    // Primary name.
    static const char* const kPartTags[] = {"FIRST_NAME", "SECOND_NAME", "THIRD_NAME",
                                            "FOURTH_NAME"};
    static const char* const kPartTypes[] = {"first", "second", "third", "fourth"};
    Name primary;
    std::vector<std::string> words;
    for (int i = 0; i < 4; ++i) {
      std::string v = Text(node, kPartTags[i]);
      if (v.empty()) continue;
      words.push_back(v);
      primary.parts.push_back(NamePart{individual ? kPartTypes[i] : "whole", v});
    }
    primary.full = JoinNonEmpty(words, " ");
    primary.script = DetectScript(primary.full);
    if (primary.full.empty()) {
      ctx_.Reject(path_, e.source.line, element, "FIRST_NAME", "record has no name");
      return;
    }
    e.names.push_back(std::move(primary));
    if (std::string orig = Text(node, "NAME_ORIGINAL_SCRIPT"); !orig.empty()) {
      Name n;
      n.full = orig;
      n.script = DetectScript(orig);
      AddName(e, std::move(n));
    }

    for (const auto& v : node.child("TITLE").children("VALUE")) {
      AddUnique(e.titles, CleanText(v.child_value()));
    }
    for (const auto& v : node.child("DESIGNATION").children("VALUE")) {
      AddUnique(e.positions, CleanText(v.child_value()));
    }
    for (const auto& v : node.child("NATIONALITY").children("VALUE")) {
      std::string t = CleanText(v.child_value());
      if (!t.empty()) {
        std::string code = CountryFromText(t);
        AddUnique(e.nationalities, code.empty() ? t : code);
      }
    }
    AddUnique(e.programs, Text(node, "UN_LIST_TYPE"));
    if (std::string listed = DatePart(Text(node, "LISTED_ON")); !listed.empty()) {
      if (auto d = ParseDateSpec(listed)) {
        e.listed_on = *d;
      } else {
        e.listed_on.text = listed;
        ctx_.Warn(path_, e.source.line, element, "LISTED_ON: unreadable date '" + listed + "'");
      }
    }
    std::string gender = AsciiLower(Text(node, "GENDER"));
    if (gender == "male" || gender == "female") e.gender = gender;
    std::string comments = Text(node, "COMMENTS1");
    if (!comments.empty()) e.remarks.push_back(comments);

    for (const char* tag :
         {"DATAID", "VERSIONNUM", "SUBMITTED_BY", "NATIONALITY2", "DELISTED_ON"}) {
      if (std::string v = Text(node, tag); !v.empty()) e.extra.emplace_back(AsciiLower(tag), v);
    }
    for (const char* tag : {"LIST_TYPE", "LAST_DAY_UPDATED"}) {
      for (const auto& v : node.child(tag).children("VALUE")) {
        std::string t = CleanText(v.child_value());
        if (!t.empty()) e.extra.emplace_back(AsciiLower(tag), t);
      }
    }

    ReadAliases(node, individual ? "INDIVIDUAL_ALIAS" : "ENTITY_ALIAS", e);
    ReadAddresses(node, individual ? "INDIVIDUAL_ADDRESS" : "ENTITY_ADDRESS", e);
    if (individual) {
      ReadBirthDates(node, e, element);
      ReadBirthPlaces(node, e);
      ReadDocuments(node, e);
    }
    ApplyVesselRule(e, comments);
    ctx_.out().entities.push_back(std::move(e));
  }

 private:
  void ReadAliases(const pugi::xml_node& node, const char* tag, Entity& e) {
    for (const auto& a : node.children(tag)) {
      std::string alias = Text(a, "ALIAS_NAME");
      std::string quality = AsciiLower(Text(a, "QUALITY"));
      if (!alias.empty()) {
        Name n;
        n.full = alias;
        n.script = DetectScript(alias);
        n.kind = quality == "f.k.a." ? NameKind::kFka : NameKind::kAka;
        n.quality = quality == "low" ? NameQuality::kLow : NameQuality::kStrong;
        AddName(e, std::move(n));
      }
      if (std::string dob = DatePart(Text(a, "DATE_OF_BIRTH")); !dob.empty()) {
        if (auto d = ParseDateSpec(dob)) AddDate(e, *d);
      }
      std::string city = Text(a, "CITY_OF_BIRTH");
      std::string country = Text(a, "COUNTRY_OF_BIRTH");
      if (!city.empty() || !country.empty()) {
        AddPlace(e, Place{JoinNonEmpty({city, country}, ", "), CountryCode(country)});
      }
      if (std::string note = Text(a, "NOTE"); !note.empty()) {
        e.extra.emplace_back("alias_note", alias.empty() ? note : alias + ": " + note);
      }
    }
  }

  void ReadAddresses(const pugi::xml_node& node, const char* tag, Entity& e) {
    for (const auto& a : node.children(tag)) {
      Address addr;
      addr.street = Text(a, "STREET");
      addr.city = Text(a, "CITY");
      addr.region = Text(a, "STATE_PROVINCE");
      addr.postal_code = Text(a, "ZIP_CODE");
      addr.country_name = Text(a, "COUNTRY");
      addr.country = CountryCode(addr.country_name);
      addr.note = Text(a, "NOTE");
      addr.full = JoinNonEmpty(
          {addr.street, addr.city, addr.region, addr.postal_code, addr.country_name}, ", ");
      if (addr.full.empty()) {
        if (addr.note.empty()) continue;
        addr.full = addr.note;
      }
      bool seen = false;
      for (const Address& have : e.addresses) seen = seen || have == addr;
      if (!seen) e.addresses.push_back(std::move(addr));
    }
  }

  void ReadBirthDates(const pugi::xml_node& node, Entity& e, const std::string& element) {
    for (const auto& d : node.children("INDIVIDUAL_DATE_OF_BIRTH")) {
      std::string type = AsciiUpper(Text(d, "TYPE_OF_DATE"));
      std::string date = DatePart(Text(d, "DATE"));
      std::string year = Text(d, "YEAR");
      std::string from_year = Text(d, "FROM_YEAR");
      std::string to_year = Text(d, "TO_YEAR");
      std::string note = Text(d, "NOTE");
      DateSpec spec;
      std::string what;
      if (!date.empty()) {
        what = date;
      } else if (!year.empty()) {
        what = year;
      } else if (!from_year.empty() || !to_year.empty()) {
        what = from_year + " to " + to_year;
      } else {
        continue;  // an empty <INDIVIDUAL_DATE_OF_BIRTH/>
      }
      if (!from_year.empty() && date.empty() && year.empty()) {
        auto f = ParsePartialDate(from_year);
        auto t = ParsePartialDate(to_year);
        if (f) spec.from = *f;
        if (t) spec.to = *t;
        if (!f && t) spec.from = *t;
      } else if (auto p = ParsePartialDate(what)) {
        spec.from = *p;
      }
      spec.circa = type == "APPROXIMATELY";
      spec.text = (spec.circa ? "circa " : "") + what;
      if (!note.empty()) spec.text += " (" + note + ")";
      if (spec.from.empty()) {
        ctx_.Warn(path_, e.source.line, element,
                  "INDIVIDUAL_DATE_OF_BIRTH: unreadable date '" + what + "', kept as text");
      }
      AddDate(e, std::move(spec));
    }
  }

  void ReadBirthPlaces(const pugi::xml_node& node, Entity& e) {
    for (const auto& p : node.children("INDIVIDUAL_PLACE_OF_BIRTH")) {
      std::string city = Text(p, "CITY");
      std::string region = Text(p, "STATE_PROVINCE");
      std::string country = Text(p, "COUNTRY");
      std::string note = Text(p, "NOTE");
      std::string text = JoinNonEmpty({city, region, country}, ", ");
      if (!note.empty()) text = text.empty() ? note : text + " (" + note + ")";
      AddPlace(e, Place{text, CountryCode(country)});
    }
  }

  void ReadDocuments(const pugi::xml_node& node, Entity& e) {
    for (const auto& d : node.children("INDIVIDUAL_DOCUMENT")) {
      std::string label = Text(d, "TYPE_OF_DOCUMENT");
      std::string label2 = Text(d, "TYPE_OF_DOCUMENT2");
      std::string number = Text(d, "NUMBER");
      std::string issuing = Text(d, "ISSUING_COUNTRY");
      std::string country_of_issue = Text(d, "COUNTRY_OF_ISSUE");
      std::string issued = DatePart(Text(d, "DATE_OF_ISSUE"));
      std::string city = Text(d, "CITY_OF_ISSUE");
      std::string note = Text(d, "NOTE");
      if (label.empty() && number.empty() && note.empty()) continue;  // <INDIVIDUAL_DOCUMENT/>
      std::string country_text = issuing.empty() ? country_of_issue : issuing;
      std::vector<std::string> notes;
      std::string type = IdTypeFromLabel(label.empty() ? label2 : label);
      // The label goes to the note only when the type does not already say it: UN
      // repeats one passport under French, Spanish and English labels, and those repeats
      // collapse into one identifier below.
      if (type != id_type::kPassport &&
          !EqualsIgnoreCase(label, "National Identification Number")) {
        if (!label.empty()) notes.push_back(label);
      }
      if (!label2.empty()) notes.push_back(label2);
      if (!issued.empty()) notes.push_back("issued " + issued);
      if (!city.empty()) notes.push_back("issued in " + city);
      if (!issuing.empty() && !country_of_issue.empty() && issuing != country_of_issue) {
        notes.push_back("country of issue " + country_of_issue);
      }
      if (!note.empty()) notes.push_back(note);
      if (number.empty()) {
        // No number: nothing to screen on, but the facts stay readable in the remarks.
        e.remarks.push_back("Document: " + JoinNonEmpty(notes, "; "));
        continue;
      }
      Identifier id{type, number, CountryCodeOrText(country_text), ""};
      Identifier* same = nullptr;
      for (Identifier& have : e.identifiers) {
        if (have.type == id.type && have.value == id.value && have.country == id.country) {
          same = &have;
        }
      }
      if (same == nullptr) {
        id.note = JoinNonEmpty(notes, "; ");
        e.identifiers.push_back(std::move(id));
        continue;
      }
      for (const std::string& n : notes) {  // merge what the repeat adds
        if (same->note.find(n) == std::string::npos) {
          same->note += same->note.empty() ? n : "; " + n;
        }
      }
    }
  }

  void ApplyVesselRule(Entity& e, const std::string& comments) {
    std::vector<std::string> imos = ExtractImoNumbers(comments);
    for (size_t i = 1; i < e.names.size(); ++i) {
      for (std::string& n : ExtractImoNumbers(e.names[i].full)) imos.push_back(std::move(n));
    }
    bool ship_number = false;
    for (const std::string& imo : imos) {
      bool ship = IsImoShipNumber(imo);
      ship_number = ship_number || ship;
      Identifier id{std::string(id_type::kImo), imo, "",
                    ship ? "" : "no ship check digit: IMO company/registered owner number"};
      bool seen = false;
      for (const Identifier& have : e.identifiers) seen = seen || have.value == imo;
      if (!seen) e.identifiers.push_back(std::move(id));
    }
    if (e.type == EntityType::kOrganization && ship_number && !HasLegalForm(e.names[0].full)) {
      e.type = EntityType::kVessel;
    }
  }

  const std::string& path_;
  LineIndex lines_;
  ReadContext& ctx_;
};

}  // namespace

Status ReadUnXml(const std::string& path, ReadContext& ctx) {
  auto bytes = ReadFile(path);
  if (!bytes.ok()) return bytes.status();
  const std::string& data = *bytes;
  if (Trim(data).empty()) return Status::Corruption(path + ": empty file");
  ctx.out().sha256 = Sha256Hex(data);
  SANCTIONS_RETURN_IF_ERROR(CheckUtf8(path, data));
  pugi::xml_document doc;
  pugi::xml_parse_result parsed =
      doc.load_buffer(data.data(), data.size(), pugi::parse_default, pugi::encoding_utf8);
  if (!parsed) {
    LineIndex lines(data);
    return Status::Corruption(path + ": line " +
                              std::to_string(lines.LineAt(static_cast<size_t>(parsed.offset))) +
                              ": malformed XML (" + parsed.description() + ")");
  }
  pugi::xml_node root = doc.child("CONSOLIDATED_LIST");
  if (!root) {
    return Status::Corruption(path + ": not a UN consolidated list (root element '" +
                              std::string(doc.document_element().name()) + "')");
  }
  ListData& out = ctx.out();
  out.list = kList;
  out.published = CleanText(root.attribute("dateGenerated").value());

  UnReader reader(path, data, ctx);
  size_t i = 0;
  for (const auto& node : root.child("INDIVIDUALS").children("INDIVIDUAL")) {
    reader.ReadRecord(node, true,
                      "/CONSOLIDATED_LIST/INDIVIDUALS/INDIVIDUAL[" + std::to_string(++i) + "]");
  }
  i = 0;
  for (const auto& node : root.child("ENTITIES").children("ENTITY")) {
    reader.ReadRecord(node, false,
                      "/CONSOLIDATED_LIST/ENTITIES/ENTITY[" + std::to_string(++i) + "]");
  }
  return Status::Ok();
}

}  // namespace sanctions
