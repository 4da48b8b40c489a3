// Placeholder: the reader for this format is being written (issue 2).
#include "sources/reader.h"

namespace sanctions {

Status ReadCslCsv(const std::string& path, ReadContext&) {
  return Status::Internal(path + ": reader csl_csv is not written yet");
}

}  // namespace sanctions
