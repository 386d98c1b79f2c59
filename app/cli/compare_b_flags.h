// render's --b-activation, --b-lr, …: run B of `--figure compare` (and of `--figure all`'s compare
// file). Each is the settings flag of run A with "b-" in its name, with the same value, allowed
// range and parser (settings_flags.h). As in the compare window, B starts from
// gs::defaultCompareB(A) — A with the one change its lesson contrasts — and these flags change it;
// everything else (data, seed, depth, width, batch, steps, …) is A's.
#pragma once

#include <string>
#include <vector>

#include "cli_args.h"
#include "cli_flags.h"

namespace gs::cli {

// The --b- flags' specs, made from run A's settings flags in `specs` (render only).
std::vector<FlagSpec> runBFlagsFrom(const std::vector<FlagSpec>& specs);

// "--lr" for "--b-lr"; empty when `flag` is not a run-B flag.
std::string runAFlagOf(const std::string& flag);

// Checks one --b- flag's value as its run-A flag would (the message names the --b- flag) and
// records it in request.settingsB. Returns an empty string or one line.
std::string addRunBFlag(CliRequest& request, const std::string& flag, const std::string& value);

// "" when the --b- flags go with the figure, else one line (B flags need --figure compare or all).
std::string runBFlagsFigureError(const CliRequest& request);

// request.configB = defaultCompareB(request.config) with request.settingsB applied, validated.
// Returns an empty string or one line naming the --b- flag, the value and what is allowed.
std::string resolveRunB(CliRequest& request);

}  // namespace gs::cli
