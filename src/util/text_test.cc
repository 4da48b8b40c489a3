#include "util/text.h"

#include <gtest/gtest.h>

namespace sanctions {
namespace {

TEST(Cp1252, DecodesLatin1AndWindowsPunctuation) {
  EXPECT_EQ(Cp1252ToUtf8("Jos\xE9"), "José");
  EXPECT_EQ(Cp1252ToUtf8("\x93quoted\x94"), "\u201Cquoted\u201D");
  EXPECT_EQ(Cp1252ToUtf8("\x81"), "\uFFFD");
  EXPECT_EQ(Cp1252ToUtf8("plain"), "plain");
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
