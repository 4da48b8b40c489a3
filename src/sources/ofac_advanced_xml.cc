// Placeholder: the reader for this format is being written (issue 2).
#include "sources/reader.h"

namespace sanctions {

Status ReadOfacAdvancedXml(const std::string& path, ReadContext&) {
  return Status::Internal(path + ": reader ofac_advanced_xml is not written yet");
}

}  // namespace sanctions
