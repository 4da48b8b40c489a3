// OFAC legacy CSV sets: the input holds up to four files separated by "\n#--#\n" lines:
// sdn.csv, add.csv, alt.csv, sdn_comments.csv. Missing parts mean a partial set.
#include <cstddef>
#include <cstdint>
#include <filesystem>
#include <string_view>

#include "fuzz_common.h"
#include "sanctions/list.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  using namespace sanctions::fuzz;
  static const char* kNames[] = {"sdn.csv", "add.csv", "alt.csv", "sdn_comments.csv"};
  auto parts = SplitParts({reinterpret_cast<const char*>(data), size}, 4);
  std::string main_path;
  for (size_t i = 0; i < 4; ++i) {
    if (i < parts.size()) {
      std::string p = WriteTemp(kNames[i], parts[i]);
      if (i == 0) main_path = p;
    } else {
      std::error_code ec;
      std::filesystem::remove(TempDir() + "/" + kNames[i], ec);
    }
  }
  LoadAndTouch(main_path, sanctions::format::kOfacCsv);
  return 0;
}
