// Australia DFAT workbook. Fuzzing zip bytes directly mostly exercises inflate, so the
// input is the worksheet XML, optionally followed by "\n#--#\n" and the shared strings
// XML; the target wraps them in a minimal .xlsx package. Input starting with "PK" is
// loaded as a workbook file as is.
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "fuzz_common.h"
#include "sanctions/list.h"

namespace {

constexpr std::string_view kContentTypes =
    R"(<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="xml" ContentType="application/xml"/></Types>)";
constexpr std::string_view kWorkbook =
    R"(<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="Sheet1" sheetId="1" r:id="rId1"/></sheets></workbook>)";
constexpr std::string_view kRels =
    R"(<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/></Relationships>)";

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  using namespace sanctions::fuzz;
  std::string_view bytes(reinterpret_cast<const char*>(data), size);
  const std::string fmt = sanctions::format::kAuDfatXlsx;
  if (bytes.substr(0, 2) == "PK") {
    LoadAndTouch(WriteTemp("regulation8_consolidated.xlsx", bytes), fmt);
    return 0;
  }
  auto parts = SplitParts(bytes, 2);
  std::vector<std::pair<std::string, std::string_view>> entries = {
      {"[Content_Types].xml", kContentTypes},
      {"xl/workbook.xml", kWorkbook},
      {"xl/_rels/workbook.xml.rels", kRels},
      {"xl/worksheets/sheet1.xml", parts[0]},
  };
  if (parts.size() > 1) entries.push_back({"xl/sharedStrings.xml", parts[1]});
  LoadAndTouch(WriteZip("regulation8_consolidated.xlsx", entries), fmt);
  return 0;
}
