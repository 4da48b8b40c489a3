// Small text helpers shared by the readers. All functions take and return UTF-8 unless
// the name says otherwise.
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace sanctions {

// Decodes Windows-1252 (a superset of the Latin-1 printable range that OFAC and OFSI
// files use) to UTF-8. Bytes undefined in CP1252 map to U+FFFD.
std::string Cp1252ToUtf8(std::string_view bytes);

// True when `s` is well-formed UTF-8. On failure, `*bad_offset` (if given) is the byte
// offset of the first invalid sequence.
bool IsValidUtf8(std::string_view s, size_t* bad_offset = nullptr);

// Strips a UTF-8 byte order mark.
std::string_view StripBom(std::string_view s);

// ASCII whitespace trim (also non-breaking space U+00A0 encoded in UTF-8).
std::string_view Trim(std::string_view s);
std::string TrimCopy(std::string_view s);

// Collapses runs of whitespace (incl. newlines) into one space and trims.
std::string CollapseSpaces(std::string_view s);

std::string AsciiLower(std::string_view s);
std::string AsciiUpper(std::string_view s);

// Splits on `sep`; keeps empty pieces unless `skip_empty`. Pieces are trimmed.
std::vector<std::string> Split(std::string_view s, char sep, bool skip_empty = true);
// Splits on a multi-character separator (e.g. "; ").
std::vector<std::string> SplitOn(std::string_view s, std::string_view sep, bool skip_empty = true);

bool StartsWithIgnoreCase(std::string_view s, std::string_view prefix);
bool EqualsIgnoreCase(std::string_view a, std::string_view b);
// Position of `needle` in `hay` ignoring ASCII case, or npos.
size_t FindIgnoreCase(std::string_view hay, std::string_view needle, size_t from = 0);

// Appends `v` in fixed notation with `decimals` digits after the point, exactly as
// printf("%.*f") writes it (with `plus`, as "%+.*f"), without printf's cost.
void AppendFixed(double v, int decimals, std::string* out, bool plus = false);

}  // namespace sanctions
