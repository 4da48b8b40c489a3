#include "match/name_match.h"

#include <gtest/gtest.h>

#include "sanctions/screen.h"

namespace sanctions {
namespace {

double Score(const char* a, const char* b, EntityType t = EntityType::kUnknown) {
  return CompareNames(a, b, t);
}

TEST(CompareNames, OrderAndPunctuation) {
  EXPECT_GE(Score("KIM, Jong Un", "Jong Un Kim", EntityType::kPerson), 0.99);
  EXPECT_GE(Score("Jongun Kim", "KIM, Jong Un", EntityType::kPerson), kDefaultThreshold);
  EXPECT_GE(Score("Kim Jong-un", "KIM, Jong Un", EntityType::kPerson), 0.99);
}

TEST(CompareNames, Romanization) {
  EXPECT_GE(Score("Kim Chong-un", "KIM, Jong Un", EntityType::kPerson), kDefaultThreshold);
  EXPECT_GE(Score("Gim Jeong-eun", "KIM, Jong Un", EntityType::kPerson), kDefaultThreshold);
  EXPECT_GE(Score("김정은", "KIM, Jong Un", EntityType::kPerson), kDefaultThreshold);
}

TEST(CompareNames, DifferentPeople) {
  EXPECT_LT(Score("Angela Merkur", "Angela Merkel", EntityType::kPerson), kDefaultThreshold);
  EXPECT_LT(Score("Octavian Scholz", "Olaf Scholz", EntityType::kPerson), kDefaultThreshold);
  EXPECT_LT(Score("Angelo Cruz", "Angela Merkel", EntityType::kPerson), kDefaultThreshold);
}

TEST(CompareNames, VesselNumerals) {
  EXPECT_GE(Score("M/V YU JONG 2", "YU JONG 2", EntityType::kVessel), 0.95);
  EXPECT_LT(Score("YU JONG 3", "YU JONG 2", EntityType::kVessel), kDefaultThreshold);
}

TEST(CompareNames, ScoresStayInRange) {
  for (const char* a : {"", "x", "Kim", "ООО Ромашка", "!!!"}) {
    for (const char* b : {"", "Kim Jong Un", "ROMASHKA LLC"}) {
      double s = Score(a, b);
      EXPECT_GE(s, 0.0);
      EXPECT_LE(s, 1.0);
    }
  }
}

}  // namespace
}  // namespace sanctions
