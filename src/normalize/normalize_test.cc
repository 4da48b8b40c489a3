#include "normalize/normalize.h"
#include "util/text.h"

#include <gtest/gtest.h>
#include <unicode/unistr.h>

#include <fstream>
#include <random>
#include <sstream>

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
  EXPECT_EQ(Fold("김정은"), "gim jeong eun");             // Hangul, syllables split
  EXPECT_EQ(Fold("블라디미르 푸틴"), "bladimir pu tin");  // a foreign word: loanword reading
  EXPECT_EQ(Fold("习近平"), "xi jin ping");               // Han -> pinyin
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
  EXPECT_EQ(Fold("ဗလာဒီမီယာ ပူတင်"), "ba la di mi ya pu tin");        // Burmese
  EXPECT_EQ(Fold("व्लादिमीर पुतिन"), "vladimir putin");             // Devanagari
  EXPECT_EQ(Fold("ভ্লাদিমির পুতিন"), "bhladimir putin");            // Bengali
}

TEST(FoldToAscii, Khmer) {
  // ICU 72 has no Khmer-Latin transform: the UNGEGN table (data/translit_khmer.tsv).
  EXPECT_EQ(Fold("វ៉្លាឌីមៀរ ពូទីន"), "vladimier putin");
  EXPECT_EQ(Fold("ហ៊ុន សែន។"), "hun sen");  // KHAN (full stop) is a boundary
}

// Silent inherent vowels of Hindi, Bengali, Punjabi and Gujarati (MarkSilentSchwas).
TEST(FoldToAscii, IndicFinalSchwa) {
  EXPECT_EQ(Fold("भ्लादिमिर पुटिन"), "bhladimir putin");
  EXPECT_EQ(Fold("राम"), "ram");
  EXPECT_EQ(Fold("नरेन्द्र मोदी"), "narendra modi");  // conjunct ndr: a stays
  EXPECT_EQ(Fold("न"), "na");                      // one consonant
  EXPECT_EQ(Fold("মোহাম্মদ"), "mohammad");          // Bengali
  EXPECT_EQ(Fold("ਮਨਮੋਹਨ ਸਿੰਘ"), "manmohan singh");  // Gurmukhi; tippi read as bindi
  EXPECT_EQ(Fold("মোহাম্মদ শামসুদ্দিন"), "mohammad samsuddin");
  EXPECT_EQ(Fold("ಪುತಿನ"), "putina");  // Kannada: unchanged
}

// Burmese: BGN/PCGN syllables, one token each (ICU: "mainnaaunglhaine").
TEST(FoldToAscii, Burmese) {
  EXPECT_EQ(Fold("မင်းအောင်လှိုင်"), "min aung hlaing");  // medial ha: hl; -aung, -aing
  EXPECT_EQ(Fold("သန်းရွှေ"), "than shwe");            // ရွှ: sh + w
  EXPECT_EQ(Fold("နေဝင်း"), "ne win");
  EXPECT_EQ(Fold("ကျော်ထွန်း"), "kyaw htun");  // ော် aw; ွန် un; ထ ht
  EXPECT_EQ(Fold("မန္တလေး"), "man ta le");   // stacked consonant: a final
  EXPECT_EQ(Fold("ခင်မောင်၁၂"), "khin maung 12");
}

TEST(FoldToAscii, HangulLoanwords) {
  EXPECT_EQ(Fold("블라디미르 블라디미로비치 푸틴"), "bladimir bladimirobich pu tin");
  EXPECT_EQ(Fold("김정은"), "gim jeong eun");  // names (up to 3 syllables) unchanged
}

// Random text in the scripts with their own readings (Khmer, Burmese, Hangul, katakana,
// Indic): always folds to lower-case ASCII tokens, and readings stay within their budget.
TEST(FoldToAscii, RandomTextInScriptsWithReadings) {
  const std::pair<UChar32, UChar32> blocks[] = {
      {0x1780, 0x17FF}, {0x19E0, 0x19FF}, {0x1000, 0x109F}, {0xAC00, 0xAC40},
      {0x30A0, 0x30FF}, {0x0900, 0x097F}, {0x0980, 0x09FF}, {0x0A00, 0x0AFF}};
  std::mt19937 rng(20261130);
  for (int round = 0; round < 3000; ++round) {
    icu::UnicodeString u;
    int len = 1 + static_cast<int>(rng() % 14);
    const auto& block = blocks[rng() % std::size(blocks)];
    for (int k = 0; k < len; ++k) {
      if (rng() % 9 == 0) {
        u.append(static_cast<UChar32>(' '));
      } else {
        u.append(static_cast<UChar32>(block.first + rng() % (block.second - block.first + 1)));
      }
    }
    std::string text;
    u.toUTF8String(text);
    auto folded = FoldToAscii(text);
    ASSERT_TRUE(folded.ok()) << text;
    for (char c : *folded) {
      ASSERT_TRUE((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == ' ') << text;
    }
    for (const TokenReadings& r : ForeignNameReadings(text, 16)) {
      EXPECT_LE(r.readings.size(), 16u) << text;
      for (const std::string& reading : r.readings) {
        EXPECT_FALSE(reading.empty()) << text;
        EXPECT_NE(reading, r.token) << text;
      }
    }
  }
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

// The word memo against the whole-text fold: every non-ASCII line and field of the shared
// evaluation sets and lists (names in Arabic, Cyrillic, Han, Hangul, Greek, Hebrew, Thai,
// Georgian, Armenian, Devanagari... as lists and users write them) folds the same.
TEST(FoldToAscii, WordMemoEqualsWholeTextFold) {
  const std::string shared = SANCTIONS_SHARED_DIR;
  const char* files[] = {
      "/eval/nomenklatura/putin_names.txt",
      "/eval/nomenklatura/name_bench_cases.csv",
      "/eval/rigour/sample_names.csv",
      "/eval/common_names/common-forenames-by-country.csv",
      "/eval/common_names/common-surnames-by-country.csv",
      "/eval/yente/candidate_generation_positives_un_untreated.csv",
      "/lists/opensanctions_ftm/un_original_script_pairs_2026-02-27.csv",
      "/lists/un/consolidated_2026-02-27.xml",
      "/lists/opensanctions_ftm/us_congress_senzing.json",
  };
  size_t checked = 0;
  size_t files_read = 0;
  for (const char* f : files) {
    std::ifstream in(shared + f);
    if (!in) continue;
    ++files_read;
    std::string line;
    while (std::getline(in, line)) {
      if (IsAscii(line) || !IsValidUtf8(line)) continue;
      // The line itself (several names, punctuation) and each field of it.
      std::vector<std::string> texts = {line};
      std::string field;
      for (char c : line) {
        if (c == ',' || c == ';' || c == '\t' || c == '<' || c == '>' || c == '"') {
          if (!IsAscii(field)) texts.push_back(field);
          field.clear();
        } else {
          field.push_back(c);
        }
      }
      if (!IsAscii(field)) texts.push_back(field);
      for (const std::string& t : texts) {
        auto memo = FoldToAscii(t);
        auto whole = FoldToAsciiWhole(t);
        ASSERT_TRUE(memo.ok() && whole.ok()) << f << ": " << t;
        ASSERT_EQ(*memo, *whole) << f << ": " << t;
        // A second time: now from the memo.
        ASSERT_EQ(*FoldToAscii(t), *whole) << f << ": " << t;
        ++checked;
      }
    }
  }
  if (files_read == 0) GTEST_SKIP() << "no shared files under " << shared;
  EXPECT_GT(checked, 1000u);
}

}  // namespace sanctions
