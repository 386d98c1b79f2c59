// A true upper bound on the backward signal, weights included. For a layer l below a plain
// (non-residual) layer l+1, δ⁽ˡ⁾ = f′(z⁽ˡ⁾) ⊙ (W⁽ˡ⁺¹⁾ᵀ δ⁽ˡ⁺¹⁾) column by column, and |f′| ≤ max f′,
// ‖Wᵀx‖ ≤ ‖W‖₂‖x‖, so over the whole batch (Frobenius norms)
//
//   ‖Δ⁽ˡ⁾‖ ≤ max f′⁽ˡ⁾ · ‖W⁽ˡ⁺¹⁾‖₂ · ‖Δ⁽ˡ⁺¹⁾‖ ≤ ∏ₖ₌ₗ^{L−1} (max f′⁽ᵏ⁾ · ‖W⁽ᵏ⁺¹⁾‖₂) · ‖Δ⁽ᴸ⁾‖.
//
// In the RMS over units × batch that the bars show (RMS δ = ‖Δ‖ / √(n·B)) the widths enter as
// √(n_L / n_l). The σ′-only "0.25ᵏ × output" leaves out the weights and is no bound: weights with
// ‖W‖₂ > 4 lift a sigmoid layer's δ above it.
#pragma once

#include <vector>

#include "snapshot.h"

namespace gs {

// bound[i] ≥ layers[i].deltaRms for every layer (input first), from the output layer's deltaRms,
// every layer's maxDerivative and the spectral norms of the weights above it. Empty when it does
// not apply: fewer than two layers, a residual layer (its skip path adds a second term), a
// normalised layer (γ/√(σ² + ε) and the batch coupling multiply δ too), or a
// layer without ‖W‖₂ (over kSpectralNormMaxWeights) or with an unbounded f′.
std::vector<double> deltaRmsBound(const std::vector<LayerStats>& layers);

// The per-layer factor max f′⁽ˡ⁾ · ‖W⁽ˡ⁺¹⁾‖₂ of layer index i (< layers.size() − 1).
double boundFactor(const std::vector<LayerStats>& layers, int i);

}  // namespace gs
