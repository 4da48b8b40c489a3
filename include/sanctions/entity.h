// The entity model: one shape for every person, organisation, vessel and aircraft on
// every list this project reads. Whatever a list says about an entity must survive
// into it; facts that have no field of their own go to `Entity::extra`.
//
// Conventions
// - All strings are UTF-8, trimmed, never the list's null markers (OFAC "-0-").
// - Country fields hold ISO 3166-1 alpha-2 codes ("KP") where the source names a
//   country that can be resolved; the text as listed is kept beside it.
// - Plain value types: copyable, no invariants beyond the comments, no ownership.
// - A loaded entity is never mutated after the list is published to an index.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace sanctions {

enum class EntityType : uint8_t { kUnknown = 0, kPerson, kOrganization, kVessel, kAircraft };
// "person", "organization", "vessel", "aircraft", "unknown".
std::string_view EntityTypeName(EntityType t);
// Accepts the names above and common synonyms ("individual", "entity", "company", "ship").
std::optional<EntityType> ParseEntityType(std::string_view s);

// How a name relates to the entity.
enum class NameKind : uint8_t {
  kPrimary = 0,  // the main name as listed
  kAka,          // also known as
  kFka,          // formerly known as
  kNka,          // now known as
};
std::string_view NameKindName(NameKind k);  // "primary", "aka", "fka", "nka"

// How much an alias should weigh (OFAC strong/weak, UN good/low quality, UK alias quality).
enum class NameQuality : uint8_t { kStrong = 0, kWeak, kLow };
std::string_view NameQualityName(NameQuality q);  // "strong", "weak", "low"

// A labelled part of a name, where the source labels it.
// type: "given", "middle", "family", "patronymic", "matronymic", "maiden", "title",
// "suffix", "first".."fourth" (UN numbering), "whole" (an unsplit entity name), or
// the source's own label lower-cased.
struct NamePart {
  std::string type;
  std::string value;
  bool operator==(const NamePart&) const = default;
};

struct Name {
  std::string full;             // the name as listed, e.g. "KIM, Jong Un"
  std::vector<NamePart> parts;  // where the source labels them
  std::string script;           // ISO 15924 ("Latn", "Cyrl", "Arab", "Hang"...); "" if unknown
  std::string language;         // ISO 639 or the source's language label, where given
  NameKind kind = NameKind::kPrimary;
  NameQuality quality = NameQuality::kStrong;
  bool operator==(const Name&) const = default;
};

// Identifier types, canonical lower-case names. Readers map their labels onto these;
// anything else keeps the source's label lower-cased with spaces as '_'.
namespace id_type {
inline constexpr std::string_view kImo = "imo";
inline constexpr std::string_view kMmsi = "mmsi";
inline constexpr std::string_view kCallSign = "call_sign";
inline constexpr std::string_view kPassport = "passport";
inline constexpr std::string_view kNationalId = "national_id";
inline constexpr std::string_view kTaxId = "tax_id";
inline constexpr std::string_view kRegistration = "registration";
inline constexpr std::string_view kSwiftBic = "swift_bic";
inline constexpr std::string_view kCrypto = "crypto";  // note holds the currency (XBT, ETH...)
inline constexpr std::string_view kAircraftSerial = "aircraft_serial";
inline constexpr std::string_view kAircraftTail = "aircraft_tail";
inline constexpr std::string_view kDriversLicense = "drivers_license";
inline constexpr std::string_view kSocialSecurity = "ssn";
inline constexpr std::string_view kOther = "other";
}  // namespace id_type

struct Identifier {
  std::string type;     // one of id_type, or the source label normalised
  std::string value;    // as listed
  std::string country;  // issuing country, ISO alpha-2 where resolvable, else as listed
  std::string note;     // "expires 2020", "issued 2013", currency for crypto, original label
  bool operator==(const Identifier&) const = default;
};

// A calendar date that may be partial: year only, year and month, or full.
// 0 means "not given" for month and day; year 0 means no date.
struct PartialDate {
  int16_t year = 0;
  int8_t month = 0;
  int8_t day = 0;
  bool empty() const { return year == 0; }
  std::string ToString() const;  // "1984-01-08", "1984-01", "1984", "" when empty
  bool operator==(const PartialDate&) const = default;
};

// A date as lists give them: exact, partial, a range ("1964 to 1966"), or circa.
struct DateSpec {
  PartialDate from;    // the date, or the start of a range
  PartialDate to;      // end of a range; empty when not a range
  bool circa = false;  // "circa", "approximately"
  std::string text;    // as listed, for audit ("circa 1964", "08 Jan 1984")
  bool empty() const { return from.empty(); }
  bool operator==(const DateSpec&) const = default;
};

struct Address {
  std::string full;  // the whole address as one line, always filled
  std::string street;
  std::string city;
  std::string region;  // state, province
  std::string postal_code;
  std::string country;       // ISO alpha-2 where resolvable
  std::string country_name;  // as listed
  std::string note;
  bool operator==(const Address&) const = default;
};

// A place of birth: as listed, plus the resolved country when one is named.
struct Place {
  std::string text;
  std::string country;  // ISO alpha-2 where resolvable
  bool operator==(const Place&) const = default;
};

struct VesselInfo {
  std::string flag;         // ISO alpha-2 where resolvable
  std::string flag_name;    // as listed
  std::string vessel_type;  // "Crude Oil Tanker"
  std::string tonnage;      // as listed
  std::string grt;          // gross registered tonnage, as listed
  std::string owner_operator;
  std::string build_year;
  bool empty() const {
    return flag.empty() && flag_name.empty() && vessel_type.empty() && tonnage.empty() &&
           grt.empty() && owner_operator.empty() && build_year.empty();
  }
  bool operator==(const VesselInfo&) const = default;
};

struct AircraftInfo {
  std::string model;  // "Boeing 747-2B9F"
  std::string manufacturer;
  std::string operator_name;
  std::string construction_year;
  std::string flag;  // ISO alpha-2 where resolvable
  bool empty() const {
    return model.empty() && manufacturer.empty() && operator_name.empty() &&
           construction_year.empty() && flag.empty();
  }
  bool operator==(const AircraftInfo&) const = default;
};

// A relation to another entity ("Linked To: KOREA ACHIM SHIPPING CO.").
struct Link {
  std::string relation;     // "linked_to", "owned_by", "associate_of", source label...
  std::string target_name;  // as listed
  std::string target_id;    // the other entity's source id, when the source gives it
  bool operator==(const Link&) const = default;
};

// Where the record came from, for audit: file, 1-based line where meaningful, and an
// element path or record number ("/CONSOLIDATED_LIST/INDIVIDUALS/INDIVIDUAL[12]").
struct SourceRef {
  std::string file;
  uint32_t line = 0;
  std::string element;
  bool operator==(const SourceRef&) const = default;
};

struct Entity {
  std::string id;         // stable: list + ":" + source_id, e.g. "us_ofac_sdn:20157"
  std::string list;       // "us_ofac_sdn", "un_sc", ... or a user list's name
  std::string source_id;  // the list's own id (ent_num, UN reference number, EU logical id...)
  EntityType type = EntityType::kUnknown;

  std::vector<Name> names;  // names[0] is the primary name when there is one
  std::vector<Identifier> identifiers;
  std::vector<DateSpec> birth_dates;
  std::vector<Place> birth_places;
  std::vector<std::string> nationalities;  // ISO alpha-2 where resolvable, else as listed
  std::vector<std::string> citizenships;   // ISO alpha-2 where resolvable, else as listed
  std::vector<Address> addresses;
  std::vector<std::string> programs;  // programmes / regimes ("DPRK3", "SDGT")
  DateSpec listed_on;
  std::string gender;                  // "male", "female" or ""
  std::vector<std::string> titles;     // "Dr.", "Maulavi"
  std::vector<std::string> positions;  // "Chairman of the Workers' Party of Korea"
  std::vector<std::string> remarks;    // free text as listed
  std::vector<std::string> emails;
  std::vector<std::string> websites;
  std::vector<std::string> phones;
  std::vector<std::string> sanctions_notes;  // "Secondary sanctions risk: ...", measures
  VesselInfo vessel;
  AircraftInfo aircraft;
  std::vector<Link> links;
  // Facts without a field of their own: (label, value), label as in the source.
  std::vector<std::pair<std::string, std::string>> extra;
  SourceRef source;

  const Name* primary_name() const { return names.empty() ? nullptr : &names.front(); }
  bool operator==(const Entity&) const = default;
};

// Makes the stable id from list and source id.
inline std::string MakeEntityId(std::string_view list, std::string_view source_id) {
  std::string id(list);
  id += ':';
  id += source_id;
  return id;
}

}  // namespace sanctions
