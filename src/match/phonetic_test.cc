#include "match/phonetic.h"

#include <gtest/gtest.h>

namespace sanctions {
namespace {

TEST(PhoneticKey, RomanizationsMeet) {
  EXPECT_EQ(PhoneticKey("vladimir"), PhoneticKey("wladimir"));
  EXPECT_EQ(PhoneticKey("putin"), PhoneticKey("poutine"));
  EXPECT_EQ(PhoneticKey("putin"), PhoneticKey("poetin"));
  EXPECT_EQ(PhoneticKey("scholz"), PhoneticKey("schulze"));
  EXPECT_EQ(PhoneticKey("mohammed"), PhoneticKey("muhammad"));
  EXPECT_EQ(PhoneticKey("qasem"), PhoneticKey("kasem"));
  EXPECT_EQ(PhoneticKey("vladimir"), "FLTMR");
}

TEST(PhoneticKey, DistinctNamesDiffer) {
  EXPECT_NE(PhoneticKey("merkel"), PhoneticKey("merkur"));
  EXPECT_NE(PhoneticKey("olaf"), PhoneticKey("octavian"));
  EXPECT_EQ(PhoneticKey("yu2"), "");
  EXPECT_EQ(PhoneticKey(""), "");
}

}  // namespace
}  // namespace sanctions
