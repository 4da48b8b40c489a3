// Bit-parallel Levenshtein and a flag-array Jaro-Winkler.
#include "match/distance.h"

#include <algorithm>
#include <array>
#include <cstdint>
#include <cstring>
#include <vector>

namespace sanctions {
namespace {

// Two-row dynamic programme, used beyond 64 characters.
int LevenshteinDp(std::string_view a, std::string_view b) {
  std::vector<int> prev(b.size() + 1), cur(b.size() + 1);
  for (size_t j = 0; j <= b.size(); ++j) prev[j] = static_cast<int>(j);
  for (size_t i = 1; i <= a.size(); ++i) {
    cur[0] = static_cast<int>(i);
    for (size_t j = 1; j <= b.size(); ++j) {
      int sub = prev[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1);
      cur[j] = std::min({prev[j] + 1, cur[j - 1] + 1, sub});
    }
    std::swap(prev, cur);
  }
  return prev[b.size()];
}

// Symbol index for the bit-parallel tables: [a-z0-9] map to 0..35, anything else to 36.
inline int Sym(char c) {
  if (c >= 'a' && c <= 'z') return c - 'a';
  if (c >= '0' && c <= '9') return 26 + (c - '0');
  return 36;
}

// Hyyrö 2003: the pattern `a` (|a| <= 64) against the text `b`. Works on any bytes:
// characters outside [a-z0-9] share one symbol, so it is exact only for normalised
// tokens; other input goes to the dynamic programme.
int LevenshteinBits(std::string_view a, std::string_view b) {
  uint64_t peq[37] = {};
  for (size_t i = 0; i < a.size(); ++i) peq[Sym(a[i])] |= uint64_t{1} << i;
  uint64_t pv = ~uint64_t{0};
  uint64_t mv = 0;
  int score = static_cast<int>(a.size());
  const uint64_t last = uint64_t{1} << (a.size() - 1);
  for (char ch : b) {
    uint64_t eq = peq[Sym(ch)];
    uint64_t xv = eq | mv;
    uint64_t xh = (((eq & pv) + pv) ^ pv) | eq;
    uint64_t ph = mv | ~(xh | pv);
    uint64_t mh = pv & xh;
    if (ph & last) ++score;
    if (mh & last) --score;
    ph = (ph << 1) | 1;
    mh <<= 1;
    pv = mh | ~(xv | ph);
    mv = ph & xv;
  }
  return score;
}

// Optimal string alignment distance, bit-parallel: Hyyrö's extension (2003) of the
// algorithm above with a transposition vector (a diagonal step may also come from two
// characters back when the last two characters are swapped). Pattern `a` (1..64
// characters), text `b`, both ASCII: the match table is indexed by the byte itself (so
// any two different characters differ) and only a's entries are set and cleared again.
int OsaBits(std::string_view a, std::string_view b) {
  thread_local uint64_t peq[128] = {};
  for (size_t i = 0; i < a.size(); ++i) peq[static_cast<unsigned char>(a[i])] |= uint64_t{1} << i;
  uint64_t vp = ~uint64_t{0};
  uint64_t vn = 0;
  uint64_t d0 = 0;
  uint64_t pm_prev = 0;
  int score = static_cast<int>(a.size());
  const uint64_t last = uint64_t{1} << (a.size() - 1);
  for (char ch : b) {
    uint64_t pm = peq[static_cast<unsigned char>(ch)];
    uint64_t tr = (((~d0) & pm) << 1) & pm_prev;
    d0 = (((pm & vp) + vp) ^ vp) | pm | vn | tr;
    uint64_t hp = vn | ~(d0 | vp);
    uint64_t hn = d0 & vp;
    if (hp & last) ++score;
    if (hn & last) --score;
    hp = (hp << 1) | 1;
    hn <<= 1;
    vp = hn | ~(d0 | hp);
    vn = hp & d0;
    pm_prev = pm;
  }
  for (char c : a) peq[static_cast<unsigned char>(c)] = 0;
  return score;
}

// True when every byte is ASCII (below 0x80).
bool IsAsciiBytes(std::string_view s) {
  // Eight bytes at a time, then the rest.
  uint64_t any = 0;
  size_t i = 0;
  for (; i + 8 <= s.size(); i += 8) {
    uint64_t w;
    std::memcpy(&w, s.data() + i, 8);
    any |= w;
  }
  for (; i < s.size(); ++i) any |= static_cast<unsigned char>(s[i]);
  return (any & 0x8080808080808080ull) == 0;
}

bool IsToken(std::string_view s) {
  for (char c : s) {
    if (Sym(c) == 36) return false;
  }
  return true;
}

}  // namespace

int Levenshtein(std::string_view a, std::string_view b) {
  if (a.size() > b.size()) std::swap(a, b);
  if (a.empty()) return static_cast<int>(b.size());
  if (a.size() <= 64 && IsToken(a) && IsToken(b)) return LevenshteinBits(a, b);
  return LevenshteinDp(a, b);
}

int BoundedLevenshtein(std::string_view a, std::string_view b, int max) {
  int diff = static_cast<int>(a.size() > b.size() ? a.size() - b.size() : b.size() - a.size());
  if (diff > max) return max + 1;
  if (a == b) return 0;
  int d = Levenshtein(a, b);
  return d > max ? max + 1 : d;
}

int BoundedOsa(std::string_view a, std::string_view b, int max) {
  int diff = static_cast<int>(a.size() > b.size() ? a.size() - b.size() : b.size() - a.size());
  if (diff > max) return max + 1;
  if (!a.empty() && a.size() <= 64 && b.size() <= 64 && IsAsciiBytes(a) && IsAsciiBytes(b)) {
    int d = OsaBits(a, b);
    return d > max ? max + 1 : d;
  }
  int lev = BoundedLevenshtein(a, b, 2 * max + 1);
  // OSA <= Levenshtein <= 2 * OSA, and they are equal up to 1.
  if (lev <= 1 || lev > 2 * max || a.size() > 64 || b.size() > 64) {
    return lev > max ? max + 1 : lev;
  }
  // Three-row dynamic programme with the transposition case.
  const size_t n = a.size();
  const size_t m = b.size();
  int rows[3][65];
  int* r0 = rows[0];
  int* r1 = rows[1];
  int* r2 = rows[2];
  for (size_t j = 0; j <= m; ++j) {
    r0[j] = 0;
    r1[j] = static_cast<int>(j);
  }
  for (size_t i = 1; i <= n; ++i) {
    r2[0] = static_cast<int>(i);
    for (size_t j = 1; j <= m; ++j) {
      int cost = a[i - 1] == b[j - 1] ? 0 : 1;
      int v = std::min({r1[j] + 1, r2[j - 1] + 1, r1[j - 1] + cost});
      if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1]) {
        v = std::min(v, r0[j - 2] + 1);
      }
      r2[j] = v;
    }
    int* t = r0;
    r0 = r1;
    r1 = r2;
    r2 = t;
  }
  int d = r1[m];
  return d > max ? max + 1 : d;
}

double JaroWinkler(std::string_view a, std::string_view b) {
  if (a.empty() || b.empty()) return 0.0;
  if (a == b) return 1.0;
  if (a.size() > 64 || b.size() > 64) {
    a = a.substr(0, 64);
    b = b.substr(0, 64);
  }
  const int la = static_cast<int>(a.size());
  const int lb = static_cast<int>(b.size());
  const int window = std::max(0, std::max(la, lb) / 2 - 1);
  uint64_t a_flags = 0;
  uint64_t b_flags = 0;
  int matches = 0;
  for (int i = 0; i < la; ++i) {
    int lo = std::max(0, i - window);
    int hi = std::min(lb - 1, i + window);
    for (int j = lo; j <= hi; ++j) {
      if (!(b_flags >> j & 1) && a[i] == b[j]) {
        a_flags |= uint64_t{1} << i;
        b_flags |= uint64_t{1} << j;
        ++matches;
        break;
      }
    }
  }
  if (matches == 0) return 0.0;
  int transpositions = 0;
  int j = 0;
  for (int i = 0; i < la; ++i) {
    if (!(a_flags >> i & 1)) continue;
    while (!(b_flags >> j & 1)) ++j;
    if (a[i] != b[j]) ++transpositions;
    ++j;
  }
  double m = matches;
  double jaro = (m / la + m / lb + (m - transpositions / 2.0) / m) / 3.0;
  int prefix = 0;
  while (prefix < 4 && prefix < la && prefix < lb && a[prefix] == b[prefix]) ++prefix;
  return jaro + prefix * 0.1 * (1.0 - jaro);
}

}  // namespace sanctions
