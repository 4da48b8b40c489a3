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

// Names written in scripts that transcribe foreign names by sound (normalize/loanword.h,
// normalize/khmer.h) meet their Latin spelling.
TEST(CompareNames, ForeignNamesInOtherScripts) {
  const char* putin = "PUTIN, Vladimir Vladimirovich";
  for (const char* q : {"블라디미르 블라디미로비치 푸틴",  // Hangul loanword orthography
                        "វ៉្លាឌីមៀរ ពូទីន",                     // Khmer, UNGEGN table
                        "ウラジーミル・プーチン",          // katakana readings
                        "भ्लादिमिर पुटिन",                   // Devanagari, final schwa silent
                        "ভ্লাদিমির পুতিন"}) {                // Bengali
    EXPECT_GE(Score(q, putin, EntityType::kPerson), kDefaultThreshold) << q;
  }
  EXPECT_GE(Score("ប៉ុល ពត", "Pol Pot", EntityType::kPerson), 0.99);
  EXPECT_GE(Score("မင်းအောင်လှိုင်", "HLAING, Min Aung", EntityType::kPerson), 0.99);  // Burmese
  EXPECT_GE(Score("バラク・オバマ", "Barack Obama", EntityType::kPerson), kDefaultThreshold);
  EXPECT_GE(Score("मनमोहन सिंह", "Manmohan Singh", EntityType::kPerson), kDefaultThreshold);
  // Readings widen a katakana token, not a name: another person stays apart.
  EXPECT_LT(Score("ウラジーミル・プーチン", "Vladimir Putilov", EntityType::kPerson), 0.90);
  EXPECT_LT(Score("バラク・オバマ", "Barak Ohana", EntityType::kPerson), kDefaultThreshold);
}

TEST(PrepareName, KatakanaReadingsAreExtraUnitsOfTheirToken) {
  PreparedName p = PrepareName("ウラジーミル・プーチン", EntityType::kPerson);
  ASSERT_EQ(p.tokens, (std::vector<std::string>{"urajimiru", "puchin"}));
  ASSERT_GT(p.units.size(), 3u);
  EXPECT_EQ(p.units[0].text, "urajimiru");  // tokens first, then the concatenation
  EXPECT_EQ(p.units[2].count, 2);
  bool uladimir = false;
  bool putin = false;
  for (size_t i = 3; i < p.units.size(); ++i) {
    EXPECT_EQ(p.units[i].count, 1);
    EXPECT_FALSE(p.units[i].syllabic);
    uladimir = uladimir || (p.units[i].text == "uladimir" && p.units[i].first == 0);
    putin = putin || (p.units[i].text == "putin" && p.units[i].first == 1);
  }
  EXPECT_TRUE(uladimir);
  EXPECT_TRUE(putin);
  // Other scripts get no reading units.
  EXPECT_EQ(PrepareName("Vladimir Putin", EntityType::kPerson).units.size(), 3u);
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
