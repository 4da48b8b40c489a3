// OFAC enhanced XML: the input is the XML body, loaded both as a plain file and inside a
// CONS_ENHANCED.ZIP as OFAC publishes it. Input that already is a zip is loaded as is.
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "fuzz_common.h"
#include "sanctions/list.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  using namespace sanctions::fuzz;
  std::string_view bytes(reinterpret_cast<const char*>(data), size);
  const std::string fmt = sanctions::format::kOfacEnhancedXml;
  if (bytes.substr(0, 2) == "PK") {
    LoadAndTouch(WriteTemp("CONS_ENHANCED.ZIP", bytes), fmt);
    return 0;
  }
  LoadAndTouch(WriteTemp("CONS_ENHANCED.XML", bytes), fmt);
  LoadAndTouch(WriteZip("CONS_ENHANCED.ZIP", {{"CONS_ENHANCED.XML", bytes}}), fmt);
  return 0;
}
