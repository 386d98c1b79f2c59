// What happens to the raw gradient g between backward() and the optimiser: clipping (by the
// global norm or element-wise) and L2 weight decay. The raw gradients stay in the network (what
// the statistics and snapshots show); the optimiser applies the adjustment as it reads them:
//   g′ = clip(g) + λ·W   (λ·W for weight matrices only, never for b, γ or β)
// Clipping comes first, as with PyTorch's clip_grad_norm_ / clip_grad_value_ followed by an
// optimiser with weight_decay (which adds λ·θ to the gradient inside step()).
#pragma once

#include <limits>

#include "network.h"

namespace gs {

// Added to the global norm before dividing, as PyTorch's clip_grad_norm_.
constexpr double kClipNormEpsilon = 1e-6;

struct ClipSettings {
  double maxNorm = 0;  // clip_norm: > 0 scales every gradient by c/(‖g‖ + 1e-6) when that is < 1
  double maxValue = 0;     // clip_value: > 0 clamps every entry to [−v, v]
  double weightDecay = 0;  // λ ≥ 0
};

// How one step's gradients are adjusted; what the optimiser reads.
struct GradientAdjustment {
  double scale = 1.0;  // norm clipping: every entry × scale
  double clipValue = std::numeric_limits<double>::infinity();  // then each entry clamped to ±this
  double weightDecay = 0.0;                                    // then + λ·W on weight matrices
  bool changesGradient(bool isWeight) const {
    return scale != 1.0 || clipValue < std::numeric_limits<double>::infinity() ||
           (isWeight && weightDecay != 0.0);
  }
};

// What one step's clipping did, for the snapshot.
struct ClipReport {
  double totalNorm = 0;  // global 2-norm of the raw gradient over every W, b, γ, β
  bool clipped = false;  // the gradient was changed by clipping (not by weight decay)
  double factor = 1.0;   // ‖clipped g‖ / ‖g‖: 1 when untouched
};

// ‖g‖ over every parameter the network trains (dW, db where b is used, dγ, dβ), without overflow.
double globalGradientNorm(const Mlp& net);

// Decides the adjustment of this step from the raw gradients in `net`.
GradientAdjustment planAdjustment(const Mlp& net, const ClipSettings& settings, ClipReport& report);

}  // namespace gs
