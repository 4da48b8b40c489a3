// Format detection, then loading with the detected format: the path a user takes when
// giving any file to `sanctions lists info`.
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "fuzz_common.h"
#include "sanctions/list.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  using namespace sanctions::fuzz;
  std::string path = WriteTemp("input.dat", {reinterpret_cast<const char*>(data), size});
  auto fmt = sanctions::DetectFormat(path);
  if (fmt.ok()) LoadAndTouch(path, "");
  return 0;
}
