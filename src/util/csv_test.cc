#include "util/csv.h"

#include <gtest/gtest.h>

namespace sanctions {
namespace {

TEST(Csv, QuotedFieldsEscapesAndEmbeddedNewlines) {
  std::string data = "1,\"a, b\",\"say \"\"hi\"\"\"\r\n2,\"two\nlines\",x\n3,,\n";
  CsvReader r(data);
  std::vector<std::string> f;
  ASSERT_TRUE(r.Next(&f));
  EXPECT_EQ(r.record_line(), 1u);
  ASSERT_EQ(f.size(), 3u);
  EXPECT_EQ(f[1], "a, b");
  EXPECT_EQ(f[2], "say \"hi\"");
  ASSERT_TRUE(r.Next(&f));
  EXPECT_EQ(r.record_line(), 2u);
  EXPECT_EQ(f[1], "two\nlines");
  ASSERT_TRUE(r.Next(&f));
  EXPECT_EQ(r.record_line(), 4u);
  ASSERT_EQ(f.size(), 3u);
  EXPECT_EQ(f[2], "");
  EXPECT_FALSE(r.Next(&f));
}

TEST(Csv, StopsAtDosEndOfFileAndFlagsTruncation) {
  std::string data = "1,\"x\"\r\n\x1a";
  auto rows = ParseCsv(data);
  ASSERT_EQ(rows.size(), 1u);
  CsvReader r("1,\"never closed\n2,3");
  std::vector<std::string> f;
  ASSERT_TRUE(r.Next(&f));
  EXPECT_TRUE(r.last_record_unterminated());
}

TEST(Csv, TabDelimited) {
  auto rows = ParseCsv("\"a\"\t\"b c\"\n", '\t');
  ASSERT_EQ(rows.size(), 1u);
  ASSERT_EQ(rows[0].size(), 2u);
  EXPECT_EQ(rows[0][1], "b c");
}

TEST(Csv, OfacNullMarkerKeptRaw) {
  auto rows = ParseCsv("36,\"AEROCARIBBEAN AIRLINES\",-0- ,\"CUBA\"\n");
  ASSERT_EQ(rows[0].size(), 4u);
  EXPECT_EQ(rows[0][2], "-0- ");
}

}  // namespace
}  // namespace sanctions
