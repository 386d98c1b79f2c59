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

// Entries by order of magnitude: bins of log₁₀|x|, kMagnitudeBinsPerDecade to a decade, on one
// grid of whole decades shared by every histogram (so layers line up): bin i covers |x| in
// [10^(lowDecade + i/k), 10^(lowDecade + (i+1)/k)). Exact zeros have no logarithm: they are
// counted apart, never in a bin. See core/magnitude_histogram.h.
struct MagnitudeHistogram {
  int lowDecade = 0;
  std::vector<int> counts;
  int zeros = 0;      // entries exactly 0
  int total() const;  // every entry: the binned ones and the zeros
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
  // Units whose batch-mean f′(z) is below 1% of max f′; only for the bounded activations (sigmoid,
  // tanh) whose tails flatten: NaN for every other (a ReLU's "saturated" units are its dead ones).
  double saturatedFraction = 0;
  double weightNorm = 0;           // ‖W‖ (Frobenius)
  double weightSpectralNorm = -1;  // ‖W‖₂, largest singular value; −1 when not computed (a layer
                                   // over kSpectralNormMaxWeights, core/spectral_norm.h)
  double maxDerivative = 0;  // sup f′ of the layer's activation (¼ for sigmoid, 1 linear)
  Histogram preActivation;   // histogram of the input of f (n when normalised, else z)

  // Normalisation: "none", "batch" or "layer"; with it, ‖∂L/∂γ‖, ‖∂L/∂β‖ and the mean over units
  // of γ/√(σ² + ε) (sample 0's for layer norm), the factor a unit's z is scaled by.
  std::string norm = "none";
  double gammaGradNorm = 0, betaGradNorm = 0;
  double normScale = 1;

  // Diagnostics. Ratios are of Frobenius norms; ‖W‖ is before the update.
  double updateRatio = 0;    // ‖ΔW‖/‖W‖ of the update this step applied (0 when none was)
  double gradDataRatio = 0;  // ‖∂L/∂W‖/‖W‖ (raw gradient)
  double activationMean = 0, activationStd = 0;        // of a over units × batch
  double preActivationMean = 0, preActivationStd = 0;  // of the input of f, as preActivation
  // The entries of ∂L/∂W by order of magnitude (log₁₀|∂L/∂W|, after Glorot & Bengio 2010,
  // fig. 7, whose linear axis cannot show a vanished layer next to the output layer).
  MagnitudeHistogram weightGradient;
  Histogram activations;  // histogram of a over units × batch
};

// One layer unit by unit, for the network diagram; only small networks carry it (see
// gs::unitDetail). Matrices are row-major fanOut × fanIn: entry (o, i) at o·fanIn + i.
struct LayerUnits {
  int fanIn = 0, fanOut = 0;
  std::vector<double> weights;         // W
  std::vector<double> weightGrads;     // ∂L/∂W
  std::vector<double> meanActivation;  // per unit: batch mean of a
  std::vector<char> dead;              // per unit: ReLU-like and z ≤ 0 on the whole batch
  std::vector<char> saturated;         // per unit: batch-mean f′(z) below 1% of max f′
};

struct Snapshot {
  long step = 0;    // number of updates applied so far
  double loss = 0;  // mini-batch loss of this step (before the update)
  bool hasAccuracy = false;
  double accuracy = 0;  // mini-batch accuracy in [0, 1], classification only
  double learningRate = 0;
  bool finite = true;   // false once a NaN/∞ appeared; training stops there
  std::string problem;  // what went wrong and at which step, when !finite
  // Global 2-norm of the raw gradient over every W, b, γ, β, before clipping, and what clipping
  // did: clipped = it changed the gradient, clipFactor = ‖clipped g‖/‖g‖ (1 when untouched).
  double gradNormTotal = 0;
  bool clipped = false;
  double clipFactor = 1;
  long clippedSteps = 0;  // steps clipping changed the gradient on, since the run started
  bool clipping = false;  // clip_norm or clip_value is set for this run
  std::vector<LayerStats> layers;
  std::vector<LayerUnits> units;  // empty unless filled by gs::unitDetail (small networks)
};

}  // namespace gs
