// Histograms of log₁₀|x|: how many entries of a matrix lie in each quarter decade, for values that
// span many orders of magnitude (a vanishing network's ∂L/∂W: 10⁻¹⁰ next to the input, 10⁻² at
// the output), where a linear axis puts everything but the largest layer into one bin at 0.
#pragma once

#include <Eigen/Dense>

#include "snapshot.h"

namespace gs {

constexpr int kMagnitudeBinsPerDecade = 4;

// The bins run from the whole decade below the smallest nonzero |x| to the whole decade above the
// largest (at least one decade); zeros are counted in `zeros`. Empty (no bins, no zeros) when
// `values` is empty or holds a NaN or ±∞ (training stops there).
MagnitudeHistogram magnitudeHistogram(const Eigen::MatrixXd& values);

// Where bin `bin` starts, in decades (log₁₀|x|).
double magnitudeBinStart(const MagnitudeHistogram& h, int bin);

}  // namespace gs
