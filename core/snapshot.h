// Plain, copyable values that describe one training step; what every view and exporter reads.
#pragma once

#include <string>
#include <vector>

#include "activation.h"

namespace gs {

struct Histogram {
  double lo = 0.0, hi = 0.0;  // range of the bins; bin i covers [lo + i·w, lo + (i+1)·w)
  std::vector<int> counts;
};

// Per-layer figures after one backward pass. Layer 0 is next to the input; the last one is the
// linear output layer.
struct LayerStats {
  int index = 0;
  int fanIn = 0, fanOut = 0;
  ActivationKind activation = ActivationKind::Linear;  // Linear for the output layer
  bool residual = false;
  double weightGradNorm = 0;     // ‖∂L/∂W‖ (Frobenius)
  double weightGradMeanAbs = 0;  // mean |∂L/∂W|
  double biasGradNorm = 0;       // ‖∂L/∂b‖ (0 when bias is off)
  double deltaRms = 0;           // RMS of δ = ∂L/∂z over units × batch
  double meanDerivative = 0;     // mean f′(z) over units × batch
  double deadFraction = 0;       // ReLU-like units with z ≤ 0 on the whole batch
  double saturatedFraction = 0;  // units whose batch-mean f′(z) is below 1% of max f′
  double weightNorm = 0;         // ‖W‖ (Frobenius)
  Histogram preActivation;       // histogram of z over units × batch
};

struct Snapshot {
  long step = 0;    // number of updates applied so far
  double loss = 0;  // mini-batch loss of this step (before the update)
  bool hasAccuracy = false;
  double accuracy = 0;  // mini-batch accuracy in [0, 1], classification only
  double learningRate = 0;
  bool finite = true;   // false once a NaN/∞ appeared; training stops there
  std::string problem;  // what went wrong and at which step, when !finite
  std::vector<LayerStats> layers;
};

}  // namespace gs
