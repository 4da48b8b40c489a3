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
  EXPECT_LT(Score("Angelo Mercaz", "Angela Merkel", EntityType::kPerson), kDefaultThreshold);
  EXPECT_LT(Score("Octavian Scholz", "Olaf Scholz", EntityType::kPerson), kDefaultThreshold);
  EXPECT_LT(Score("Angelo Cruz", "Angela Merkel", EntityType::kPerson), kDefaultThreshold);
}

// Two edits in a surname of 5-7 letters that starts alike is reviewed (weak edit, capped
// at kWeakEditSimilarity); the same edits in a 4-letter word or at the first letter are not.
TEST(CompareNames, WeakEdits) {
  EXPECT_GE(Score("Keir Starkey", "Keir Starmer", EntityType::kPerson), kDefaultThreshold);
  EXPECT_GE(Score("Angela Merkur", "Angela Merkel", EntityType::kPerson), kDefaultThreshold);
  EXPECT_LT(Score("Keir Btarkey", "Keir Starmer", EntityType::kPerson), kDefaultThreshold);
  EXPECT_LT(Score("John Doe", "John Down", EntityType::kPerson), kDefaultThreshold);
  UnitSimilarity s = TokenSimilarity(PrepareName("starkey", EntityType::kPerson).units[0],
                                     PrepareName("starmer", EntityType::kPerson).units[0]);
  EXPECT_EQ(s.rule, MatchRule::kEdit);
  EXPECT_LE(s.sim, kWeakEditSimilarity);
}

TEST(CompareNames, VesselNumerals) {
  EXPECT_GE(Score("M/V YU JONG 2", "YU JONG 2", EntityType::kVessel), 0.95);
  EXPECT_LT(Score("YU JONG 3", "YU JONG 2", EntityType::kVessel), kDefaultThreshold);
}

TEST(CompareNames, LegalFormClasses) {
  const auto org = EntityType::kOrganization;
  // Stock corporation vs limited-liability company: another legal person.
  EXPECT_LT(Score("Deutsche Bank AG", "Deutsche Bank GmbH", org), kDefaultThreshold);
  EXPECT_LT(Score("ANO Iskusstvo Krasoty", "LLC Iskusstvo Krasoty", org), kDefaultThreshold);
  // Same class (OOO is the Russian LLC), or a form that translates any company.
  EXPECT_GE(Score("OOO Romashka", "Romashka LLC", org), 0.9);
  EXPECT_GE(Score("Rosneft Corp.", "Rosneft PJSC", org), 0.9);
  // The long forms are legal forms too, in any case (ICU and Latin-ASCII spellings).
  EXPECT_GE(Score("Volkswagen Gesellschaft mit beschränkter Haftung", "Volkswagen GmbH", org), 0.9);
  EXPECT_LT(Score("ОБЩЕСТВО С ОГРАНИЧЕННОЙ ОТВЕТСТВЕННОСТЬЮ \"БАЙ\"",
                  "ОБЩЕСТВО С ОГРАНИЧЕННОЙ ОТВЕТСТВЕННОСТЬЮ \"БАЙКАЛ\"", org),
            0.5);
}

TEST(CompareNames, OrganisationNumbers) {
  const auto org = EntityType::kOrganization;
  // Roman and Arabic numerals are one number; a missing number is another entity.
  EXPECT_GE(Score("Bowne Global Solutions II", "Bowne Global Solutions 2", org), 0.95);
  EXPECT_LT(Score("Bowne Global Solutions, Inc.", "Bowne Global Solutions II, Inc.", org),
            kDefaultThreshold);
  // Another member of a numbered series is flagged by the factor but still reviewed.
  Explanation x;
  double s = CompareNames("Bain Capital Fund X L.P.", "Bain Capital Fund XI L.P.", org, &x);
  EXPECT_GE(s, kDefaultThreshold);
  bool flagged = false;
  for (const Factor& f : x.factors) flagged = flagged || (f.name == "numerals" && f.delta < 0);
  EXPECT_TRUE(flagged);
}

TEST(CompareNames, Acronyms) {
  const auto org = EntityType::kOrganization;
  EXPECT_GE(Score("PLA", "People's Liberation Army", org), kDefaultThreshold);
  EXPECT_GE(Score("People's Liberation Army", "PLA", org), kDefaultThreshold);
  EXPECT_GE(Score("U.S. Department of State", "United States Department of State", org),
            kDefaultThreshold);
  // Initials match exactly only: N.A.B.C. is not A.B.C.
  EXPECT_LT(Score("N.A.B.C. Company", "A.B.C. Company", org), kDefaultThreshold);
  EXPECT_GE(Score("H&M Hennes & Mauritz AB", "H and M Hennes and Mauritz AB", org), 0.95);
}

TEST(CompareNames, GivenNameEquivalents) {
  const auto person = EntityType::kPerson;
  EXPECT_GE(Score("Bill Gates", "William Gates", person), kDefaultThreshold);
  EXPECT_GE(Score("Juan Doe", "John Doe", person), kDefaultThreshold);
  Explanation x;
  CompareNames("Bibi Netanyahu", "Benjamin Netanyahu", person, &x);
  bool nickname = false;
  for (const TokenMatch& t : x.tokens) nickname = nickname || t.rule == "nickname";
  EXPECT_TRUE(nickname);
  EXPECT_LT(Score("Frederick Lindenberg", "Friedrich Lindenberg", person), kDefaultThreshold);
}

TEST(CompareNames, NameRoles) {
  const auto person = EntityType::kPerson;
  // The son's name is not the father's.
  EXPECT_LT(Score("SALMAN BIN MUHAMMAD AL-RAWI", "MUHAMMAD BIN SALMAN AL-RAWI", person),
            kDefaultThreshold);
  EXPECT_GE(Score("MUHAMMAD BIN SALMAN AL-RAWI", "MUHAMMAD BIN SALMAN AL RAWI", person), 0.99);
  // Ancestor names may be left out.
  EXPECT_GE(Score("Osama bin Laden", "Usama bin Laden", person), kDefaultThreshold);
  EXPECT_GE(Score("Sergey Lavrov", "Sergey Viktorovich LAVROV", person), 0.9);
  EXPECT_GE(Score("Sergejs Lavrovs", "Sergey Viktorovich LAVROV", person), kDefaultThreshold);
  // "FAMILY, Given" on both sides: swapped roles are another person; unmarked order is free.
  EXPECT_LT(Score("Hans, Friedrich", "Friedrich, Hans", person), kDefaultThreshold);
  EXPECT_GE(Score("Friedrich Hans", "Friedrich, Hans", person), 0.99);
}

// Korean and Chinese syllables one letter apart are other syllables: Jong is not Song.
TEST(CompareNames, SyllablesAreNotTypos) {
  const auto person = EntityType::kPerson;
  EXPECT_LT(Score("Kim Jong-un", "KIM, Song", person), kDefaultThreshold);
  EXPECT_LT(Score("Kim Jong-un", "Gong Kim"), kDefaultThreshold);
  EXPECT_GE(Score("Kim Chong-un", "KIM, Jong Un", person), kDefaultThreshold);  // a variant
}

TEST(CompareNames, SlashAlternatives) {
  EXPECT_EQ(SplitAlternativeNames("Al-Qa'ida/Islamic Army").size(), 2u);
  EXPECT_EQ(SplitAlternativeNames("Maersk A/S").size(), 1u);
  EXPECT_EQ(SplitAlternativeNames("M/V Ocean Star").size(), 1u);
  EXPECT_GE(Score("Al Qaeda", "Al-Qa'ida/Islamic Army", EntityType::kOrganization), 0.85);
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
