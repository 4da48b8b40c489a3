// Placeholder: the reader for this format is being written (issue 2).
#include "sources/reader.h"

namespace sanctions {

Status ReadUnXml(const std::string& path, ReadContext&) {
  return Status::Internal(path + ": reader un_xml is not written yet");
}

}  // namespace sanctions
