// Screening: a name or a structured record -> ranked hits with calibrated scores and
// an explanation of why; free text -> the listed entities it mentions.
//
// The Index is an immutable snapshot over all loaded lists. Build one aside, then swap
// a std::shared_ptr<const Index> in atomically; searches never wait and a failed
// reload changes nothing. Index methods are const and safe to call from many threads.
// Hits point into the Index that produced them: keep the shared_ptr alive while
// using them.
#pragma once

#include <cstddef>
#include <memory>
#include <string>
#include <vector>

#include "sanctions/entity.h"
#include "sanctions/list.h"
#include "sanctions/status.h"

namespace sanctions {

// The documented default threshold (docs/scoring.md): a score >= this is a hit.
inline constexpr double kDefaultThreshold = 0.80;

struct Query {
  std::string id;    // caller's reference, echoed back
  std::string name;  // may be empty when an identifier is given
  EntityType type = EntityType::kUnknown;
  std::string birth_date;               // "1984-01-08", "1984-01", "1984", "08 Jan 1984"
  std::vector<std::string> countries;   // ISO alpha-2 codes or country names
  std::vector<Identifier> identifiers;  // {type "imo", value "8660313"}, passport, ...
  std::string gender;                   // "male", "female" or ""
};

// How one query token matched one listed token.
struct TokenMatch {
  std::string query_token;
  std::string listed_token;
  std::string rule;       // "exact", "romanization", "transliteration", "edit_distance",
                          // "phonetic", "initial", "missing", "extra"
  double similarity = 0;  // in [0, 1]
};

// What one factor (identifier, birth date, country, gender, type, alias weight...)
// added to or took from the score.
struct Factor {
  std::string name;    // "imo", "birth_date", "country", "gender", "type", "weak_alias"...
  double delta = 0;    // signed contribution to the final score
  std::string detail;  // "query 1984 vs listed 1984-01-08: year matches"
};

struct Explanation {
  std::string matched_name;  // the listed name that matched best, as listed
  NameKind matched_kind = NameKind::kPrimary;
  NameQuality matched_quality = NameQuality::kStrong;
  std::string query_normalized;   // the query after normalisation and transliteration
  std::string listed_normalized;  // the listed name after the same
  double name_score = 0;          // name similarity in [0, 1] before factors
  std::vector<TokenMatch> tokens;
  std::vector<Factor> factors;
  std::string
      summary;  // one line for people: "name 0.97 (romanization Jong=Chong); DOB year matches"
};

struct Hit {
  const Entity* entity = nullptr;
  double score = 0;  // calibrated, in [0, 1]
  Explanation explanation;
};

struct ScreenOptions {
  double threshold = kDefaultThreshold;
  size_t limit = 10;               // 0 = no limit
  std::vector<std::string> lists;  // restrict to these list ids; empty = all
};

// A listed entity mentioned in free text.
struct Mention {
  size_t begin = 0;  // character (code point) offsets into the text, [begin, end)
  size_t end = 0;
  size_t byte_begin = 0;  // the same in UTF-8 bytes
  size_t byte_end = 0;
  std::string text;  // the matched text as it appears
  Hit hit;
};

struct IndexStats {
  size_t entities = 0;
  size_t names = 0;
  size_t tokens = 0;  // distinct normalised tokens indexed
  double build_seconds = 0;
};

class Index {
 public:
  // Builds an index over the given lists. The Index owns the lists.
  static Result<std::shared_ptr<const Index>> Build(std::vector<ListData> lists);

  virtual ~Index() = default;

  // Ranked hits for one record, best first, score >= options.threshold.
  virtual std::vector<Hit> Screen(const Query& query, const ScreenOptions& options) const = 0;

  // Listed entities mentioned in free text, in text order.
  virtual std::vector<Mention> Scan(const std::string& text,
                                    const ScreenOptions& options) const = 0;

  // The entity with this list id and source id, or nullptr.
  virtual const Entity* Find(const std::string& list, const std::string& source_id) const = 0;

  virtual const std::vector<ListData>& lists() const = 0;
  virtual IndexStats stats() const = 0;
};

// Pairwise comparison of two names (or two records) with the same scorer the index uses.
// `type` may be kUnknown. Used by `sanctions compare` and the quality harness.
Hit CompareRecords(const Query& query, const Entity& candidate);
// "Al-Qa'ida/Islamic Army" -> its alternatives; a name whose '/'-separated parts are not
// all at least 3 letters or digits long ("A/S", "M/V Ocean Star") -> itself.
std::vector<std::string> SplitAlternativeNames(const std::string& name);
// CompareNames compares every alternative of a with every alternative of b (best wins).
double CompareNames(const std::string& a, const std::string& b, EntityType type,
                    Explanation* explanation = nullptr);

}  // namespace sanctions
