#include <cstdio>

#include "sanctions/entity.h"
#include "sanctions/list.h"
#include "util/text.h"

namespace sanctions {

std::string_view EntityTypeName(EntityType t) {
  switch (t) {
    case EntityType::kPerson:
      return "person";
    case EntityType::kOrganization:
      return "organization";
    case EntityType::kVessel:
      return "vessel";
    case EntityType::kAircraft:
      return "aircraft";
    case EntityType::kUnknown:
      break;
  }
  return "unknown";
}

std::optional<EntityType> ParseEntityType(std::string_view s) {
  std::string l = AsciiLower(Trim(s));
  if (l == "person" || l == "individual" || l == "people" || l == "natural person")
    return EntityType::kPerson;
  if (l == "organization" || l == "organisation" || l == "entity" || l == "company" ||
      l == "legalentity" || l == "legal entity" || l == "org")
    return EntityType::kOrganization;
  if (l == "vessel" || l == "ship") return EntityType::kVessel;
  if (l == "aircraft" || l == "airplane" || l == "plane") return EntityType::kAircraft;
  if (l == "unknown" || l.empty()) return EntityType::kUnknown;
  return std::nullopt;
}

std::string_view NameKindName(NameKind k) {
  switch (k) {
    case NameKind::kPrimary:
      return "primary";
    case NameKind::kAka:
      return "aka";
    case NameKind::kFka:
      return "fka";
    case NameKind::kNka:
      return "nka";
  }
  return "primary";
}

std::string_view NameQualityName(NameQuality q) {
  switch (q) {
    case NameQuality::kStrong:
      return "strong";
    case NameQuality::kWeak:
      return "weak";
    case NameQuality::kLow:
      return "low";
  }
  return "strong";
}

std::string PartialDate::ToString() const {
  char buf[32];
  if (year == 0) return "";
  if (month == 0) {
    std::snprintf(buf, sizeof(buf), "%04d", year);
  } else if (day == 0) {
    std::snprintf(buf, sizeof(buf), "%04d-%02d", year, month);
  } else {
    std::snprintf(buf, sizeof(buf), "%04d-%02d-%02d", year, month, day);
  }
  return buf;
}

namespace {
std::string Where(const std::string& file, uint32_t line, const std::string& element) {
  std::string s = file;
  if (line) {
    s += ':';
    s += std::to_string(line);
  }
  if (!element.empty()) {
    s += ' ';
    s += element;
  }
  return s;
}
}  // namespace

std::string Rejection::ToString() const {
  std::string s = Where(file, line, element) + ": ";
  if (!field.empty()) s += "field '" + field + "': ";
  return s + reason;
}

std::string Warning::ToString() const {
  return Where(file, line, element) + ": " + message;
}

}  // namespace sanctions
