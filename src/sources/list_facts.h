// Facts that the UN, EU, UK, US CSL and BIS readers pull out of labels and free text:
// identifier labels onto the model's id types, IMO numbers in remarks, legal forms in names.
// Pure functions; thread-safe.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "sanctions/status.h"

namespace sanctions {

// Maps a list's identifier label ("Passport", "National ID No.", "NIT #", "SWIFT/BIC",
// "Digital Currency Address - XBT", "imo", "regnumber"...) onto an id_type. Unknown labels
// come back lower-cased with spaces and punctuation as '_' ("isin", "equity_ticker").
std::string IdTypeFromLabel(std::string_view label);

// Every IMO number written in `text` as "IMO 8660313", "IMO number: 8660313", "IMO No.
// 8660313", "International Maritime Organization (IMO) Number: 1790183", in order, unique.
std::vector<std::string> ExtractImoNumbers(std::string_view text);

// True when a 7-digit IMO number carries a valid ship check digit (IMO Resolution
// A.1078(28): digits 1-6 weighted 7..2, sum mod 10 = digit 7). IMO company and registered
// owner numbers (also 7 digits) usually fail it.
bool IsImoShipNumber(std::string_view digits);

// True when `name` contains a company legal form or organisation word as a whole token:
// INC, LTD, LLC, CORP, GMBH, CO, COMPANY, LIMITED, SA, AG, JSC, PLC, LLP, BV, OOO, ...
bool HasLegalForm(std::string_view name);

// Splits "1) Saudi Arabia 2) Qatar", "(1) Somali (2) Swedish", "(a) Malaysia (b)
// Indonesia" into items (trimmed, trailing ',' ';' '.' removed, empties dropped). A marker
// is "(x)" or "x)" with x one or two digits or one lower-case letter, at the start or
// after a space. Text without markers comes back as one item.
std::vector<std::string> SplitEnumeration(std::string_view text);

// Country code for a list's country or nationality text: the whole text, else the text
// before a parenthesis ("Iranian (Iranian citizenship)"). "" when nothing resolves.
std::string CountryFromText(std::string_view text);

// Maps byte offsets of a buffer to 1-based line numbers (for XML element positions).
class LineIndex {
 public:
  explicit LineIndex(std::string_view data);
  uint32_t LineAt(size_t offset) const;

 private:
  std::vector<size_t> starts_;  // offset where each line starts
};

// The text of a list file as UTF-8: a UTF-8 byte order mark is dropped; bytes that are
// not valid UTF-8 are read as Windows-1252 (OFSI, OFAC and BIS files are Latin-1/CP1252).
std::string DecodeListText(std::string_view bytes);

// Checks that an XML list file (declared UTF-8) is well-formed UTF-8: pugixml does not
// check, and the model promises UTF-8 strings. Corruption naming the file, line and byte
// offset of the first bad sequence otherwise.
Status CheckUtf8(const std::string& path, std::string_view bytes);

// Appends `value` to `v` unless it is empty or already there.
void AddUnique(std::vector<std::string>& v, std::string value);

}  // namespace sanctions
