// One libFuzzer target per list format: the input is written to a file named like the
// official one (FUZZ_FILE_NAME) and loaded with the format forced (FUZZ_FORMAT).
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "fuzz_common.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  using namespace sanctions::fuzz;
  std::string path = WriteTemp(FUZZ_FILE_NAME, {reinterpret_cast<const char*>(data), size});
  LoadAndTouch(path, FUZZ_FORMAT);
  return 0;
}
