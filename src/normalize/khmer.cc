// Khmer -> Latin (UNGEGN 1972) from data/translit_khmer.tsv; see khmer.h.
#include "normalize/khmer.h"

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
  kRegisterA,
  kRegisterO,
  kCoeng,
  kSilent,
  kIgnore,
  kDigit,
  kSeparator,
};

struct Consonant {
  bool o_series = false;
  std::string initial;
  std::string final_form;
  std::string registered;  // reading with a register mark ("" = as initial)
};

// Consonants that keep the cluster in the base consonant's series when subscript
// (sonorants): ង ញ ណ ន ម យ រ ល វ ឡ.
bool IsSonorant(char32_t c) {
  return c == 0x1784 || c == 0x1789 || c == 0x178E || c == 0x1793 || c == 0x1798 || c == 0x1799 ||
         c == 0x179A || c == 0x179B || c == 0x179C || c == 0x17A1;
}

}  // namespace

struct KhmerTable::Data {
  std::unordered_map<char32_t, Kind> kind;
  std::unordered_map<char32_t, Consonant> consonants;
  std::unordered_map<char32_t, std::string> independents;
  std::unordered_map<char32_t, std::string> digits;
  std::map<std::u32string, std::pair<std::string, std::string>> vowels;  // a, o series
  size_t max_vowel = 0;
  std::string inherent_a = "a";
  std::string inherent_o = "o";
  bool has_inherent = false;

  Status AddRecord(const std::vector<std::string_view>& f);
  std::string Read(std::u32string_view text) const;
};

Status KhmerTable::Data::AddRecord(const std::vector<std::string_view>& f) {
  if (f.size() < 2) return Status::Corruption("expected code points TAB kind TAB readings");
  std::string_view k = f[1];
  auto need = [&](size_t n) -> Status {
    if (f.size() < n) {
      return Status::Corruption("kind '" + std::string(k) + "' needs " + std::to_string(n - 2) +
                                " reading field(s)");
    }
    return Status::Ok();
  };
  if (k == "inherent") {
    if (f[0] != "-") return Status::Corruption("the inherent vowel row starts with '-'");
    SANCTIONS_RETURN_IF_ERROR(need(4));
    auto a = ParseReading(f[2]);
    if (!a.ok()) return a.status();
    auto o = ParseReading(f[3]);
    if (!o.ok()) return o.status();
    inherent_a = *a;
    inherent_o = *o;
    has_inherent = true;
    return Status::Ok();
  }
  auto parsed = ParseCodePoints(f[0], 0x1780, 0x19FF);
  if (!parsed.ok()) return parsed.status();
  const std::u32string& seq = *parsed;
  if (k == "vowel") {
    SANCTIONS_RETURN_IF_ERROR(need(4));
    auto a = ParseReading(f[2]);
    if (!a.ok()) return a.status();
    auto o = ParseReading(f[3]);
    if (!o.ok()) return o.status();
    max_vowel = std::max(max_vowel, seq.size());
    if (!vowels.emplace(seq, std::make_pair(*a, *o)).second) {
      return Status::Corruption("vowel sequence listed twice");
    }
    return Status::Ok();
  }
  if (seq.size() != 1) return Status::Corruption("only vowels may be sequences");
  char32_t c = seq[0];
  Kind kd = Kind::kNone;
  if (k == "consonant_a" || k == "consonant_o") {
    SANCTIONS_RETURN_IF_ERROR(need(4));
    Consonant cons;
    cons.o_series = k == "consonant_o";
    auto ini = ParseReading(f[2]);
    if (!ini.ok()) return ini.status();
    auto fin = ParseReading(f[3]);
    if (!fin.ok()) return fin.status();
    cons.initial = *ini;
    cons.final_form = *fin;
    if (f.size() > 4 && !f[4].empty()) {
      auto reg = ParseReading(f[4]);
      if (!reg.ok()) return reg.status();
      cons.registered = *reg;
    }
    consonants[c] = std::move(cons);
    kd = Kind::kConsonant;
  } else if (k == "independent") {
    SANCTIONS_RETURN_IF_ERROR(need(3));
    auto r = ParseReading(f[2]);
    if (!r.ok()) return r.status();
    independents[c] = *r;
    kd = Kind::kIndependent;
  } else if (k == "digit") {
    SANCTIONS_RETURN_IF_ERROR(need(3));
    auto r = ParseReading(f[2]);
    if (!r.ok()) return r.status();
    digits[c] = *r;
    kd = Kind::kDigit;
  } else if (k == "register_a") {
    kd = Kind::kRegisterA;
  } else if (k == "register_o") {
    kd = Kind::kRegisterO;
  } else if (k == "coeng") {
    kd = Kind::kCoeng;
  } else if (k == "silent") {
    kd = Kind::kSilent;
  } else if (k == "ignore") {
    kd = Kind::kIgnore;
  } else if (k == "separator") {
    kd = Kind::kSeparator;
  } else {
    return Status::Corruption("unknown kind '" + std::string(k) + "'");
  }
  if (!kind.emplace(c, kd).second) return Status::Corruption("code point listed twice");
  return Status::Ok();
}

// The reading (see khmer.h). State: kStart (word start or after a closed syllable: a bare
// consonant is an onset with the inherent vowel), kOpen (a syllable without a final: a
// bare consonant closes it).
std::string KhmerTable::Data::Read(std::u32string_view w) const {
  std::string out;
  enum class State { kStart, kOpen } state = State::kStart;
  auto kind_of = [&](char32_t c) {
    auto it = kind.find(c);
    return it == kind.end() ? Kind::kNone : it->second;
  };
  size_t i = 0;
  const size_t n = w.size();
  while (i < n) {
    char32_t c = w[i];
    Kind kd = kind_of(c);
    if (kd == Kind::kIndependent) {
      out += independents.at(c);
      state = State::kOpen;
      ++i;
      continue;
    }
    if (kd == Kind::kDigit) {
      out += digits.at(c);
      state = State::kStart;
      ++i;
      continue;
    }
    if (kd == Kind::kSeparator || kd == Kind::kNone) {
      if (!out.empty() && out.back() != ' ') out.push_back(' ');
      state = State::kStart;
      ++i;
      continue;
    }
    if (kd != Kind::kConsonant) {  // a stray sign without a base consonant
      ++i;
      continue;
    }
    // One cluster: base, register marks, subscripts, signs, then the longest vowel.
    char32_t base = c;
    std::vector<char32_t> subs;
    int reg = 0;  // +1 a-series, -1 o-series, 0 none
    bool silent = false;
    ++i;
    auto take_marks = [&] {
      while (i < n) {
        Kind m = kind_of(w[i]);
        if (m == Kind::kRegisterA || m == Kind::kRegisterO) {
          reg = m == Kind::kRegisterA ? 1 : -1;
          ++i;
        } else if (m == Kind::kCoeng && i + 1 < n && kind_of(w[i + 1]) == Kind::kConsonant) {
          subs.push_back(w[i + 1]);
          i += 2;
        } else if (m == Kind::kSilent) {
          silent = true;
          ++i;
        } else if (m == Kind::kIgnore || m == Kind::kCoeng) {
          ++i;
        } else {
          break;
        }
      }
    };
    take_marks();
    const std::pair<std::string, std::string>* vowel = nullptr;
    for (size_t len = std::min(max_vowel, n - i); len > 0 && !vowel; --len) {
      auto it = vowels.find(std::u32string(w.substr(i, len)));
      if (it != vowels.end()) {
        vowel = &it->second;
        i += len;
      }
    }
    take_marks();  // signs typed after the vowel (register marks, TOANDAKHIAT)
    if (silent) continue;
    const Consonant& b = consonants.at(base);
    if (!vowel) {
      if (state == State::kOpen) {
        // A bare cluster after an open syllable is its final consonant(s).
        out += b.final_form;
        for (char32_t s : subs) out += consonants.at(s).initial;
        state = State::kStart;
        continue;
      }
    }
    // An onset. After an open syllable a subscript cluster splits: the base closes that
    // syllable and the subscript starts this one (កម្ពុជា -> kam-pu-chea).
    size_t first_sub = 0;
    char32_t onset = base;
    if (state == State::kOpen && !subs.empty()) {
      out += b.final_form;
      onset = subs[0];
      first_sub = 1;
    }
    const Consonant& o = consonants.at(onset);
    bool o_series = o.o_series;
    for (size_t s = first_sub; s < subs.size(); ++s) {
      const Consonant& sc = consonants.at(subs[s]);
      if (!IsSonorant(subs[s])) o_series = sc.o_series;
    }
    if (reg != 0) o_series = reg < 0;
    out += reg != 0 && !o.registered.empty() ? o.registered : o.initial;
    for (size_t s = first_sub; s < subs.size(); ++s) out += consonants.at(subs[s]).initial;
    if (vowel) {
      out += o_series ? vowel->second : vowel->first;
    } else {
      out += o_series ? inherent_o : inherent_a;
    }
    state = State::kOpen;
  }
  while (!out.empty() && out.back() == ' ') out.pop_back();
  return out;
}

KhmerTable::KhmerTable() : data_(std::make_unique<Data>()) {}
KhmerTable::~KhmerTable() = default;

bool KhmerTable::IsKhmer(char32_t c) {
  return (c >= 0x1780 && c <= 0x17FF) || (c >= 0x19E0 && c <= 0x19FF);
}

std::string KhmerTable::ToLatin(std::u32string_view text) const {
  return data_->Read(text);
}

Result<std::shared_ptr<const KhmerTable>> KhmerTable::Load(const std::string& path) {
  auto table = std::make_shared<KhmerTable>();
  SANCTIONS_RETURN_IF_ERROR(ForEachTableRecord(
      path, [&](const std::vector<std::string_view>& f) { return table->data_->AddRecord(f); }));
  const Data& d = *table->data_;
  if (d.consonants.empty() || d.vowels.empty() || !d.has_inherent) {
    return Status::Corruption(BaseName(path) +
                              ": needs consonants, vowels and the inherent vowel row");
  }
  return std::shared_ptr<const KhmerTable>(std::move(table));
}

const KhmerTable* KhmerTable::Get() {
  return LoadScriptTableOnce<KhmerTable>("translit_khmer.tsv", "Khmer names yield no tokens");
}

}  // namespace sanctions
