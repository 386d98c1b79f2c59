// The per-unit numbers of a small network (weights, ∂L/∂W, mean activation, dead and saturated
// units) for the network diagram; large networks get none, so a snapshot stays small.
#pragma once

#include <cstddef>
#include <vector>

#include "network.h"
#include "snapshot.h"

namespace gs {

// 16 layers of 64 × 64: ~1 MB of doubles per snapshot at most.
constexpr std::size_t kUnitDetailMaxWeights = 65536;

// From the network after backward(): one LayerUnits per layer, or empty when the network has
// more than maxWeights weights.
std::vector<LayerUnits> unitDetail(const Mlp& net, std::size_t maxWeights = kUnitDetailMaxWeights);

}  // namespace gs
