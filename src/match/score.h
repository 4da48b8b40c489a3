// Record scoring: a prepared query against one listed entity -> a calibrated score with
// its explanation. Used by the index, the linear-scan reference, CompareRecords and
// CompareNames, so every path scores identically.
//
// final = Calibrate(best name score, type) + sum(factor deltas), clamped to [0, 1];
// an exact identifier match sets final to at least kIdentifierMatchScore.
// Factors (docs/scoring.md): identifiers, birth date, country, gender, entity type,
// weak alias, legal form, numerals. Positive deltas never exceed kMaxPositiveDelta in
// total, which gives the index its necessary condition (MinNameScore).
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "match/name_match.h"
#include "sanctions/screen.h"

namespace sanctions {

inline constexpr double kIdentifierMatchScore = 0.99;
// Factor when query and listed entity types are both known and differ.
inline constexpr double kTypeMismatchDelta = -0.20;
// Legal forms of two organisation names: of different classes (data/legal_form_classes.tsv:
// AG vs GmbH, ANO vs OOO), another legal person; of the same class (LLC vs OOO), a variant.
inline constexpr double kLegalFormConflictDelta = -0.22;
inline constexpr double kLegalFormVariantDelta = -0.03;
// Names in other roles: nasab generations inverted (SALMAN BIN MUHAMMAD vs MUHAMMAD BIN
// SALMAN), or family and given names swapped when both names mark them ("FAMILY, Given").
inline constexpr double kNameOrderDelta = -0.25;
// Both names have numbers and they differ: YU JONG 2 is not YU JONG 3 (vessels, persons);
// for organisations another member of a numbered series (Partners V / Partners VI, Trust
// 2004-1 / 2004-2), still worth a look (docs/scoring.md, docs/quality.md).
inline constexpr double kNumeralMismatchDelta = -0.25;
inline constexpr double kOrgNumeralMismatchDelta = -0.10;
// Only one of the names has a number: a numbered fund or trust, a numbered vessel.
inline constexpr double kOrgNumeralDelta = -0.20;
inline constexpr double kVesselNumeralDelta = -0.15;
// The most the positive factors (birth date + country) can add together.
inline constexpr double kMaxPositiveDelta = 0.09;

// A query made ready once for many candidates.
struct PreparedQuery {
  EntityType type = EntityType::kUnknown;
  PreparedName name;
  std::optional<DateSpec> birth_date;
  std::vector<std::string> countries;  // ISO alpha-2
  std::string gender;
  std::vector<Identifier> identifiers;  // value normalised (NormalizeIdentifier)
};

PreparedQuery PrepareQuery(const Query& query);

// The most the positive factors can add for this query: birth date (0.06) if it has one,
// country (0.03) if it has countries. Never above kMaxPositiveDelta.
double MaxPositiveDelta(const PreparedQuery& query);

// Upper-case alphanumerics only; for "imo" the 7 digits without the "IMO" prefix.
std::string NormalizeIdentifier(std::string_view type, std::string_view value);
// IMO number check digit (7 digits: weighted sum of the first six by 7..2, mod 10).
bool IsValidImo(std::string_view digits);
// MMSI: 9 digits whose first digit (2..7) is a maritime identification digit. MMSI has
// no check digit; this is the whole validity test.
bool IsValidMmsi(std::string_view digits);

// Monotone calibration of a name score for an entity type (docs/scoring.md) and its
// inverse (the smallest name score reaching a calibrated value).
double Calibrate(double name_score, EntityType type);
double CalibrateInverse(double calibrated, EntityType type);

// The smallest name score that can still reach `threshold` for any entity type, given
// the positive factors. Entities without a name pair this good (and no identifier
// match) cannot be hits: the index's retrieval covers every such pair.
double MinNameScore(double threshold);

// Scores one entity whose names were prepared (names[i] is entity.names[i]). With
// `explain`, fills hit.explanation; otherwise only the score. With `consider`, only the
// names i with (*consider)[i] != 0 are aligned (the others count as not matching): the
// score is the same whenever it reaches a threshold that no skipped name can reach.
// With a `cache` (reset for this query's name), token similarities are memoised
// (AlignNames); the result is the same.
Hit ScoreEntity(const PreparedQuery& query, const Entity& entity,
                const std::vector<const PreparedName*>& names, bool explain,
                const std::vector<uint8_t>* consider = nullptr, UnitSimCache* cache = nullptr);

// ScoreEntity in two steps, so that a hit can be explained later without aligning every
// name again: PickBestName aligns the names (as ScoreEntity does) and returns the one that
// gives the entity its score; FinishEntity adds the factors and, with `explain`, the
// explanation. ScoreEntity(...) == FinishEntity(..., PickBestName(...), ...).
struct BestName {
  size_t index = 0;         // into `names`
  double name_score = 0.0;  // its raw name score
};
BestName PickBestName(const PreparedQuery& query, const Entity& entity,
                      const std::vector<const PreparedName*>& names,
                      const std::vector<uint8_t>* consider = nullptr,
                      UnitSimCache* cache = nullptr);
Hit FinishEntity(const PreparedQuery& query, const Entity& entity,
                 const std::vector<const PreparedName*>& names, const BestName& best, bool explain,
                 UnitSimCache* cache = nullptr);

// Prepares an entity's names as the index does.
std::vector<PreparedName> PrepareEntityNames(const Entity& entity);

}  // namespace sanctions
