// Burmese -> Latin (BGN/PCGN 1970, name usage) from data/translit_burmese.tsv; burmese.h.
#include "normalize/burmese.h"

#include <algorithm>
#include <map>
#include <unordered_map>
#include <vector>

#include "normalize/script_table.h"
#include "util/io.h"

namespace sanctions {

namespace {

enum class Kind : uint8_t {
  kNone,
  kConsonant,
  kIndependent,
  kMedialY,
  kMedialW,
  kMedialH,
  kAsat,
  kVirama,
  kIgnore,
  kDigit,
  kSeparator,
  kVowelSign,  // a code point that starts or continues a rhyme
};

struct Consonant {
  std::string initial, with_y, with_h, with_yh;
};

struct Rhyme {
  std::string plain, after_w;
};

}  // namespace

struct BurmeseTable::Data {
  std::unordered_map<char32_t, Kind> kind;
  std::unordered_map<char32_t, Consonant> consonants;
  std::unordered_map<char32_t, std::string> independents;
  std::unordered_map<char32_t, std::string> digits;
  std::map<std::u32string, Rhyme> rhymes;
  Rhyme inherent;
  bool has_inherent = false;

  Kind KindOf(char32_t c) const {
    auto it = kind.find(c);
    return it == kind.end() ? Kind::kNone : it->second;
  }
  Status AddRecord(const std::vector<std::string_view>& f);
  std::string Read(std::u32string_view text) const;
};

Status BurmeseTable::Data::AddRecord(const std::vector<std::string_view>& f) {
  if (f.size() < 2) return Status::Corruption("expected code points TAB kind TAB readings");
  std::string_view k = f[1];
  // Optional reading i: absent or '*' -> `fallback`.
  auto optional = [&](size_t i, const std::string& fallback) -> Result<std::string> {
    if (f.size() <= i || f[i].empty() || f[i] == "*") return fallback;
    return ParseReading(f[i]);
  };
  auto required = [&](size_t i) -> Result<std::string> {
    if (f.size() <= i) {
      return Status::Corruption("kind '" + std::string(k) + "' needs a reading in field " +
                                std::to_string(i + 1));
    }
    return ParseReading(f[i]);
  };
  if (k == "inherent") {
    if (f[0] != "-") return Status::Corruption("the inherent vowel row starts with '-'");
    auto r = required(2);
    if (!r.ok()) return r.status();
    auto w = optional(3, "w" + *r);
    if (!w.ok()) return w.status();
    inherent = {*r, *w};
    has_inherent = true;
    return Status::Ok();
  }
  auto parsed = ParseCodePoints(f[0], 0x1000, 0x109F);
  if (!parsed.ok()) return parsed.status();
  const std::u32string& seq = *parsed;
  if (k == "rhyme") {
    auto r = required(2);
    if (!r.ok()) return r.status();
    auto w = optional(3, "w" + *r);
    if (!w.ok()) return w.status();
    if (!rhymes.emplace(seq, Rhyme{*r, *w}).second) {
      return Status::Corruption("rhyme listed twice");
    }
    // Vowel signs are the code points that rhymes start with or contain, other than the
    // final consonant and ASAT (known by their own kinds).
    for (char32_t c : seq) kind.emplace(c, Kind::kVowelSign);
    return Status::Ok();
  }
  if (seq.size() != 1) return Status::Corruption("only rhymes may be sequences");
  const char32_t c = seq[0];
  Kind kd = Kind::kNone;
  if (k == "consonant") {
    Consonant cons;
    auto ini = required(2);
    if (!ini.ok()) return ini.status();
    cons.initial = *ini;
    auto y = optional(3, cons.initial + "y");
    if (!y.ok()) return y.status();
    auto h = optional(4, "h" + cons.initial);
    if (!h.ok()) return h.status();
    auto yh = optional(5, "h" + *y);
    if (!yh.ok()) return yh.status();
    cons.with_y = *y;
    cons.with_h = *h;
    cons.with_yh = *yh;
    consonants[c] = std::move(cons);
    kd = Kind::kConsonant;
  } else if (k == "independent" || k == "digit") {
    auto r = required(2);
    if (!r.ok()) return r.status();
    (k == "digit" ? digits : independents)[c] = *r;
    kd = k == "digit" ? Kind::kDigit : Kind::kIndependent;
  } else if (k == "medial_y") {
    kd = Kind::kMedialY;
  } else if (k == "medial_w") {
    kd = Kind::kMedialW;
  } else if (k == "medial_h") {
    kd = Kind::kMedialH;
  } else if (k == "asat") {
    kd = Kind::kAsat;
  } else if (k == "virama") {
    kd = Kind::kVirama;
  } else if (k == "ignore") {
    kd = Kind::kIgnore;
  } else if (k == "separator") {
    kd = Kind::kSeparator;
  } else {
    return Status::Corruption("unknown kind '" + std::string(k) + "'");
  }
  // Consonants and ASAT also occur inside rhyme keys: their own kind wins.
  kind[c] = kd;
  return Status::Ok();
}

std::string BurmeseTable::Data::Read(std::u32string_view w) const {
  std::vector<std::string> syllables;
  const size_t n = w.size();
  size_t i = 0;
  auto skip_ignored = [&] {
    while (i < n && KindOf(w[i]) == Kind::kIgnore) ++i;
  };
  while (i < n) {
    const char32_t c = w[i];
    const Kind kd = KindOf(c);
    if (kd == Kind::kIndependent) {
      syllables.push_back(independents.at(c));
      ++i;
      skip_ignored();
      continue;
    }
    if (kd == Kind::kDigit) {
      std::string digits_run;
      while (i < n && KindOf(w[i]) == Kind::kDigit) digits_run += digits.at(w[i++]);
      syllables.push_back(std::move(digits_run));
      continue;
    }
    if (kd != Kind::kConsonant) {  // separators, stray signs, other Myanmar letters
      ++i;
      continue;
    }
    // Onset and medials.
    ++i;
    bool y = false, wa = false, h = false;
    while (i < n) {
      Kind m = KindOf(w[i]);
      if (m == Kind::kMedialY) {
        y = true;
      } else if (m == Kind::kMedialW) {
        wa = true;
      } else if (m == Kind::kMedialH) {
        h = true;
      } else if (m != Kind::kIgnore) {
        break;
      }
      ++i;
    }
    const Consonant& cons = consonants.at(c);
    std::string onset = y && h ? cons.with_yh : y ? cons.with_y : h ? cons.with_h : cons.initial;
    // Rhyme: vowel signs (and an ASAT on a vowel), then maybe a final consonant + ASAT
    // (or + VIRAMA when the next consonant is stacked under it).
    std::u32string key;
    while (i < n) {
      Kind m = KindOf(w[i]);
      if (m == Kind::kVowelSign || m == Kind::kAsat) {
        key.push_back(w[i]);
      } else if (m != Kind::kIgnore) {
        break;
      }
      ++i;
    }
    if (i + 1 < n && KindOf(w[i]) == Kind::kConsonant &&
        (KindOf(w[i + 1]) == Kind::kAsat || KindOf(w[i + 1]) == Kind::kVirama)) {
      key.push_back(w[i]);
      key.push_back(0x103A);
      i += 2;
      if (i < n && KindOf(w[i]) == Kind::kVirama) ++i;  // kinzi: NGA ASAT VIRAMA
      while (i < n && (KindOf(w[i]) == Kind::kIgnore || KindOf(w[i]) == Kind::kAsat)) ++i;
    }
    std::string rhyme;
    if (key.empty()) {
      rhyme = wa ? inherent.after_w : inherent.plain;
    } else if (auto it = rhymes.find(key); it != rhymes.end()) {
      rhyme = wa ? it->second.after_w : it->second.plain;
    } else {
      // Unknown combination: read its known parts one by one.
      if (wa) rhyme += "w";
      for (char32_t k : key) {
        if (auto r = rhymes.find(std::u32string(1, k)); r != rhymes.end()) {
          rhyme += r->second.plain;
        } else if (auto f = consonants.find(k); f != consonants.end()) {
          rhyme += f->second.initial;
        }
      }
    }
    syllables.push_back(onset + rhyme);
  }
  std::string out;
  for (const std::string& s : syllables) {
    if (s.empty()) continue;
    if (!out.empty()) out.push_back(' ');
    out += s;
  }
  return out;
}

BurmeseTable::BurmeseTable() : data_(std::make_unique<Data>()) {}
BurmeseTable::~BurmeseTable() = default;

bool BurmeseTable::IsBurmese(char32_t c) {
  return c >= 0x1000 && c <= 0x109F;
}

std::string BurmeseTable::ToLatin(std::u32string_view text) const {
  return data_->Read(text);
}

Result<std::shared_ptr<const BurmeseTable>> BurmeseTable::Load(const std::string& path) {
  auto table = std::make_shared<BurmeseTable>();
  SANCTIONS_RETURN_IF_ERROR(ForEachTableRecord(
      path, [&](const std::vector<std::string_view>& f) { return table->data_->AddRecord(f); }));
  const Data& d = *table->data_;
  if (d.consonants.empty() || d.rhymes.empty() || !d.has_inherent) {
    return Status::Corruption(BaseName(path) +
                              ": needs consonants, rhymes and the inherent vowel row");
  }
  return std::shared_ptr<const BurmeseTable>(std::move(table));
}

const BurmeseTable* BurmeseTable::Get() {
  return LoadScriptTableOnce<BurmeseTable>("translit_burmese.tsv", "ICU reads Burmese");
}

}  // namespace sanctions
