// Khmer script -> Latin for names: the UNGEGN (1972) = BGN/PCGN 1972 system in ASCII, from
// the table data/translit_khmer.tsv (its header states the source). ICU 72 has no
// Khmer-Latin transform, so FoldToAscii runs this before ICU.
//
// Reading: the text is cut into orthographic clusters (a base consonant, register marks,
// subscript consonants after COENG, a vowel sign sequence); each cluster is a syllable
// onset with its vowel, read by the series (a/o) of the cluster, or, when it carries no
// vowel and follows an open syllable, that syllable's final consonant. ពូទីន -> "putin",
// ប៉ុល ពត -> "pol pot", ហ៊ុន សែន -> "hun sen".
//
// Thread safety: the table is loaded once (thread-safe static) and immutable.
#pragma once

#include <memory>
#include <string>
#include <string_view>

#include "sanctions/status.h"

namespace sanctions {

class KhmerTable {
 public:
  // The process-wide table from SANCTIONS_DATA_DIR (or $SANCTIONS_DATA_DIR)
  // /translit_khmer.tsv; null when it cannot be loaded (the error is logged once and Khmer
  // text is then left to ICU, which yields no tokens for it).
  static const KhmerTable* Get();
  // Loads a table file; errors name the file and line.
  static Result<std::shared_ptr<const KhmerTable>> Load(const std::string& path);

  KhmerTable();
  ~KhmerTable();
  KhmerTable(const KhmerTable&) = delete;
  KhmerTable& operator=(const KhmerTable&) = delete;

  // True for code points of the Khmer blocks (U+1780..U+17FF, U+19E0..U+19FF).
  static bool IsKhmer(char32_t c);
  // Romanizes a run of Khmer code points: lower-case ASCII letters and digits, with a
  // space for Khmer punctuation. Code points the table does not know are dropped.
  std::string ToLatin(std::u32string_view text) const;

 private:
  struct Data;
  std::unique_ptr<Data> data_;
};

}  // namespace sanctions
