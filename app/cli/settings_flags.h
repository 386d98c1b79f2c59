// Settings flags (--depth, --activation, …) applied to a gs::Config.
#pragma once

#include <string>

#include "config.h"

namespace gs::cli {

// Applies one settings flag (a name from flagSpecs() with setting = true) to config.
// Returns an empty string, or one line naming the flag, the value and what is allowed.
std::string applySetting(Config& config, const std::string& flag, const std::string& value);

// gs::validate's messages joined on one line, each pointing to the flag that sets its field.
// alphaGiven: --alpha was passed (it only means something for leaky_relu and elu).
std::string validationMessage(const Config& config, bool alphaGiven);

}  // namespace gs::cli
