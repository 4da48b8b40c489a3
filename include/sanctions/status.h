// Status and Result<T>: errors as values, with a category and a message that names
// the file, record or statement where the error entered (LevelDB style).
//
// A Status is cheap to copy when OK. Categories map to exit codes in the CLI and to
// HTTP status codes in src/api only; domain code never speaks HTTP.
#pragma once

#include <optional>
#include <string>
#include <utility>
#include <variant>

namespace sanctions {

class [[nodiscard]] Status {
 public:
  enum class Code {
    kOk = 0,
    kInvalidArgument,  // bad user input (query, option, column mapping)
    kNotFound,         // file, entity or list missing
    kCorruption,       // a file that is not a valid list: truncated, broken encoding, wrong format
    kIoError,          // reading or writing failed
    kUnavailable,      // a dependency (database, index) cannot serve now
    kInternal,         // a bug
  };

  Status() = default;
  static Status Ok() { return Status(); }
  static Status InvalidArgument(std::string msg) {
    return Status(Code::kInvalidArgument, std::move(msg));
  }
  static Status NotFound(std::string msg) { return Status(Code::kNotFound, std::move(msg)); }
  static Status Corruption(std::string msg) { return Status(Code::kCorruption, std::move(msg)); }
  static Status IoError(std::string msg) { return Status(Code::kIoError, std::move(msg)); }
  static Status Unavailable(std::string msg) { return Status(Code::kUnavailable, std::move(msg)); }
  static Status Internal(std::string msg) { return Status(Code::kInternal, std::move(msg)); }

  bool ok() const { return code_ == Code::kOk; }
  Code code() const { return code_; }
  const std::string& message() const { return message_; }

  // "corruption: sdn.csv line 12: ..." — for logs and one-line CLI errors.
  std::string ToString() const;

  // Returns a copy whose message is prefixed with `context` ("file.xml: ").
  Status WithContext(const std::string& context) const {
    if (ok()) return *this;
    return Status(code_, context + ": " + message_);
  }

 private:
  Status(Code code, std::string msg) : code_(code), message_(std::move(msg)) {}
  Code code_ = Code::kOk;
  std::string message_;
};

const char* CodeName(Status::Code code);

// Result<T>: either a value or a non-OK Status.
template <typename T>
class [[nodiscard]] Result {
 public:
  Result(T value) : value_(std::move(value)) {}         // NOLINT: implicit by design
  Result(Status status) : status_(std::move(status)) {  // NOLINT
    if (status_.ok())
      status_ = Status::Internal("Result constructed from an OK status without a value");
  }
  bool ok() const { return value_.has_value(); }
  const Status& status() const { return status_; }
  T& value() & { return *value_; }
  const T& value() const& { return *value_; }
  T&& value() && { return std::move(*value_); }
  T* operator->() { return &*value_; }
  const T* operator->() const { return &*value_; }
  T& operator*() { return *value_; }
  const T& operator*() const { return *value_; }

 private:
  std::optional<T> value_;
  Status status_;
};

}  // namespace sanctions

#define SANCTIONS_RETURN_IF_ERROR(expr) \
  do {                                  \
    ::sanctions::Status _st = (expr);   \
    if (!_st.ok()) return _st;          \
  } while (0)
