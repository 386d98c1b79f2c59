// TensorBoard's smoothing of a noisy curve: an exponential moving average with its start-up bias
// removed, s̃ₜ = sₜ / (1 − wᵗ) where sₜ = w·sₜ₋₁ + (1 − w)·xₜ, s₀ = 0. Weight w in [0, 1): 0 is the
// raw curve, 0.9 averages over roughly the last ten points. Non-finite values are skipped (they
// keep the previous smoothed value).
#pragma once

#include <QVector>

namespace gs {

QVector<double> debiasedEma(const QVector<double>& values, double weight);

}  // namespace gs
