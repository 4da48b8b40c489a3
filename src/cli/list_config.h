// The lists configured for this installation, and loading the lists a command names.
//
// `sanctions lists add FILE...` records paths (absolute) in $SANCTIONS_HOME/lists.json
// (default ~/.local/share/sanctions); screen, batch, scan and serve use them when no
// --list is given. Writes are atomic (write to a temp file, then rename): a crash never
// loses the saved configuration.
#pragma once

#include <string>
#include <vector>

#include "sanctions/list.h"
#include "sanctions/status.h"

namespace sanctions::cli {

// $SANCTIONS_HOME, or ~/.local/share/sanctions.
std::string SanctionsHome();

// The configured list paths, in the order added. Empty when none is configured.
Result<std::vector<std::string>> ConfiguredLists();
// Validates each path by loading it (a bad list is refused with the reason), then records it.
Status AddConfiguredLists(const std::vector<std::string>& paths);
Status RemoveConfiguredList(const std::string& path);

// Loads `paths`, or the configured lists when `paths` is empty. A list that fails to load
// fails the whole call with its reason; rejected records are reported on stderr (one line
// each, capped) unless `quiet`. With no list given and none configured, the error says
// how to add one.
Result<std::vector<ListData>> LoadListsForCommand(const std::vector<std::string>& paths,
                                                  const LoadOptions& options, bool quiet = false);

}  // namespace sanctions::cli
