// Name preparation and name-to-name similarity: the token rules and the alignment.
//
// A name is prepared once (PrepareName): folded to ASCII tokens, type-specific words set
// aside (person titles; organisation legal forms; vessel prefixes), weights given
// (particles and generic words weigh little), and "units" built: every token, plus every
// concatenation of two adjacent tokens ("jong"+"un" -> "jongun") and of three adjacent
// tokens of at most 4 letters ("plat"+"ono"+"vich"), so joined, spaced and hyphenated
// spellings meet, plus, for a name in katakana, each reading of a token as a foreign name
// (normalize/loanword.h: "urajimiru" -> "uladimir"...; same token, count 1). Each unit
// carries its phonetic key and romanization variant keys, so comparing two prepared names
// costs no allocation.
//
// Token rules (TokenSimilarity), the best applicable one wins:
//   exact 1.0 | romanization variant (NameTables groups or FoldSlavic) 0.92 |
//   given-name equivalent (data/given_names.tsv: "bill" ~ "william") 0.85 |
//   acronym (organisations: a token equal to the initials of 2-4 adjacent tokens of the other
//   name, "pla" ~ "peoples liberation army") 0.90; a token written as initials ("N.A.B.C.")
//   matches exactly only |
//   transliteration (one side from an abjad script, LoosePhoneticKey equal) 0.90 |
//   edit distance, only when the
//   Levenshtein distance is <= MaxEdits(longer length): 0.5*(1-d/len) + 0.5*JaroWinkler;
//   one edit more for two tokens of 5-7 letters with the same first letter, capped at
//   kWeakEditSimilarity (0.78) |
//   phonetic skeleton equal (>= 3 classes) 0.80 | initial ("v" ~ "vladimir") 0.80.
//   Tokens with digits match only exactly (YU JONG 2 is not YU JONG 3).
//   Masculine and feminine forms of a name ("michel" / "michelle", "ivanov" / "ivanova") are
//   capped at kGenderedFormSimilarity whatever rule found them.
//   A concatenation unit meets only a single token, by exact, phonetic or <= 1 edit.
//   Tokens from Han, Hangul or kana are syllables: exact or variant only. Two Latin tokens
//   that both spell one Korean or Chinese syllable and are not variants ("jong" / "song")
//   are capped at kSyllableEditSimilarity.
// Alignment (AlignNames): greedy one-to-one assignment of units by similarity (order
// independent); name score = sum(sim * (wq + wl)) over matched pairs divided by
// (sum(wq + wl) over matched pairs + kUnmatchedQueryCost * unmatched query weight +
// kUnmatchedListedCost * unmatched listed weight), where unmatched weight present on
// both sides (a conflicting element, "Erdem" vs "Erdogan") costs 1 on each. For a "title + surname"
// query (title_alone) against a listed person, unmatched listed given names cost nothing when the
// token matched the listed family name (before the comma in "PUTIN, Vladimir", else the last
// token). Edit distance is the optimal string alignment distance (a transposition is one edit).
// Bound used by the index (docs/scoring.md): the name score never exceeds the best
// similarity of any aligned unit pair that is not an initial.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "sanctions/entity.h"

namespace sanctions {

// Token similarity values per rule (documented in docs/scoring.md).
inline constexpr double kVariantSimilarity = 0.92;
inline constexpr double kPhoneticSimilarity = 0.80;
inline constexpr double kInitialSimilarity = 0.80;
inline constexpr double kTransliterationSimilarity = 0.90;
// Weight of a person's ancestor names (after bin/ibn, patronymics such as "Viktorovich"):
// often left out, so missing them costs less than missing a given or family name.
inline constexpr float kAncestorWeight = 0.6f;
// The most a weak edit (MaxEdits + 1 edits between two 5-7 letter tokens with the same first
// letter: "starkey" ~ "starmer") gives.
inline constexpr double kWeakEditSimilarity = 0.78;
// Weight of a number in an organisation name: the number of a fund, trust or series
// ("Partners VI", "Trust 2004-1") weighs little in the name score; the "numerals" factor
// (score.h) says whether the numbers agree.
inline constexpr float kOrgNumberWeight = 0.15f;
// The most two Latin spellings of different Korean or Chinese syllables give ("jong" /
// "song", "pong" / "pyong"): a one-letter difference there is another syllable.
inline constexpr double kSyllableEditSimilarity = 0.70;
// The most two tokens that are the masculine and feminine forms of one name give
// ("michel" / "michelle", "ivanov" / "ivanova"): another person.
inline constexpr double kGenderedFormSimilarity = 0.55;
// Given-name equivalents (data/given_names.tsv: Bill = William, Juan = John).
inline constexpr double kNicknameSimilarity = 0.85;
// An organisation's acronym against the words it abbreviates ("pla" ~ "peoples liberation army").
inline constexpr double kAcronymSimilarity = 0.90;
// NameUnit::variants marks given-name groups with this bit (romanization groups without).
inline constexpr uint32_t kNicknameGroupBit = 0x80000000u;
// Weight at which unmatched tokens count against the name (query side, listed side):
// a missing middle name or patronymic costs less than a mismatched token.
inline constexpr double kUnmatchedQueryCost = 0.45;
inline constexpr double kUnmatchedListedCost = 0.4;
// Weight at which conflicting tokens (unmatched on both sides: "Dulaimi" vs "Tikriti") count,
// on each side.
inline constexpr double kConflictCost = 2.5;

enum class MatchRule : uint8_t {
  kNone = 0,
  kExact,
  kVariant,
  kTranslit,
  kEdit,
  kPhonetic,
  kInitial,
  kNickname,
  kAcronym
};
// "exact", "romanization", "transliteration", "edit_distance", "phonetic", "initial",
// "nickname", "acronym".
const char* MatchRuleName(MatchRule r);

// The largest edit distance the edit rule accepts for a pair whose longer token has
// `len` characters: 0 up to 3, 1 for 4..7, 2 from 8.
int MaxEdits(size_t len);

struct NameUnit {
  std::string text;
  std::string phonetic;            // "" when none
  std::vector<uint32_t> variants;  // NameTables::GroupIds (single tokens only)
  std::string slavic;              // FoldSlavic(text) when it differs from text, else ""
  std::string loose;               // LoosePhoneticKey(text)
  bool non_latin = false;          // from a name written in another script
  bool abjad = false;              // from Arabic, Hebrew or Syriac script (vowels unwritten)
  bool syllabic = false;           // one Han/Hangul/kana syllable: exact or variant only
  bool cjk_syllable = false;       // a Latin token that spells one Korean or Chinese syllable
                                   // ("jong", "song"): see kSyllableEditSimilarity
  uint64_t chars = 0;              // bit per symbol present ([a-z] 0..25, [0-9] 26..35)
  uint8_t first = 0;               // first token covered
  uint8_t count = 1;               // tokens covered: 1, or 2 for a concatenation
  bool numeric = false;            // has a digit: exact matches only
  bool acronym = false;            // letters standing for words: a token written as initials
                                   // ("N.A.B.C." -> "nabc") or, with count > 1, the initials of
                                   // `count` organisation name tokens; matches exactly only
};

struct PreparedName {
  std::vector<std::string> tokens;  // the tokens compared, after type-specific removal
  std::vector<float> weights;       // per token
  std::vector<NameUnit> units;      // tokens first (units[i] is tokens[i]), pairs, readings
  float total_weight = 0;
  std::string legal_form;       // canonical legal form found (organisations)
  bool had_title = false;       // a person title was dropped
  bool title_alone = false;     // the name was a title + one token ("President Putin")
  std::vector<uint8_t> family;  // per token: 1 when it is (part of) the family name
  // Person names with a nasab (bin, ibn, ben, bint, ould...): per token, how many such
  // particles precede it (0 = the person's own name, 1 = the father's...); empty otherwise.
  std::vector<uint8_t> generation;
  bool non_latin = false;  // the input was not Latin script
  bool abjad = false;      // Arabic, Hebrew or Syriac script
  bool syllabic = false;   // Han, Hangul or kana: tokens are syllables
  bool person = false;     // prepared as a person name
  std::string normalized;  // tokens joined by spaces
  bool empty() const { return tokens.empty(); }
};

// Prepares a name for comparison. `type` decides which words are set aside.
PreparedName PrepareName(std::string_view utf8, EntityType type);
// The same from tokens already folded (Scan windows).
PreparedName PrepareTokens(std::vector<std::string> tokens, EntityType type, bool non_latin,
                           bool syllabic = false, bool abjad = false);

struct UnitSimilarity {
  double sim = 0;
  MatchRule rule = MatchRule::kNone;
};

// Similarity of two units (see the rules above).
UnitSimilarity TokenSimilarity(const NameUnit& a, const NameUnit& b);

struct AlignedPair {
  int query_unit = -1;   // index into query units, -1 when the listed unit is unmatched
  int listed_unit = -1;  // index into listed units, -1 when the query unit is unmatched
  double sim = 0;
  MatchRule rule = MatchRule::kNone;
};

struct NameAlignment {
  double score = 0;  // in [0, 1]
  double query_coverage = 0;
  double listed_coverage = 0;
  std::vector<AlignedPair> pairs;  // matched pairs, then unmatched tokens (sim 0)
};

// The denominator share of unmatched token weight (see the alignment rule above). It
// increases in both arguments, which the index's upper bound relies on.
double UnmatchedCost(double q_unmatched, double l_unmatched);

// Aligns and scores two prepared names. With `detail` false, `pairs` stays empty.
NameAlignment AlignNames(const PreparedName& query, const PreparedName& listed, bool detail);

}  // namespace sanctions
