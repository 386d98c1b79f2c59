// Numerical derivatives for the tests: the independent reference every gradient is checked against.
#pragma once

#include <algorithm>
#include <cmath>

namespace gs::test {

// Fourth-order central difference, f'(x) ≈ [8(f(x+h) − f(x−h)) − (f(x+2h) − f(x−2h))] / 12h.
// Truncation error O(h⁴) ≈ 1e-20 at h = 1e-5, so what is left is rounding, ≈ ε·|f| / h ≈ 1e-11 —
// small enough for a 1e-6 relative check on gradients above ~1e-5.
template <class F>
double centralDifference(F&& f, double x, double h = 1e-5) {
  const double d1 = f(x + h) - f(x - h);
  const double d2 = f(x + 2 * h) - f(x - 2 * h);
  return (8.0 * d1 - d2) / (12.0 * h);
}

// Perturbs one parameter in place, evaluates loss() on each side, restores it.
template <class Loss>
double numericPartial(double& param, Loss&& loss, double h = 1e-5) {
  const double saved = param;
  const double g = centralDifference(
      [&](double v) {
        param = v;
        return loss();
      },
      saved, h);
  param = saved;
  return g;
}

inline double relativeError(double a, double b) {
  const double scale = std::max(std::abs(a), std::abs(b));
  return scale == 0.0 ? 0.0 : std::abs(a - b) / scale;
}

}  // namespace gs::test
