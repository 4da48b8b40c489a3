// Calibration curves: monotone piecewise-linear maps from the raw name score to a
// calibrated score, per entity type. Provenance and method: docs/scoring.md
// ("Calibration"). Regenerate with `sanctions eval --fit-calibration`; do not edit by hand.
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

inline constexpr CalibrationKnot kIdentityKnots[] = {{0.0, 0.0}, {1.0, 1.0}};

inline constexpr CalibrationCurve kPersonCurve{kIdentityKnots, 2};
inline constexpr CalibrationCurve kOrganizationCurve{kIdentityKnots, 2};
inline constexpr CalibrationCurve kVesselCurve{kIdentityKnots, 2};
inline constexpr CalibrationCurve kUnknownCurve{kIdentityKnots, 2};

}  // namespace sanctions
