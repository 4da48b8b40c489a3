#include "util/csv.h"

namespace sanctions {

CsvReader::CsvReader(std::string_view data, Options options) : data_(data), options_(options) {}

bool CsvReader::Next(std::vector<std::string>* fields) {
  fields->clear();
  unterminated_ = false;
  const size_t n = data_.size();
  // Skip blank lines between records.
  while (pos_ < n && (data_[pos_] == '\n' || data_[pos_] == '\r')) {
    if (data_[pos_] == '\n') ++line_;
    ++pos_;
  }
  if (pos_ >= n) return false;
  if (options_.stop_at_sub && data_[pos_] == '\x1a') {
    pos_ = n;
    return false;
  }
  record_line_ = line_;
  std::string field;
  bool in_quotes = false;
  bool field_was_quoted = false;
  while (pos_ < n) {
    char c = data_[pos_];
    if (in_quotes) {
      if (c == options_.quote) {
        if (pos_ + 1 < n && data_[pos_ + 1] == options_.quote) {
          field += c;
          pos_ += 2;
          continue;
        }
        in_quotes = false;
        ++pos_;
        continue;
      }
      if (c == '\n') ++line_;
      field += c;
      ++pos_;
      continue;
    }
    if (c == options_.quote && (field.empty() || !field_was_quoted)) {
      // A quote opens a quoted section; text before it (e.g. spaces) is kept.
      in_quotes = true;
      field_was_quoted = true;
      ++pos_;
      continue;
    }
    if (c == options_.delimiter) {
      fields->push_back(std::move(field));
      field.clear();
      field_was_quoted = false;
      ++pos_;
      continue;
    }
    if (c == '\r' || c == '\n') {
      if (c == '\r' && pos_ + 1 < n && data_[pos_ + 1] == '\n') ++pos_;
      ++pos_;
      ++line_;
      fields->push_back(std::move(field));
      return true;
    }
    field += c;
    ++pos_;
  }
  if (in_quotes) unterminated_ = true;
  fields->push_back(std::move(field));
  return true;
}

std::vector<std::vector<std::string>> ParseCsv(std::string_view data, char delimiter) {
  CsvReader::Options opts;
  opts.delimiter = delimiter;
  CsvReader reader(data, opts);
  std::vector<std::vector<std::string>> rows;
  std::vector<std::string> fields;
  while (reader.Next(&fields)) rows.push_back(fields);
  return rows;
}

}  // namespace sanctions
