// Placeholder: the reader for this format is being written (issue 2).
#include "sources/reader.h"

namespace sanctions {

Status ReadChSecoXml(const std::string& path, ReadContext&) {
  return Status::Internal(path + ": reader ch_seco_xml is not written yet");
}

}  // namespace sanctions
