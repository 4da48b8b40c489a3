// `sanctions eval [--json] [--shared DIR]`: the quality harness (docs/quality.md).
#include <iostream>

#include "cli/commands.h"
#include "eval/eval.h"

namespace sanctions::cli {

// ../shared beside the checkout (SANCTIONS_DATA_DIR is <checkout>/data).
const std::string kDefaultShared = std::string(SANCTIONS_DATA_DIR) + "/../../shared";

void RegisterEvalCommand(CLI::App& app, CliContext& ctx) {
  struct Opts {
    bool json = false;
    bool errors = false;
    bool fit = false;
    std::string shared = kDefaultShared;
    double threshold = 0;
    size_t max_negatives = 0;
    std::string only;
  };
  auto opts = std::make_shared<Opts>();
  CLI::App* cmd = app.add_subcommand(
      "eval",
      "Run the labelled evaluation sets (name_bench, entity_bench, yente, UN scripts, "
      "Putin) and print precision, recall, F1 and false-positive rates");
  cmd->add_flag("--json", opts->json, "Print the full report as JSON");
  cmd->add_flag("--errors", opts->errors, "Also print misclassified examples");
  cmd->add_option("--shared", opts->shared, "Folder holding eval/ and lists/")
      ->capture_default_str();
  cmd->add_option("--threshold", opts->threshold, "Threshold (default: the engine's default)");
  cmd->add_option("--max-negatives", opts->max_negatives, "Cap rows per negatives file (0 = all)");
  cmd->add_flag(
      "--fit-calibration", opts->fit,
      "Print the per-type raw thresholds the calibration is fitted from (docs/scoring.md)");
  cmd->add_option("--only", opts->only, "Run only the sets whose name contains this text");
  cmd->callback([opts, &ctx] {
    if (const char* env = std::getenv("SANCTIONS_SHARED_DIR");
        env && opts->shared == kDefaultShared) {
      opts->shared = env;
    }
    eval::EvalOptions o;
    o.shared_dir = opts->shared;
    o.threshold = opts->threshold;
    o.max_negatives = opts->max_negatives;
    o.only = opts->only;
    o.progress = [](const std::string& s) { std::cerr << "eval: " << s << "\n"; };
    if (opts->fit) {
      auto fit = eval::FitCalibration(o);
      if (!fit.ok()) {
        std::cerr << "sanctions eval: " << fit.status().ToString() << "\n";
        ctx.exit_code = kExitError;
        return;
      }
      std::cout << fit->dump(2) << "\n";
      return;
    }
    auto r = eval::RunEval(o);
    if (!r.ok()) {
      std::cerr << "sanctions eval: " << r.status().ToString() << "\n";
      ctx.exit_code = kExitError;
      return;
    }
    if (opts->json) {
      std::cout << r->dump(2) << "\n";
    } else {
      std::cout << eval::FormatEvalText(*r, opts->errors);
    }
    ctx.exit_code = kExitOk;
  });
}

}  // namespace sanctions::cli
