// Per-layer statistics computed from a network after backward().
#pragma once

#include <vector>

#include "network.h"
#include "snapshot.h"

namespace gs {

constexpr int kHistogramBins = 40;

// Saturation ("f′ below 1 % of its maximum") means something only for the bounded activations,
// sigmoid and tanh; for ReLU it would only repeat the dead share.
bool saturationDefined(const Activation& activation);

LayerStats layerStats(const DenseLayer& layer, int index, bool bias);
std::vector<LayerStats> networkStats(const Mlp& net);
Histogram histogram(const Eigen::MatrixXd& values, int bins = kHistogramBins);

}  // namespace gs
