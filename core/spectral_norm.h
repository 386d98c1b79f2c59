// ‖W‖₂, the spectral norm of a matrix: its largest singular value, the most a unit vector can be
// stretched by W (so ‖Wᵀδ‖ ≤ ‖W‖₂ ‖δ‖). It is what a bound on the backward signal needs; the
// Frobenius norm ‖W‖_F ≥ ‖W‖₂ overstates it by up to √rank.
#pragma once

#include <Eigen/Core>

namespace gs {

// Layers with more weights than this get no ‖W‖₂ in their statistics (it would cost more than the
// training step itself at depth 100 × width 64); every built-in lesson is far below it.
constexpr Eigen::Index kSpectralNormMaxWeights = 32 * 32;

// sqrt(λ_max(MᵀM)) from a self-adjoint eigen-solver on the smaller Gram matrix of M scaled by its
// largest |entry| (so tiny or huge weights neither underflow nor overflow when squared).
// 0 for an empty or all-zero matrix.
double spectralNorm(const Eigen::MatrixXd& m);

}  // namespace gs
