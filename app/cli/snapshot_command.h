// gradscope-cli snapshot: train K steps, then write the exact gradient of the next mini-batch
// ("gradscope-snapshot/1" JSON) so that another framework can check it.
#pragma once

#include "commands.h"

namespace gs::cli {

int runSnapshot(const CliRequest& request, Console& console);

}  // namespace gs::cli
