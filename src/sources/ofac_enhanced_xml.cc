// Placeholder: the reader for this format is being written (issue 2).
#include "sources/reader.h"

namespace sanctions {

Status ReadOfacEnhancedXml(const std::string& path, ReadContext&) {
  return Status::Internal(path + ": reader ofac_enhanced_xml is not written yet");
}

}  // namespace sanctions
