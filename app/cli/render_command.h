// gradscope-cli render: trains in-process, then draws the window's figures without a display.
#pragma once

#include "commands.h"

namespace gs::cli {

// Exit status: 0 written, 2 bad lesson/config/output, 3 diverged (the figures of the steps before
// are still written), 130 interrupted (nothing written).
int runRender(const CliRequest& request, Console& console);

}  // namespace gs::cli
