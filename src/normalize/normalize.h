// Text normalisation for matching: any script -> lower-case ASCII Latin tokens.
//
// Pipeline (docs/scoring.md): NFKC -> silent Indic schwas marked (loanword.h) -> script
// preparation (Hangul names split into syllables and Hangul foreign words read by the
// loanword orthography; Khmer by the UNGEGN table, Burmese by the BGN/PCGN table a token
// per syllable; Japanese prolonged-sound mark dropped, middle dots as spaces) -> ICU
// "Any-Latin; Latin-ASCII" transliteration -> lower case -> apostrophes removed -> every
// other character that is not [a-z0-9] becomes a token boundary.
// Pure-ASCII input takes a fast path that never touches ICU.
//
// Thread safety: all functions may be called from many threads at once. ICU
// transliterators are not thread-safe and costly to build, so each thread keeps its own
// (thread_local), created on first use.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "sanctions/status.h"

namespace sanctions {

// Folds UTF-8 text to lower-case ASCII: letters, digits and single spaces only.
// Fails (InvalidArgument) on invalid UTF-8, or (Internal) naming the ICU transform that
// failed.
// Non-ASCII words are romanized once per thread and remembered.
Result<std::string> FoldToAscii(std::string_view utf8);

// The same fold applied to the whole text at once, without the word memo: the reference
// FoldToAscii is tested against (normalize_test, on every name of the shared lists).
Result<std::string> FoldToAsciiWhole(std::string_view utf8);

// Splits folded text on spaces (empty pieces dropped).
std::vector<std::string> SplitTokens(std::string_view folded);

// FoldToAscii + SplitTokens. Invalid input yields no tokens (never fails): used on
// hot paths where the input was validated before.
std::vector<std::string> NormalizeTokens(std::string_view utf8);

// One token of FoldToAscii(utf8) and the other spellings it may stand for.
struct TokenReadings {
  std::string token;
  std::vector<std::string> readings;  // all different from `token`
};

// Foreign-name readings of the katakana words of `utf8` (KatakanaReadings in
// normalize/loanword.h: ウラジーミル -> uladimir...), at most `max_per_word` per word, for
// callers that add them as alternative spellings of the token. Empty when the text has no
// katakana word or is not valid UTF-8.
std::vector<TokenReadings> ForeignNameReadings(std::string_view utf8, size_t max_per_word);

// The dominant script of the text as an ISO 15924 code ("Latn", "Cyrl", "Arab", "Hang",
// "Hani", "Kana", "Hira", "Thai", "Mymr", "Deva", "Khmr", "Grek", "Armn", "Geor", "Hebr"),
// counting letters only; "" when the text has no letters.
std::string DominantScript(std::string_view utf8);

// True when every byte is ASCII.
bool IsAscii(std::string_view s);

// One word of a free text with its position, for Scan: the folded tokens it yields and
// its code point and byte offsets in the original text.
struct TextWord {
  size_t begin = 0;  // code point offset, inclusive
  size_t end = 0;    // code point offset, exclusive
  size_t byte_begin = 0;
  size_t byte_end = 0;
  std::vector<std::string> tokens;  // folded tokens of this word (may be several)
  bool break_before = false;  // a sentence or line boundary separates it from the previous word
};

// Splits free text into words (runs of letters, digits, marks, inner apostrophes and
// hyphens), strips an English possessive ('s, ’s), and folds each word.
std::vector<TextWord> SplitTextWords(std::string_view utf8);

}  // namespace sanctions
