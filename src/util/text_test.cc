#include "util/text.h"

#include <gtest/gtest.h>

#include <cmath>
#include <cstdio>
#include <random>
#include <string>
#include <vector>

namespace sanctions {
namespace {

TEST(Cp1252, DecodesLatin1AndWindowsPunctuation) {
  EXPECT_EQ(Cp1252ToUtf8("Jos\xE9"), "José");
  EXPECT_EQ(Cp1252ToUtf8("\x93quoted\x94"), "\u201Cquoted\u201D");
  EXPECT_EQ(Cp1252ToUtf8("\x81"), "\uFFFD");
  EXPECT_EQ(Cp1252ToUtf8("plain"), "plain");
}

// The explanation summaries used snprintf("%.2f"/"%+.2f"): AppendFixed must write the
// same bytes, ties and signed zeros included.
TEST(AppendFixed, WritesWhatPrintfWrites) {
  std::vector<double> values = {0.0,   -0.0,   0.005,  0.015, 0.125, 0.375,  0.994999,
                                0.995, -0.04,  -0.15,  1.0,   12.5,  1e-9,   -1e-9,
                                0.045, 0.0449, 0.0451, 2.675, 1e300, -3.5e-3};
  std::mt19937_64 rng(7);
  std::uniform_real_distribution<double> unit(-1.5, 1.5);
  for (int i = 0; i < 100000; ++i) values.push_back(unit(rng));
  for (int i = 0; i < 1000; ++i) values.push_back(std::round(unit(rng) * 1000) / 1000);
  for (double v : values) {
    for (int decimals : {0, 2, 4}) {
      for (bool plus : {false, true}) {
        char want[512];
        std::snprintf(want, sizeof want, plus ? "%+.*f" : "%.*f", decimals, v);
        std::string got = "x";
        AppendFixed(v, decimals, &got, plus);
        ASSERT_EQ(got, std::string("x") + want) << v << " " << decimals << " " << plus;
      }
    }
  }
}

TEST(Utf8, ValidatesAndLocatesBadBytes) {
  size_t bad = 99;
  EXPECT_TRUE(IsValidUtf8("김정은 Путин"));
  EXPECT_FALSE(IsValidUtf8("ab\xE9z", &bad));
  EXPECT_EQ(bad, 2u);
  EXPECT_FALSE(IsValidUtf8("\xC0\xAF"));      // overlong '/'
  EXPECT_FALSE(IsValidUtf8("\xED\xA0\x80"));  // surrogate
  EXPECT_FALSE(IsValidUtf8("\xE2\x82"));      // truncated
}

TEST(Text, TrimSplitCollapse) {
  EXPECT_EQ(Trim("  a b \r\n"), "a b");
  EXPECT_EQ(Trim("\xC2\xA0x\xC2\xA0"), "x");
  EXPECT_EQ(CollapseSpaces(" a \n\n b\tc "), "a b c");
  auto parts = Split("a; b;;c ", ';');
  ASSERT_EQ(parts.size(), 3u);
  EXPECT_EQ(parts[2], "c");
  EXPECT_EQ(Split("a;;b", ';', false).size(), 3u);
  auto on = SplitOn("x to y", " to ");
  ASSERT_EQ(on.size(), 2u);
  EXPECT_EQ(on[1], "y");
}

TEST(Text, CaseInsensitiveHelpers) {
  EXPECT_TRUE(StartsWithIgnoreCase("DOB 1984", "dob"));
  EXPECT_FALSE(StartsWithIgnoreCase("DO", "dob"));
  EXPECT_EQ(FindIgnoreCase("a.k.a. 'X'", "A.K.A."), 0u);
  EXPECT_EQ(FindIgnoreCase("abc", "d"), std::string_view::npos);
  EXPECT_EQ(StripBom("\xEF\xBB\xBFid"), "id");
}

}  // namespace
}  // namespace sanctions
