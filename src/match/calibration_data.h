// Calibration curves: monotone piecewise-linear maps from the raw name score to the
// calibrated score, per entity type. Method and provenance: docs/scoring.md
// ("Calibration"). Each curve sends the raw score from which precision stays >= 0.85 on
// the training half of nomenklatura name_bench (even rows, 413 pairs) to the default
// threshold 0.80, and 0 -> 0, 1 -> 1. Figures from `sanctions eval --fit-calibration`
// (2026-11-29): person 0.8020 (274 pairs), organization 0.7879 (139 pairs), all 0.7960.
// Vessels and aircraft use the organization curve (12 vessel pairs are too few to fit).
#pragma once

#include <cstddef>

namespace sanctions {

struct CalibrationKnot {
  double raw;
  double calibrated;
};

struct CalibrationCurve {
  const CalibrationKnot* knots;
  size_t size;
};

inline constexpr CalibrationKnot kPersonKnots[] = {{0.0, 0.0}, {0.8020, 0.80}, {1.0, 1.0}};
inline constexpr CalibrationKnot kOrganizationKnots[] = {{0.0, 0.0}, {0.7879, 0.80}, {1.0, 1.0}};
inline constexpr CalibrationKnot kAllKnots[] = {{0.0, 0.0}, {0.7960, 0.80}, {1.0, 1.0}};

inline constexpr CalibrationCurve kPersonCurve{kPersonKnots, 3};
inline constexpr CalibrationCurve kOrganizationCurve{kOrganizationKnots, 3};
inline constexpr CalibrationCurve kVesselCurve{kOrganizationKnots, 3};
inline constexpr CalibrationCurve kUnknownCurve{kAllKnots, 3};

}  // namespace sanctions
