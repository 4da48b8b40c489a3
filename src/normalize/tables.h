// Name knowledge as data: romanization variants, legal forms, generic words, titles,
// vessel prefixes and name particles. Loaded once from data/*.tsv (each file states its
// source and, when generated, the script in scripts/ that made it). Thread-safe: the
// tables are immutable after first use.
//
// Every token given to or returned by these functions is a normalised token: lower-case
// ASCII Latin letters and digits, as produced by transliteration + folding.
#pragma once

#include <cstdint>
#include <functional>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "sanctions/status.h"

namespace sanctions {

// One entry of data/legal_forms.tsv: canonical form ("co ltd"), the jurisdictions that use
// it (ISO 3166 alpha-2 codes, "*" = many) and its kind ("limited company", "partnership"...).
struct LegalFormInfo {
  std::string canonical;
  std::vector<std::string> countries;
  std::string kind;
  std::string klass;  // data/legal_form_classes.tsv: stock, limited, partnership, other, generic
};

// GroupSource() of the given-name equivalent groups (data/given_names.tsv).
inline constexpr const char* kGivenNamesSource = "given_names";

class NameTables {
 public:
  // The process-wide tables, loaded from SANCTIONS_DATA_DIR (or $SANCTIONS_DATA_DIR).
  // If loading fails the error is logged once and empty tables are returned; LoadStatus()
  // tells callers (CLI start-up, tests) whether the tables are real.
  static const NameTables& Get();
  // The outcome of the load behind Get() (loads if needed).
  static const Status& LoadStatus();
  // Loads the tables from the *.tsv files in `dir` (errors name file and line). For tests
  // and tools; production code uses Get().
  static Result<std::shared_ptr<const NameTables>> LoadFromDir(const std::string& dir);

  NameTables();
  ~NameTables();
  NameTables(const NameTables&) = delete;  // large and immutable: share, never copy
  NameTables& operator=(const NameTables&) = delete;

  // Romanization variants of one name element share a canonical key:
  // "jong", "chong", "jeong" -> one key; "muhammad", "mohammed", "mohamed" -> one key;
  // "wladimir", "vladimir" -> one key. Unknown tokens return themselves.
  // Multiple keys when a spelling belongs to several groups (rare).
  std::vector<std::string> VariantKeys(std::string_view token) const;
  // True when a and b are listed as spellings of the same name element (a == b is true).
  bool AreVariants(std::string_view a, std::string_view b) const;
  // True when a and b are joined spellings of the same 2-4 syllables of one table (Korean or
  // Chinese): "chinping" ~ "jinping" (Chin-p'ing / Jinping), "chongun" ~ "jeongeun". Every
  // piece is a known syllable spelling of that table (data/syllables_*.tsv and its groups),
  // the pieces pair up equal or as variants in that table, and at least one pair is a
  // variant (a == b is false here: that is an exact match). Does not allocate.
  bool AreJoinedVariants(std::string_view a, std::string_view b) const;
  // True when `token` is a known spelling of one Korean or Chinese syllable
  // (data/syllables_*.tsv): "jong", "song", "zhang".
  bool IsSyllable(std::string_view token) const;
  // Integer ids of the variant groups `token` belongs to (sorted, usually 0 or 1, at most a
  // few); a reference to a static empty vector when unknown. Never allocates.
  const std::vector<uint32_t>& GroupIds(std::string_view token) const;
  // The canonical key of group `id` (the same string VariantKeys returns), and its
  // spellings (for explanations: "jong ~ chong: Korean romanization").
  const std::string& GroupKey(uint32_t id) const;
  const std::vector<std::string>& GroupSpellings(uint32_t id) const;
  // Which table the group comes from: "korean", "chinese", "russian", "arabic".
  const std::string& GroupSource(uint32_t id) const;
  size_t GroupCount() const;

  // Legal forms, jurisdiction-aware: "ltd", "limited", "co ltd", "llc", "ooo", "zao",
  // "jsc", "pjsc", "gmbh", "s a" ("S.A."), "sa de cv"... Tries the longest form starting at
  // tokens[pos]; returns how many tokens it spans (0 = none) and its canonical form.
  size_t MatchLegalForm(const std::vector<std::string>& tokens, size_t pos,
                        std::string* canonical) const;
  // As above, with the table entry (jurisdictions, kind); *info is null when no match.
  size_t MatchLegalForm(const std::vector<std::string>& tokens, size_t pos,
                        const LegalFormInfo** info) const;

  // The class of a canonical legal form (data/legal_form_classes.tsv): "stock", "limited",
  // "partnership", "other" or "generic"; "" when the form is unknown.
  const std::string& LegalFormClass(std::string_view canonical) const;

  // Words that weigh little in organisation names: trading, international, group,
  // company, shipping, holding, industrial, corporation, bank?, ... (weights in data).
  bool IsGenericWord(std::string_view token) const;
  // 0..1 weight of a generic word (1 for ordinary tokens).
  double TokenWeight(std::string_view token) const;

  // Titles and honorifics to drop from person names: mr, mrs, dr, sheikh, haji, hajji,
  // maulavi, mullah, general, colonel, prof, sir, ...
  bool IsTitle(std::string_view token) const;
  // Multi-token titles too ("his excellency", "al haj", "lt gen"): tokens spanned, 0 = none.
  size_t MatchTitle(const std::vector<std::string>& tokens, size_t pos) const;

  // Vessel name prefixes: mv, mt, ms, m v, m t, ss, fv ... (the dots and slashes are gone
  // after normalisation: "M/V" -> "m v"). Returns tokens spanned (0 = none).
  size_t MatchVesselPrefix(const std::vector<std::string>& tokens, size_t pos) const;

  // Name particles that may be present or absent: al, el, bin, ibn, bint, abu, de, da,
  // van, von, der, ... (still compared when both sides have them).
  bool IsParticle(std::string_view token) const;

 private:
  struct Data;
  std::unique_ptr<Data> data_;
};

// Reads one data table (data/*.tsv): UTF-8, TAB-separated fields (each trimmed), '#'
// comment lines and blank lines skipped, CRLF tolerated; calls fn(fields, line number) per
// record. A failure of fn comes back as its status with "FILE line N: " in front.
Status ForEachTsvRecord(
    const std::string& path,
    const std::function<Status(const std::vector<std::string_view>&, size_t)>& fn);

// Deterministic skeleton of a romanized Slavic (Russian, Ukrainian, Belarusian) name
// element, so that BGN/PCGN, ISO 9, passport, German and French spellings of one name
// meet: "wladimir"/"vladimir" -> same, "aleksandr"/"alexander"/"alexandre" -> same,
// "sergey"/"sergei"/"sergej"/"serguei" -> same. Input and output are normalised tokens.
// Meant for comparing two tokens; it is not a pronunciation.
std::string FoldSlavic(std::string_view token);

// Consonant skeleton of a romanized Arabic/Persian name element, to meet ICU's Arabic-Latin
// output (which omits short vowels: "mhmd", "hsyn"): "muhammad" and "mhmd" -> same. Lossy
// (Hussein and Hassan meet); callers should give it less weight than a table variant.
std::string ArabicSkeleton(std::string_view token);

}  // namespace sanctions
