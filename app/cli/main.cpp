// gradscope-cli: GradScope without a window. All the work is in gradscope_cli_lib.
#include <unistd.h>

#include <iostream>
#include <string>
#include <vector>

#include "run_cli.h"

int main(int argc, char** argv) {
  const std::vector<std::string> args(argv + 1, argv + argc);
  gs::cli::Console console{std::cout, std::cerr, ::isatty(STDERR_FILENO) == 1};
  const int status = gs::cli::runCli(args, console);
  std::cout.flush();
  return std::cout ? status : gs::cli::kExitFailure;
}
