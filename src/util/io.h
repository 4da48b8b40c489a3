// File access for the readers: whole files, gzip streams and zip archive entries
// (zlib and minizip). Every error names the file.
#pragma once

#include <string>
#include <vector>

#include "sanctions/status.h"

namespace sanctions {

// Reads a whole file. NotFound if missing, IoError otherwise.
Result<std::string> ReadFile(const std::string& path);

// True when `bytes` start with the gzip magic.
bool LooksGzip(const std::string& bytes);
// True when `bytes` start with a zip local file header ("PK\3\4").
bool LooksZip(const std::string& bytes);

// Inflates a whole gzip file. Corruption if truncated or not gzip.
Result<std::string> ReadGzipFile(const std::string& path);

// Reads a file, transparently inflating it when it is gzip.
Result<std::string> ReadMaybeGzip(const std::string& path);

// Zip archives (.zip, .xlsx): list entries and read one by name.
Result<std::vector<std::string>> ZipEntries(const std::string& path);
Result<std::string> ReadZipEntry(const std::string& path, const std::string& entry);

// Lower-case hex SHA-256 of bytes.
std::string Sha256Hex(const std::string& bytes);

// The file name without directories ("sdn.csv").
std::string BaseName(const std::string& path);

}  // namespace sanctions
