// gradscope-cli train: train, show progress, print the per-layer gradient table, write CSV.
#pragma once

#include "commands.h"

namespace gs::cli {

int runTrain(const CliRequest& request, Console& console);

// "depth 10 × width 16 sigmoid, xavier_normal, bce_logits on circles, sgd lr 0.1, seed 42"
std::string describeConfig(const Config& config);

}  // namespace gs::cli
