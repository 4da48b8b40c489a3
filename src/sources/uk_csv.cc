// Placeholder: the reader for this format is being written (issue 2).
#include "sources/reader.h"

namespace sanctions {

Status ReadUkCsv(const std::string& path, ReadContext&) {
  return Status::Internal(path + ": reader uk_csv is not written yet");
}

}  // namespace sanctions
