#include "cli/csv_stream.h"

#include <gtest/gtest.h>

#include <random>
#include <sstream>

#include "util/csv.h"

namespace sanctions::cli {
namespace {

std::vector<std::vector<std::string>> ReadAllRecords(const std::string& data, char delim = ',') {
  std::istringstream in(data);
  CsvStreamReader reader(in, delim);
  std::vector<std::vector<std::string>> out;
  std::vector<std::string> fields;
  Status err;
  while (reader.Next(&fields, &err)) out.push_back(fields);
  EXPECT_TRUE(err.ok()) << err.ToString();
  return out;
}

// The streaming reader must split records exactly as the whole-buffer CsvReader does,
// also where records straddle the 1 MiB read chunks.
TEST(CsvStream, AgreesWithCsvReaderAcrossChunkBoundaries) {
  std::mt19937 rng(7);
  std::string data;
  const char* pieces[] = {
      "plain", "with space",         "\"quoted, comma\"", "\"line\nbreak\"", "\"esc \"\"q\"\"\"",
      "",      "\"crlf\r\ninside\"", "caf\xc3\xa9"};
  while (data.size() < 3u << 20) {
    int n = 1 + static_cast<int>(rng() % 5);
    for (int i = 0; i < n; ++i) {
      if (i > 0) data += ',';
      data += pieces[rng() % 8];
    }
    data += (rng() % 3 == 0) ? "\r\n" : "\n";
    if (rng() % 50 == 0) data += "\n";  // blank line
  }
  auto expected = ParseCsv(data);
  auto got = ReadAllRecords(data);
  ASSERT_EQ(got.size(), expected.size());
  for (size_t i = 0; i < got.size(); ++i) ASSERT_EQ(got[i], expected[i]) << "record " << i;
}

TEST(CsvStream, LineNumbersCountEmbeddedNewlines) {
  std::istringstream in("a,b\n\"x\ny\",z\n\nlast,1");
  CsvStreamReader reader(in);
  std::vector<std::string> f;
  Status err;
  ASSERT_TRUE(reader.Next(&f, &err));
  EXPECT_EQ(reader.record_line(), 1u);
  ASSERT_TRUE(reader.Next(&f, &err));
  EXPECT_EQ(reader.record_line(), 2u);
  EXPECT_EQ(f[0], "x\ny");
  ASSERT_TRUE(reader.Next(&f, &err));
  EXPECT_EQ(reader.record_line(), 5u);
  EXPECT_EQ(f, (std::vector<std::string>{"last", "1"}));
  EXPECT_FALSE(reader.Next(&f, &err));
  EXPECT_TRUE(err.ok());
}

TEST(CsvStream, UnterminatedQuoteAndTooLongRecords) {
  std::istringstream in("a,\"never closed\nmore");
  CsvStreamReader reader(in);
  std::vector<std::string> f;
  Status err;
  ASSERT_TRUE(reader.Next(&f, &err));
  EXPECT_TRUE(reader.last_unterminated());

  std::string huge = "\"" + std::string(3 << 20, 'x');
  std::istringstream in2(huge);
  CsvStreamReader small(in2, ',', 1 << 20);
  EXPECT_FALSE(small.Next(&f, &err));
  EXPECT_FALSE(err.ok());
  EXPECT_NE(err.message().find("longer than"), std::string::npos);
}

TEST(CsvStream, PeekLineDoesNotConsume) {
  std::istringstream in("id;name\n1;Kim\n");
  CsvStreamReader reader(in);
  EXPECT_EQ(reader.PeekLine(), "id;name");
  reader.set_delimiter(GuessDelimiter(reader.PeekLine()));
  std::vector<std::string> f;
  Status err;
  ASSERT_TRUE(reader.Next(&f, &err));
  EXPECT_EQ(f, (std::vector<std::string>{"id", "name"}));
}

TEST(CsvStream, WriterQuotesWhenNeeded) {
  EXPECT_EQ(CsvField("plain"), "plain");
  EXPECT_EQ(CsvField("a,b"), "\"a,b\"");
  EXPECT_EQ(CsvField("say \"hi\""), "\"say \"\"hi\"\"\"");
  EXPECT_EQ(CsvField(" edge"), "\" edge\"");
  EXPECT_EQ(CsvLine({"a", "b c", "d\ne"}), "a,b c,\"d\ne\"\n");
  EXPECT_EQ(GuessDelimiter("a\tb"), '\t');
  EXPECT_EQ(GuessDelimiter("a;b"), ';');
  EXPECT_EQ(GuessDelimiter("a,b;c"), ',');
}

}  // namespace
}  // namespace sanctions::cli
