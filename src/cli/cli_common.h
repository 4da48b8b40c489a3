// Helpers shared by the screening commands and `serve`: the --list option, loading the
// lists into an Index, and one-line error messages on stderr.
#pragma once

#include <memory>
#include <string>
#include <vector>

#include <CLI/CLI.hpp>

#include "sanctions/screen.h"
#include "sanctions/status.h"

namespace sanctions::cli {

// Adds the repeatable `--list FILE` option.
void AddListOption(CLI::App* cmd, std::vector<std::string>* lists);

// Loads `paths` (or the configured lists when empty) and builds an Index. Rejected
// records are reported on stderr unless `quiet`.
Result<std::shared_ptr<const Index>> LoadIndexForCommand(const std::vector<std::string>& paths,
                                                         bool quiet);

// "sanctions <command>: <message>" on stderr.
void PrintError(const std::string& command, const Status& status);

// Validates a threshold in [0, 1] and a limit; InvalidArgument naming the option.
Status CheckThreshold(double threshold);

// Reads all of FILE, or stdin for "-". InvalidArgument if larger than `max_bytes`.
Result<std::string> ReadInputText(const std::string& path, size_t max_bytes);

}  // namespace sanctions::cli
