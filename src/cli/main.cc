// The `sanctions` command-line program.
#include <iostream>

#include "cli/commands.h"

int main(int argc, char** argv) {
  using namespace sanctions::cli;
  CLI::App app{
      "sanctions: screen people, companies, vessels and aircraft against official "
      "sanctions lists"};
  app.set_version_flag("--version", std::string("sanctions ") + SANCTIONS_VERSION);
  app.require_subcommand(1);
  CliContext ctx;
  RegisterListsCommands(app, ctx);
  RegisterScreenCommands(app, ctx);
  RegisterServeCommand(app, ctx);
  RegisterEvalCommand(app, ctx);
  try {
    app.parse(argc, argv);
  } catch (const CLI::ParseError& e) {
    int rc = app.exit(e);
    return rc == 0 ? kExitOk : kExitError;
  }
  return ctx.exit_code;
}
