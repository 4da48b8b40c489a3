// Normalisation: NFKC, script preparation, ICU transliteration to ASCII, folding.
#include "normalize/normalize.h"

#include <unicode/locid.h>
#include <unicode/normalizer2.h>
#include <unicode/translit.h>
#include <unicode/uchar.h>
#include <unicode/unistr.h>
#include <unicode/uscript.h>
#include <unicode/utf8.h>

#include <array>
#include <memory>
#include <string>
#include <unordered_map>

#include "normalize/burmese.h"
#include "normalize/khmer.h"
#include "normalize/loanword.h"
#include "util/text.h"

namespace sanctions {
namespace {

// The ICU transform applied after script preparation.
constexpr const char* kTransformId = "Any-Latin; Latin-ASCII";
// Words a thread keeps romanized (FoldToAscii): the memo is emptied when it grows past this.
constexpr size_t kRomanizedWordMemo = 100000;

bool IsApostrophe(UChar32 c) {
  return c == '\'' || c == '`' || c == 0x2018 || c == 0x2019 || c == 0x02BC || c == 0x02BB ||
         c == 0x00B4 || c == 0x02B9 || c == 0x02BE || c == 0x02BF || c == 0x2032;
}

// Appends ASCII text to `out` folded: [a-z0-9] kept (upper case lowered), apostrophes
// dropped, anything else a single space.
void AppendFoldedAscii(std::string_view in, std::string* out) {
  for (char ch : in) {
    unsigned char c = static_cast<unsigned char>(ch);
    if (c >= 'A' && c <= 'Z') {
      out->push_back(static_cast<char>(c - 'A' + 'a'));
    } else if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) {
      out->push_back(static_cast<char>(c));
    } else if (c == '\'' || c == '`') {
      continue;
    } else if (!out->empty() && out->back() != ' ') {
      out->push_back(' ');
    }
  }
}

void TrimTrailingSpace(std::string* s) {
  while (!s->empty() && s->back() == ' ') s->pop_back();
}

// One transliterator per thread, built on first use.
Result<icu::Transliterator*> ThreadTransliterator() {
  thread_local std::unique_ptr<icu::Transliterator> tl;
  thread_local bool failed = false;
  thread_local std::string failure;
  if (tl) return tl.get();
  if (failed) return Status::Internal(failure);
  UErrorCode status = U_ZERO_ERROR;
  UParseError parse_error;
  tl.reset(icu::Transliterator::createInstance(icu::UnicodeString::fromUTF8(kTransformId),
                                               UTRANS_FORWARD, parse_error, status));
  if (U_FAILURE(status) || !tl) {
    failed = true;
    failure = std::string("ICU transform '") + kTransformId +
              "' cannot be created: " + u_errorName(status);
    tl.reset();
    return Status::Internal(failure);
  }
  return tl.get();
}

// Appends ASCII text to a UnicodeString.
void AppendAscii(std::string_view ascii, icu::UnicodeString* out) {
  for (char ch : ascii) out->append(static_cast<UChar32>(static_cast<unsigned char>(ch)));
}

// The code points of in[begin, end).
std::u32string CodePoints(const icu::UnicodeString& in, int32_t begin, int32_t end) {
  std::u32string out;
  for (int32_t i = begin; i < end;) {
    UChar32 c = in.char32At(i);
    out.push_back(static_cast<char32_t>(c));
    i += U16_LENGTH(c);
  }
  return out;
}

// The end of the run of code points from `begin` that satisfy `pred`.
template <typename Pred>
int32_t RunEnd(const icu::UnicodeString& in, int32_t begin, Pred pred) {
  int32_t j = begin;
  while (j < in.length()) {
    UChar32 c = in.char32At(j);
    if (!pred(static_cast<char32_t>(c))) break;
    j += U16_LENGTH(c);
  }
  return j;
}

// MarkSilentSchwas (loanword.h) on texts with Indic letters; others returned as they are.
icu::UnicodeString MarkIndicSchwas(const icu::UnicodeString& text) {
  bool indic = false;
  for (int32_t i = 0; i < text.length() && !indic; ++i) {
    indic = InSchwaDeletingBlock(text.charAt(i));
  }
  if (!indic) return text;
  std::u32string marked = MarkSilentSchwas(CodePoints(text, 0, text.length()));
  icu::UnicodeString out;
  for (char32_t c : marked) out.append(static_cast<UChar32>(c));
  return out;
}

// Romanizes the run of a table script starting at `at` with `table` (as its own tokens), or
// copies it for ICU when the table is missing; returns where the run ends.
template <typename Table, typename InScript>
int32_t AppendTableRun(const Table* table, InScript in_script, const icu::UnicodeString& in,
                       int32_t at, icu::UnicodeString* out) {
  int32_t end = RunEnd(in, at, in_script);
  if (table) {
    out->append(static_cast<UChar32>(' '));
    AppendAscii(table->ToLatin(CodePoints(in, at, end)), out);
    out->append(static_cast<UChar32>(' '));
  } else {
    out->append(in, at, end - at);
  }
  return end;
}

// Prepares NFKC text for transliteration (see the header comment and docs/scoring.md).
icu::UnicodeString PrepareScripts(const icu::UnicodeString& in) {
  icu::UnicodeString out;
  int32_t n = in.length();
  for (int32_t i = 0; i < n;) {
    const int32_t at = i;
    UChar32 c = in.char32At(i);
    i += U16_LENGTH(c);
    if (IsApostrophe(c)) continue;
    if (c == 0x30FC || c == 0xFF70) continue;  // katakana prolonged sound mark
    // Urdu letters ICU's Arabic-Latin leaves untouched: read as their Arabic bases.
    switch (c) {
      case 0x0679:
        c = 0x062A;
        break;  // tteh -> teh
      case 0x0688:
        c = 0x062F;
        break;  // ddal -> dal
      case 0x0691:
        c = 0x0631;
        break;  // rreh -> reh
      case 0x06BA:
        c = 0x0646;
        break;  // noon ghunna -> noon
      case 0x06BE:
        c = 0x0647;
        break;  // heh doachashmee -> heh
      case 0x06C1:
        c = 0x0647;
        break;  // heh goal -> heh
      case 0x06D2:
        c = 0x064A;
        break;  // yeh barree -> yeh
      default:
        break;
    }
    if (c == 0x0A70) c = 0x0A02;  // Gurmukhi tippi = bindi (ICU drops the tippi: ਸਿੰਘ)
    if (c == 0x30FB || c == 0x00B7 || c == 0xFF65) {  // middle dots
      out.append(static_cast<UChar32>(' '));
      continue;
    }
    // Modern Greek readings ICU's Greek-Latin (classical) misses: beta is v, "nt" is d
    // and "mp" is b at the start of a word.
    if (c == 0x03B2 || c == 0x0392) {
      out.append(static_cast<UChar32>(c == 0x0392 ? 'V' : 'v'));
      continue;
    }
    if (i < n) {
      UChar32 next = in.char32At(i);
      if ((c == 0x03BD || c == 0x039D) && (next == 0x03C4 || next == 0x03A4)) {
        out.append(static_cast<UChar32>('d'));
        i += U16_LENGTH(next);
        continue;
      }
    }
    // Korean names are one to three syllables: split them. A longer run is a foreign
    // word written in Hangul (블라디미르): read whole by the loanword orthography.
    if (IsHangulSyllable(static_cast<char32_t>(c))) {
      int32_t end = RunEnd(in, at, IsHangulSyllable);
      std::u32string run = CodePoints(in, at, end);
      if (run.size() >= 4) {
        AppendAscii(KoreanLoanwordReading(run), &out);
      } else {
        for (size_t k = 0; k < run.size(); ++k) {
          if (k) out.append(static_cast<UChar32>(' '));
          out.append(static_cast<UChar32>(run[k]));
        }
      }
      i = end;
      continue;
    }
    // Khmer: no ICU transform; the UNGEGN table (data/translit_khmer.tsv). Burmese: ICU
    // runs the syllables together; the BGN/PCGN table, a token per syllable.
    if (KhmerTable::IsKhmer(static_cast<char32_t>(c))) {
      i = AppendTableRun(KhmerTable::Get(), KhmerTable::IsKhmer, in, at, &out);
      continue;
    }
    if (BurmeseTable::IsBurmese(static_cast<char32_t>(c))) {
      i = AppendTableRun(BurmeseTable::Get(), BurmeseTable::IsBurmese, in, at, &out);
      continue;
    }
    out.append(c);
  }
  return out;
}

}  // namespace

bool IsAscii(std::string_view s) {
  for (char c : s) {
    if (static_cast<unsigned char>(c) >= 0x80) return false;
  }
  return true;
}

namespace {

// The romanized (not yet folded) form of valid UTF-8 text: NFKC, lower case, the
// script tables, then the ICU transform.
Result<std::string> Romanize(std::string_view utf8) {
  UErrorCode status = U_ZERO_ERROR;
  const icu::Normalizer2* nfkc = icu::Normalizer2::getNFKCInstance(status);
  if (U_FAILURE(status)) {
    return Status::Internal(std::string("ICU transform 'NFKC' unavailable: ") +
                            u_errorName(status));
  }
  icu::UnicodeString text = nfkc->normalize(icu::UnicodeString::fromUTF8(icu::StringPiece(
                                                utf8.data(), static_cast<int32_t>(utf8.size()))),
                                            status);
  if (U_FAILURE(status)) {
    return Status::Internal(std::string("ICU transform 'NFKC' failed: ") + u_errorName(status));
  }
  // Lower case first: ICU romanizes some capitals with combining marks Latin-ASCII keeps
  // ("Ь" -> "ʹ̱"), and case carries nothing for matching.
  text.toLower(icu::Locale::getRoot());
  text = PrepareScripts(MarkIndicSchwas(text));
  auto tl = ThreadTransliterator();
  if (!tl.ok()) return tl.status();
  (*tl)->transliterate(text);
  std::string latin;
  text.toUTF8String(latin);
  return latin;
}

// Whatever the transform left outside ASCII (scripts ICU cannot romanize) becomes a
// boundary: AppendFoldedAscii treats every byte >= 0x80 as a separator.
std::string FoldRomanized(std::string_view latin) {
  std::string out;
  out.reserve(latin.size());
  AppendFoldedAscii(latin, &out);
  TrimTrailingSpace(&out);
  return out;
}

}  // namespace

Result<std::string> FoldToAsciiWhole(std::string_view utf8) {
  if (IsAscii(utf8)) return FoldRomanized(utf8);
  size_t bad = 0;
  if (!IsValidUtf8(utf8, &bad)) {
    return Status::InvalidArgument("invalid UTF-8 at byte " + std::to_string(bad));
  }
  auto latin = Romanize(utf8);
  if (!latin.ok()) return latin.status();
  return FoldRomanized(*latin);
}

Result<std::string> FoldToAscii(std::string_view utf8) {
  if (IsAscii(utf8)) return FoldRomanized(utf8);
  size_t bad = 0;
  if (!IsValidUtf8(utf8, &bad)) {
    return Status::InvalidArgument("invalid UTF-8 at byte " + std::to_string(bad));
  }
  // Word by word (split at ASCII spaces, which every step keeps and none reads across),
  // each non-ASCII word romanized once per thread: names repeat their words.
  thread_local std::unordered_map<std::string, std::string> memo;
  if (memo.size() > kRomanizedWordMemo) memo.clear();
  std::string latin;
  latin.reserve(utf8.size() * 2);
  size_t i = 0;
  while (i < utf8.size()) {
    size_t j = utf8.find(' ', i);
    if (j == std::string_view::npos) j = utf8.size();
    std::string_view word = utf8.substr(i, j - i);
    if (IsAscii(word)) {
      latin += word;
    } else {
      auto it = memo.find(std::string(word));
      if (it == memo.end()) {
        auto r = Romanize(word);
        if (!r.ok()) return r.status();
        it = memo.emplace(std::string(word), std::move(*r)).first;
      }
      latin += it->second;
    }
    if (j < utf8.size()) latin.push_back(' ');
    i = j + 1;
  }
  return FoldRomanized(latin);
}

std::vector<std::string> SplitTokens(std::string_view folded) {
  std::vector<std::string> tokens;
  size_t i = 0;
  while (i < folded.size()) {
    while (i < folded.size() && folded[i] == ' ') ++i;
    size_t j = i;
    while (j < folded.size() && folded[j] != ' ') ++j;
    if (j > i) tokens.emplace_back(folded.substr(i, j - i));
    i = j;
  }
  return tokens;
}

std::vector<std::string> NormalizeTokens(std::string_view utf8) {
  auto folded = FoldToAscii(utf8);
  if (!folded.ok()) return {};
  return SplitTokens(*folded);
}

std::vector<TokenReadings> ForeignNameReadings(std::string_view utf8, size_t max_per_word) {
  std::vector<TokenReadings> out;
  if (IsAscii(utf8) || !IsValidUtf8(utf8)) return out;
  UErrorCode status = U_ZERO_ERROR;
  const icu::Normalizer2* nfkc = icu::Normalizer2::getNFKCInstance(status);
  if (U_FAILURE(status)) return out;
  icu::UnicodeString text = nfkc->normalize(icu::UnicodeString::fromUTF8(icu::StringPiece(
                                                utf8.data(), static_cast<int32_t>(utf8.size()))),
                                            status);
  if (U_FAILURE(status)) return out;
  for (int32_t i = 0; i < text.length();) {
    UChar32 c = text.char32At(i);
    if (!IsKatakanaWordChar(static_cast<char32_t>(c)) || c == 0x30FC) {
      i += U16_LENGTH(c);
      continue;
    }
    const int32_t begin = i;
    const int32_t end = RunEnd(text, begin, IsKatakanaWordChar);
    i = end;
    std::string word;
    text.tempSubStringBetween(begin, end).toUTF8String(word);
    auto folded = FoldToAscii(word);
    if (!folded.ok() || folded->empty() || folded->find(' ') != std::string::npos) continue;
    TokenReadings r;
    r.token = *folded;
    for (std::string& s : KatakanaReadings(CodePoints(text, begin, end), max_per_word)) {
      if (s != r.token) r.readings.push_back(std::move(s));
    }
    if (r.readings.empty()) continue;
    out.push_back(std::move(r));
  }
  return out;
}

std::string DominantScript(std::string_view utf8) {
  std::array<int, USCRIPT_CODE_LIMIT> counts{};
  int32_t i = 0;
  int32_t n = static_cast<int32_t>(utf8.size());
  const auto* s = reinterpret_cast<const uint8_t*>(utf8.data());
  while (i < n) {
    UChar32 c;
    U8_NEXT(s, i, n, c);
    if (c < 0 || !u_isalpha(c)) continue;
    UErrorCode status = U_ZERO_ERROR;
    UScriptCode sc = uscript_getScript(c, &status);
    if (U_FAILURE(status) || sc <= USCRIPT_INHERITED || sc >= USCRIPT_CODE_LIMIT) continue;
    ++counts[sc];
  }
  int best = -1;
  int best_count = 0;
  for (int k = 0; k < USCRIPT_CODE_LIMIT; ++k) {
    if (counts[k] > best_count) {
      best_count = counts[k];
      best = k;
    }
  }
  if (best < 0) return "";
  return uscript_getShortName(static_cast<UScriptCode>(best));
}

std::vector<TextWord> SplitTextWords(std::string_view utf8) {
  std::vector<TextWord> words;
  const auto* s = reinterpret_cast<const uint8_t*>(utf8.data());
  int32_t n = static_cast<int32_t>(utf8.size());
  // Decode once: code points with their byte offsets.
  std::vector<UChar32> cps;
  std::vector<int32_t> offs;
  cps.reserve(utf8.size());
  for (int32_t i = 0; i < n;) {
    offs.push_back(i);
    UChar32 c;
    U8_NEXT(s, i, n, c);
    cps.push_back(c < 0 ? 0xFFFD : c);
  }
  offs.push_back(n);
  auto is_word_char = [](UChar32 c) {
    if (u_isalnum(c)) return true;
    int8_t t = u_charType(c);
    return t == U_NON_SPACING_MARK || t == U_COMBINING_SPACING_MARK || t == U_ENCLOSING_MARK ||
           c == 0x30FC;
  };
  size_t m = cps.size();
  bool pending_break = false;
  int newlines = 0;
  size_t i = 0;
  while (i < m) {
    UChar32 c = cps[i];
    if (!is_word_char(c)) {
      if (c == '!' || c == '?' || c == ';' || c == 0x3002) pending_break = true;
      if (c == '\n') {
        if (++newlines >= 2) pending_break = true;
      } else if (c != '\r' && c != ' ' && c != '\t') {
        newlines = 0;
      }
      ++i;
      continue;
    }
    newlines = 0;
    size_t b = i;
    size_t e = i;
    while (e < m) {
      if (is_word_char(cps[e])) {
        ++e;
        continue;
      }
      // Inner apostrophes, hyphens and middle dots join two word characters.
      bool joiner = IsApostrophe(cps[e]) || cps[e] == '-' || cps[e] == 0x2010 || cps[e] == 0x2011 ||
                    cps[e] == 0x30FB || cps[e] == 0x00B7;
      if (joiner && e + 1 < m && is_word_char(cps[e + 1]) && e > b) {
        ++e;
        continue;
      }
      break;
    }
    size_t word_end = e;
    // English possessive: trailing 's / ’s.
    if (word_end - b >= 3 && (cps[word_end - 1] == 's' || cps[word_end - 1] == 'S') &&
        IsApostrophe(cps[word_end - 2])) {
      word_end -= 2;
    }
    TextWord w;
    w.begin = b;
    w.end = word_end;
    w.byte_begin = static_cast<size_t>(offs[b]);
    w.byte_end = static_cast<size_t>(offs[word_end]);
    w.tokens = NormalizeTokens(utf8.substr(w.byte_begin, w.byte_end - w.byte_begin));
    w.break_before = pending_break;
    pending_break = false;
    if (!w.tokens.empty()) words.push_back(std::move(w));
    i = e;
  }
  return words;
}

}  // namespace sanctions
