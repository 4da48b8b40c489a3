#include "util/dates.h"

#include <gtest/gtest.h>

namespace sanctions {
namespace {

struct DateCase {
  const char* text;
  const char* from;  // expected PartialDate::ToString(), "" = nullopt
  const char* to;
  bool circa;
};

TEST(ParseDateSpec, TableOfListForms) {
  const DateCase cases[] = {
      {"1984-01-08", "1984-01-08", "", false},
      {"1984-01", "1984-01", "", false},
      {"1984", "1984", "", false},
      {"08 Jan 1984", "1984-01-08", "", false},
      {"8 January 1984", "1984-01-08", "", false},
      {"08-JAN-1984", "1984-01-08", "", false},
      {"January 8, 1984", "1984-01-08", "", false},
      {"Jan 1984", "1984-01", "", false},
      {"Sept. 1984", "1984-09", "", false},
      {"circa 1964", "1964", "", true},
      {"approximately 1964", "1964", "", true},
      {"Circa 08 Jan 1984", "1984-01-08", "", true},
      {"1964 to 1966", "1964", "1966", false},
      {"Between 1964 and 1966", "1964", "1966", false},
      {"circa 1964 to 1966", "1964", "1966", true},
      {"1964-1966", "1964", "1966", false},
      {"08/01/1984", "1984-01-08", "", false},
      {"08.01.1984", "1984-01-08", "", false},
      {"00/04/1984", "1984-04", "", false},
      {"00/00/1984", "1984", "", false},
      {"10/00/1983", "1983", "", false},
      {"2026-02-27T00:00:09.554Z", "2026-02-27", "", false},
      {"2020-03-17T00:00:00", "2020-03-17", "", false},
      {"29 Feb 2000", "2000-02-29", "", false},
      // Rejected.
      {"1984-13-01", "", "", false},
      {"32/01/1984", "", "", false},
      {"30 Feb 1984", "", "", false},
      {"29 Feb 1900", "", "", false},
      {"1984-02-30", "", "", false},
      {"", "", "", false},
      {"unknown", "", "", false},
      {"12", "", "", false},
      {"Jan Feb 1984", "", "", false},
      {"between 1964", "", "", false},
      {"1964 to soon", "", "", false},
  };
  for (const DateCase& c : cases) {
    SCOPED_TRACE(c.text);
    auto d = ParseDateSpec(c.text);
    if (std::string(c.from).empty()) {
      EXPECT_FALSE(d.has_value());
      continue;
    }
    ASSERT_TRUE(d.has_value());
    EXPECT_EQ(d->from.ToString(), c.from);
    EXPECT_EQ(d->to.ToString(), c.to);
    EXPECT_EQ(d->circa, c.circa);
    EXPECT_EQ(d->text, c.text);
  }
}

TEST(ParseDateSpec, KeepsTrimmedText) {
  auto d = ParseDateSpec("  circa 1964 ");
  ASSERT_TRUE(d);
  EXPECT_EQ(d->text, "circa 1964");
}

TEST(ParsePartialDate, DateOrderDecidesSlashForms) {
  EXPECT_EQ(ParsePartialDate("08/01/1984", DateOrder::kDayFirst)->ToString(), "1984-01-08");
  EXPECT_EQ(ParsePartialDate("08/01/1984", DateOrder::kMonthFirst)->ToString(), "1984-08-01");
  EXPECT_EQ(ParsePartialDate("04/06/2018", DateOrder::kMonthFirst)->ToString(), "2018-04-06");
  EXPECT_FALSE(ParsePartialDate("13/25/1984", DateOrder::kMonthFirst));
  EXPECT_EQ(ParsePartialDate("25/12/1984", DateOrder::kDayFirst)->ToString(), "1984-12-25");
  EXPECT_FALSE(ParsePartialDate("25/12/1984", DateOrder::kMonthFirst));
}

TEST(ExcelSerialToDate, Known1900SystemValues) {
  EXPECT_EQ(ExcelSerialToDate(1)->ToString(), "1900-01-01");
  EXPECT_EQ(ExcelSerialToDate(59)->ToString(), "1900-02-28");
  EXPECT_FALSE(ExcelSerialToDate(60));  // Lotus' 1900-02-29
  EXPECT_EQ(ExcelSerialToDate(61)->ToString(), "1900-03-01");
  EXPECT_EQ(ExcelSerialToDate(25569)->ToString(), "1970-01-01");
  EXPECT_EQ(ExcelSerialToDate(30689)->ToString(), "1984-01-08");
  EXPECT_EQ(ExcelSerialToDate(36586.75)->ToString(), "2000-03-01");
  EXPECT_EQ(ExcelSerialToDate(45000)->ToString(), "2023-03-15");
  EXPECT_FALSE(ExcelSerialToDate(0));
  EXPECT_FALSE(ExcelSerialToDate(-5));
  EXPECT_FALSE(ExcelSerialToDate(1e12));
}

}  // namespace
}  // namespace sanctions
