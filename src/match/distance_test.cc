// The fast distances against textbook versions written here.
#include "match/distance.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <random>
#include <string>
#include <vector>

namespace sanctions {
namespace {

int TextbookLevenshtein(const std::string& a, const std::string& b) {
  std::vector<std::vector<int>> d(a.size() + 1, std::vector<int>(b.size() + 1));
  for (size_t i = 0; i <= a.size(); ++i) d[i][0] = static_cast<int>(i);
  for (size_t j = 0; j <= b.size(); ++j) d[0][j] = static_cast<int>(j);
  for (size_t i = 1; i <= a.size(); ++i) {
    for (size_t j = 1; j <= b.size(); ++j) {
      d[i][j] = std::min(
          {d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1)});
    }
  }
  return d[a.size()][b.size()];
}

int TextbookOsa(const std::string& a, const std::string& b) {
  std::vector<std::vector<int>> d(a.size() + 1, std::vector<int>(b.size() + 1));
  for (size_t i = 0; i <= a.size(); ++i) d[i][0] = static_cast<int>(i);
  for (size_t j = 0; j <= b.size(); ++j) d[0][j] = static_cast<int>(j);
  for (size_t i = 1; i <= a.size(); ++i) {
    for (size_t j = 1; j <= b.size(); ++j) {
      d[i][j] = std::min(
          {d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1)});
      if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1]) {
        d[i][j] = std::min(d[i][j], d[i - 2][j - 2] + 1);
      }
    }
  }
  return d[a.size()][b.size()];
}

double TextbookJaroWinkler(const std::string& a, const std::string& b) {
  if (a.empty() || b.empty()) return 0;
  int window = std::max(0, static_cast<int>(std::max(a.size(), b.size())) / 2 - 1);
  std::vector<bool> am(a.size()), bm(b.size());
  int m = 0;
  for (int i = 0; i < static_cast<int>(a.size()); ++i) {
    for (int j = std::max(0, i - window); j < std::min<int>(b.size(), i + window + 1); ++j) {
      if (!bm[j] && a[i] == b[j]) {
        am[i] = bm[j] = true;
        ++m;
        break;
      }
    }
  }
  if (m == 0) return 0;
  std::string sa, sb;
  for (size_t i = 0; i < a.size(); ++i)
    if (am[i]) sa += a[i];
  for (size_t j = 0; j < b.size(); ++j)
    if (bm[j]) sb += b[j];
  int t = 0;
  for (size_t i = 0; i < sa.size(); ++i) t += sa[i] != sb[i];
  double jaro = (1.0 * m / a.size() + 1.0 * m / b.size() + (m - t / 2.0) / m) / 3;
  int l = 0;
  while (l < 4 && l < static_cast<int>(std::min(a.size(), b.size())) && a[l] == b[l]) ++l;
  return jaro + l * 0.1 * (1 - jaro);
}

TEST(Levenshtein, KnownValues) {
  EXPECT_EQ(Levenshtein("kitten", "sitting"), 3);
  EXPECT_EQ(Levenshtein("", "abc"), 3);
  EXPECT_EQ(Levenshtein("scholz", "scholze"), 1);
  EXPECT_EQ(BoundedLevenshtein("abcdef", "a", 2), 3);
  EXPECT_EQ(BoundedLevenshtein("jong", "chong", 2), 2);
  EXPECT_EQ(BoundedOsa("faiz", "afiz", 1), 1);
  EXPECT_EQ(BoundedLevenshtein("faiz", "afiz", 1), 2);
}

TEST(JaroWinkler, KnownValues) {
  EXPECT_NEAR(JaroWinkler("martha", "marhta"), 0.9611, 1e-4);
  EXPECT_NEAR(JaroWinkler("dwayne", "duane"), 0.84, 1e-4);
  EXPECT_EQ(JaroWinkler("", "a"), 0.0);
  EXPECT_EQ(JaroWinkler("abc", "abc"), 1.0);
}

TEST(Distances, AgreeWithTextbookOnRandomStrings) {
  std::mt19937 rng(42);
  const std::string alphabet = "abcde";
  for (int n = 0; n < 20000; ++n) {
    auto gen = [&](int maxlen) {
      std::string s(rng() % (maxlen + 1), 'a');
      for (char& c : s) c = alphabet[rng() % alphabet.size()];
      return s;
    };
    int maxlen = n % 10 == 0 ? 80 : 9;  // some beyond 64 to cover the fallback
    std::string a = gen(maxlen), b = gen(maxlen);
    ASSERT_EQ(Levenshtein(a, b), TextbookLevenshtein(a, b)) << a << " / " << b;
    int bound = static_cast<int>(rng() % 4);
    int expect = std::min(TextbookLevenshtein(a, b), bound + 1);
    ASSERT_EQ(BoundedLevenshtein(a, b, bound), expect) << a << " / " << b;
    if (a.size() <= 64 && b.size() <= 64) {
      ASSERT_EQ(BoundedOsa(a, b, bound), std::min(TextbookOsa(a, b), bound + 1)) << a << " / " << b;
    }
    if (a.size() <= 64 && b.size() <= 64) {
      ASSERT_NEAR(JaroWinkler(a, b), TextbookJaroWinkler(a, b), 1e-12) << a << " / " << b;
    }
  }
}

TEST(Distances, ExhaustiveSmallStrings) {
  std::vector<std::string> all = {""};
  for (int len = 1; len <= 4; ++len) {
    std::vector<std::string> next;
    for (const auto& s : all) {
      if (static_cast<int>(s.size()) == len - 1) {
        for (char c : std::string("ab")) next.push_back(s + c);
      }
    }
    all.insert(all.end(), next.begin(), next.end());
  }
  for (const auto& a : all) {
    for (const auto& b : all) {
      ASSERT_EQ(Levenshtein(a, b), TextbookLevenshtein(a, b));
      ASSERT_NEAR(JaroWinkler(a, b), TextbookJaroWinkler(a, b), 1e-12);
    }
  }
}

// The bit-parallel OSA (transpositions) against the textbook one on every pair of
// strings over three letters up to length 6, at every bound that matters.
TEST(Distances, OsaExhaustiveSmallStrings) {
  std::vector<std::string> all = {""};
  for (size_t i = 0; i < all.size() && all[i].size() < 6; ++i) {
    for (char c : std::string("abc")) all.push_back(all[i] + c);
  }
  for (const auto& a : all) {
    for (const auto& b : all) {
      int want = TextbookOsa(a, b);
      ASSERT_EQ(BoundedOsa(a, b, 64), want) << a << " / " << b;
      for (int bound = 0; bound <= 3; ++bound) {
        ASSERT_EQ(BoundedOsa(a, b, bound), std::min(want, bound + 1)) << a << " / " << b;
      }
    }
  }
}

// The index's weak-edit keys (src/index/name_index.cc) rest on this: two strings with the
// same first letter are as far apart as the strings without it. Every pair over three
// letters up to length 6, then random pairs over 26 letters a few edits apart.
TEST(Distances, OsaOfEqualFirstLetterIsOsaOfRest) {
  std::vector<std::string> all = {""};
  for (size_t i = 0; i < all.size() && all[i].size() < 5; ++i) {
    for (char c : std::string("abc")) all.push_back(all[i] + c);
  }
  for (const auto& a : all) {
    for (const auto& b : all) {
      const int rest = TextbookOsa(a, b);
      ASSERT_EQ(TextbookOsa("a" + a, "a" + b), rest) << a << " / " << b;
      ASSERT_EQ(TextbookOsa("b" + a, "b" + b), rest) << a << " / " << b;
    }
  }
  std::mt19937 rng(11);
  for (int n = 0; n < 200000; ++n) {
    std::string a(4 + rng() % 5, 'a');
    for (char& c : a) c = static_cast<char>('a' + rng() % 26);
    std::string b = a;
    for (int e = 1 + static_cast<int>(rng() % 3); e > 0 && b.size() > 1; --e) {
      size_t pos = 1 + rng() % (b.size() - 1);
      char c = static_cast<char>('a' + rng() % 26);
      switch (rng() % 4) {
        case 0:
          b[pos] = c;
          break;
        case 1:
          b.erase(pos, 1);
          break;
        case 2:
          b.insert(pos, 1, c);
          break;
        default:
          if (pos + 1 < b.size()) std::swap(b[pos], b[pos + 1]);
          break;
      }
    }
    ASSERT_EQ(BoundedOsa(a, b, 64), BoundedOsa(a.substr(1), b.substr(1), 64)) << a << " / " << b;
  }
}

// Any ASCII characters (the bit-parallel form indexes its table by byte), and bytes
// beyond ASCII (the dynamic programme).
TEST(Distances, OsaAgreesWithTextbookOnOtherCharacters) {
  std::mt19937 rng(9);
  const std::string alphabet = "a-. '\x7f\xc3\xa9";
  for (int n = 0; n < 20000; ++n) {
    std::string a(rng() % 9, 'a');
    std::string b(rng() % 9, 'a');
    for (char& c : a) c = alphabet[rng() % alphabet.size()];
    for (char& c : b) c = alphabet[rng() % alphabet.size()];
    int bound = static_cast<int>(rng() % 4);
    ASSERT_EQ(BoundedOsa(a, b, bound), std::min(TextbookOsa(a, b), bound + 1)) << a << " / " << b;
  }
}

// Long tokens (up to the 64-character word of the bit-parallel form) and digits.
TEST(Distances, OsaAgreesWithTextbookOnLongTokens) {
  std::mt19937 rng(7);
  const std::string alphabet = "ab0z";
  for (int n = 0; n < 3000; ++n) {
    std::string a(1 + rng() % 64, 'a');
    for (char& c : a) c = alphabet[rng() % alphabet.size()];
    std::string b = a;
    for (int e = static_cast<int>(rng() % 5); e > 0 && !b.empty(); --e) {
      size_t pos = rng() % b.size();
      switch (rng() % 4) {
        case 0:
          b[pos] = alphabet[rng() % alphabet.size()];
          break;
        case 1:
          b.erase(pos, 1);
          break;
        case 2:
          if (b.size() < 64) b.insert(pos, 1, alphabet[rng() % alphabet.size()]);
          break;
        default:
          if (pos + 1 < b.size()) std::swap(b[pos], b[pos + 1]);
          break;
      }
    }
    ASSERT_EQ(BoundedOsa(a, b, 64), TextbookOsa(a, b)) << a << " / " << b;
  }
}

}  // namespace
}  // namespace sanctions
