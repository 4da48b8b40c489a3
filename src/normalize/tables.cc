// Loader and lookups for the name knowledge tables (see tables.h and the headers of the
// data/*.tsv files for the formats and sources).
//
// File format shared by all tables: UTF-8 text, one record per line, fields separated by
// TAB; lines starting with '#' and blank lines are ignored; trailing '#' comments are not
// allowed inside records (a '#' never occurs in a token anyway).
//   romanization_*.tsv   [label TAB ...] spellings    the LAST field is the group: spellings
//                                                      separated by spaces, >= 2 distinct
//   legal_forms.tsv      form TAB canonical TAB countries TAB kind/notes
//   legal_form_classes.tsv  canonical TAB class   every canonical form of legal_forms.tsv
//   generic_words.tsv    word TAB weight [TAB note]
//   titles.tsv           title TAB kind
//   vessel_prefixes.tsv  prefix TAB meaning
//   name_particles.tsv   particle TAB languages
//   syllables_*.tsv      spelling [TAB note]    known syllable spellings of one table (optional)
// Multi-token entries (forms, titles, prefixes) are written as printed ("S.A. de C.V.",
// "M/V"); the loader expands the punctuation the way the normaliser splits or joins it.
#include "normalize/tables.h"

#include <algorithm>
#include <array>
#include <cstdlib>
#include <filesystem>
#include <functional>
#include <mutex>
#include <set>
#include <unordered_map>
#include <unordered_set>
#include <utility>

#include <spdlog/spdlog.h>

#include "util/io.h"
#include "util/text.h"

namespace sanctions {
namespace {

// Transparent hash so lookups by string_view do not allocate.
struct StringHash {
  using is_transparent = void;
  size_t operator()(std::string_view s) const { return std::hash<std::string_view>{}(s); }
};
template <typename V>
using StringMap = std::unordered_map<std::string, V, StringHash, std::equal_to<>>;
using StringSet = std::unordered_set<std::string, StringHash, std::equal_to<>>;

bool IsTokenChar(char c) {
  return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9');
}

bool IsToken(std::string_view s) {
  if (s.empty()) return false;
  return std::all_of(s.begin(), s.end(), IsTokenChar);
}

// A sequence of tokens (legal form, multi-word title, vessel prefix) and what it stands for.
struct Phrase {
  std::vector<std::string> tokens;
  uint32_t info = 0;  // index into the owning table's payload
};

// First token -> phrases starting with it, longest first.
class PhraseTable {
 public:
  void Add(std::vector<std::string> tokens, uint32_t info) {
    if (tokens.empty()) return;
    auto& list = by_first_[tokens[0]];
    for (const Phrase& p : list) {
      if (p.tokens == tokens) return;  // first entry wins
    }
    list.push_back(Phrase{std::move(tokens), info});
    std::stable_sort(list.begin(), list.end(), [](const Phrase& a, const Phrase& b) {
      return a.tokens.size() > b.tokens.size();
    });
  }

  // Longest phrase at tokens[pos]: returns its length (0 = none) and its info.
  size_t Match(const std::vector<std::string>& tokens, size_t pos, uint32_t* info) const {
    if (pos >= tokens.size()) return 0;
    auto it = by_first_.find(std::string_view(tokens[pos]));
    if (it == by_first_.end()) return 0;
    for (const Phrase& p : it->second) {
      if (pos + p.tokens.size() > tokens.size()) continue;
      bool same = true;
      for (size_t i = 1; i < p.tokens.size() && same; ++i) same = tokens[pos + i] == p.tokens[i];
      if (same) {
        if (info) *info = p.info;
        return p.tokens.size();
      }
    }
    return 0;
  }

  bool ContainsSingle(std::string_view token) const {
    auto it = by_first_.find(token);
    if (it == by_first_.end()) return false;
    return std::any_of(it->second.begin(), it->second.end(),
                       [](const Phrase& p) { return p.tokens.size() == 1; });
  }

  size_t size() const {
    size_t n = 0;
    for (const auto& [first, list] : by_first_) n += list.size();
    return n;
  }

 private:
  StringMap<std::vector<Phrase>> by_first_;
};

// The spellings a printed phrase takes after normalisation. "S.A. de C.V." gives
// "s a de c v" (punctuation splits) and "sa de cv" (dots vanish); "FZ-LLC" gives "fz llc"
// and "fzllc"; "GmbH & Co. KG" also gives "gmbh and co kg". Returns an error message on
// characters outside ASCII letters, digits, spaces and . - / , & ' ( ).
std::vector<std::vector<std::string>> ExpandPhrase(std::string_view printed, std::string* error) {
  std::string lower = AsciiLower(Trim(printed));
  for (char c : lower) {
    if (!IsTokenChar(c) && std::string_view(" .-/,&'()").find(c) == std::string_view::npos) {
      *error = "unexpected character '" + std::string(1, c) + "' in \"" + std::string(printed) +
               "\" (write entries in lower/upper ASCII; transliterate first)";
      return {};
    }
  }
  // mode 0: every separator splits; 1: '.' and '\'' vanish, others split; 2: only spaces split.
  std::set<std::vector<std::string>> out;
  for (int amp = 0; amp < 2; ++amp) {
    for (int mode = 0; mode < 3; ++mode) {
      std::vector<std::string> tokens;
      std::string cur;
      auto flush = [&] {
        if (!cur.empty()) tokens.push_back(cur);
        cur.clear();
      };
      for (char c : lower) {
        if (IsTokenChar(c)) {
          cur += c;
        } else if (c == ' ') {
          flush();
        } else if (c == '&') {
          flush();
          if (amp == 1) tokens.push_back("and");
        } else if (mode == 0) {
          flush();
        } else if (mode == 1 && c != '.' && c != '\'') {
          flush();
        }
        // mode 2 (and mode 1 for . '): the separator vanishes, joining its neighbours.
      }
      flush();
      if (!tokens.empty()) out.insert(std::move(tokens));
    }
  }
  return {out.begin(), out.end()};
}

std::string Where(const std::string& path, size_t line) {
  return BaseName(path) + " line " + std::to_string(line);
}

}  // namespace

Status ForEachTsvRecord(
    const std::string& path,
    const std::function<Status(const std::vector<std::string_view>&, size_t)>& fn) {
  Result<std::string> text = ReadFile(path);
  if (!text.ok()) return text.status();
  if (!IsValidUtf8(*text)) return Status::Corruption(BaseName(path) + ": not valid UTF-8");
  std::string_view rest = StripBom(*text);
  size_t line_no = 0;
  while (!rest.empty()) {
    size_t nl = rest.find('\n');
    std::string_view line = rest.substr(0, nl);
    rest = nl == std::string_view::npos ? std::string_view() : rest.substr(nl + 1);
    ++line_no;
    if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
    std::string_view trimmed = Trim(line);
    if (trimmed.empty() || trimmed[0] == '#') continue;
    std::vector<std::string_view> fields;
    size_t start = 0;
    while (true) {
      size_t tab = line.find('\t', start);
      fields.push_back(Trim(line.substr(start, tab == std::string_view::npos ? tab : tab - start)));
      if (tab == std::string_view::npos) break;
      start = tab + 1;
    }
    Status st = fn(fields, line_no);
    if (!st.ok()) return st.WithContext(Where(path, line_no));
  }
  return Status::Ok();
}

struct NameTables::Data {
  // Variant groups.
  std::vector<std::string> group_key;
  std::vector<std::vector<std::string>> group_spellings;
  std::vector<uint32_t> group_source;  // index into sources
  std::vector<std::string> sources;
  StringMap<std::vector<uint32_t>> token_groups;
  // Syllable spelling -> bit set of the sources (bit = index into sources) it is a syllable of.
  StringMap<uint32_t> syllable_sources;

  std::vector<LegalFormInfo> legal_forms;
  StringMap<std::string> legal_form_class;  // canonical -> class
  PhraseTable legal_phrases;
  StringMap<double> weights;
  PhraseTable titles;
  PhraseTable vessel_prefixes;
  StringSet particles;

  Status LoadVariants(const std::string& path, const std::string& source);
  Status LoadLegalForms(const std::string& path);
  Status LoadLegalFormClasses(const std::string& path);
  Status LoadWeights(const std::string& path);
  Status LoadPhrases(const std::string& path, PhraseTable* table, const char* what);
  Status LoadParticles(const std::string& path);
  Status LoadSyllables(const std::string& path, const std::string& source);
  uint32_t SourceId(const std::string& source);
  // Splits a and b into pieces of one table (sources_mask: tables still possible).
  bool JoinedMatch(std::string_view a, std::string_view b, uint32_t sources_mask, int pieces,
                   bool used_variant) const;
  void DropRedundantGroups();
};

uint32_t NameTables::Data::SourceId(const std::string& source) {
  for (uint32_t i = 0; i < sources.size(); ++i) {
    if (sources[i] == source) return i;
  }
  sources.push_back(source);
  return static_cast<uint32_t>(sources.size() - 1);
}

Status NameTables::Data::LoadSyllables(const std::string& path, const std::string& source) {
  uint32_t id = SourceId(source);
  if (id >= 32) return Status::Corruption("too many syllable tables");
  return ForEachTsvRecord(path, [&](const std::vector<std::string_view>& fields, size_t) {
    std::string s(fields[0]);
    if (!IsToken(s)) return Status::Corruption("syllable \"" + s + "\" is not a normalised token");
    syllable_sources[s] |= 1u << id;
    return Status::Ok();
  });
}

bool NameTables::Data::JoinedMatch(std::string_view a, std::string_view b, uint32_t sources_mask,
                                   int pieces, bool used_variant) const {
  if (a.empty() && b.empty()) return pieces >= 2 && used_variant;
  if (a.empty() || b.empty() || pieces == 4) return false;
  constexpr size_t kMaxSyllable = 7;  // longest: "zhuang", "chuang", "hsiung", "shuang"
  // The known syllable spellings b starts with, and their source masks (looked up once).
  uint32_t b_mask[kMaxSyllable + 1] = {};
  bool any_b = false;
  for (size_t j = 1; j <= std::min(kMaxSyllable, b.size()); ++j) {
    auto it = syllable_sources.find(b.substr(0, j));
    if (it != syllable_sources.end()) {
      b_mask[j] = it->second & sources_mask;
      any_b = any_b || b_mask[j] != 0;
    }
  }
  if (!any_b) return false;
  for (size_t i = 1; i <= std::min(kMaxSyllable, a.size()); ++i) {
    std::string_view pa = a.substr(0, i);
    auto ita = syllable_sources.find(pa);
    if (ita == syllable_sources.end()) continue;
    const uint32_t a_mask = ita->second & sources_mask;
    if (!a_mask) continue;
    for (size_t j = 1; j <= std::min(kMaxSyllable, b.size()); ++j) {
      uint32_t mask = a_mask & b_mask[j];
      if (!mask) continue;
      std::string_view pb = b.substr(0, j);
      bool variant = false;
      if (pa != pb) {
        // Keep the sources in which pa and pb share a group.
        auto ga = token_groups.find(pa);
        auto gb = token_groups.find(pb);
        if (ga == token_groups.end() || gb == token_groups.end()) continue;
        uint32_t shared = 0;
        for (uint32_t g : ga->second) {
          if (std::find(gb->second.begin(), gb->second.end(), g) != gb->second.end()) {
            shared |= 1u << group_source[g];
          }
        }
        mask &= shared;
        if (!mask) continue;
        variant = true;
      }
      if (JoinedMatch(a.substr(i), b.substr(j), mask, pieces + 1, used_variant || variant)) {
        return true;
      }
    }
  }
  return false;
}

Status NameTables::Data::LoadVariants(const std::string& path, const std::string& source) {
  uint32_t source_id = SourceId(source);
  if (source_id >= 32) return Status::Corruption("too many romanization tables (max 32)");
  return ForEachTsvRecord(path, [&](const std::vector<std::string_view>& fields, size_t) {
    std::vector<std::string> spellings;
    for (const std::string& s : Split(fields.back(), ' ')) {
      if (!IsToken(s)) {
        return Status::Corruption("spelling \"" + s + "\" is not a normalised token ([a-z0-9]+)");
      }
      if (std::find(spellings.begin(), spellings.end(), s) == spellings.end()) {
        spellings.push_back(s);
      }
    }
    if (spellings.size() < 2) {
      return Status::Corruption("a variant group needs at least two distinct spellings");
    }
    group_spellings.push_back(std::move(spellings));
    group_source.push_back(source_id);
    return Status::Ok();
  });
}

// Drops groups whose spellings all lie inside one larger (or equal, earlier) group: they add
// no pair and would only make tokens ambiguous. Then indexes tokens and assigns keys.
void NameTables::Data::DropRedundantGroups() {
  std::vector<uint32_t> order(group_spellings.size());
  for (uint32_t i = 0; i < order.size(); ++i) order[i] = i;
  std::stable_sort(order.begin(), order.end(), [&](uint32_t a, uint32_t b) {
    return group_spellings[a].size() > group_spellings[b].size();
  });
  std::vector<std::vector<std::string>> kept_spellings;
  std::vector<uint32_t> kept_source;
  StringMap<std::vector<uint32_t>> index;
  for (uint32_t g : order) {
    const auto& sp = group_spellings[g];
    // Intersection of the groups each spelling already belongs to.
    std::vector<uint32_t> common;
    bool first = true;
    for (const std::string& s : sp) {
      auto it = index.find(std::string_view(s));
      if (it == index.end()) {
        common.clear();
        break;
      }
      if (first) {
        common = it->second;
        first = false;
      } else {
        std::vector<uint32_t> next;
        std::set_intersection(common.begin(), common.end(), it->second.begin(), it->second.end(),
                              std::back_inserter(next));
        common.swap(next);
      }
      if (common.empty()) break;
    }
    // A subset of a kept group of the same table adds nothing. A romanization group inside
    // a given-name group is kept: its pairs are spellings (0.92), not equivalents (0.85).
    const bool g_given = sources[group_source[g]] == kGivenNamesSource;
    bool redundant = false;
    for (uint32_t c : common) {
      redundant = redundant || g_given || sources[kept_source[c]] != kGivenNamesSource;
    }
    if (redundant) continue;
    uint32_t id = static_cast<uint32_t>(kept_spellings.size());
    for (const std::string& s : sp) index[s].push_back(id);  // ids ascend: stays sorted
    kept_spellings.push_back(sp);
    kept_source.push_back(group_source[g]);
  }
  // Restore file order for readability of ids (stable across runs either way).
  group_spellings.swap(kept_spellings);
  group_source.swap(kept_source);
  token_groups.swap(index);
  std::unordered_set<std::string> used;
  group_key.clear();
  for (uint32_t g = 0; g < group_spellings.size(); ++g) {
    std::string key = group_spellings[g][0];
    if (used.count(key)) key += "_" + sources[group_source[g]];
    for (int n = 2; used.count(key); ++n) key = group_spellings[g][0] + "_" + std::to_string(n);
    used.insert(key);
    group_key.push_back(std::move(key));
  }
}

Status NameTables::Data::LoadLegalForms(const std::string& path) {
  return ForEachTsvRecord(path, [&](const std::vector<std::string_view>& fields, size_t) {
    if (fields.size() < 3) return Status::Corruption("expected form, canonical, countries[, kind]");
    std::string error;
    auto spellings = ExpandPhrase(fields[0], &error);
    if (!error.empty()) return Status::Corruption(error);
    if (spellings.empty()) return Status::Corruption("empty legal form");
    LegalFormInfo info;
    for (const std::string& t : Split(fields[1], ' ')) {
      if (!IsToken(t))
        return Status::Corruption("canonical form \"" + std::string(fields[1]) +
                                  "\" must be normalised tokens");
      info.canonical += info.canonical.empty() ? t : " " + t;
    }
    if (info.canonical.empty()) return Status::Corruption("empty canonical form");
    info.countries = Split(fields[2], ',');
    if (fields.size() > 3) info.kind = std::string(fields[3]);
    uint32_t id = static_cast<uint32_t>(legal_forms.size());
    legal_forms.push_back(std::move(info));
    for (auto& tokens : spellings) legal_phrases.Add(std::move(tokens), id);
    return Status::Ok();
  });
}

Status NameTables::Data::LoadLegalFormClasses(const std::string& path) {
  static const char* kClasses[] = {"stock", "limited", "partnership", "other", "generic"};
  Status st = ForEachTsvRecord(path, [&](const std::vector<std::string_view>& fields, size_t) {
    if (fields.size() < 2) return Status::Corruption("expected canonical TAB class");
    std::string cls(fields[1]);
    if (std::find(std::begin(kClasses), std::end(kClasses), cls) == std::end(kClasses)) {
      return Status::Corruption("unknown legal form class \"" + cls + "\"");
    }
    legal_form_class[std::string(fields[0])] = cls;
    return Status::Ok();
  });
  if (!st.ok()) return st;
  for (LegalFormInfo& f : legal_forms) {
    auto it = legal_form_class.find(f.canonical);
    if (it == legal_form_class.end()) {
      return Status::Corruption(path + ": legal form \"" + f.canonical + "\" has no class");
    }
    f.klass = it->second;
  }
  return Status::Ok();
}

Status NameTables::Data::LoadWeights(const std::string& path) {
  return ForEachTsvRecord(path, [&](const std::vector<std::string_view>& fields, size_t) {
    if (fields.size() < 2) return Status::Corruption("expected word TAB weight");
    std::string word(fields[0]);
    if (!IsToken(word)) return Status::Corruption("\"" + word + "\" is not a normalised token");
    std::string w(fields[1]);
    char* end = nullptr;
    double weight = std::strtod(w.c_str(), &end);
    if (w.empty() || end != w.c_str() + w.size() || !(weight >= 0.0 && weight <= 1.0)) {
      return Status::Corruption("weight \"" + w + "\" is not a number in [0, 1]");
    }
    weights.emplace(std::move(word), weight);  // first entry wins
    return Status::Ok();
  });
}

Status NameTables::Data::LoadPhrases(const std::string& path, PhraseTable* table,
                                     const char* what) {
  return ForEachTsvRecord(path, [&](const std::vector<std::string_view>& fields, size_t) {
    std::string error;
    auto spellings = ExpandPhrase(fields[0], &error);
    if (!error.empty()) return Status::Corruption(error);
    if (spellings.empty()) return Status::Corruption(std::string("empty ") + what);
    for (auto& tokens : spellings) table->Add(std::move(tokens), 0);
    return Status::Ok();
  });
}

Status NameTables::Data::LoadParticles(const std::string& path) {
  return ForEachTsvRecord(path, [&](const std::vector<std::string_view>& fields, size_t) {
    std::string p(fields[0]);
    if (!IsToken(p)) return Status::Corruption("particle \"" + p + "\" is not a normalised token");
    particles.insert(std::move(p));
    return Status::Ok();
  });
}

NameTables::NameTables() : data_(std::make_unique<Data>()) {}
NameTables::~NameTables() = default;

Result<std::shared_ptr<const NameTables>> NameTables::LoadFromDir(const std::string& dir) {
  namespace fs = std::filesystem;
  auto tables = std::make_shared<NameTables>();
  Data& d = *tables->data_;
  std::error_code ec;
  if (!fs::is_directory(dir, ec)) {
    return Status::NotFound("name tables: data directory \"" + dir + "\" not found");
  }
  // Variant tables: every romanization_<source>.tsv, in name order (deterministic ids).
  std::vector<fs::path> variant_files;
  for (const auto& entry : fs::directory_iterator(dir, ec)) {
    std::string name = entry.path().filename().string();
    if (name.rfind("romanization_", 0) == 0 && entry.path().extension() == ".tsv") {
      variant_files.push_back(entry.path());
    }
  }
  if (ec) return Status::IoError("name tables: cannot list \"" + dir + "\": " + ec.message());
  std::sort(variant_files.begin(), variant_files.end());
  for (const fs::path& p : variant_files) {
    std::string stem = p.stem().string();
    SANCTIONS_RETURN_IF_ERROR(d.LoadVariants(p.string(), stem.substr(13)));
  }
  // Given-name equivalents (nicknames, cross-language forms): variant groups of their own
  // source, matched by the "nickname" rule.
  SANCTIONS_RETURN_IF_ERROR(d.LoadVariants(dir + "/given_names.tsv", kGivenNamesSource));
  d.DropRedundantGroups();
  // Syllable sets (optional): syllables_<source>.tsv, one per table that has syllables.
  for (const auto& entry : fs::directory_iterator(dir, ec)) {
    std::string name = entry.path().filename().string();
    if (name.rfind("syllables_", 0) == 0 && entry.path().extension() == ".tsv") {
      SANCTIONS_RETURN_IF_ERROR(
          d.LoadSyllables(entry.path().string(), entry.path().stem().string().substr(10)));
    }
  }
  if (ec) return Status::IoError("name tables: cannot list \"" + dir + "\": " + ec.message());
  const std::string base = dir + "/";
  SANCTIONS_RETURN_IF_ERROR(d.LoadLegalForms(base + "legal_forms.tsv"));
  SANCTIONS_RETURN_IF_ERROR(d.LoadLegalFormClasses(base + "legal_form_classes.tsv"));
  SANCTIONS_RETURN_IF_ERROR(d.LoadWeights(base + "generic_words.tsv"));
  SANCTIONS_RETURN_IF_ERROR(d.LoadPhrases(base + "titles.tsv", &d.titles, "title"));
  SANCTIONS_RETURN_IF_ERROR(
      d.LoadPhrases(base + "vessel_prefixes.tsv", &d.vessel_prefixes, "vessel prefix"));
  SANCTIONS_RETURN_IF_ERROR(d.LoadParticles(base + "name_particles.tsv"));
  return std::shared_ptr<const NameTables>(std::move(tables));
}

namespace {
struct Loaded {
  std::shared_ptr<const NameTables> tables;
  Status status;
};

const Loaded& LoadOnce() {
  static const Loaded loaded = [] {
    const char* env = std::getenv("SANCTIONS_DATA_DIR");
    std::string dir = env && *env ? env : SANCTIONS_DATA_DIR;
    Loaded l;
    auto r = NameTables::LoadFromDir(dir);
    if (r.ok()) {
      l.tables = *r;
    } else {
      l.status = r.status();
      spdlog::error("name tables not loaded, matching runs without them: {}", l.status.ToString());
      l.tables = std::make_shared<NameTables>();
    }
    return l;
  }();
  return loaded;
}
}  // namespace

const NameTables& NameTables::Get() {
  return *LoadOnce().tables;
}
const Status& NameTables::LoadStatus() {
  return LoadOnce().status;
}

std::vector<std::string> NameTables::VariantKeys(std::string_view token) const {
  const std::vector<uint32_t>& ids = GroupIds(token);
  if (ids.empty()) return {std::string(token)};
  std::vector<std::string> keys;
  keys.reserve(ids.size());
  for (uint32_t id : ids) keys.push_back(data_->group_key[id]);
  return keys;
}

bool NameTables::AreJoinedVariants(std::string_view a, std::string_view b) const {
  if (a == b || a.size() < 3 || b.size() < 3 || a.size() > 28 || b.size() > 28) return false;
  return data_->JoinedMatch(a, b, ~0u, 0, false);
}

bool NameTables::IsSyllable(std::string_view token) const {
  return data_->syllable_sources.find(token) != data_->syllable_sources.end();
}

const std::vector<uint32_t>& NameTables::GroupIds(std::string_view token) const {
  static const std::vector<uint32_t> kEmpty;
  auto it = data_->token_groups.find(token);
  return it == data_->token_groups.end() ? kEmpty : it->second;
}

bool NameTables::AreVariants(std::string_view a, std::string_view b) const {
  if (a == b) return true;
  const auto& ga = GroupIds(a);
  if (ga.empty()) return false;
  const auto& gb = GroupIds(b);
  // Both sorted and tiny: merge walk.
  size_t i = 0, j = 0;
  while (i < ga.size() && j < gb.size()) {
    if (ga[i] == gb[j]) return true;
    if (ga[i] < gb[j])
      ++i;
    else
      ++j;
  }
  return false;
}

const std::string& NameTables::GroupKey(uint32_t id) const {
  return data_->group_key.at(id);
}
const std::vector<std::string>& NameTables::GroupSpellings(uint32_t id) const {
  return data_->group_spellings.at(id);
}
const std::string& NameTables::GroupSource(uint32_t id) const {
  return data_->sources.at(data_->group_source.at(id));
}
size_t NameTables::GroupCount() const {
  return data_->group_spellings.size();
}

const std::string& NameTables::LegalFormClass(std::string_view canonical) const {
  static const std::string kNone;
  auto it = data_->legal_form_class.find(std::string(canonical));
  return it == data_->legal_form_class.end() ? kNone : it->second;
}

size_t NameTables::MatchLegalForm(const std::vector<std::string>& tokens, size_t pos,
                                  std::string* canonical) const {
  const LegalFormInfo* info = nullptr;
  size_t n = MatchLegalForm(tokens, pos, &info);
  if (n && canonical) *canonical = info->canonical;
  return n;
}

size_t NameTables::MatchLegalForm(const std::vector<std::string>& tokens, size_t pos,
                                  const LegalFormInfo** info) const {
  uint32_t id = 0;
  size_t n = data_->legal_phrases.Match(tokens, pos, &id);
  if (info) *info = n ? &data_->legal_forms[id] : nullptr;
  return n;
}

bool NameTables::IsGenericWord(std::string_view token) const {
  auto it = data_->weights.find(token);
  return it != data_->weights.end() && it->second < 1.0;
}

double NameTables::TokenWeight(std::string_view token) const {
  auto it = data_->weights.find(token);
  return it == data_->weights.end() ? 1.0 : it->second;
}

bool NameTables::IsTitle(std::string_view token) const {
  return data_->titles.ContainsSingle(token);
}

size_t NameTables::MatchTitle(const std::vector<std::string>& tokens, size_t pos) const {
  return data_->titles.Match(tokens, pos, nullptr);
}

size_t NameTables::MatchVesselPrefix(const std::vector<std::string>& tokens, size_t pos) const {
  return data_->vessel_prefixes.Match(tokens, pos, nullptr);
}

bool NameTables::IsParticle(std::string_view token) const {
  return data_->particles.find(token) != data_->particles.end();
}

namespace {

// Replaces every occurrence of `from` by `to` in *s, left to right.
void ReplaceAll(std::string* s, std::string_view from, std::string_view to) {
  size_t pos = 0;
  while ((pos = s->find(from, pos)) != std::string::npos) {
    s->replace(pos, from.size(), to);
    pos += to.size();
  }
}

bool EndsWith(const std::string& s, std::string_view suffix) {
  return s.size() >= suffix.size() &&
         s.compare(s.size() - suffix.size(), suffix.size(), suffix) == 0;
}

bool IsVowel(char c) {
  return c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u' || c == 'y';
}

}  // namespace

// The rules, in order (each comment names the spelling system it undoes):
//  1. Multi-letter spellings of one Cyrillic letter: German schtsch/tsch/sch, French
//     chtch/tch, Polish szcz/cz, Dutch sjtsj/tsj/sj/zj, Swedish sjtj/tj, Hungarian cs/zs,
//     Catalan tx -> shch/ch/sh/zh; French gu before e/i -> g (Serguei); French ou and Dutch
//     oe -> u (Poutine, Poetin); Hungarian palatal gyi/tyi/nyi -> di/ti/ni (Vlagyimir, Putyin).
//  2. w -> v (German/Polish/Dutch Wladimir, -ow), x -> ks (Alexander), ph -> f, ck -> k,
//     tz -> ts, kh -> h (ISO/Ukrainian h = BGN kh), final ff -> v (-off).
//  3. j -> y (German/ISO/Slavic j for the y-glide: Sergej, Juri, Jewgeni).
//  4. ia/iu/io/ie after anything -> ya/yu/yo/ye (Viatcheslav, Iurii, Fiodor); iya -> ya
//     (Mariya/Maria); ye -> e and initial y before e dropped (Yevgeny = Evgeny,
//     Alekseyev = Alekseev); consonant + yo -> e (Pyotr/Petr).
//     Vowel + y + consonant -> vowel + i (Shoygu/Shoigu).
//  5. Endings: -iy/-ii/-yy/-yi -> i, final y -> i (Dmitriy/Dmitry/Dmitrii/Dmitri,
//     Sergey -> sergei, Nikolay -> nikolai); patronymic -vic/-vici (ISO 9 ASCII, Czech,
//     Turkish, Romanian) -> -vich; French mute final e after a consonant dropped (Poutine,
//     Alexandre); -nder -> -ndr (Alexander).
//  6. Doubled letters collapse (Anna/Ana meet).
// Kept apart on purpose: final a (Ivan/Ivana, Aleksandr/Aleksandra), ch vs sh, zh vs z, s vs z,
// Polish/Hungarian sz (sh in one, s in the other), Baltic -as/-s endings (table entries
// cover those), and all consonants otherwise: the fold only erases how a letter was
// written, not which letter it was.
namespace {
// Steps 1-3 of FoldSlavic as one left-to-right scan: at each position the first matching
// pattern (longest first for a shared first letter) is replaced.
struct FoldRule {
  std::string_view from;
  std::string_view to;
};
constexpr FoldRule kFoldRules[] = {
    {"schtsch", "shch"}, {"sjtsj", "shch"}, {"sjtj", "shch"}, {"szcz", "shch"}, {"sch", "sh"},
    {"sj", "sh"},        {"chtch", "shch"}, {"cz", "ch"},     {"cs", "ch"},     {"ck", "k"},
    {"tsch", "ch"},      {"tsj", "ch"},     {"tch", "ch"},    {"tyi", "ti"},    {"tx", "ch"},
    {"tj", "ch"},        {"tz", "ts"},      {"zj", "zh"},     {"zs", "zh"},     {"gyi", "di"},
    {"gye", "de"},       {"gue", "ge"},     {"gui", "gi"},    {"nyi", "ni"},    {"ou", "u"},
    {"oe", "u"},         {"w", "v"},        {"x", "ks"},      {"ph", "f"},      {"kh", "h"},
    {"j", "y"},
};
}  // namespace

std::string FoldSlavic(std::string_view token) {
  // The rules by first letter, in table order (the first that matches wins).
  struct ByFirst {
    std::array<std::vector<FoldRule>, 256> rules;
    ByFirst() {
      for (const FoldRule& r : kFoldRules)
        rules[static_cast<unsigned char>(r.from[0])].push_back(r);
    }
  };
  static const ByFirst by_first;
  std::string s;
  s.reserve(token.size() + 4);
  for (size_t i = 0; i < token.size();) {
    bool replaced = false;
    for (const FoldRule& r : by_first.rules[static_cast<unsigned char>(token[i])]) {
      if (token.compare(i, r.from.size(), r.from) == 0) {
        s += r.to;
        i += r.from.size();
        replaced = true;
        break;
      }
    }
    if (!replaced) s += token[i++];
  }
  if (EndsWith(s, "ff")) s.replace(s.size() - 2, 2, "v");
  // i + y + vowel -> y + vowel (Mariya/Maria, Iliya/Ilya).
  for (std::string_view from : {"iya", "iyu", "iye", "iyo"}) {
    ReplaceAll(&s, from, from.substr(1));
  }
  // i + vowel -> y + vowel (the soft vowels written with i).
  for (size_t i = 0; i + 1 < s.size(); ++i) {
    char n = s[i + 1];
    if (s[i] == 'i' && (n == 'a' || n == 'u' || n == 'o' || n == 'e')) s[i] = 'y';
  }
  ReplaceAll(&s, "ye", "e");
  // consonant + yo -> e (Pyotr/Petr, Fyodor/Fedor): the ё written as e.
  for (size_t i = 1; i + 1 < s.size(); ++i) {
    if (s[i] == 'y' && s[i + 1] == 'o' && !IsVowel(s[i - 1])) s.replace(i, 2, "e");
  }
  // vowel + y + consonant -> vowel + i + consonant (the й before a consonant: Shoygu/Shoigu).
  for (size_t i = 1; i + 1 < s.size(); ++i) {
    if (s[i] == 'y' && IsVowel(s[i - 1]) && s[i - 1] != 'y' && !IsVowel(s[i + 1])) s[i] = 'i';
  }
  // Latvian and Lithuanian masculine -s after the й (Sergejs, Andrejs, Nikolajs): dropped.
  if (s.size() > 5 && EndsWith(s, "is") && IsVowel(s[s.size() - 3])) s.pop_back();
  // Endings.
  for (std::string_view end : {"iy", "ii", "yy", "yi", "iy"}) {
    if (s.size() > 3 && EndsWith(s, end)) {
      s.replace(s.size() - 2, 2, "i");
      break;
    }
  }
  if (s.size() > 2 && s.back() == 'y') s.back() = 'i';
  if (s.size() > 5 && EndsWith(s, "vici")) s.replace(s.size() - 4, 4, "vich");
  if (s.size() > 5 && EndsWith(s, "vic")) s += 'h';
  if (s.size() > 4 && s.back() == 'e' && !IsVowel(s[s.size() - 2])) s.pop_back();
  if (EndsWith(s, "nder")) s.replace(s.size() - 4, 4, "ndr");
  // Collapse doubled letters.
  std::string out;
  out.reserve(s.size());
  for (char c : s) {
    if (out.empty() || out.back() != c) out += c;
  }
  return out;
}

// The rules, applied to both sides alike (derived from how ICU's Arabic-Latin output, a
// consonant skeleton, differs from list spellings):
//  1. A leading article al/el is stripped when at least three letters remain (ICU joins it:
//     "altkryty").
//  2. After "abd", an article before a sun letter (t d r z s n l) is dropped: abdulrahman,
//     abderrahmane and ICU's "bdalrhman" meet; before moon letters it stays (abdulkarim).
//  3. French c: "ch" = sh (Alouche), c before e/i/y = s (Belgacem), else k.
//  4. Vowels a e i o u and the glides w y are dropped (ICU writes long vowels as a/w/y).
//  5. Then the digraphs of the remaining consonants: kh -> x, sh/ch -> c, th -> t, dh -> d,
//     gh -> k, ph -> f, zh -> j, dj -> j; q and g -> k (Qasem/Kassem/Ghasem/Gasim).
//     Doing this after step 4 lets "taha" meet ICU's "th".
//  6. Doubled letters collapse (Muhammad = mhmd); a final t (ta marbuta: ICU "hmzt" = Hamza)
//     is dropped when two letters remain.
// Measured on the UN original-script pairs (Latin token vs ICU tokens and their bigrams of
// the same record): 85% of Latin tokens meet an ICU token (see docs of tables.h).
std::string ArabicSkeleton(std::string_view token) {
  std::string s(token);
  if (s.size() >= 5 && (s.rfind("al", 0) == 0 || s.rfind("el", 0) == 0)) s.erase(0, 2);
  auto is_vowel = [](char c) {
    return c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u' || c == 'w' || c == 'y';
  };
  auto is_sun = [](char c) {
    return std::string_view("tdrzsnl").find(c) != std::string_view::npos;
  };
  // Steps 2 and 3: to an intermediate string where 'C' marks a French ch.
  std::string t;
  t.reserve(s.size());
  for (size_t i = 0; i < s.size(); ++i) {
    char c = s[i];
    char n = i + 1 < s.size() ? s[i + 1] : '\0';
    if (i >= 2 && s.compare(i - 2, 2, "bd") == 0 &&
        std::string_view("aeiou").find(c) != std::string_view::npos && n == 'l' &&
        i + 2 < s.size() && is_sun(s[i + 2])) {
      ++i;  // skip vowel + l
      continue;
    }
    if (c == 'c') {
      if (n == 'h') {
        t += 'C';
        ++i;
      } else {
        t += (n == 'e' || n == 'i' || n == 'y') ? 's' : 'k';
      }
      continue;
    }
    if (!is_vowel(c)) t += c;  // step 4
  }
  std::string out;
  out.reserve(t.size());
  for (size_t i = 0; i < t.size(); ++i) {
    char c = t[i];
    char n = i + 1 < t.size() ? t[i + 1] : '\0';
    char m = c;
    if (n == 'h' && std::string_view("kstdgpzC").find(c) != std::string_view::npos) {
      switch (c) {
        case 'k':
          m = 'x';
          break;
        case 's':
        case 'C':
          m = 'c';
          break;
        case 't':
          m = 't';
          break;
        case 'd':
          m = 'd';
          break;
        case 'g':
          m = 'k';
          break;
        case 'p':
          m = 'f';
          break;
        default:
          m = 'j';
          break;  // zh
      }
      ++i;
    } else if (c == 'C') {
      m = 'c';
    } else if (c == 'd' && n == 'j') {
      m = 'j';
      ++i;
    } else if (c == 'q' || c == 'g') {
      m = 'k';
    }
    if (out.empty() || out.back() != m) out += m;
  }
  if (out.size() > 2 && out.back() == 't') out.pop_back();
  return out;
}

}  // namespace sanctions
