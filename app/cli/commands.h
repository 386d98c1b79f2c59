// The table of subcommands compiled into this build, and the console they write to.
#pragma once

#include <ostream>
#include <vector>

#include "cli_args.h"

namespace gs::cli {

struct Console {
  std::ostream& out;           // results: tables, JSON with --out -
  std::ostream& err;           // progress and messages
  bool errIsTerminal = false;  // draw a progress bar instead of plain lines
};

using RunFunction = int (*)(const CliRequest& request, Console& console);

struct Subcommand {
  Command command;
  const char* synopsis;  // shown by --help
  const char* summary;
  RunFunction run;
};

// Subcommands of this build. `render` is listed only when render_command.cpp is compiled in
// (GRADSCOPE_CLI_RENDER, with the GUI); otherwise it is reported as not available.
const std::vector<Subcommand>& subcommands();
const Subcommand* findSubcommand(Command command);

}  // namespace gs::cli
