// A user's own list as CSV (format::kUserCsv): the column mapping and its text form.
// The reader itself is ReadUserCsv (sources/reader.h); the format is documented with an
// example in docs/user-lists.md.
#pragma once

#include <string>
#include <vector>

#include "sanctions/list.h"
#include "sanctions/status.h"

namespace sanctions {

// The model fields a column can be mapped to, besides identifier types:
// id, name, type, aliases, weak_aliases, previous_names, birth_date, birth_place,
// nationality, citizenship, country, address, program, remarks, gender, listed_on,
// email, website, phone, title, position.
const std::vector<std::string>& UserCsvFields();

// True when `key` may appear in a mapping: a field above, one of the id_type names
// (imo, mmsi, call_sign, passport, national_id, tax_id, registration, swift_bic, crypto,
// aircraft_serial, aircraft_tail, drivers_license, ssn, other), or "id:<label>" for an
// identifier type of the user's own ("id:customer_number").
bool IsUserCsvKey(const std::string& key);

// Parses a mapping given on the command line:
//   "id=Customer ID,name=Full name,aliases=Other names,passport=Passport No"
// Keys are fields as above; values are header names in the file. A value may be quoted
// with double quotes to hold a comma or '=' ("name=\"Name, full\""). Three settings use
// the same syntax: list=<list name>, delimiter=<one character, or tab / comma /
// semicolon / pipe>, separator=<one character for multi-value cells, same names>.
// InvalidArgument naming the offending key/value for unknown keys, empty values,
// duplicate keys or a bad delimiter.
Result<UserCsvMapping> ParseUserCsvMapping(const std::string& spec);

}  // namespace sanctions
