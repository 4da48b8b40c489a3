// Name knowledge as data: romanization variants, legal forms, generic words, titles,
// vessel prefixes and name particles. Loaded once from data/*.tsv (each file states its
// source and, when generated, the script in scripts/ that made it). Thread-safe: the
// tables are immutable after first use.
//
// Every token given to or returned by these functions is a normalised token: lower-case
// ASCII Latin letters and digits, as produced by transliteration + folding.
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace sanctions {

class NameTables {
 public:
  // The process-wide tables, loaded from SANCTIONS_DATA_DIR (or $SANCTIONS_DATA_DIR).
  static const NameTables& Get();

  // Romanization variants of one name element share a canonical key:
  // "jong", "chong", "jeong" -> one key; "muhammad", "mohammed", "mohamed" -> one key;
  // "wladimir", "vladimir" -> one key. Unknown tokens return themselves.
  // Multiple keys when a spelling belongs to several groups (rare).
  std::vector<std::string> VariantKeys(std::string_view token) const;
  // True when a and b are listed as spellings of the same name element.
  bool AreVariants(std::string_view a, std::string_view b) const;

  // Legal forms, jurisdiction-aware: "ltd", "limited", "co ltd", "llc", "ooo", "zao",
  // "jsc", "pjsc", "gmbh", "s a" ("S.A."), "sa de cv"... Tries the longest form starting at
  // tokens[pos]; returns how many tokens it spans (0 = none) and its canonical form.
  size_t MatchLegalForm(const std::vector<std::string>& tokens, size_t pos,
                        std::string* canonical) const;

  // Words that weigh little in organisation names: trading, international, group,
  // company, shipping, holding, industrial, corporation, bank?, ... (weights in data).
  bool IsGenericWord(std::string_view token) const;
  // 0..1 weight of a generic word (1 for ordinary tokens).
  double TokenWeight(std::string_view token) const;

  // Titles and honorifics to drop from person names: mr, mrs, dr, sheikh, haji, hajji,
  // maulavi, mullah, general, colonel, prof, sir, ...
  bool IsTitle(std::string_view token) const;

  // Vessel name prefixes: mv, mt, ms, m v, m t, ss, fv ... (the dots and slashes are gone
  // after normalisation: "M/V" -> "m v"). Returns tokens spanned (0 = none).
  size_t MatchVesselPrefix(const std::vector<std::string>& tokens, size_t pos) const;

  // Name particles that may be present or absent: al, el, bin, ibn, bint, abu, de, da,
  // van, von, der, ... (still compared when both sides have them).
  bool IsParticle(std::string_view token) const;
};

}  // namespace sanctions
