// Canada: Consolidated Special Economic Measures Act list (sema-lmes.xml). List id "ca_sema".
//
// <data-set><record>...</record>...</data-set>; each record has Country (the regime,
// bilingual "Russia / Russie"), Schedule, Item, and either Entity / EntityOrShip (an
// organisation, or a ship when ShipIMONumber is present) or LastName / GivenName (a
// person); optional Aliases, Title / TitleOrShip (a person's title or a ship's type),
// DateOfBirth / DateOfBirthOrShipBuildDate (a ship's build year for ships), ShipIMONumber,
// DateOfListing. Element names checked on both real files (2020-04: 1369 records, the
// older names; 2025-05: 4759 records, the newer ones). Unknown elements go to `extra`
// with one warning per element name.
//
// Decisions:
// - Country is the sanctions regime, not a nationality: its English part (before " / ")
//   is the program ("Russia", "Justice for Victims of Corrupt Foreign Officials
//   Regulations (JVCFOR)"), and when it names a country its ISO code is kept as extra
//   ("regime_country", "RU").
// - Source id = English regime + "/" + Schedule + "/" + Item ("Russia/1, Part 1/5"),
//   whitespace collapsed, "-" for a missing Schedule. It is unique in both real files; a
//   record repeating a key is rejected (element path and line named).
// - Aliases are split on ";" and " / " always, and on ", " except where the piece after the
//   comma is a legal form ("Air Bagan Holdings Pte. Ltd., Air Bagan Limited" -> 2 names);
//   labels such as "Russian:" become the name's language; a leading "and " is dropped.
//   Each alias gets its script detected (most are Cyrillic or Arabic original script).
// - Dates of birth "1972-08-10 or 1972-08-11" give two dates; text that is not a date
//   ("born in the early 1970s") is kept as extra ("DateOfBirth", text) with a warning.
// - The file states no publication date: published stays "".
#include <pugixml.hpp>

#include <algorithm>
#include <map>
#include <regex>
#include <set>

#include "sources/reader.h"
#include "sources/source_text.h"
#include "util/countries.h"
#include "util/dates.h"
#include "util/io.h"
#include "util/text.h"

namespace sanctions {

namespace {

constexpr const char* kList = "ca_sema";

// 1-based line of a byte offset, from the sorted newline positions.
uint32_t LineAt(const std::vector<size_t>& newlines, ptrdiff_t offset) {
  if (offset < 0) return 0;
  auto it = std::lower_bound(newlines.begin(), newlines.end(), static_cast<size_t>(offset));
  return static_cast<uint32_t>(it - newlines.begin()) + 1;
}

bool IsLegalForm(const std::string& piece) {
  if (piece.size() > 24) return false;  // longer than any form below
  static const std::regex kForm(
      "^("
      R"(ltd\.?|limited|inc\.?|incorporated|llc|l\.l\.c\.|co\.?|corp\.?|jsc|)"
      R"(ojsc|cjsc|pjsc|llp|plc|s\.a\.?|sa|ag|gmbh|b\.v\.?|bv|n\.v\.?|sarl|)"
      R"(s\.a\.r\.l\.|ooo|ао|оао|зао|пао|ооо|АО|ОАО|ЗАО|ПАО|ООО|ao|pao|zao|oao|)"
      R"(fze|fzco|fz-llc|dmcc|spa|s\.p\.a\.|sdn\.? bhd\.?|pte\.? ltd\.?|)"
      R"(pvt\.? ltd\.?|co\.?,? ltd\.?|ltd\.? co\.?)"
      ")$",
      std::regex::icase);
  return std::regex_match(AsciiLower(piece), kForm);
}

std::string LanguageCode(const std::string& label) {
  std::string l = AsciiLower(label);
  if (l == "russian") return "ru";
  if (l == "belarusian" || l == "belarussian") return "be";
  if (l == "ukrainian") return "uk";
  if (l == "english") return "en";
  if (l == "french") return "fr";
  if (l == "persian" || l == "farsi") return "fa";
  if (l == "arabic") return "ar";
  if (l == "chinese") return "zh";
  return l;
}

}  // namespace

// Exposed for the test: the alias splitting described above.
std::vector<Name> SplitSemaAliases(const std::string& text) {
  std::vector<Name> out;
  for (const std::string& chunk : SplitAny(text, {";", " / "})) {
    std::vector<std::string> pieces;
    for (const std::string& p : SplitAny(chunk, {","})) {
      if (!pieces.empty() && IsLegalForm(p)) {
        pieces.back() += ", " + p;
      } else {
        pieces.push_back(p);
      }
    }
    for (std::string p : pieces) {
      std::string language;
      static const std::regex kLabel(R"(^([A-Z][a-z]+):\s*(.*)$)");
      std::smatch m;
      if (p.find(':') != std::string::npos && std::regex_match(p, m, kLabel)) {
        language = LanguageCode(m[1].str());
        p = m[2].str();
      }
      if (StartsWithIgnoreCase(p, "and ")) p = p.substr(4);
      // An opening parenthesis without its closing one is debris of the list's editing.
      if (!p.empty() && p.front() == '(' && p.find(')') == std::string::npos) p = p.substr(1);
      p = CleanText(p);
      if (p.empty()) continue;
      Name n;
      n.full = p;
      n.kind = NameKind::kAka;
      n.language = language;
      n.script = DetectScript(p);
      if (std::find(out.begin(), out.end(), n) == out.end()) out.push_back(std::move(n));
    }
  }
  return out;
}

Status ReadCaSemaXml(const std::string& path, ReadContext& ctx) {
  auto bytes = ReadFile(path);
  if (!bytes.ok()) return bytes.status();
  if (Trim(*bytes).empty()) return Status::Corruption(path + ": empty file");
  pugi::xml_document doc;
  pugi::xml_parse_result pr = doc.load_buffer(bytes->data(), bytes->size());
  std::vector<size_t> newlines;
  for (size_t i = 0; i < bytes->size(); ++i)
    if ((*bytes)[i] == '\n') newlines.push_back(i);
  if (!pr) {
    return Status::Corruption(path + ": XML error at line " +
                              std::to_string(LineAt(newlines, pr.offset)) + ": " +
                              pr.description() + " (truncated or not XML)");
  }
  pugi::xml_node root = doc.document_element();
  if (std::string(root.name()) != "data-set") {
    return Status::Corruption(path + ": root element <" + std::string(root.name()) +
                              "> is not a SEMA <data-set>");
  }
  ListData& out = ctx.out();
  out.list = kList;
  const std::string file = BaseName(path);
  std::set<std::string> seen_ids;
  std::set<std::string> warned_elements;

  size_t index = 0;
  for (pugi::xml_node rec : root.children("record")) {
    ++index;
    const std::string element = "/data-set/record[" + std::to_string(index) + "]";
    const uint32_t line = LineAt(newlines, rec.offset_debug());
    std::map<std::string, std::string> f;
    std::vector<std::pair<std::string, std::string>> unknown;
    static const std::set<std::string> kKnown = {"Country",
                                                 "Schedule",
                                                 "Item",
                                                 "DateOfListing",
                                                 "Entity",
                                                 "EntityOrShip",
                                                 "LastName",
                                                 "GivenName",
                                                 "Aliases",
                                                 "Title",
                                                 "TitleOrShip",
                                                 "DateOfBirth",
                                                 "DateOfBirthOrShipBuildDate",
                                                 "ShipIMONumber"};
    for (pugi::xml_node c : rec.children()) {
      if (c.type() != pugi::node_element) continue;
      std::string name = c.name();
      std::string value = CleanText(c.child_value());
      if (kKnown.count(name)) {
        if (!value.empty()) f[name] = value;
      } else if (!value.empty()) {
        unknown.emplace_back(name, value);
        if (warned_elements.insert(name).second) {
          ctx.Warn(path, line, element, "unknown element <" + name + ">, kept as extra");
        }
      }
    }
    auto get = [&](const char* a, const char* b = nullptr) -> std::string {
      auto it = f.find(a);
      if (it != f.end()) return it->second;
      if (b) {
        it = f.find(b);
        if (it != f.end()) return it->second;
      }
      return "";
    };

    std::string country = get("Country");
    std::string item = get("Item");
    if (country.empty()) {
      ctx.Reject(path, line, element, "Country", "missing Country");
      continue;
    }
    if (item.empty()) {
      ctx.Reject(path, line, element, "Item", "missing Item");
      continue;
    }
    std::string regime = CleanText(country.substr(0, country.find(" / ")));
    std::string schedule = get("Schedule");
    if (schedule.find(',') != std::string::npos) {
      static const std::regex kComma(R"(,\s*)");
      schedule = std::regex_replace(schedule, kComma, ", ");
    }
    std::string source_id = regime + "/" + (schedule.empty() ? "-" : schedule) + "/" + item;
    if (!seen_ids.insert(source_id).second) {
      ctx.Reject(path, line, element, "Item",
                 "duplicate record key '" + source_id + "' (Country/Schedule/Item)");
      continue;
    }

    Entity e;
    e.list = kList;
    e.source_id = source_id;
    e.id = MakeEntityId(kList, source_id);
    e.source = SourceRef{file, line, element};
    e.programs.push_back(regime);
    if (std::string code = CountryCode(regime); !code.empty()) {
      e.extra.emplace_back("regime_country", code);
    }
    std::string last = get("LastName");
    std::string given = get("GivenName");
    std::string org = get("Entity", "EntityOrShip");
    std::string imo = get("ShipIMONumber");
    std::string title = get("Title", "TitleOrShip");
    Name primary;
    if (!org.empty()) {
      e.type = imo.empty() ? EntityType::kOrganization : EntityType::kVessel;
      primary.full = org;
      primary.parts.push_back({"whole", org});
    } else if (!last.empty() || !given.empty()) {
      e.type = EntityType::kPerson;
      primary.full = CleanText(given + " " + last);
      if (!given.empty()) primary.parts.push_back({"given", given});
      if (!last.empty()) primary.parts.push_back({"family", last});
    } else {
      ctx.Reject(path, line, element, "Entity",
                 "record names no entity, ship or person (no Entity, EntityOrShip, LastName or "
                 "GivenName)");
      continue;
    }
    primary.script = DetectScript(primary.full);
    e.names.push_back(std::move(primary));
    if (std::string aliases = get("Aliases"); !aliases.empty()) {
      for (Name& n : SplitSemaAliases(aliases)) {
        if (n.full != e.names[0].full) e.names.push_back(std::move(n));
      }
    }
    if (!imo.empty()) {
      e.identifiers.push_back({std::string(id_type::kImo), imo, "", ""});
    }
    if (!title.empty()) {
      if (e.type == EntityType::kPerson) {
        e.titles.push_back(title);
      } else if (e.type == EntityType::kVessel) {
        e.vessel.vessel_type = title;
      } else {
        e.extra.emplace_back("TitleOrShip", title);
      }
    }
    std::string dob = get("DateOfBirth", "DateOfBirthOrShipBuildDate");
    if (!dob.empty()) {
      if (e.type == EntityType::kVessel) {
        e.vessel.build_year = dob;
      } else {
        for (const std::string& piece : SplitAny(dob, {" or ", " OR ", ";"})) {
          auto d = ParseDateSpec(piece);
          if (d && !d->empty()) {
            e.birth_dates.push_back(*d);
          } else {
            e.extra.emplace_back("DateOfBirth", piece);
            ctx.Warn(path, line, element,
                     "date of birth '" + piece + "' is not a date; kept as text");
          }
        }
      }
    }
    if (std::string listed = get("DateOfListing"); !listed.empty()) {
      if (auto d = ParseDateSpec(listed)) {
        e.listed_on = *d;
      } else {
        ctx.Warn(path, line, element, "DateOfListing '" + listed + "' is not a date");
      }
    }
    if (!schedule.empty()) e.sanctions_notes.push_back("Schedule " + schedule + ", item " + item);
    for (auto& kv : unknown) e.extra.push_back(std::move(kv));
    ctx.out().entities.push_back(std::move(e));
  }
  if (index == 0) return Status::Corruption(path + ": SEMA <data-set> holds no <record>");
  return Status::Ok();
}

}  // namespace sanctions
