// Country names to ISO 3166-1 alpha-2 codes, as lists write them: "Korea, North",
// "Democratic People's Republic of Korea", "Iran (Islamic Republic of)", "Burma",
// "Russian Federation", "DPRK", alpha-3 codes and alpha-2 codes themselves.
// Built once from ICU's region display names plus data/country_aliases.tsv; thread-safe.
#pragma once

#include <string>
#include <string_view>

namespace sanctions {

// "KP" for "North Korea"; "" when the text names no known country.
std::string CountryCode(std::string_view name);

// English short name for an alpha-2 code ("KP" -> "North Korea"); "" if unknown.
std::string CountryName(std::string_view code);

// Resolves `text` to a code when it is a country, otherwise returns `text` unchanged.
std::string CountryCodeOrText(std::string_view text);

}  // namespace sanctions
