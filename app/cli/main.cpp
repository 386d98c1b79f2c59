// gradscope-cli: GradScope without a window. All the work is in gradscope_cli_lib.
#include <unistd.h>

#include <cerrno>
#include <iostream>
#include <string>
#include <vector>

#include "atomic_file.h"
#include "run_cli.h"
#include "stop_signals.h"

int main(int argc, char** argv) {
  // SIGINT, SIGTERM and SIGHUP stop any phase within about a second, leaving no temporary.
  gs::cli::installStopSignals();
  const std::vector<std::string> args(argv + 1, argv + argc);
  gs::cli::Console console{std::cout, std::cerr, ::isatty(STDERR_FILENO) == 1};
  const int status = gs::cli::runCli(args, console);
  errno = 0;
  std::cout.flush();
  if (std::cout) return status;
  // `train >/dev/full`: the table never arrived, so say so instead of exiting quietly.
  const int error = errno != 0 ? errno : EIO;
  std::cerr << "gradscope-cli: cannot write to standard output (" << gs::writeErrorText(error)
            << ")\n";
  return status != 0 ? status : gs::cli::kExitUsage;
}
