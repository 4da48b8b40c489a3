// Streaming CSV for the batch surfaces (batch, compare --pairs): reads one record at a
// time from a std::istream in bounded memory, with the 1-based line where each record
// starts; writes RFC 4180 fields.
//
// Record boundaries follow util/csv.h (CsvReader) exactly: quotes open only where that
// reader opens them, CR, LF and CRLF end records, blank lines are skipped. Not
// thread-safe. A record longer than `max_record_bytes` is an error, not a crash.
#pragma once

#include <cstdint>
#include <istream>
#include <string>
#include <vector>

#include "sanctions/status.h"

namespace sanctions::cli {

class CsvStreamReader {
 public:
  explicit CsvStreamReader(std::istream& in, char delimiter = ',',
                           size_t max_record_bytes = 16u << 20);

  // Reads the next record. Returns false at end of input, or with `*error` set when the
  // input cannot be read further (I/O error, record too long).
  bool Next(std::vector<std::string>* fields, Status* error);

  // Line where the record last returned started (1-based).
  uint32_t record_line() const { return record_line_; }
  // True when the last record ended inside an unterminated quoted field.
  bool last_unterminated() const { return unterminated_; }
  // Bytes of input consumed so far (for progress).
  uint64_t bytes_consumed() const { return consumed_; }

  void set_delimiter(char d) { delimiter_ = d; }
  // Line number of the first byte still to read (when the caller consumed lines itself).
  void set_first_line(uint32_t line) { line_ = line; }

  // The first physical line of the remaining input, without consuming it (for sniffing
  // the delimiter or the format). At most 64 KiB.
  std::string PeekLine();

 private:
  // Finds the end of the record starting at pos_; npos if it needs more input.
  size_t FindRecordEnd(bool at_eof) const;
  bool Fill();

  std::istream& in_;
  char delimiter_;
  size_t max_record_bytes_;
  std::string buf_;
  size_t pos_ = 0;
  bool eof_ = false;
  uint32_t line_ = 1;
  uint32_t record_line_ = 0;
  bool unterminated_ = false;
  uint64_t consumed_ = 0;
};

// One CSV field, quoted when it holds the delimiter, a quote, CR/LF or edge spaces.
std::string CsvField(const std::string& value, char delimiter = ',');
// A whole CSV line (with trailing "\n").
std::string CsvLine(const std::vector<std::string>& fields, char delimiter = ',');

// Guesses the delimiter of a header line: ',' unless the line has none and has ';' or TAB.
char GuessDelimiter(const std::string& header_line);

}  // namespace sanctions::cli
