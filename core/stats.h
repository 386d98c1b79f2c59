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

// withHistogram: also bin z (or n), log₁₀|∂L/∂W| and a into LayerStats' three histograms (about a
// fifth of a small network's step; callers that show them only now and then skip them and add them
// with addLayerHistograms).
LayerStats layerStats(const DenseLayer& layer, int index, bool bias, bool withHistogram = true);
std::vector<LayerStats> networkStats(const Mlp& net, bool withHistograms = true);
// Fills every layer's three histograms from the network's caches, which hold the last forward
// and backward pass: call it for the snapshot of that pass (Trainer::last() after its step()).
void addLayerHistograms(const Mlp& net, Snapshot& snapshot);
Histogram histogram(const Eigen::MatrixXd& values, int bins = kHistogramBins);

}  // namespace gs
