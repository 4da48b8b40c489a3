// Parsing the dates that lists write: "1984-01-08", "08 Jan 1984", "Jan 1984", "1984",
// "circa 1964", "1964 to 1966", "between 1964 and 1966", "08/01/1984" (day first unless
// told otherwise), "00/04/1984" (OFSI unknown day), Excel serial numbers (DFAT).
#pragma once

#include <optional>
#include <string_view>

#include "sanctions/entity.h"

namespace sanctions {

enum class DateOrder { kDayFirst, kMonthFirst };

// Parses one date expression into a DateSpec (text keeps the input trimmed).
// Returns nullopt when nothing date-like can be read.
std::optional<DateSpec> ParseDateSpec(std::string_view text,
                                      DateOrder order = DateOrder::kDayFirst);

// Parses a single, possibly partial date ("1984-01-08", "08 Jan 1984", "1984").
std::optional<PartialDate> ParsePartialDate(std::string_view text,
                                            DateOrder order = DateOrder::kDayFirst);

// Converts an Excel 1900-system serial day number to a date.
std::optional<PartialDate> ExcelSerialToDate(double serial);

}  // namespace sanctions
