// Foreign-name (loanword) readings of scripts that write foreign names by sound: the Latin
// spelling a transcription most likely stands for, where ICU's generic transform gives a
// letter-by-letter reading that is several edits away ("beulladimileu" for Vladimir).
// Pure functions, thread-safe. Inputs are NFKC code points; outputs lower-case ASCII.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace sanctions {

// True for a precomposed Hangul syllable (U+AC00..U+D7A3).
bool IsHangulSyllable(char32_t c);

// Reads a run of Hangul syllables that is a foreign word (FoldToAscii treats runs of 4+
// syllables so; Korean personal names have 1-3) by the Korean loanword orthography
// (외래어 표기법, National Institute of the Korean Language, 1986), in Revised
// Romanization letters:
//  * ㅡ after a consonant is the vowel Korean inserts to break a cluster or end a
//    consonant-final word: not read (스 -> s, 르 -> r), unless the syllable has a final
//    other than a doubled ㄹ;
//  * a foreign l between vowels is written ㄹㄹ (final ㄹ + initial ㄹ) and read "l"; a single
//    initial ㄹ inside the word is a foreign r (RR also writes it r); a word-initial ㄹ
//    (l or r in the source) is read "l";
//  * word-final 치 is a foreign final ch (Russian -ич, Serbian -ić): "ch";
//  * ㅅ before a y-vowel is sh (셰 -> she), ㅈ/ㅊ before a y-vowel drop the y (쥬 -> ju).
// 블라디미르 -> "bladimir", 블라디미로비치 -> "bladimirobich", 우크라이나 -> "ukraina".
// Code points that are not Hangul syllables are skipped.
std::string KoreanLoanwordReading(std::u32string_view syllables);

// True for a katakana letter or mark that can be part of a word (U+30A1..U+30FA,
// U+30FC..U+30FE, U+31F0..U+31FF).
bool IsKatakanaWordChar(char32_t c);

// Other Latin spellings a katakana word may stand for as a transcription of a foreign name
// (Japanese government notice "外来語の表記", 1991, and the older conventions it records):
//  * the vowel Japanese adds after a consonant (u; o after t/d; i after ッチ/ッジ) is not
//    read at the end of a word when short (not followed by ー): ル -> r, ス -> s, ト -> t;
//    before another consonant it may close a syllable or form a cluster (ク/ト in
//    ヴィクトル Viktor, ス in スターリン Stalin) or be a real vowel: both are read;
//  * ラ-row kana stand for r or l: both are read;
//  * チ/ジ/ヂ also stand for ti/di (older loanwords and Russian names: ラジオ radio,
//    チケット ticket, ウラジーミル Vladimir), シ for si, ツ for tu, フ for hu (Kunrei-shiki
//    readings): both are read;
//  * ッ (a doubled consonant) is read single; ー (a long vowel) as one vowel.
// Readings are the combinations of those choices, in a fixed order, at most `max_readings`
// (later ambiguous kana take their first reading once the budget is used). Returns
// readings different from each other; the plain Hepburn spelling may be among them.
// ウラジーミル -> {"urajimir", "uladimir", ...}; プーチン -> {"puchin", "putin"}.
std::vector<std::string> KatakanaReadings(std::u32string_view word, size_t max_readings);
// The budget PrepareName gives KatakanaReadings per word.
inline constexpr size_t kMaxKatakanaReadings = 16;

// Schwa deletion for Hindi, Marathi and Nepali (Devanagari), Bengali/Assamese, Punjabi
// (Gurmukhi) and Gujarati, whose inherent vowel is silent in two places (Ohala 1983, the
// rule the Indic text-to-speech literature uses): at the end of a word after a single
// consonant that follows a vowel (V C _ #: राम -> ram, but नरेन्द्र narendra after a
// conjunct, न na alone), and between a vowel + consonant and a consonant + vowel
// (V C _ C V, applied from the right: मनमोहन -> manmohan, রহমান -> rahman). A bindu or
// visarga belongs to its vowel, which is then always read. Returns `text`
// with a virama added after each consonant whose vowel is silent, so that ICU, which
// always reads the inherent vowel, romanizes the word as spoken and as names are spelt.
// Text in other scripts is copied unchanged.
std::u32string MarkSilentSchwas(std::u32string_view text);

// True when `c` is in a block MarkSilentSchwas works on (U+0900..U+0AFF).
bool InSchwaDeletingBlock(char32_t c);

}  // namespace sanctions
