// Placeholder: the reader for this format is being written (issue 2).
#include "sources/reader.h"

namespace sanctions {

Status ReadCaSemaXml(const std::string& path, ReadContext&) {
  return Status::Internal(path + ": reader ca_sema_xml is not written yet");
}

}  // namespace sanctions
