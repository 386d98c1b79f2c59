// The backprop walk-through: the factors of the chain rule with this step's real numbers.
//
// Layers are numbered l = 1…L as in the lesson (core index i = l − 1); layer L is the linear output
// layer, W⁽ˡ⁾ maps a⁽ˡ⁻¹⁾ to z⁽ˡ⁾ = W⁽ˡ⁾a⁽ˡ⁻¹⁾ + b⁽ˡ⁾ and a⁽ˡ⁾ = f(z⁽ˡ⁾) (a⁽⁰⁾ = the input). For a
// chain of one unit per layer the gradient of the weight w⁽ˡ⁾ is the product
//
//   ∂J/∂w⁽ˡ⁾ = dJ/da⁽ᴸ⁾ · f′(z⁽ᴸ⁾) · w⁽ᴸ⁾ · f′(z⁽ᴸ⁻¹⁾) ⋯ w⁽ˡ⁺¹⁾ · f′(z⁽ˡ⁾) · a⁽ˡ⁻¹⁾
//              \___________________ δ⁽ˡ⁾ = ∂J/∂z⁽ˡ⁾ _____________________/
//
// so each row, from the output back to the input, multiplies the running product δ by one more
// weight (the factor dz⁽ˡ⁺¹⁾/da⁽ˡ⁾) and one more f′(z⁽ˡ⁾) (da⁽ˡ⁾/dz⁽ˡ⁾). With a residual layer the
// skip path adds ∂J/∂a⁽ˡ⁺¹⁾ to the upstream gradient.
//
// J is the mini-batch loss (a mean over the batch), as in core's backward. The per-sample column
// s is sample s's share of it, so the per-sample gradients summed over the batch give core's dW
// exactly. The walk recomputes the backward recursion from W, Z and the output layer's δ (=
// ∂J/∂out, the output being linear) instead of copying core's δ, so it checks core rather than
// echoes it.
#pragma once

#include <Eigen/Core>
#include <string>
#include <vector>

#include "network.h"

namespace gs {

struct ChainWalkRow {
  int layer = 0;           // core index i; the lesson's l is layer + 1
  std::string activation;  // activation id ("linear" for the output layer)
  int fanIn = 0, fanOut = 0;
  bool residual = false;
  // Normalisation ("none", "batch", "layer") and γ/√(σ² + ε) for sample s (mean over the units
  // when wider; 1 without a normalisation). With a normalisation, f′ is taken at n, not z, and δ
  // passes through the normalisation's backward, which couples the samples of the batch.
  std::string norm = "none";
  double normScale = 1;

  // One chosen sample s. In a one-unit chain these are the signed scalars of the product above;
  // in any other network they are Euclidean norms of the vectors (the mean for f′), on every row.
  double z = 0;         // z⁽ˡ⁾ (norm when wider)
  double upstream = 0;  // ∂J/∂a⁽ˡ⁾: dJ/da⁽ᴸ⁾ on the output row, else w⁽ˡ⁺¹⁾·δ⁽ˡ⁺¹⁾ (+ skip)
  double weightAbove = 0;  // w⁽ˡ⁺¹⁾ (‖W⁽ˡ⁺¹⁾‖ when wider); 0 on the output row
  // ‖W⁽ˡ⁺¹⁾‖₂, the most the weights above can stretch δ (|w| for one unit); −1 on the output row
  // or when W⁽ˡ⁺¹⁾ has more than kSpectralNormMaxWeights weights
  double weightAboveSpectral = -1;
  double fprime = 0;  // f′(z⁽ˡ⁾) (mean over the layer's units when wider)
  double delta = 0;  // running product δ⁽ˡ⁾ = upstream · f′(z⁽ˡ⁾) (‖δ⁽ˡ⁾‖ when wider)
  double aPrev = 0;     // a⁽ˡ⁻¹⁾ = dz⁽ˡ⁾/dw⁽ˡ⁾ (‖a⁽ˡ⁻¹⁾‖ when wider)
  double gradient = 0;  // ∂J/∂w⁽ˡ⁾ = δ⁽ˡ⁾ · a⁽ˡ⁻¹⁾ (‖δ⁽ˡ⁾a⁽ˡ⁻¹⁾ᵀ‖ = ‖δ‖‖a‖ when wider)
  double fprimeProduct = 1;  // ∏ f′ from the output down to this layer (means when wider)
  double fprimeBound = 1;    // ∏ max f′ over the same layers: 0.25ᵏ for k sigmoid layers

  // Summed over the batch (what the optimiser uses).
  double weight = 0;          // w⁽ˡ⁾ (1 unit) or ‖W⁽ˡ⁾‖
  double deltaBatchNorm = 0;  // ‖δ⁽ˡ⁾‖ over units × batch
  double gradientBatch = 0;  // Σₛ ∂J/∂w⁽ˡ⁾ (1 unit: equals dW) or ‖Σₛ δₛaₛᵀ‖ (= ‖dW‖)
};

struct ChainWalk {
  int sample = 0;             // the column of the batch the per-sample values describe
  int batch = 0;              // batch size of the pass the walk was read from
  bool oneUnitChain = false;  // every layer is 1 × 1: the rows are the lesson's scalars
  bool bias = false;
  // False when the weights changed after the backward pass the walk reads (Trainer::step() has
  // already applied the update): the recomputed δ then no longer match core's. Take the walk after
  // Trainer::probe(), or from a copy of the network made between backward and the update.
  bool matchesBackward = true;
  std::vector<ChainWalkRow> rows;  // rows[0] is the output layer L, rows.back() layer 1
};

// Needs a network after forward() and backward() (Trainer::step or probe). Throws
// std::invalid_argument when there is no backward pass yet or sample is outside 0 … batch − 1.
ChainWalk chainWalk(const Mlp& net, int sample = 0);

// The batch-summed ∂J/∂W⁽ˡ⁾ of core layer index `layer`, rebuilt by the walk's recursion; equals
// net.layers()[layer].dW. For tests and for checking another framework's numbers.
Eigen::MatrixXd chainGradient(const Mlp& net, int layer);

}  // namespace gs
