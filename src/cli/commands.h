// Command registration for the `sanctions` program. Each group lives in its own file and
// adds its subcommands to the CLI11 app; main() parses and returns ctx.exit_code.
//
// Exit codes (docs/cli.md): 0 no hit / success, 1 hits found (screen, scan),
// 2 usage or input error.
#pragma once

#include <CLI/CLI.hpp>

namespace sanctions::cli {

inline constexpr int kExitOk = 0;
inline constexpr int kExitHits = 1;
inline constexpr int kExitError = 2;

struct CliContext {
  int exit_code = kExitOk;
};

void RegisterListsCommands(CLI::App& app, CliContext& ctx);   // lists info|diff|add|...
void RegisterScreenCommands(CLI::App& app, CliContext& ctx);  // screen, batch, compare, scan
void RegisterServeCommand(CLI::App& app, CliContext& ctx);    // serve
void RegisterEvalCommand(CLI::App& app, CliContext& ctx);     // eval

}  // namespace sanctions::cli
