// A streaming RFC 4180 CSV reader over an in-memory buffer: quoted fields with "" escapes,
// embedded newlines, CRLF or LF, any single-byte delimiter. Reports the 1-based physical
// line where each record starts, so readers can name it in rejections.
//
// Not thread-safe; cheap to construct. The buffer must outlive the reader.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace sanctions {

class CsvReader {
 public:
  struct Options {
    char delimiter = ',';
    char quote = '"';
    // Stop at a lone 0x1A (DOS end-of-file, as OFAC files end).
    bool stop_at_sub = true;
  };

  explicit CsvReader(std::string_view data) : CsvReader(data, Options{}) {}
  CsvReader(std::string_view data, Options options);

  // Reads the next record into `fields`. Returns false at end of input.
  // Fields are returned raw (not trimmed, no encoding conversion).
  bool Next(std::vector<std::string>* fields);

  // Line where the record last returned by Next() started (1-based).
  uint32_t record_line() const { return record_line_; }
  // True if the last record ended inside an unterminated quoted field (truncated file).
  bool last_record_unterminated() const { return unterminated_; }

 private:
  std::string_view data_;
  Options options_;
  size_t pos_ = 0;
  uint32_t line_ = 1;
  uint32_t record_line_ = 0;
  bool unterminated_ = false;
};

// Parses a whole buffer into records (for small files and tests).
std::vector<std::vector<std::string>> ParseCsv(std::string_view data, char delimiter = ',');

}  // namespace sanctions
