#include "normalize/normalize.h"

#include <gtest/gtest.h>

namespace sanctions {
namespace {

std::string Fold(std::string_view s) {
  auto r = FoldToAscii(s);
  EXPECT_TRUE(r.ok()) << r.status().ToString();
  return r.ok() ? *r : "";
}

TEST(FoldToAscii, AsciiFastPath) {
  EXPECT_EQ(Fold("KIM, Jong Un"), "kim jong un");
  EXPECT_EQ(Fold("  Ch'oe  Ryong-hae "), "choe ryong hae");
  EXPECT_EQ(Fold("M/V YU JONG 2"), "m v yu jong 2");
  EXPECT_EQ(Fold("S.A."), "s a");
  EXPECT_EQ(Fold(""), "");
  EXPECT_EQ(Fold("!!!"), "");
}

TEST(FoldToAscii, DiacriticsAndCase) {
  EXPECT_EQ(Fold("Vladímír Pútín"), "vladimir putin");
  EXPECT_EQ(Fold("Władimir Władimirowicz"), "wladimir wladimirowicz");
  EXPECT_EQ(Fold("GROẞ Straße"), "gross strasse");
  EXPECT_EQ(Fold("Président Poutine"), "president poutine");
  EXPECT_EQ(Fold("Ｆｕｌｌｗｉｄｔｈ"), "fullwidth");  // NFKC
}

// One case per script the issue names: the transliteration must give Latin letters
// close to the usual romanization.
TEST(FoldToAscii, Scripts) {
  EXPECT_EQ(Fold("김정은"), "gim jeong eun");                     // Hangul, syllables split
  EXPECT_EQ(Fold("블라디미르 푸틴"), "beulladimileu pu tin");     // a foreign word stays whole
  EXPECT_EQ(Fold("习近平"), "xi jin ping");                       // Han -> pinyin
  EXPECT_EQ(Fold("ウラジーミル・プーチン"), "urajimiru puchin");  // katakana
  EXPECT_EQ(Fold("ひらがな"), "hiragana");                        // hiragana
  EXPECT_EQ(Fold("Владимир Путин"), "vladimir putin");            // Cyrillic
  EXPECT_EQ(Fold("فلاديمير بوتين"), "fladymyr bwtyn");            // Arabic (consonant skeleton)
  EXPECT_EQ(Fold("ولادیمیر پوتین"), "wladymyr pwtyn");            // Persian
  EXPECT_EQ(Fold("ولادیمیر پوٹن"), "wladymyr pwtn");              // Urdu (tteh read as teh)
  EXPECT_EQ(Fold("ולדימיר פוטין"), "wldymyr pwtyn");              // Hebrew
  EXPECT_EQ(Fold("Βλαντίμιρ Πούτιν"), "vladimir poutin");         // Greek (modern: beta v, nt d)
  EXPECT_EQ(Fold("Վլադիմիր Պուտին"), "vladimir putin");           // Armenian
  EXPECT_EQ(Fold("ვლადიმერ პუტინი"), "vladimer putini");          // Georgian
  EXPECT_EQ(Fold("วลาดีมีร์ ปูติน"), "w la di mir pu tin");            // Thai
  EXPECT_EQ(Fold("ဗလာဒီမီယာ ပူတင်"), "balardemeyar puutain");         // Burmese
  EXPECT_EQ(Fold("व्लादिमीर पुतिन"), "vladimira putina");           // Devanagari
}

TEST(FoldToAscii, KhmerHasNoIcuTransformYet) {
  // ICU 72 has no Khmer-Latin transform: the text yields no tokens rather than garbage.
  EXPECT_EQ(Fold("វ៉្លាឌីមៀរ ពូទីន"), "");
}

TEST(FoldToAscii, InvalidUtf8IsAnError) {
  auto r = FoldToAscii(std::string("abc\xff\xfe", 5));
  ASSERT_FALSE(r.ok());
  EXPECT_NE(r.status().message().find("UTF-8"), std::string::npos);
  EXPECT_TRUE(NormalizeTokens(std::string("\xc3", 1)).empty());
}

TEST(DominantScript, Dominant) {
  EXPECT_EQ(DominantScript("Kim Jong Un"), "Latn");
  EXPECT_EQ(DominantScript("김정은"), "Hang");
  EXPECT_EQ(DominantScript("Путин"), "Cyrl");
  EXPECT_EQ(DominantScript("بوتين"), "Arab");
  EXPECT_EQ(DominantScript("习近平"), "Hani");
  EXPECT_EQ(DominantScript("123"), "");
}

TEST(SplitTextWords, OffsetsPossessivesAndBreaks) {
  std::string text = "Yesterday Kim Jong-un's envoy met\nthe press. 김정은!";
  auto words = SplitTextWords(text);
  ASSERT_GE(words.size(), 7u);
  EXPECT_EQ(words[1].tokens, (std::vector<std::string>{"kim"}));
  EXPECT_EQ(words[2].tokens, (std::vector<std::string>{"jong", "un"}));
  EXPECT_EQ(text.substr(words[2].byte_begin, words[2].byte_end - words[2].byte_begin), "Jong-un");
  const TextWord& last = words.back();
  EXPECT_EQ(last.tokens, (std::vector<std::string>{"gim", "jeong", "eun"}));
  EXPECT_EQ(last.end - last.begin, 3u);  // code points, not bytes
  EXPECT_EQ(last.byte_end - last.byte_begin, 9u);
}

}  // namespace
}  // namespace sanctions
