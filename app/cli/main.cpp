// gradscope-cli: GradScope without a window. All the work is in gradscope_cli_lib.
#include <unistd.h>

#include <csignal>
#include <iostream>
#include <string>
#include <vector>

#include "run_cli.h"
#include "training_loop.h"

int main(int argc, char** argv) {
  // Ctrl-C stops training after the current step, so the table is printed and no temporary
  // output file is left behind.
  std::signal(SIGINT, [](int) { gs::cli::requestStop(); });
  std::signal(SIGTERM, [](int) { gs::cli::requestStop(); });
  const std::vector<std::string> args(argv + 1, argv + argc);
  gs::cli::Console console{std::cout, std::cerr, ::isatty(STDERR_FILENO) == 1};
  const int status = gs::cli::runCli(args, console);
  std::cout.flush();
  return std::cout ? status : gs::cli::kExitFailure;
}
