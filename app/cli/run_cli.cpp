#include "run_cli.h"

namespace gs::cli {
namespace {

int fail(Console& console, int status, const std::string& message) {
  console.err << "gradscope-cli: " << message << '\n';
  return status;
}

int dispatch(const std::vector<std::string>& args, Console& console) {
  ParseResult parsed = parseArguments(args);
  if (!parsed.ok()) return fail(console, parsed.exitStatus, parsed.error);
  CliRequest& request = parsed.request;
  if (request.command == Command::Help) {
    console.out << usageText(request.helpTopic);
    return kExitOk;
  }
  if (request.command == Command::Version) {
    console.out << versionText();
    return kExitOk;
  }
  const Subcommand* sub = findSubcommand(request.command);
  if (!sub)
    return fail(console, kExitUsage,
                std::string(commandName(request.command)) +
                    " is not available in this build (it needs the GUI libraries; configure "
                    "with -DGRADSCOPE_BUILD_GUI=ON); available: train, snapshot");
  const std::string error = resolveConfigFile(request);
  if (!error.empty()) return fail(console, kExitUsage, error);
  return sub->run(request, console);
}

}  // namespace

int runCli(const std::vector<std::string>& args, Console& console) noexcept {
  try {
    return dispatch(args, console);
  } catch (const std::exception& e) {
    try {
      return fail(console, kExitFailure, std::string("internal error: ") + e.what());
    } catch (...) {
    }
  } catch (...) {
  }
  return kExitFailure;
}

}  // namespace gs::cli
