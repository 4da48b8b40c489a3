// RunBatch on a fake Index: order, passthrough, bad rows and the bounded pipeline, without
// the real engine.
#include "cli/batch.h"

#include <gtest/gtest.h>

#include <atomic>
#include <chrono>
#include <sstream>
#include <thread>

namespace sanctions::cli {
namespace {

// Hits every query whose name contains "Kim"; sleeps a little on some to shuffle the
// order in which workers finish.
class FakeIndex : public Index {
 public:
  FakeIndex() {
    kim_.list = "us_ofac_sdn";
    kim_.source_id = "20157";
    kim_.id = "us_ofac_sdn:20157";
    kim_.type = EntityType::kPerson;
    kim_.names.push_back(
        Name{"KIM, Jong Un", {}, "", "", NameKind::kPrimary, NameQuality::kStrong});
  }
  std::vector<Hit> Screen(const Query& q, const ScreenOptions&) const override {
    ++calls;
    if (q.name.size() % 5 == 0) std::this_thread::sleep_for(std::chrono::microseconds(200));
    if (q.name.find("Kim") == std::string::npos) return {};
    Hit h;
    h.entity = &kim_;
    h.score = 0.95;
    return {h};
  }
  std::vector<Mention> Scan(const std::string&, const ScreenOptions&) const override { return {}; }
  const Entity* Find(const std::string&, const std::string&) const override { return nullptr; }
  const std::vector<ListData>& lists() const override { return lists_; }
  IndexStats stats() const override { return {}; }
  mutable std::atomic<int> calls{0};

 private:
  Entity kim_;
  std::vector<ListData> lists_;
};

std::vector<api::Json> ParseLines(const std::string& out) {
  std::vector<api::Json> lines;
  std::istringstream ss(out);
  std::string line;
  while (std::getline(ss, line)) lines.push_back(api::Json::parse(line));
  return lines;
}

TEST(Batch, KeepsInputOrderWithManyThreadsAndSmallChunks) {
  std::string csv = "id,name,extra\n";
  for (int i = 0; i < 5000; ++i) {
    csv += 'r';
    csv += std::to_string(i) + "," + (i % 3 == 0 ? "Kim Jong Un " : "Someone ") +
           std::string(i % 7, 'x') + ",e" + std::to_string(i) + "\n";
  }
  FakeIndex index;
  std::istringstream in(csv);
  std::ostringstream out;
  BatchOptions opts;
  opts.threads = 4;
  opts.chunk_records = 3;
  opts.input_name = "in.csv";
  auto s = RunBatch(index, in, out, stderr, opts);
  ASSERT_TRUE(s.ok()) << s.status().ToString();
  EXPECT_EQ(s->records, 5000u);
  EXPECT_EQ(s->screened, 5000u);
  EXPECT_EQ(s->with_hits, 1667u);
  auto lines = ParseLines(out.str());
  ASSERT_EQ(lines.size(), 5000u);
  for (int i = 0; i < 5000; ++i) {
    ASSERT_EQ(lines[i]["id"], "r" + std::to_string(i));
    EXPECT_EQ(lines[i]["extra"], "e" + std::to_string(i));
    EXPECT_EQ(lines[i]["hits"].size(), i % 3 == 0 ? 1u : 0u);
  }
}

TEST(Batch, BadRowsAreCountedAndSkipped) {
  std::string csv = "id,name,type\n1,Kim,person\n2,,person\n3,Bob,alien\n4,Ann\n5,Kim,vessel\n";
  FakeIndex index;
  std::istringstream in(csv);
  std::ostringstream out;
  BatchOptions opts;
  opts.threads = 2;
  opts.input_name = "in.csv";
  FILE* err = tmpfile();
  auto s = RunBatch(index, in, out, err, opts);
  ASSERT_TRUE(s.ok());
  EXPECT_EQ(s->bad_rows, 3u);
  EXPECT_EQ(s->screened, 2u);
  auto lines = ParseLines(out.str());
  ASSERT_EQ(lines.size(), 2u);
  EXPECT_EQ(lines[0]["id"], "1");
  EXPECT_EQ(lines[1]["id"], "5");
  rewind(err);
  std::string messages;
  char buf[512];
  while (fgets(buf, sizeof buf, err)) messages += buf;
  fclose(err);
  EXPECT_NE(messages.find("in.csv: line 3:"), std::string::npos) << messages;
  EXPECT_NE(messages.find("in.csv: line 4:"), std::string::npos) << messages;
  EXPECT_NE(messages.find("in.csv: line 5: expected 3 fields"), std::string::npos) << messages;
}

TEST(Batch, FormatDetectionAndFatalErrors) {
  FakeIndex index;
  BatchOptions opts;
  opts.input_name = "-";
  std::istringstream jsonl("\n  {\"name\":\"Kim\"}\n{\"name\":\"Bob\",\"id\":9}\n");
  std::ostringstream out;
  auto s = RunBatch(index, jsonl, out, stderr, opts);
  ASSERT_TRUE(s.ok());
  auto lines = ParseLines(out.str());
  ASSERT_EQ(lines.size(), 2u);
  EXPECT_EQ(lines[0]["id"], "2");  // line number when no id is given
  EXPECT_EQ(lines[1]["id"], 9);

  // Blank lines before the first record are skipped by the sniffer and still counted.
  std::istringstream padded("\n\n{\"name\":\"Kim\"}\nnot json\n");
  std::ostringstream out3;
  FILE* err = tmpfile();
  auto padded_summary = RunBatch(index, padded, out3, err, opts);
  ASSERT_TRUE(padded_summary.ok());
  EXPECT_EQ(padded_summary->bad_rows, 1u);
  EXPECT_EQ(ParseLines(out3.str())[0]["id"], "3");
  rewind(err);
  char buf[256] = {0};
  ASSERT_NE(fgets(buf, sizeof buf, err), nullptr);
  fclose(err);
  EXPECT_NE(std::string(buf).find("line 4: not valid JSON"), std::string::npos) << buf;

  std::istringstream no_name("id,surname\n1,x\n");
  std::ostringstream out2;
  EXPECT_FALSE(RunBatch(index, no_name, out2, stderr, opts).ok());
  std::istringstream empty("");
  EXPECT_FALSE(RunBatch(index, empty, out2, stderr, opts).ok());
}

}  // namespace
}  // namespace sanctions::cli
