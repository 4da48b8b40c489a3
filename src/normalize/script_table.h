// Shared reading of the script tables in data/translit_*.tsv (khmer.cc, burmese.cc): TAB
// separated records, '#' comment lines, code points written U+XXXX, readings in lower-case
// ASCII ('-' for an empty reading).
#pragma once

#include <functional>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "sanctions/status.h"

namespace sanctions {

// The data directory: $SANCTIONS_DATA_DIR, else the SANCTIONS_DATA_DIR the build set.
std::string ScriptTableDir();

// Calls fn(fields, line) for every record of the file; a failure of fn (or of reading the
// file) is returned as Corruption naming the file and line.
Status ForEachTableRecord(const std::string& path,
                          const std::function<Status(const std::vector<std::string_view>&)>& fn);

// "U+1780 U+17B6" -> the code points (in `block_first`..`block_last`, else an error).
Result<std::u32string> ParseCodePoints(std::string_view field, char32_t block_first,
                                       char32_t block_last);

// A reading: '-' is empty, otherwise lower-case ASCII letters or digits.
Result<std::string> ParseReading(std::string_view field);

// Logs that a script table could not be loaded, and what happens instead.
void LogScriptTableFailure(const std::string& file, const Status& status, const char* consequence);

// The process-wide table `file` (in ScriptTableDir()) loaded once by Table::Load; null
// (logged once) when it cannot be loaded. For Table::Get().
template <typename Table>
const Table* LoadScriptTableOnce(const char* file, const char* consequence) {
  static const std::shared_ptr<const Table> table = [&]() {
    auto r = Table::Load(ScriptTableDir() + "/" + file);
    if (!r.ok()) {
      LogScriptTableFailure(file, r.status(), consequence);
      return std::shared_ptr<const Table>();
    }
    return *r;
  }();
  return table.get();
}

}  // namespace sanctions
