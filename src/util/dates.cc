// Placeholder: written by the OFAC reader owner (issue 2).
#include "util/dates.h"

namespace sanctions {
std::optional<DateSpec> ParseDateSpec(std::string_view, DateOrder) { return std::nullopt; }
std::optional<PartialDate> ParsePartialDate(std::string_view, DateOrder) { return std::nullopt; }
std::optional<PartialDate> ExcelSerialToDate(double) { return std::nullopt; }
}  // namespace sanctions
