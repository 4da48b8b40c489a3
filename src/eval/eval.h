// The quality harness behind `sanctions eval`: runs every labelled set in the shared eval
// folder (see its README.md) through the engine at the default threshold and reports
// precision, recall, F1 (and the best F1 with its threshold) for pair sets, recall and
// false-positive rates for screening sets. Results are JSON; FormatEvalText renders the
// tables printed by the command. docs/quality.md holds the latest results.
#pragma once

#include <nlohmann/json.hpp>

#include <functional>
#include <string>

#include "sanctions/status.h"

namespace sanctions::eval {

struct EvalOptions {
  std::string shared_dir;    // holds eval/ and lists/
  double threshold = 0;      // 0 = kDefaultThreshold
  size_t max_negatives = 0;  // cap per negatives file (0 = all rows)
  size_t max_errors = 25;    // misclassified examples kept per set
  std::string only;          // run only sets whose name contains this ("" = all)
  std::function<void(const std::string&)> progress;  // optional progress lines
};

// Runs the sets. Fails only when a required file is missing or unreadable.
Result<nlohmann::json> RunEval(const EvalOptions& options);

// Fits the calibration (docs/scoring.md, "Calibration"): for each entity type, the raw
// name score with the best F1 on the training half of name_bench (even rows) is mapped to
// kDefaultThreshold. Returns the C++ text of src/match/calibration_data.h's curves and a
// JSON summary.
Result<nlohmann::json> FitCalibration(const EvalOptions& options);

// Human-readable tables of a RunEval result.
std::string FormatEvalText(const nlohmann::json& report, bool show_errors);

}  // namespace sanctions::eval
