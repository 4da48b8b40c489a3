// Streaming, multi-threaded, order-preserving batch screening (see batch.h).
#include "cli/batch.h"

#include <algorithm>
#include <atomic>
#include <chrono>
#include <condition_variable>
#include <deque>
#include <map>
#include <mutex>
#include <thread>
#include <vector>

#include "cli/csv_stream.h"
#include "cli/progress.h"
#include "util/text.h"

namespace sanctions::cli {

using api::Json;

namespace {

std::string LowerExt(const std::string& name) {
  std::string lower = AsciiLower(name);
  size_t dot = lower.rfind('.');
  return dot == std::string::npos ? "" : lower.substr(dot + 1);
}

// ---- CSV ---------------------------------------------------------------------------

class CsvSource : public RecordSource {
 public:
  CsvSource(std::istream& in, uint32_t skipped_lines) : reader_(in) {
    reader_.set_first_line(1 + skipped_lines);
  }

  Status Init() {
    std::string first = reader_.PeekLine();
    reader_.set_delimiter(GuessDelimiter(first));
    std::vector<std::string> header;
    Status err;
    if (!reader_.Next(&header, &err)) {
      if (!err.ok()) return err;
      return Status::InvalidArgument("input is empty: expected a CSV header (id,name,...)");
    }
    if (!header.empty()) header[0] = std::string(StripBom(header[0]));
    bool has_search_column = false;
    for (size_t i = 0; i < header.size(); ++i) {
      std::string name = TrimCopy(header[i]);
      Query scratch;
      bool known = false;
      std::string lower = AsciiLower(name);
      // A probe value that every known field accepts, to learn whether the column is one.
      (void)api::SetQueryField(&scratch, name, "", &known);
      columns_.push_back({name, known});
      if (known && lower != "id" && lower != "ref" && lower != "reference" && lower != "type" &&
          lower != "schema" && lower != "entity_type" && lower != "gender" && lower != "sex" &&
          lower.find("birth") == std::string::npos && lower != "dob" && lower != "country" &&
          lower != "countries" && lower != "nationality" && lower != "citizenship" &&
          lower != "jurisdiction") {
        has_search_column = true;
      }
      if (known && (lower == "id" || lower == "ref" || lower == "reference")) id_column_ = i;
    }
    if (!has_search_column) {
      return Status::InvalidArgument(
          "CSV header has no 'name' column (nor an identifier column such as 'imo' or "
          "'passport'); header was: " +
          TrimCopy(first));
    }
    return Status::Ok();
  }

  Outcome Next(InputRecord* rec, std::string* message) override {
    std::vector<std::string> fields;
    Status err;
    if (!reader_.Next(&fields, &err)) {
      if (!err.ok()) {
        *message = err.message();
        return Outcome::kFatal;
      }
      return Outcome::kEnd;
    }
    rec->line = reader_.record_line();
    rec->query = Query();
    rec->passthrough = Json::object();
    rec->id = Json();
    std::string where = "line " + std::to_string(rec->line) + ": ";
    if (reader_.last_unterminated()) {
      *message = where + "unterminated quoted field";
      return Outcome::kBadRow;
    }
    if (fields.size() != columns_.size()) {
      *message = where + "expected " + std::to_string(columns_.size()) + " fields (as in the " +
                 "header), got " + std::to_string(fields.size());
      return Outcome::kBadRow;
    }
    bool recoded = false;
    for (size_t i = 0; i < fields.size(); ++i) {
      std::string value = std::move(fields[i]);
      if (!IsValidUtf8(value)) {
        value = Cp1252ToUtf8(value);
        recoded = true;
      }
      if (columns_[i].known) {
        bool known = false;
        Status st = api::SetQueryField(&rec->query, columns_[i].name, value, &known);
        if (!st.ok()) {
          *message = where + st.message();
          return Outcome::kBadRow;
        }
      } else {
        rec->passthrough[columns_[i].name] = std::move(value);
      }
    }
    if (recoded) ++recoded_;
    Status st = api::ValidateQuery(rec->query);
    if (!st.ok()) {
      *message = where + st.message();
      return Outcome::kBadRow;
    }
    if (id_column_ != SIZE_MAX && !rec->query.id.empty()) {
      rec->id = rec->query.id;
    } else {
      rec->id = std::to_string(rec->line);
      rec->query.id = rec->id.get<std::string>();
    }
    return Outcome::kRecord;
  }

  uint64_t bytes_consumed() const override { return reader_.bytes_consumed(); }
  uint64_t recoded_rows() const override { return recoded_; }

 private:
  struct Column {
    std::string name;
    bool known;
  };
  CsvStreamReader reader_;
  std::vector<Column> columns_;
  size_t id_column_ = SIZE_MAX;
  uint64_t recoded_ = 0;
};

// ---- JSON lines ------------------------------------------------------------------

class JsonLinesSource : public RecordSource {
 public:
  JsonLinesSource(std::istream& in, uint32_t skipped_lines) : in_(in), line_(skipped_lines) {}

  Outcome Next(InputRecord* rec, std::string* message) override {
    std::string line;
    while (true) {
      if (!std::getline(in_, line)) {
        if (in_.bad()) {
          *message = "read error";
          return Outcome::kFatal;
        }
        return Outcome::kEnd;
      }
      ++line_;
      consumed_ += line.size() + 1;
      std::string_view trimmed = Trim(line);
      if (line_ == 1) trimmed = Trim(StripBom(trimmed));
      if (!trimmed.empty()) break;
    }
    rec->line = line_;
    rec->query = Query();
    rec->passthrough = Json::object();
    std::string where = "line " + std::to_string(line_) + ": ";
    Json record = Json::parse(line_ == 1 ? std::string(StripBom(line)) : line, nullptr, false);
    if (record.is_discarded()) {
      *message = where + "not valid JSON";
      return Outcome::kBadRow;
    }
    auto q = api::QueryFromJson(record, &rec->passthrough);
    if (!q.ok()) {
      *message = where + q.status().message();
      return Outcome::kBadRow;
    }
    rec->query = std::move(*q);
    if (record.contains("id") && !record["id"].is_null()) {
      rec->id = record["id"];
    } else {
      rec->id = std::to_string(line_);
      rec->query.id = rec->id.get<std::string>();
    }
    return Outcome::kRecord;
  }

  uint64_t bytes_consumed() const override { return consumed_; }

 private:
  std::istream& in_;
  uint32_t line_ = 0;
  uint64_t consumed_ = 0;
};

// ---- the pipeline ----------------------------------------------------------------

struct Chunk {
  uint64_t seq = 0;
  std::vector<InputRecord> records;
  std::string output;
  uint64_t with_hits = 0;
  uint64_t hits = 0;
};

std::string ScreenChunkRecord(const Index& index, const ScreenOptions& opts, InputRecord& rec,
                              uint64_t* hit_count) {
  std::vector<Hit> hits = index.Screen(rec.query, opts);
  *hit_count = hits.size();
  // {"id":...,"hits":[...], then the passed-through columns}, written directly (the
  // hits are the bulk of the line).
  auto dump = [](const Json& j) { return j.dump(-1, ' ', false, Json::error_handler_t::replace); };
  std::string line = "{\"id\":" + dump(rec.id) + ",\"hits\":[";
  bool first = true;
  for (const Hit& h : hits) {
    if (h.entity == nullptr) continue;
    if (!first) line += ',';
    first = false;
    api::AppendHitJson(h, &line);
  }
  line += ']';
  for (auto it = rec.passthrough.begin(); it != rec.passthrough.end(); ++it) {
    if (it.key() == "id" || it.key() == "hits") continue;
    line += ',' + dump(Json(it.key())) + ':' + dump(it.value());
  }
  line += "}\n";
  return line;
}

}  // namespace

Result<std::unique_ptr<RecordSource>> OpenRecordSource(std::istream& in, const std::string& format,
                                                       const std::string& input_name) {
  std::string fmt = AsciiLower(format);
  if (fmt.empty()) {
    std::string ext = LowerExt(input_name);
    if (ext == "csv" || ext == "tsv" || ext == "txt") fmt = "csv";
    if (ext == "jsonl" || ext == "ndjson" || ext == "json") fmt = "jsonl";
  }
  uint32_t skipped_lines = 0;
  if (fmt.empty()) {
    // Sniff: JSON lines start with '{' (after a BOM, blank lines and spaces). What is
    // skipped is not put back (istream guarantees one putback only); both readers ignore
    // it, and the skipped line breaks are counted so line numbers stay right.
    int c;
    while ((c = in.peek()) != EOF && (c == ' ' || c == '\t' || c == '\r' || c == '\n' ||
                                      c == 0xEF || c == 0xBB || c == 0xBF)) {
      if (in.get() == '\n') ++skipped_lines;
    }
    fmt = (c == '{') ? "jsonl" : "csv";
  }
  if (fmt == "csv") {
    auto src = std::make_unique<CsvSource>(in, skipped_lines);
    SANCTIONS_RETURN_IF_ERROR(src->Init().WithContext(input_name));
    return std::unique_ptr<RecordSource>(std::move(src));
  }
  if (fmt == "jsonl" || fmt == "json" || fmt == "ndjson") {
    return std::unique_ptr<RecordSource>(std::make_unique<JsonLinesSource>(in, skipped_lines));
  }
  return Status::InvalidArgument("unknown input format '" + format + "' (csv, jsonl)");
}

Result<BatchSummary> RunBatch(const Index& index, std::istream& in, std::ostream& out, FILE* err,
                              const BatchOptions& options) {
  auto start = std::chrono::steady_clock::now();
  auto opened = OpenRecordSource(in, options.format, options.input_name);
  if (!opened.ok()) return opened.status();
  RecordSource& source = **opened;

  int threads =
      options.threads > 0 ? options.threads : static_cast<int>(std::thread::hardware_concurrency());
  threads = std::clamp(threads, 1, 256);
  const size_t max_queue = static_cast<size_t>(threads) * 2;   // chunks waiting for a worker
  const size_t max_window = static_cast<size_t>(threads) * 4;  // chunks read but not written
  const size_t chunk_records = std::max<size_t>(1, options.chunk_records);

  ScreenOptions screen_opts;
  screen_opts.threshold = options.threshold;
  screen_opts.limit = options.limit;

  std::mutex mu;
  std::condition_variable work_cv;   // workers wait for chunks
  std::condition_variable done_cv;   // writer waits for the next chunk in order
  std::condition_variable space_cv;  // reader waits for room in the window
  std::deque<std::unique_ptr<Chunk>> queue;
  std::map<uint64_t, std::unique_ptr<Chunk>> done;
  bool input_finished = false;
  uint64_t chunks_made = 0;
  uint64_t next_to_write = 0;
  std::atomic<uint64_t> records_written{0};
  std::atomic<uint64_t> bytes_read{0};
  BatchSummary summary;
  bool write_failed = false;

  std::vector<std::thread> workers;
  for (int t = 0; t < threads; ++t) {
    workers.emplace_back([&] {
      while (true) {
        std::unique_ptr<Chunk> chunk;
        {
          std::unique_lock<std::mutex> lock(mu);
          work_cv.wait(lock, [&] { return !queue.empty() || input_finished; });
          if (queue.empty()) return;
          chunk = std::move(queue.front());
          queue.pop_front();
        }
        space_cv.notify_one();
        for (InputRecord& rec : chunk->records) {
          uint64_t n = 0;
          chunk->output += ScreenChunkRecord(index, screen_opts, rec, &n);
          chunk->hits += n;
          if (n > 0) ++chunk->with_hits;
        }
        chunk->records.clear();
        chunk->records.shrink_to_fit();
        {
          std::lock_guard<std::mutex> lock(mu);
          done.emplace(chunk->seq, std::move(chunk));
        }
        done_cv.notify_one();
      }
    });
  }

  std::unique_ptr<ProgressBar> progress;
  if (options.progress) progress = std::make_unique<ProgressBar>(options.input_size, err);

  std::thread writer([&] {
    while (true) {
      std::unique_ptr<Chunk> chunk;
      {
        std::unique_lock<std::mutex> lock(mu);
        done_cv.wait(lock, [&] {
          return done.count(next_to_write) > 0 || (input_finished && next_to_write == chunks_made);
        });
        auto it = done.find(next_to_write);
        if (it == done.end()) return;
        chunk = std::move(it->second);
        done.erase(it);
        ++next_to_write;
      }
      space_cv.notify_one();
      if (!write_failed) {
        out.write(chunk->output.data(), static_cast<std::streamsize>(chunk->output.size()));
        if (!out) write_failed = true;
      }
      {
        std::lock_guard<std::mutex> lock(mu);
        summary.with_hits += chunk->with_hits;
        summary.hits += chunk->hits;
      }
      records_written += std::count(chunk->output.begin(), chunk->output.end(), '\n');
      if (progress) progress->Update(records_written.load(), bytes_read.load());
    }
  });

  // The reader: this thread.
  Status fatal;
  uint64_t reported = 0;
  auto chunk = std::make_unique<Chunk>();
  auto submit = [&](std::unique_ptr<Chunk> c) {
    std::unique_lock<std::mutex> lock(mu);
    space_cv.wait(
        lock, [&] { return queue.size() < max_queue && chunks_made - next_to_write < max_window; });
    c->seq = chunks_made++;
    queue.push_back(std::move(c));
    lock.unlock();
    work_cv.notify_one();
  };
  while (true) {
    InputRecord rec;
    std::string message;
    RecordSource::Outcome outcome = source.Next(&rec, &message);
    bytes_read = source.bytes_consumed();
    if (outcome == RecordSource::Outcome::kEnd) break;
    if (outcome == RecordSource::Outcome::kFatal) {
      fatal = Status::InvalidArgument(options.input_name + ": " + message);
      break;
    }
    ++summary.records;
    if (outcome == RecordSource::Outcome::kBadRow) {
      ++summary.bad_rows;
      if (reported < options.max_reported_bad_rows) {
        if (progress) std::fputc('\n', err);
        std::fprintf(err, "%s: %s (row skipped)\n", options.input_name.c_str(), message.c_str());
        ++reported;
      }
      continue;
    }
    ++summary.screened;
    chunk->records.push_back(std::move(rec));
    if (chunk->records.size() >= chunk_records) {
      submit(std::move(chunk));
      chunk = std::make_unique<Chunk>();
    }
  }
  if (!chunk->records.empty()) submit(std::move(chunk));
  {
    std::lock_guard<std::mutex> lock(mu);
    input_finished = true;
  }
  work_cv.notify_all();
  done_cv.notify_all();
  for (std::thread& w : workers) w.join();
  done_cv.notify_all();
  writer.join();
  out.flush();
  summary.recoded_rows = source.recoded_rows();
  summary.seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  if (progress) progress->Finish(records_written.load(), bytes_read.load());
  if (summary.bad_rows > reported) {
    std::fprintf(err, "%s: %llu more bad row(s) not shown\n", options.input_name.c_str(),
                 static_cast<unsigned long long>(summary.bad_rows - reported));
  }
  if (!fatal.ok()) return fatal;
  if (write_failed || !out) return Status::IoError("writing the output failed");
  return summary;
}

}  // namespace sanctions::cli
