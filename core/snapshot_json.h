// JSON exports: the gradient snapshot ("gradscope-snapshot/1") for cross-checking in another
// framework, and the per-step statistics.
#pragma once

#include <cstddef>
#include <functional>
#include <nlohmann/json.hpp>

#include "config_json.h"
#include "snapshot.h"
#include "trainer.h"

namespace gs {

constexpr const char* kSnapshotFormat = "gradscope-snapshot/1";

// Receives the snapshot text block by block; returns false when it could not write one.
using SnapshotSink = std::function<bool(const char* data, std::size_t size)>;

enum class SnapshotStatus { Written, NonFinite, WriteFailed, Stopped };

// Runs trainer.probe() on the next batch and, when its loss and gradients are finite, streams
// network, batch, loss and gradients as one JSON line to `sink` (memory: a 64 KiB buffer, no
// JSON tree). `stop` is asked between blocks; Stopped / WriteFailed leave the text cut short.
SnapshotStatus writeGradientSnapshot(Trainer& trainer, const SnapshotSink& sink,
                                     const std::function<bool()>& stop = {});

nlohmann::json statsToJson(const Snapshot& snapshot);

}  // namespace gs
