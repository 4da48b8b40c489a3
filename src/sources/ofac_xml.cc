// Placeholder: the reader for this format is being written (issue 2).
#include "sources/reader.h"

namespace sanctions {

Status ReadOfacXml(const std::string& path, ReadContext&) {
  return Status::Internal(path + ": reader ofac_xml is not written yet");
}

}  // namespace sanctions
