// The whole command line: parse, --help/--version, read --config, run the subcommand.
#pragma once

#include <string>
#include <vector>

#include "commands.h"

namespace gs::cli {

// Returns the exit status. Never throws.
int runCli(const std::vector<std::string>& args, Console& console) noexcept;

std::string usageText(const std::string& topic);
std::string versionText();

}  // namespace gs::cli
