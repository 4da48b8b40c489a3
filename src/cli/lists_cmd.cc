// Placeholder until the owner of this command group writes it.
#include "cli/commands.h"

namespace sanctions::cli {

void RegisterListsCommands(CLI::App&, CliContext&) {}

}  // namespace sanctions::cli
