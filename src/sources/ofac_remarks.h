// OFAC facts shared by the four OFAC readers: the remarks parser of the legacy CSV files
// and the mapping of OFAC's labels ("Passport", "Vessel Registration Identification",
// "Website", "Secondary sanctions risk"...) onto the entity model. The classic XML idList,
// the advanced XML features/ID documents and the enhanced XML features use the same
// labels, so they all go through ApplyOfacFact.
//
// Decisions:
// - Aliases written in the remarks ("a.k.a. 'BOULAHIA'") are OFAC's WEAK aliases: the
//   data specification (schemas/cons_dat_spec.txt, "THE DISPOSITION OF ALIASES") says weak
//   AKAs are kept out of alt.csv and written, quoted, in the remarks; the 2021 sdn.csv
//   remarks of SDN 10689 list exactly the two aliases that sdn.xml marks category=weak.
//   They are added with NameQuality::kWeak.
// - Items that map to no field: "Label: value" and known "Label value" items (e.g.
//   "Organization Established Date 1969") go to Entity::extra; free text goes to
//   Entity::remarks. The whole remarks text as listed is kept in extra under
//   kRemarksFullLabel, so nothing is lost for audit.
// - An item equal to one of the entity's positions (OFAC repeats the Title column at the
//   end of the remarks) is dropped.
// Stateless, thread-safe.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "sanctions/entity.h"
#include "sanctions/status.h"

namespace sanctions {

// Label under which ApplyOfacRemarks keeps the whole remarks text in Entity::extra.
inline constexpr std::string_view kRemarksFullLabel = "remarks (as listed)";

// Splits remarks into items at ';' outside parentheses and outside quoted aliases; strips
// one final '.', trims items, drops empty ones.
std::vector<std::string> SplitOfacRemarks(std::string_view remarks);

// The model's identifier type for an OFAC id label, or "" when the label is not an
// identifier ("Website", "Gender"). Unknown labels that look like identifiers ("... No.",
// "... Number") give the label lower-cased with '_' ("birth_certificate_number").
std::string OfacIdentifierType(std::string_view label);

// Adds one labelled fact to `e`: label as OFAC writes it, value as listed, the issuing or
// related country as listed (may be ""), and a note ("issued 2013 expires 2018").
// Covers dates and places of birth, nationality, citizenship, gender, contacts, sanctions
// notes, vessel and aircraft facts, "Linked To" and identifiers; anything else becomes
// an Entity::extra pair.
void ApplyOfacFact(std::string_view label, std::string_view value, std::string_view country,
                   std::string_view note, Entity* e);

// Parses one remarks text (after comment overflow was appended) into facts on `e`.
void ApplyOfacRemarks(std::string_view remarks, Entity* e);

// Builds a Name as OFAC lists it. For persons, "KIM, Jong Un" gets the parts family "KIM"
// and given "Jong Un"; other names get no parts. Script is left to the caller.
Name MakeOfacName(std::string full, NameKind kind, NameQuality quality, bool person);

// "a.k.a." / "aka" / "A.K.A." / "f.k.a." / "n.k.a." -> NameKind (kAka when unknown).
NameKind OfacNameKind(std::string_view label);

// Resolves a place text ("Sargodha, Punjab, Pakistan") into a Place with its country.
Place OfacPlace(std::string_view text);

// A date period (as OFAC's advanced and enhanced XML give birth dates) as a DateSpec: a
// period covering exactly one whole year or month becomes that year or month, equal
// bounds a day, anything else a range; `approximate` -> circa. text is "1962",
// "1964 to 1966", "circa 1970-02".
DateSpec OfacPeriodToSpec(PartialDate from, PartialDate to, bool approximate);

// OFAC script names ("Latin", "Cyrillic", "Chinese Simplified") -> ISO 15924 ("Latn",
// "Cyrl", "Hans"); unknown names are returned trimmed.
std::string OfacScriptCode(std::string_view name);

// OFAC name part types ("Last Name", "First Name", "Entity Name") -> NamePart::type
// ("family", "given", "whole"); others lower-cased.
std::string OfacNamePartType(std::string_view type);

// For the pugixml-based OFAC readers: an XML document that declares no encoding or UTF-8
// must be valid UTF-8 (pugixml does not check). Corruption naming the file, line and byte
// offset of the first bad sequence otherwise; OK for documents declaring another encoding.
Status OfacCheckXmlUtf8(const std::string& path, std::string_view data);

// CollapseSpaces, and any ill-formed UTF-8 sequence (e.g. a surrogate that an XML character
// reference such as "&#xD800;" decodes to) replaced by U+FFFD: text as the model requires.
std::string OfacCleanText(std::string_view s);

// Relation labels ("Owned or Controlled By") -> "owned_or_controlled_by".
std::string OfacRelation(std::string_view label);

}  // namespace sanctions
