// Normalisation of a hidden layer's pre-activations, between z = W·a + b and f:
//   n = γ ⊙ (z − μ)/√(σ² + ε) + β
// BatchNorm takes μ, σ² per unit over the mini-batch (PyTorch's BatchNorm1d in training mode) and
// keeps running averages for evaluation; LayerNorm takes them per sample over the layer's units.
// Both use the biased variance (divide by the count) in the normalisation.
#pragma once

#include <Eigen/Core>
#include <optional>
#include <string>
#include <vector>

namespace gs {

enum class NormKind { None, Batch, Layer };

std::vector<NormKind> allNormKinds();
std::string normId(NormKind kind);  // "none", "batch", "layer"
std::optional<NormKind> normFromId(const std::string& id);
std::string normIdList();  // "none, batch, layer" for messages

constexpr double kDefaultNormEps = 1e-5;
// Running averages: r ← (1 − m)·r + m·(batch value), m = 0.1, as PyTorch. The running variance
// takes the unbiased batch variance σ²·B/(B − 1), as PyTorch does.
constexpr double kBatchNormMomentum = 0.1;

// One layer's normalisation with its parameters, forward cache and gradients. Shapes (U units,
// B samples): Z, N, xhat: U x B; gamma, beta, dgamma, dbeta, runningMean, runningVar: U;
// mean, var, invStd: U (batch) or B (layer).
struct Normalization {
  NormKind kind = NormKind::None;
  double eps = kDefaultNormEps;
  Eigen::VectorXd gamma, beta;              // γ = 1, β = 0 at the start
  Eigen::VectorXd runningMean, runningVar;  // batch only: 0 and 1 at the start

  Eigen::MatrixXd xhat;               // x̂ = (z − μ)/√(σ² + ε) of the last training pass
  Eigen::VectorXd mean, var, invStd;  // μ, biased σ², 1/√(σ² + ε) of that pass
  Eigen::VectorXd dgamma, dbeta;      // ∂L/∂γ, ∂L/∂β of the last backward

  Normalization() = default;
  Normalization(NormKind kind, int units, double eps);

  bool on() const { return kind != NormKind::None; }
  // Training mode: statistics of this batch (batch) or of each sample (layer). N = γ ⊙ x̂ + β.
  void forward(const Eigen::MatrixXd& Z, Eigen::MatrixXd& N);
  // Evaluation mode: BatchNorm uses the running averages; LayerNorm is the same as in training.
  // Touches no cache.
  void infer(const Eigen::MatrixXd& Z, Eigen::MatrixXd& N) const;
  // In place: ∂L/∂n in, ∂L/∂z out (every sample of the batch, or every unit of the sample, shares
  // μ and σ², so each entry of ∂L/∂z depends on the whole group). Fills dgamma and dbeta.
  void backward(Eigen::MatrixXd& grad);
  // The same ∂L/∂n → ∂L/∂z, in place, without touching the gradients (for the walk-through).
  void inputGradient(Eigen::MatrixXd& grad) const;
  // Folds the last training pass's μ and σ² into the running averages (BatchNorm; else nothing).
  void updateRunningStatistics();
  // Mean over the units of the factor ∂n/∂z would be without the coupling, γ/√(σ² + ε), for
  // sample `sample` of the last training pass: what the walk-through shows.
  double meanScaleFactor(int sample) const;

 private:
  Eigen::VectorXd sum1_, sum2_;  // Σ ∂L/∂x̂ and Σ ∂L/∂x̂ ⊙ x̂ over the group, in backward
};

}  // namespace gs
