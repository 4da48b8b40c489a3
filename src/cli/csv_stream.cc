// Streaming CSV reader and writer (see csv_stream.h).
#include "cli/csv_stream.h"

#include <algorithm>

#include "util/csv.h"

namespace sanctions::cli {

namespace {
constexpr size_t kChunk = 1 << 20;
}  // namespace

CsvStreamReader::CsvStreamReader(std::istream& in, char delimiter, size_t max_record_bytes)
    : in_(in), delimiter_(delimiter), max_record_bytes_(max_record_bytes) {}

bool CsvStreamReader::Fill() {
  if (eof_) return false;
  // Drop what has been consumed so the buffer stays about one chunk plus one record.
  if (pos_ > 0) {
    buf_.erase(0, pos_);
    pos_ = 0;
  }
  size_t old = buf_.size();
  buf_.resize(old + kChunk);
  in_.read(buf_.data() + old, static_cast<std::streamsize>(kChunk));
  size_t got = static_cast<size_t>(in_.gcount());
  buf_.resize(old + got);
  if (got < kChunk) eof_ = true;
  return got > 0;
}

std::string CsvStreamReader::PeekLine() {
  while (true) {
    size_t nl = buf_.find_first_of("\r\n", pos_);
    if (nl != std::string::npos) return buf_.substr(pos_, nl - pos_);
    if (buf_.size() - pos_ > (64u << 10) || !Fill()) break;
  }
  return buf_.substr(pos_, std::min<size_t>(buf_.size() - pos_, 64u << 10));
}

size_t CsvStreamReader::FindRecordEnd(bool at_eof) const {
  // Mirrors CsvReader::Next: a quote opens a quoted section when the field has not been
  // quoted yet; "" inside quotes is an escaped quote.
  bool in_quotes = false;
  bool field_was_quoted = false;
  bool field_empty = true;
  const size_t n = buf_.size();
  for (size_t i = pos_; i < n; ++i) {
    char c = buf_[i];
    if (in_quotes) {
      if (c == '"') {
        if (i + 1 >= n && !at_eof) return std::string::npos;  // cannot tell "" from "
        if (i + 1 < n && buf_[i + 1] == '"') {
          ++i;
          field_empty = false;
          continue;
        }
        in_quotes = false;
      }
      continue;
    }
    if (c == '"' && (field_empty || !field_was_quoted)) {
      in_quotes = true;
      field_was_quoted = true;
      continue;
    }
    if (c == delimiter_) {
      field_was_quoted = false;
      field_empty = true;
      continue;
    }
    if (c == '\r') {
      if (i + 1 >= n && !at_eof) return std::string::npos;  // may be CRLF
      return (i + 1 < n && buf_[i + 1] == '\n') ? i + 2 : i + 1;
    }
    if (c == '\n') return i + 1;
    field_empty = false;
  }
  return at_eof ? n : std::string::npos;
}

bool CsvStreamReader::Next(std::vector<std::string>* fields, Status* error) {
  fields->clear();
  unterminated_ = false;
  while (true) {
    // Skip blank lines.
    while (pos_ < buf_.size() && (buf_[pos_] == '\n' || buf_[pos_] == '\r')) {
      if (buf_[pos_] == '\n') ++line_;
      ++pos_;
      ++consumed_;
    }
    if (pos_ >= buf_.size()) {
      if (!Fill()) {
        if (in_.bad()) *error = Status::IoError("read error");
        return false;
      }
      continue;
    }
    size_t end = FindRecordEnd(eof_);
    if (end == std::string::npos) {
      if (buf_.size() - pos_ > max_record_bytes_) {
        *error = Status::InvalidArgument("line " + std::to_string(line_) + ": record longer than " +
                                         std::to_string(max_record_bytes_) +
                                         " bytes (unbalanced quote?)");
        return false;
      }
      size_t before = buf_.size() - pos_;
      Fill();
      if (buf_.size() - pos_ == before && !eof_) {
        *error = Status::IoError("read error");
        return false;
      }
      continue;
    }
    std::string_view record(buf_.data() + pos_, end - pos_);
    if (record.front() == '\x1a') {  // DOS end-of-file marker
      pos_ = buf_.size();
      eof_ = true;
      return false;
    }
    CsvReader::Options opts;
    opts.delimiter = delimiter_;
    CsvReader reader(record, opts);
    reader.Next(fields);
    unterminated_ = reader.last_record_unterminated();
    record_line_ = line_;
    line_ += static_cast<uint32_t>(std::count(record.begin(), record.end(), '\n'));
    // A record ending in a lone CR counts as a line break too (CsvReader does the same).
    if (!record.empty() && record.back() == '\r') ++line_;
    consumed_ += record.size();
    pos_ = end;
    return true;
  }
}

std::string CsvField(const std::string& value, char delimiter) {
  bool quote = value.find_first_of(std::string("\"\r\n") + delimiter) != std::string::npos ||
               (!value.empty() && (value.front() == ' ' || value.back() == ' '));
  if (!quote) return value;
  std::string out = "\"";
  for (char c : value) {
    if (c == '"') out += '"';
    out += c;
  }
  out += '"';
  return out;
}

std::string CsvLine(const std::vector<std::string>& fields, char delimiter) {
  std::string out;
  for (size_t i = 0; i < fields.size(); ++i) {
    if (i > 0) out += delimiter;
    out += CsvField(fields[i], delimiter);
  }
  out += '\n';
  return out;
}

char GuessDelimiter(const std::string& header_line) {
  if (header_line.find(',') != std::string::npos) return ',';
  if (header_line.find('\t') != std::string::npos) return '\t';
  if (header_line.find(';') != std::string::npos) return ';';
  return ',';
}

}  // namespace sanctions::cli
