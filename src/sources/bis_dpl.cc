// Placeholder: the reader for this format is being written (issue 2).
#include "sources/reader.h"

namespace sanctions {

Status ReadBisDpl(const std::string& path, ReadContext&) {
  return Status::Internal(path + ": reader bis_dpl is not written yet");
}

}  // namespace sanctions
