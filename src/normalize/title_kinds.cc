#include "normalize/title_kinds.h"

#include <cstdlib>
#include <set>
#include <string>

#include "util/io.h"
#include "util/text.h"

namespace sanctions {
namespace {

std::set<std::string, std::less<>> Load() {
  std::set<std::string, std::less<>> out;
  const char* env = std::getenv("SANCTIONS_DATA_DIR");
  std::string dir = env && *env ? env : SANCTIONS_DATA_DIR;
  auto text = ReadFile(dir + "/titles.tsv");
  if (!text.ok()) return out;
  for (const std::string& line : Split(*text, '\n')) {
    if (line.empty() || line[0] == '#') continue;
    size_t tab = line.find('\t');
    if (tab == std::string::npos) continue;
    std::string kind = line.substr(tab + 1);
    if (kind.find("given name") != std::string::npos) out.insert(AsciiLower(line.substr(0, tab)));
  }
  return out;
}

}  // namespace

bool IsTitleAlsoGivenName(std::string_view token) {
  static const std::set<std::string, std::less<>> kSet = Load();
  return kSet.find(token) != kSet.end();
}

}  // namespace sanctions
