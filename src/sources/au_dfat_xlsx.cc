// Placeholder: the reader for this format is being written (issue 2).
#include "sources/reader.h"

namespace sanctions {

Status ReadAuDfatXlsx(const std::string& path, ReadContext&) {
  return Status::Internal(path + ": reader au_dfat_xlsx is not written yet");
}

}  // namespace sanctions
