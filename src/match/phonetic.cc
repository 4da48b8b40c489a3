// The phonetic skeleton (see phonetic.h for the classes).
#include "match/phonetic.h"

namespace sanctions {
namespace {

bool IsVowel(char c) {
  return c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u' || c == 'y';
}

std::string Skeleton(std::string_view t, bool loose);

}  // namespace

std::string PhoneticKey(std::string_view t) {
  return Skeleton(t, false);
}

std::string LoosePhoneticKey(std::string_view t) {
  return Skeleton(t, true);
}

namespace {

std::string Skeleton(std::string_view t, bool loose) {
  std::string out;
  for (char c : t) {
    if (c < 'a' || c > 'z') return "";
  }
  const size_t n = t.size();
  auto at = [&](size_t i) -> char { return i < n ? t[i] : '\0'; };
  auto emit = [&](char k) {
    if (out.empty() || out.back() != k) out.push_back(k);
  };
  size_t i = 0;
  if (n > 0 && IsVowel(t[0])) {
    out.push_back('A');
    i = 1;
    while (i < n && IsVowel(t[i])) ++i;
  }
  while (i < n) {
    char c = t[i];
    char d = at(i + 1);
    if (IsVowel(c) || (loose && c == 'w' && i > 0)) {
      ++i;
      continue;
    }
    // Multi-letter groups first.
    if (c == 's' && d == 'c' && at(i + 2) == 'h') {
      emit('S');
      i += 3;
      continue;
    }
    if ((c == 's' && d == 'h') || (c == 's' && d == 'z')) {
      emit('S');
      i += 2;
      continue;
    }
    if ((c == 'c' && d == 'h') || (c == 'z' && d == 'h') || (c == 'd' && d == 'j') ||
        (c == 'd' && d == 'z' && at(i + 2) == 'h')) {
      emit('J');
      i += (c == 'd' && d == 'z') ? 3 : 2;
      continue;
    }
    if (c == 't' && (d == 'c' || d == 's') && at(i + 2) == 'h') {
      emit('J');
      i += 3;
      continue;
    }
    if ((c == 't' && (d == 's' || d == 'z')) || (c == 'c' && d == 'z')) {
      emit('S');
      i += 2;
      continue;
    }
    if ((c == 'k' || c == 'g') && d == 'h') {
      emit('K');
      i += 2;
      continue;
    }
    if (c == 'p' && d == 'h') {
      emit('F');
      i += 2;
      continue;
    }
    if ((c == 't' || c == 'd') && d == 'h') {
      emit('T');
      i += 2;
      continue;
    }
    if (c == 'c' && d == 'k') {
      emit('K');
      i += 2;
      continue;
    }
    if (c == 'n' && d == 'g' && !IsVowel(at(i + 2))) {
      emit('N');
      i += 2;
      continue;
    }
    switch (c) {
      case 'b':
      case 'p':
        emit('P');
        break;
      case 'd':
      case 't':
        emit('T');
        break;
      case 'v':
      case 'w':
      case 'f':
        emit('F');
        break;
      case 's':
      case 'z':
        emit('S');
        break;
      case 'g':
      case 'k':
      case 'q':
        emit('K');
        break;
      case 'c':
        emit(d == 'e' || d == 'i' || d == 'y' ? 'S' : 'K');
        break;
      case 'x':
        emit('K');
        emit('S');
        break;
      case 'j':
        emit('J');
        break;
      case 'h':
        break;
      default:
        emit(static_cast<char>(c - 'a' + 'A'));
        break;
    }
    ++i;
  }
  return out;
}

}  // namespace

}  // namespace sanctions
