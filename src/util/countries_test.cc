#include "util/countries.h"

#include <gtest/gtest.h>

namespace sanctions {
namespace {

struct Case {
  const char* text;
  const char* code;
};

// Spellings taken from the real lists (UN NATIONALITY/COUNTRY values, OFSI Country,
// OFAC/CSL country names, Canada's bilingual names, BIS Country column).
TEST(CountriesTest, ResolvesListSpellings) {
  const Case cases[] = {
      {"Democratic People's Republic of Korea", "KP"},
      {"Korea, North", "KP"},
      {"Korea, Democratic People's Republic of", "KP"},
      {"DPRK", "KP"},
      {"North Korea", "KP"},
      {"Korea, South", "KR"},
      {"Republic of Korea", "KR"},
      {"Iran (Islamic Republic of)", "IR"},
      {"Iran, Islamic Republic of", "IR"},
      {"Russian Federation", "RU"},
      {"Russia", "RU"},
      {"Syrian Arab Republic", "SY"},
      {"Burma", "MM"},
      {"Myanmar", "MM"},
      {"Lao People's Democratic Republic", "LA"},
      {"Venezuela (Bolivarian Republic of)", "VE"},
      {"Bolivia (Plurinational State of)", "BO"},
      {"Viet Nam", "VN"},
      {"Türkiye", "TR"},
      {"Turkey", "TR"},
      {"Côte d'Ivoire", "CI"},
      {"COTE D'IVOIRE", "CI"},
      {"Ivory Coast", "CI"},
      {"Congo, Democratic Republic of the", "CD"},
      {"Democratic Republic of the Congo", "CD"},
      {"United Republic of Tanzania", "TZ"},
      {"Palestinian", "PS"},
      {"West Bank", "PS"},
      {"Gaza", "PS"},
      {"Kosovo", "XK"},
      {"Region: Crimea", "UA"},
      {"Czechia", "CZ"},
      {"Macedonia", "MK"},
      {"Swaziland", "SZ"},
      {"Moldova, Republic of", "MD"},
      {"USSR", "SU"},
      {"Soviet Union", "SU"},
      {"Yugoslavia", "YU"},
      {"Netherlands Antilles", "AN"},
      {"United States", "US"},
      {"USA", "US"},
      {"UK", "GB"},
      {"Great Britain", "GB"},
      {"United Kingdom of Great Britain and Northern Ireland", "GB"},
      {"Hong Kong", "HK"},
      {"Taiwan", "TW"},
      {"China", "CN"},
      {"Holy See", "VA"},
      {"Sudan", "SD"},
      {"South Sudan", "SS"},
      {"Belarus / Bélarus", "BY"},
      {"Russia / Russie", "RU"},
      {"Bosnia & Herzegovina", "BA"},
      {"St. Kitts & Nevis", "KN"},
      {"Virgin Islands, British", "VG"},
      {"the Netherlands", "NL"},
      {"NETHERLANDS", "NL"},
      {"Afghanistan", "AF"},
      {"  Pakistan ", "PK"},
      {"Iraq", "IQ"},
      {"Germany", "DE"},
      {"Réunion", "RE"},
      {"Reunion", "RE"},
  };
  for (const Case& c : cases) {
    EXPECT_EQ(CountryCode(c.text), c.code) << c.text;
  }
}

TEST(CountriesTest, ResolvesCodes) {
  EXPECT_EQ(CountryCode("KP"), "KP");
  EXPECT_EQ(CountryCode("kp"), "KP");
  EXPECT_EQ(CountryCode("PRK"), "KP");
  EXPECT_EQ(CountryCode("IRN"), "IR");
  EXPECT_EQ(CountryCode("GBR"), "GB");
  EXPECT_EQ(CountryCode("XK"), "XK");
}

TEST(CountriesTest, UnknownTextGivesEmpty) {
  EXPECT_EQ(CountryCode(""), "");
  EXPECT_EQ(CountryCode("   "), "");
  EXPECT_EQ(CountryCode("Atlantis"), "");
  EXPECT_EQ(CountryCode("Pyongyang"), "");
  EXPECT_EQ(CountryCode("XX"), "");
  EXPECT_EQ(CountryCode("the"), "");
  EXPECT_EQ(CountryCode("\xff\xfe"), "");  // invalid UTF-8 must not crash
}

TEST(CountriesTest, NamesForCodes) {
  EXPECT_EQ(CountryName("KP"), "North Korea");
  EXPECT_EQ(CountryName("de"), "Germany");
  EXPECT_EQ(CountryName("SU"), "USSR");
  EXPECT_EQ(CountryName("XK"), "Kosovo");
  EXPECT_EQ(CountryName("ZZZ"), "");
  EXPECT_EQ(CountryName(""), "");
}

TEST(CountriesTest, CodeOrText) {
  EXPECT_EQ(CountryCodeOrText("Burma"), "MM");
  EXPECT_EQ(CountryCodeOrText(" Atlantis "), "Atlantis");
}

// Every ICU region's English name round-trips through the resolver.
TEST(CountriesTest, RoundTripsEveryName) {
  const char* codes[] = {"AF", "AX", "BQ", "CW", "FR", "GB", "KP",
                         "KR", "MM", "PS", "SS", "US", "ZW"};
  for (const char* code : codes) {
    std::string name = CountryName(code);
    ASSERT_FALSE(name.empty()) << code;
    EXPECT_EQ(CountryCode(name), code) << name;
  }
}

}  // namespace
}  // namespace sanctions
