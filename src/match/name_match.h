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

// One token or concatenation of a prepared name. The fields TokenSimilarity reads first
// (text, symbol set, hashes that refute equal keys, flags) come first: 64 bytes, one
// cache line; the key strings follow.
struct NameUnit {
  std::string text;
  uint64_t chars = 0;          // bit per symbol present ([a-z] 0..25, [0-9] 26..35)
  uint32_t variant_bits = 0;   // bit (id % 32) per variant group id: no common bit, no common id
  uint32_t fold_hash = 0;      // UnitHash(slavic, or text when slavic is ""), single tokens
  uint32_t loose_hash = 0;     // UnitHash(loose) when loose has >= 3 characters, else 0
  uint32_t phonetic_hash = 0;  // UnitHash(phonetic) when it has >= 3 characters, else 0
  bool non_latin = false;      // from a name written in another script
  bool abjad = false;          // from Arabic, Hebrew or Syriac script (vowels unwritten)
  bool syllabic = false;       // one Han/Hangul/kana syllable: exact or variant only
  bool numeric = false;        // has a digit: exact matches only
  bool cjk_syllable = false;   // a Latin token spelling one Korean or Chinese syllable ("jong",
                               // "song"): see kSyllableEditSimilarity
  bool acronym = false;        // letters standing for words: a token written as initials
                               // ("N.A.B.C." -> "nabc") or, with count > 1, the initials of
                               // `count` organisation name tokens; matches exactly only
  uint8_t first = 0;           // first token covered
  uint8_t count = 1;           // tokens covered: 1, 2 or 3 for a concatenation
  std::string phonetic;        // "" when none
  std::string loose;           // LoosePhoneticKey(text)
  std::string slavic;          // FoldSlavic(text) when it differs from text, else ""
  std::vector<uint32_t> variants;  // NameTables::GroupIds (single tokens only)
};

// The 32-bit FNV-1a hash of a key string (equal strings, equal hashes).
uint32_t UnitHash(std::string_view s);

// The role a token can play in an initial pair (TokenSimilarity's initial rule: one
// single-letter token and one longer token with the same first character, no digits):
// 1 = an initial, 2 = a longer word, 0 = none (it has a digit, or is empty).
inline int InitialRole(std::string_view token) {
  if (token.empty()) return 0;
  for (char c : token) {
    if (c >= '0' && c <= '9') return 0;
  }
  return token.size() == 1 ? 1 : 2;
}

// A bit per first character: 'a'..'z' -> bits 0..25, anything else -> bit 31 (two
// characters with different bits are different characters).
inline uint32_t LetterBit(char c) {
  return c >= 'a' && c <= 'z' ? uint32_t{1} << (c - 'a') : uint32_t{1} << 31;
}

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
  // Per unit: an id shared by every listed unit equal in all fields TokenSimilarity reads
  // (set by the index, NameIndex::Build; empty elsewhere). Lets UnitSimCache memoise.
  std::vector<uint32_t> unit_ids;
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

// A memo of TokenSimilarity between the units of one query and listed units known by id
// (PreparedName::unit_ids): the same listed unit ("mohammed", "al") recurs in thousands
// of names, so the similarities of each listed unit to all query units are computed once
// per query, and only the non-zero ones are kept. Exactly TokenSimilarity's values.
// Not thread-safe: one per thread, Reset per query.
class UnitSimCache {
 public:
  struct Entry {
    double sim;
    uint16_t query_unit;  // in the row header: the number of entries that follow
    MatchRule rule;
  };
  // Forgets everything; `query` must outlive the following calls; ids are < `ids`.
  void Reset(const PreparedName* query, size_t ids);
  // A non-zero, non-initial similarity of a query unit to a listed unit (by id).
  struct KnownPair {
    uint32_t unit;
    uint16_t query_unit;
    MatchRule rule;
    double sim;
  };
  // Declares that `pairs` (the pairs of one listed unit in increasing query unit order;
  // valid until the next Reset) hold every non-zero, non-initial TokenSimilarity of the
  // query's units to any listed unit, as NameIndex::Collect finds them (every such pair
  // shares an index key). Rows then come from them; only possible initial pairs (a single
  // letter and a longer token with that first letter) are still computed. Exactly
  // TokenSimilarity's values.
  void SetKnownPairs(const std::vector<KnownPair>* pairs);
  // The non-zero TokenSimilarity(query->units[i], listed) over i, in increasing i, for a
  // listed unit with this id: [first, last) (valid until the next Row call).
  std::pair<const Entry*, const Entry*> Row(uint32_t id, const NameUnit& listed) {
    if (stamp_[id] != epoch_) Fill(id, listed);
    const Entry* e = entries_.data() + begin_[id];
    return {e + 1, e + 1 + e->query_unit};
  }

 private:
  void Fill(uint32_t id, const NameUnit& listed);
  const PreparedName* query_ = nullptr;
  const std::vector<KnownPair>* known_ = nullptr;
  uint32_t epoch_ = 0;
  // id -> epoch_ when it has a row, epoch_ + 1 when it has known pairs but no row yet
  std::vector<uint32_t> stamp_;
  // id -> its row header in entries_; with known pairs and no row, its last known pair
  std::vector<uint32_t> begin_;
  std::vector<uint32_t> known_next_;  // known pair -> the previous one of its unit, or ~0
  std::vector<Entry> entries_;
};

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
inline double UnmatchedCost(double q_unmatched, double l_unmatched) {
  // Unmatched tokens on both sides are conflicting (a different name element): they
  // cost fully on both sides; what is left over on one side is only missing.
  double conflict = q_unmatched < l_unmatched ? q_unmatched : l_unmatched;
  return kConflictCost * conflict + kUnmatchedQueryCost * (q_unmatched - conflict) +
         kUnmatchedListedCost * (l_unmatched - conflict);
}

// Aligns and scores two prepared names. With `detail` false, `pairs` stays empty. With a
// `cache` (reset for this query) and listed unit ids, token similarities come from it.
NameAlignment AlignNames(const PreparedName& query, const PreparedName& listed, bool detail,
                         UnitSimCache* cache = nullptr);

}  // namespace sanctions
