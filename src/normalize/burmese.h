// Burmese (Myanmar script) -> Latin for names: BGN/PCGN 1970 with the aspirates written as
// Myanmar personal names write them, from data/translit_burmese.tsv (its header states the
// source and the departures). ICU's Burmese-Latin runs syllables together
// (မင်းအောင်လှိုင် -> "mainnaaunglhaine"); this reads each syllable (onset consonant,
// medials ျ ြ ွ ှ, vowel signs, a final consonant with ASAT) and writes one token per
// syllable, as names are romanized: "min aung hlaing".
//
// Thread safety: the table is loaded once (thread-safe static) and immutable.
#pragma once

#include <memory>
#include <string>
#include <string_view>

#include "sanctions/status.h"

namespace sanctions {

class BurmeseTable {
 public:
  // The process-wide table from the data directory (translit_burmese.tsv); null when it
  // cannot be loaded (the error is logged once and Burmese is then left to ICU).
  static const BurmeseTable* Get();
  // Loads a table file; errors name the file and line.
  static Result<std::shared_ptr<const BurmeseTable>> Load(const std::string& path);

  BurmeseTable();
  ~BurmeseTable();
  BurmeseTable(const BurmeseTable&) = delete;
  BurmeseTable& operator=(const BurmeseTable&) = delete;

  // True for code points of the Myanmar block (U+1000..U+109F).
  static bool IsBurmese(char32_t c);
  // Romanizes a run of Myanmar code points: syllables separated by single spaces,
  // lower-case ASCII. Code points the table does not know end a syllable.
  std::string ToLatin(std::u32string_view text) const;

 private:
  struct Data;
  std::unique_ptr<Data> data_;
};

}  // namespace sanctions
