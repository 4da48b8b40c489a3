// Placeholder: the reader for this format is being written (issue 2).
#include "sources/reader.h"

namespace sanctions {

Status ReadFtmJson(const std::string& path, ReadContext&) {
  return Status::Internal(path + ": reader ftm_json is not written yet");
}

}  // namespace sanctions
