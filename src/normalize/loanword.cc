// Foreign-name readings of Hangul and katakana, and the Indic final-schwa rule (loanword.h).
#include "normalize/loanword.h"

#include <unicode/uchar.h>
#include <unicode/uscript.h>

#include <algorithm>
#include <iterator>
#include <vector>

namespace sanctions {

bool IsHangulSyllable(char32_t c) {
  return c >= 0xAC00 && c <= 0xD7A3;
}

namespace {

// Revised Romanization letters of the jamo (initials, vowels, finals as pronounced).
constexpr const char* kInitials[19] = {"g",  "kk", "n", "d",  "tt", "r", "m", "b", "pp", "s",
                                       "ss", "",   "j", "jj", "ch", "k", "t", "p", "h"};
constexpr const char* kVowels[21] = {"a",  "ae", "ya", "yae", "eo", "e",  "yeo",
                                     "ye", "o",  "wa", "wae", "oe", "yo", "u",
                                     "wo", "we", "wi", "yu",  "eu", "ui", "i"};
constexpr const char* kFinals[28] = {"",  "k",  "k", "k", "n", "n", "n", "t", "l", "k",
                                     "m", "l",  "l", "l", "p", "l", "m", "p", "p", "t",
                                     "t", "ng", "t", "t", "k", "t", "p", "t"};
constexpr int kInitialRieul = 5;
constexpr int kInitialSios = 9;
constexpr int kInitialIeung = 11;
constexpr int kInitialJieut = 12;
constexpr int kInitialSsangJieut = 13;
constexpr int kInitialChieut = 14;
constexpr int kVowelEu = 18;
constexpr int kVowelI = 20;
constexpr int kFinalRieul = 8;

bool IsYVowel(int v) {
  return v == 2 || v == 3 || v == 6 || v == 7 || v == 12 || v == 17;
}

}  // namespace

std::string KoreanLoanwordReading(std::u32string_view text) {
  struct Jamo {
    int l, v, t;
  };
  std::vector<Jamo> syl;
  for (char32_t c : text) {
    if (!IsHangulSyllable(c)) continue;
    int s = static_cast<int>(c - 0xAC00);
    syl.push_back({s / 588, (s % 588) / 28, s % 28});
  }
  std::string out;
  for (size_t i = 0; i < syl.size(); ++i) {
    const Jamo& j = syl[i];
    const bool last = i + 1 == syl.size();
    const bool next_rieul = !last && syl[i + 1].l == kInitialRieul;
    const bool after_final_rieul = i > 0 && syl[i - 1].t == kFinalRieul;
    // Initial.
    if (j.l == kInitialRieul) {
      if (!after_final_rieul) out += i == 0 ? "l" : "r";  // ㄹㄹ: the final wrote the l
    } else if (j.l == kInitialSios && IsYVowel(j.v)) {
      out += "sh";
    } else {
      out += kInitials[j.l];
    }
    // Vowel.
    std::string_view vowel = kVowels[j.v];
    if (j.v == kVowelEu && j.l != kInitialIeung &&
        (j.t == 0 || (j.t == kFinalRieul && next_rieul))) {
      vowel = "";  // the inserted vowel
    } else if (j.l == kInitialChieut && j.v == kVowelI && j.t == 0 && last) {
      vowel = "";  // final 치 = ch
    } else if (IsYVowel(j.v) && (j.l == kInitialSios || j.l == kInitialJieut ||
                                 j.l == kInitialSsangJieut || j.l == kInitialChieut)) {
      vowel.remove_prefix(1);  // 셰 she, 쥬 ju, 챠 cha
    }
    out += vowel;
    out += kFinals[j.t];
  }
  return out;
}

bool IsKatakanaWordChar(char32_t c) {
  return (c >= 0x30A1 && c <= 0x30FA) || (c >= 0x30FC && c <= 0x30FE);
}

namespace {

// Hepburn readings of U+30A1..U+30FA (small kana as their full forms; ッ and ン special).
constexpr const char* kKana[] = {
    "a",  "a",  "i",   "i",  "u",  "u",   "e",  "e",   "o",  "o",  "ka", "ga", "ki", "gi", "ku",
    "gu", "ke", "ge",  "ko", "go", "sa",  "za", "shi", "ji", "su", "zu", "se", "ze", "so", "zo",
    "ta", "da", "chi", "ji", "",   "tsu", "zu", "te",  "de", "to", "do", "na", "ni", "nu", "ne",
    "no", "ha", "ba",  "pa", "hi", "bi",  "pi", "fu",  "bu", "pu", "he", "be", "pe", "ho", "bo",
    "po", "ma", "mi",  "mu", "me", "mo",  "ya", "ya",  "yu", "yu", "yo", "yo", "ra", "ri", "ru",
    "re", "ro", "wa",  "wa", "i",  "e",   "o",  "n",   "vu", "ka", "ke", "va", "vi", "ve", "vo"};
static_assert(std::size(kKana) == 0x30FA - 0x30A1 + 1);
constexpr char32_t kSokuon = 0x30C3;  // ッ
constexpr char32_t kN = 0x30F3;       // ン
constexpr char32_t kLong = 0x30FC;    // ー

bool IsSmallVowel(char32_t c) {
  return c == 0x30A1 || c == 0x30A3 || c == 0x30A5 || c == 0x30A7 || c == 0x30A9;
}
bool IsSmallY(char32_t c) {
  return c == 0x30E3 || c == 0x30E5 || c == 0x30E7;
}

struct Mora {
  std::string cons;
  char vowel = 0;            // 0 for ン
  bool long_vowel = false;   // followed by ー
  bool geminated = false;    // preceded by ッ
  bool small_vowel = false;  // vowel given by a small kana (トゥ, ファ): written on purpose
  bool base_reading = true;  // one kana with its own vowel (チ, not チェ)
};

bool IsEpentheticCandidate(const Mora& m) {
  if (m.long_vowel || m.small_vowel || m.vowel == 0) return false;
  const std::string& c = m.cons;
  if (m.vowel == 'u') {
    return c == "k" || c == "g" || c == "s" || c == "z" || c == "ts" || c == "f" || c == "b" ||
           c == "p" || c == "m" || c == "r" || c == "sh" || c == "ch" || c == "j";
  }
  if (m.vowel == 'o') return c == "t" || c == "d";
  if (m.vowel == 'i') return m.geminated && (c == "ch" || c == "j");
  return false;
}

}  // namespace

std::vector<std::string> KatakanaReadings(std::u32string_view word, size_t max_readings) {
  std::vector<Mora> morae;
  bool gem = false;
  for (char32_t c : word) {
    if (c == kSokuon) {
      gem = true;
      continue;
    }
    if (c == kLong) {
      if (!morae.empty()) morae.back().long_vowel = true;
      continue;
    }
    if (c < 0x30A1 || c > 0x30FA) continue;  // iteration marks and the rest
    std::string_view r = kKana[c - 0x30A1];
    Mora* prev = morae.empty() ? nullptr : &morae.back();
    if (prev && prev->vowel != 0 && IsSmallY(c)) {
      // キャ kya, シャ sha, チュ chu, ジョ jo.
      if (prev->cons != "sh" && prev->cons != "ch" && prev->cons != "j") prev->cons += 'y';
      prev->vowel = r[1];
      prev->base_reading = false;
      continue;
    }
    if (prev && prev->vowel != 0 && IsSmallVowel(c)) {
      // ティ ti, ファ fa, ウィ wi, イェ ye, トゥ tu, シェ she.
      if (prev->cons.empty()) prev->cons = prev->vowel == 'i' ? "y" : "w";
      prev->vowel = r[0];
      prev->small_vowel = true;
      prev->base_reading = false;
      continue;
    }
    Mora m;
    m.geminated = gem;
    gem = false;
    if (c == kN) {
      m.cons = "n";
    } else {
      m.cons = std::string(r.substr(0, r.size() - 1));
      m.vowel = r.back();
    }
    morae.push_back(std::move(m));
  }
  // Options per mora.
  std::vector<std::vector<std::string>> options;
  for (size_t i = 0; i < morae.size(); ++i) {
    const Mora& m = morae[i];
    std::vector<std::string> cons{m.cons};
    if (m.cons == "r" || m.cons == "ry") {
      cons.push_back("l" + m.cons.substr(1));
    } else if (m.base_reading && m.vowel == 'i' && m.cons == "j") {
      cons.push_back("d");
    } else if (m.base_reading && m.vowel == 'i' && m.cons == "ch") {
      cons.push_back("t");
    } else if (m.base_reading && m.vowel == 'i' && m.cons == "sh") {
      cons.push_back("s");
    } else if (m.base_reading && m.vowel == 'u' && m.cons == "ts") {
      cons.push_back("t");
    } else if (m.base_reading && m.vowel == 'u' && m.cons == "f") {
      cons.push_back("h");
    }
    // The added vowel: not read at the end of the word; before another consonant it may
    // or may not be (a cluster or a final consonant, or a real vowel): both readings.
    std::vector<bool> vowel_read{true};
    if (IsEpentheticCandidate(m)) {
      if (i + 1 == morae.size()) {
        vowel_read = {false};
      } else if (morae[i + 1].vowel != 0 && !morae[i + 1].cons.empty()) {
        vowel_read = {true, false};
      }
    }
    std::vector<std::string> opts;
    for (bool read : vowel_read) {
      for (const std::string& c : cons) {
        std::string s = c;
        if (m.vowel != 0 && read) s.push_back(m.vowel);
        opts.push_back(std::move(s));
      }
    }
    options.push_back(std::move(opts));
  }
  // Combinations within the budget: ambiguous morae from the left while the product fits.
  size_t budget = std::max<size_t>(1, max_readings);
  size_t product = 1;
  std::vector<size_t> radix(options.size(), 1);
  for (size_t i = 0; i < options.size(); ++i) {
    if (options[i].size() > 1 && product * options[i].size() <= budget) {
      radix[i] = options[i].size();
      product *= radix[i];
    }
  }
  std::vector<std::string> out;
  for (size_t k = 0; k < product; ++k) {
    std::string s;
    size_t rest = k;
    for (size_t i = 0; i < options.size(); ++i) {
      size_t pick = rest % radix[i];
      rest /= radix[i];
      s += options[i][pick];
    }
    if (!s.empty() && std::find(out.begin(), out.end(), s) == out.end()) {
      out.push_back(std::move(s));
    }
  }
  return out;
}

bool InSchwaDeletingBlock(char32_t c) {
  return c >= 0x0900 && c < 0x0B00;
}

namespace {

int InSC(char32_t c) {
  return u_getIntPropertyValue(static_cast<UChar32>(c), UCHAR_INDIC_SYLLABIC_CATEGORY);
}

UScriptCode ScriptOf(char32_t c) {
  UErrorCode status = U_ZERO_ERROR;
  UScriptCode sc = uscript_getScript(static_cast<UChar32>(c), &status);
  return U_FAILURE(status) ? USCRIPT_INVALID_CODE : sc;
}

bool IsSchwaScript(UScriptCode sc) {
  return sc == USCRIPT_DEVANAGARI || sc == USCRIPT_BENGALI || sc == USCRIPT_GURMUKHI ||
         sc == USCRIPT_GUJARATI;
}

bool IsLetterOrMark(char32_t c) {
  int8_t t = u_charType(static_cast<UChar32>(c));
  return u_isalpha(static_cast<UChar32>(c)) || t == U_NON_SPACING_MARK ||
         t == U_COMBINING_SPACING_MARK;
}

// One word of a schwa-deleting script: appends it to `out` with the viramas added.
void MarkWord(std::u32string_view w, char32_t virama, std::u32string* out) {
  struct Phone {
    bool vowel = false;
    bool schwa = false;  // the inherent vowel of the consonant ending at `at`
    size_t at = 0;       // index of the consonant (or its nukta) in w
  };
  std::vector<Phone> ph;
  for (size_t k = 0; k < w.size(); ++k) {
    int cat = InSC(w[k]);
    if (cat == U_INSC_CONSONANT) {
      size_t end = k;
      if (k + 1 < w.size() && InSC(w[k + 1]) == U_INSC_NUKTA) end = ++k;
      ph.push_back({false, false, end});
      int next = k + 1 < w.size() ? InSC(w[k + 1]) : -1;
      if (next == U_INSC_VIRAMA) {
        ++k;  // a conjunct: no vowel
      } else if (next == U_INSC_VOWEL_DEPENDENT) {
        ph.push_back({true, false, end});
        ++k;
      } else {
        // A nasalised (bindu) or aspirated (visarga) inherent vowel is always read.
        bool marked = next == U_INSC_BINDU || next == U_INSC_VISARGA;
        ph.push_back({true, !marked, end});
      }
    } else if (cat == U_INSC_VOWEL_INDEPENDENT) {
      ph.push_back({true, false, k});
    } else if (cat == U_INSC_CONSONANT_DEAD) {
      ph.push_back({false, false, k});  // a vowelless consonant (Bengali khanda ta)
    }
  }
  // From the right, on the phones still present.
  std::vector<bool> alive(ph.size(), true);
  std::vector<bool> silent_after(w.size(), false);
  auto step = [&](size_t k, int dir) -> long {
    long j = static_cast<long>(k) + dir;
    while (j >= 0 && j < static_cast<long>(ph.size()) && !alive[j]) j += dir;
    return j;
  };
  auto is = [&](long j, bool vowel) {
    return j >= 0 && j < static_cast<long>(ph.size()) && ph[j].vowel == vowel;
  };
  for (size_t k = ph.size(); k-- > 0;) {
    if (!ph[k].schwa) continue;
    long p1 = step(k, -1);
    long p2 = p1 >= 0 ? step(p1, -1) : -1;
    long n1 = step(k, +1);
    long n2 = n1 < static_cast<long>(ph.size()) ? step(n1, +1) : n1;
    bool vc_before = is(p1, false) && is(p2, true);
    bool word_end = n1 >= static_cast<long>(ph.size());
    if (vc_before && (word_end || (is(n1, false) && is(n2, true)))) {
      alive[k] = false;
      silent_after[ph[k].at] = true;
    }
  }
  for (size_t k = 0; k < w.size(); ++k) {
    out->push_back(w[k]);
    if (silent_after[k]) out->push_back(virama);
  }
}

}  // namespace

std::u32string MarkSilentSchwas(std::u32string_view text) {
  std::u32string out;
  out.reserve(text.size() + 8);
  size_t i = 0;
  while (i < text.size()) {
    UScriptCode sc = ScriptOf(text[i]);
    if (!InSchwaDeletingBlock(text[i]) || !IsSchwaScript(sc) || !IsLetterOrMark(text[i])) {
      out.push_back(text[i++]);
      continue;
    }
    size_t j = i;
    while (j < text.size() && ScriptOf(text[j]) == sc && IsLetterOrMark(text[j])) ++j;
    // The virama of these four blocks is at offset 0x4D.
    MarkWord(text.substr(i, j - i), (text[i] & ~char32_t{0x7F}) + 0x4D, &out);
    i = j;
  }
  return out;
}

}  // namespace sanctions
