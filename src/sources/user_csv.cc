// Placeholder: the reader for this format is being written (issue 2).
#include "sources/reader.h"

namespace sanctions {

Status ReadUserCsv(const std::string& path, ReadContext&) {
  return Status::Internal(path + ": reader user_csv is not written yet");
}

}  // namespace sanctions
