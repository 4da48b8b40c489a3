// Foreign-name readings (loanword.h) and the Khmer table (khmer.h), on their own.
#include "normalize/loanword.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <fstream>

#include "normalize/burmese.h"
#include "normalize/khmer.h"
#include "unicode/unistr.h"

namespace sanctions {
namespace {

std::u32string U32(std::string_view utf8) {
  icu::UnicodeString u = icu::UnicodeString::fromUTF8(
      icu::StringPiece(utf8.data(), static_cast<int32_t>(utf8.size())));
  std::u32string out;
  for (int32_t i = 0; i < u.length();) {
    UChar32 c = u.char32At(i);
    out.push_back(static_cast<char32_t>(c));
    i += U16_LENGTH(c);
  }
  return out;
}

bool Has(const std::vector<std::string>& v, const std::string& s) {
  return std::find(v.begin(), v.end(), s) != v.end();
}

TEST(KoreanLoanwordReading, LoanwordOrthography) {
  EXPECT_EQ(KoreanLoanwordReading(U32("블라디미르")), "bladimir");           // ㄹㄹ = l, 르 = r
  EXPECT_EQ(KoreanLoanwordReading(U32("블라디미로비치")), "bladimirobich");  // 치 = ch
  EXPECT_EQ(KoreanLoanwordReading(U32("우크라이나")), "ukraina");            // 크 = k
  EXPECT_EQ(KoreanLoanwordReading(U32("세르게이")), "sergei");
  EXPECT_EQ(KoreanLoanwordReading(U32("카를로스")), "karlos");         // 를로 = r + l
  EXPECT_EQ(KoreanLoanwordReading(U32("밀로셰비치")), "miloshebich");  // 셰 = she
  EXPECT_EQ(KoreanLoanwordReading(U32("라브로프")), "labrop");         // initial ㄹ: l
  EXPECT_EQ(KoreanLoanwordReading(U32("그레고리")), "gregori");
}

TEST(KatakanaReadings, AddedVowelsAndDoubleReadings) {
  auto v = KatakanaReadings(U32("ウラジーミル"), 16);
  EXPECT_EQ(v.size(), 8u);  // ラ r/l x ジ j/d x final ル r/l
  EXPECT_EQ(v.front(), "urajimir");
  EXPECT_TRUE(Has(v, "uladimir"));
  EXPECT_TRUE(Has(v, "uradimir"));
  EXPECT_EQ(KatakanaReadings(U32("プーチン"), 16),
            (std::vector<std::string>{"puchin", "putin"}));  // ー: a real vowel
  auto obama = KatakanaReadings(U32("バラク"), 16);
  EXPECT_TRUE(Has(obama, "barak"));
  EXPECT_TRUE(Has(obama, "balak"));
  EXPECT_TRUE(Has(KatakanaReadings(U32("スターリン"), 16), "stalin"));  // cluster st
  EXPECT_TRUE(Has(KatakanaReadings(U32("ヴィクトル"), 16), "viktor"));  // final k, real o
  EXPECT_TRUE(Has(KatakanaReadings(U32("ブッシュ"), 16), "bush"));      // ッ single, シュ sh
  EXPECT_TRUE(Has(KatakanaReadings(U32("ドナルド"), 16), "donald"));
  EXPECT_EQ(KatakanaReadings(U32("ティナ"), 16), (std::vector<std::string>{"tina"}));
  // The plain reading comes first; a native name keeps it (スズキ).
  EXPECT_EQ(KatakanaReadings(U32("スズキ"), 16).front(), "suzuki");
  // The budget caps the combinations.
  EXPECT_EQ(KatakanaReadings(U32("ラリルレロ"), 4).size(), 4u);
  EXPECT_TRUE(KatakanaReadings(U32(""), 16).empty());
}

// The input with '_' where MarkSilentSchwas added a virama and 'x' for each code point.
std::string Marked(std::string_view utf8) {
  std::u32string in = U32(utf8);
  std::u32string out = MarkSilentSchwas(in);
  std::string s;
  for (size_t i = 0, j = 0; j < out.size(); ++j) {
    bool same = i < in.size() && out[j] == in[i];
    s += same ? "x" : "_";
    if (same) ++i;
  }
  return s;
}

TEST(MarkSilentSchwas, FinalAndMedial) {
  EXPECT_EQ(Marked("राम"), "xxx_");          // ra-a-m(a): final schwa silent
  EXPECT_EQ(Marked("न"), "x");               // one consonant: read
  EXPECT_EQ(Marked("नरेन्द्र"), "xxxxxxxx");    // after a conjunct: read
  EXPECT_EQ(Marked("मनमोहन"), "xx_xxxx_");   // man-mohan: medial V C _ C V, and final
  EXPECT_EQ(Marked("রহমান"), "xx_xxx_");     // Bengali rah-man
  EXPECT_EQ(Marked("कमला"), "xx_xx");        // kam-la
  EXPECT_EQ(Marked("अमरनाथ"), "xxx_xxx_");   // amar-nath: m keeps its vowel (r n follows)
  EXPECT_EQ(Marked("संजय"), "xxxx_");         // san-jay: a nasalised vowel is read
  EXPECT_EQ(Marked("abc राम"), "xxxxxxx_");  // other text copied
  EXPECT_EQ(Marked("ಪುತಿನ"), "xxxxx");        // Kannada: not a schwa-deleting script
}

TEST(KhmerTable, RealTableReadsNames) {
  const KhmerTable* t = KhmerTable::Get();
  ASSERT_NE(t, nullptr);
  EXPECT_EQ(t->ToLatin(U32("ពូទីន")), "putin");
  EXPECT_EQ(t->ToLatin(U32("វ៉្លាឌីមៀរ")), "vladimier");  // MUUSIKATOAN: a-series
  EXPECT_EQ(t->ToLatin(U32("ប៉ុល ពត")), "pol pot");      // ប៉ = p; ព bare: inherent o
  EXPECT_EQ(t->ToLatin(U32("ហ៊ុន សែន")), "hun sen");
  EXPECT_EQ(t->ToLatin(U32("ម៉ាណែត")), "manet");
  EXPECT_EQ(t->ToLatin(U32("កម្ពុជា")), "kampuchea");  // subscript cluster splits
  EXPECT_EQ(t->ToLatin(U32("ស្រី")), "srei");          // sonorant subscript: a-series
  EXPECT_EQ(t->ToLatin(U32("១២៣")), "123");
}

TEST(KhmerTable, LoadErrorsNameFileAndLine) {
  std::string path = ::testing::TempDir() + "/translit_khmer_bad.tsv";
  {
    std::ofstream f(path);
    f << "# test\n-\tinherent\ta\to\nU+1780\tconsonant_a\tK\tk\n";
  }
  auto r = KhmerTable::Load(path);
  ASSERT_FALSE(r.ok());
  EXPECT_NE(r.status().message().find("translit_khmer_bad.tsv line 3"), std::string::npos)
      << r.status().message();
  EXPECT_FALSE(KhmerTable::Load(::testing::TempDir() + "/no_such_file.tsv").ok());
}

}  // namespace
}  // namespace sanctions

namespace sanctions {
namespace {

TEST(BurmeseTable, LoadErrorsNameFileAndLine) {
  std::string path = ::testing::TempDir() + "/translit_burmese_bad.tsv";
  {
    std::ofstream f(path);
    f << "# test\nU+1000\tconsonant\tk\nU+1780\trhyme\ta\n";
  }
  auto r = BurmeseTable::Load(path);
  ASSERT_FALSE(r.ok());
  EXPECT_NE(r.status().message().find("translit_burmese_bad.tsv line 3"), std::string::npos)
      << r.status().message();
  ASSERT_NE(BurmeseTable::Get(), nullptr);
  EXPECT_EQ(BurmeseTable::Get()->ToLatin(U"\u1019\u1004\u103A\u1038"), "min");
}

}  // namespace
}  // namespace sanctions
