// Text helpers shared by the Canada, Australia, Switzerland, FollowTheMoney and user-CSV
// readers: script detection, whitespace clean-up, null markers and the enumerations
// ("a) ... b) ...") that lists use to put several values in one field.
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace sanctions {

// The ISO 15924 code ("Latn", "Cyrl", "Arab", "Hang"...) of the script most letters of
// `utf8` are written in (ICU uscript_getScript; Common and Inherited ignored), or "" when
// the text has no letters or is not valid UTF-8. Thread-safe.
std::string DetectScript(std::string_view utf8);

// Replaces no-break spaces (U+00A0) and all whitespace runs by one space and trims.
std::string CleanText(std::string_view s);

// True for the placeholders lists write instead of leaving a cell empty:
// "", "NA", "N/A", "na", "n/a", "-", "--", "none", "nil" (case-insensitive, trimmed).
bool IsNullMarker(std::string_view s);

// Splits an enumeration "a) x b) y c) z" (also "a)x", "(a) x") into its items, cleaned.
// Text without enumeration markers comes back as a single item; empty items are dropped.
std::vector<std::string> SplitEnumerated(std::string_view s);

// Splits `s` on any of `seps` (each a literal separator such as ";" or " or "), trims the
// pieces and drops empty ones.
std::vector<std::string> SplitAny(std::string_view s, const std::vector<std::string_view>& seps);

}  // namespace sanctions
