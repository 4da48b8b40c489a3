// Placeholder: written by the second reader owner (issue 2).
#include "util/countries.h"

namespace sanctions {
std::string CountryCode(std::string_view) { return ""; }
std::string CountryName(std::string_view) { return ""; }
std::string CountryCodeOrText(std::string_view text) { return std::string(text); }
}  // namespace sanctions
