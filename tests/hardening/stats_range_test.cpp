// The per-layer norms must survive the whole double range: a vanishing gradient of 1e-170 per
// entry is the thing GradScope exists to show (squaring it underflows to 0), and an exploding one
// of 1e200 is still finite (squaring it overflows to ∞). Reference: ‖x‖ of n equal entries v is
// v·√n, and the RMS of equal entries is v.
#include <gtest/gtest.h>

#include <cmath>

#include "stats.h"

namespace gs {
namespace {

DenseLayer layerFilledWith(double v) {
  DenseLayer L;
  L.W = Eigen::MatrixXd::Constant(4, 9, v);
  L.b = Eigen::VectorXd::Constant(4, v);
  L.dW = L.W;
  L.db = L.b;
  L.Z = Eigen::MatrixXd::Constant(4, 16, 0.5);
  L.A = L.Z;
  L.delta = Eigen::MatrixXd::Constant(4, 16, v);
  L.fprime = Eigen::ArrayXXd::Constant(4, 16, 0.25);
  return L;
}

class ExtremeMagnitudes : public ::testing::TestWithParam<double> {};

TEST_P(ExtremeMagnitudes, NormsAreExactNotZeroOrInfinite) {
  const double v = GetParam();
  const LayerStats s = layerStats(layerFilledWith(v), 0, true);
  EXPECT_NEAR(s.weightGradNorm / (v * 6.0), 1.0, 1e-12);  // √36 = 6
  EXPECT_NEAR(s.weightNorm / (v * 6.0), 1.0, 1e-12);
  EXPECT_NEAR(s.biasGradNorm / (v * 2.0), 1.0, 1e-12);  // √4 = 2
  EXPECT_NEAR(s.deltaRms / v, 1.0, 1e-12);
  EXPECT_NEAR(s.weightGradMeanAbs / v, 1.0, 1e-12);
}

INSTANTIATE_TEST_SUITE_P(WholeDoubleRange, ExtremeMagnitudes,
                         ::testing::Values(1e-300, 1e-170, 1e-3, 1.0, 1e170, 1e300));

}  // namespace
}  // namespace gs
