// Per-layer statistics computed from a network after backward().
#pragma once

#include <vector>

#include "network.h"
#include "snapshot.h"

namespace gs {

constexpr int kHistogramBins = 40;

// withHistogram: also bin z into LayerStats::preActivation (about a fifth of a small network's
// step; callers that show it only now and then skip it and add it with preActivationHistograms).
LayerStats layerStats(const DenseLayer& layer, int index, bool bias, bool withHistogram = true);
std::vector<LayerStats> networkStats(const Mlp& net, bool withHistograms = true);
// Fills every layer's preActivation from the network's forward caches, which hold the last
// forward pass: call it for the snapshot of that pass (Trainer::last() after its step()).
void addPreActivationHistograms(const Mlp& net, Snapshot& snapshot);
Histogram histogram(const Eigen::MatrixXd& values, int bins = kHistogramBins);

}  // namespace gs
