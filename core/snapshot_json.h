// JSON exports: the gradient snapshot ("gradscope-snapshot/1") for cross-checking in another
// framework, and the per-step statistics.
#pragma once

#include <nlohmann/json.hpp>

#include "config_json.h"
#include "snapshot.h"
#include "trainer.h"

namespace gs {

constexpr const char* kSnapshotFormat = "gradscope-snapshot/1";

// Runs trainer.probe() on the next batch and writes network, batch, loss and gradients.
nlohmann::json gradientSnapshotJson(Trainer& trainer);

nlohmann::json statsToJson(const Snapshot& snapshot);

}  // namespace gs
