// A phonetic skeleton of a normalised token, written for this project (not Metaphone or
// Soundex, though in their spirit): consonant classes that romanizations confuse are
// merged (b/p, d/t, v/w/f, s/z/ts, g/k/q/c-hard, j/ch/zh/dj), "h" and inner vowels
// dropped, a leading vowel kept as 'A', doubled classes collapsed.
//   vladimir, wladimir -> "FLTMR"; putin, poutine, poetin -> "PTN"; scholz, schulze -> "SLS"
// Tokens with digits have no key (""). Pure function, thread-safe.
#pragma once

#include <string>
#include <string_view>

namespace sanctions {

std::string PhoneticKey(std::string_view token);
// A looser skeleton for tokens transliterated from abjads (Arabic, Persian, Hebrew), where
// "w" and "y" after the first letter stand for long vowels: "bwtyn" and "putin" -> "PTN".
std::string LoosePhoneticKey(std::string_view token);

}  // namespace sanctions
