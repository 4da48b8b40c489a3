// `sanctions batch`: screens every record of a CSV or JSON-lines input and writes one
// JSON line per record, in input order: {"id":...,"hits":[...], <passthrough fields>}.
//
// Memory stays flat for any input size: the input is read as a stream, records go in
// chunks through a bounded queue to N worker threads, and an ordered output window
// (bounded too) puts the results back into input order before they are written.
// Bad rows are reported on the error stream with their line number, skipped and
// counted; the run completes.
#pragma once

#include <cstdint>
#include <cstdio>
#include <istream>
#include <memory>
#include <ostream>
#include <string>

#include "api/hit_json.h"
#include "sanctions/screen.h"
#include "sanctions/status.h"

namespace sanctions::cli {

struct BatchOptions {
  double threshold = kDefaultThreshold;
  size_t limit = 10;                    // hits per record; 0 = no limit
  int threads = 0;                      // 0 = hardware concurrency
  std::string format;                   // "csv", "jsonl" or "" (by file name, else by content)
  std::string input_name = "-";         // for messages and format detection
  uint64_t input_size = 0;              // bytes, for the progress bar's ETA (0 = unknown)
  bool progress = false;                // draw a progress bar on `err`
  size_t max_reported_bad_rows = 1000;  // further bad rows are counted, not printed
  size_t chunk_records = 64;            // records per work unit
};

struct BatchSummary {
  uint64_t records = 0;  // data rows read (good and bad)
  uint64_t screened = 0;
  uint64_t with_hits = 0;  // records with at least one hit
  uint64_t hits = 0;
  uint64_t bad_rows = 0;
  uint64_t recoded_rows = 0;  // CSV rows that were not UTF-8, read as Windows-1252
  double seconds = 0;
};

// One input record, ready to screen.
struct InputRecord {
  uint32_t line = 0;
  api::Json id;  // as given (string or number); line number if absent
  Query query;
  api::Json passthrough = api::Json::object();
};

// Reads records from CSV (header required) or JSON lines. Not thread-safe.
class RecordSource {
 public:
  enum class Outcome { kRecord, kBadRow, kEnd, kFatal };
  virtual ~RecordSource() = default;
  // Next record; on kBadRow `*message` holds "line N: reason"; on kFatal `*message` holds
  // why the input cannot be read on.
  virtual Outcome Next(InputRecord* record, std::string* message) = 0;
  virtual uint64_t bytes_consumed() const = 0;
  virtual uint64_t recoded_rows() const { return 0; }
};

// Opens a source over `in` ("csv" or "jsonl"; "" detects from the name, else content).
// InvalidArgument when a CSV header has no name or identifier column.
Result<std::unique_ptr<RecordSource>> OpenRecordSource(std::istream& in, const std::string& format,
                                                       const std::string& input_name);

// Runs the whole batch. A fatal input error (unreadable input, bad header) returns a
// Status; bad rows do not.
Result<BatchSummary> RunBatch(const Index& index, std::istream& in, std::ostream& out, FILE* err,
                              const BatchOptions& options);

}  // namespace sanctions::cli
