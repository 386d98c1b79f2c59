// The vectorised exp and the kernels built on it, against the C library and the scalar forms.
#include <gtest/gtest.h>

#include <cmath>
#include <vector>

#include "activation.h"
#include "exp_kernels.h"

namespace gs {
namespace {

constexpr double kUlp = 2.220446049250313e-16;

TEST(ExpKernels, ExpMatchesTheCLibraryWithinFewUlp) {
  const int n = 1000001;
  std::vector<double> x(n), y(n);
  for (int i = 0; i < n; ++i) x[i] = -708.0 + 1417.0 * i / (n - 1);
  kernels::exp(x.data(), y.data(), x.size());
  double worst = 0;
  for (int i = 0; i < n; ++i) worst = std::max(worst, std::abs(y[i] / std::exp(x[i]) - 1.0));
  EXPECT_LT(worst, 4 * kUlp);
}

TEST(ExpKernels, ExpClampsInsteadOfOverflowing) {
  const double x[] = {-1e300, -800, 800, 1e300, 0.0};
  double y[5];
  kernels::exp(x, y, 5);
  for (double v : y) EXPECT_TRUE(std::isfinite(v));
  EXPECT_GT(y[0], 0.0);
  EXPECT_EQ(y[4], 1.0);
}

// f and f′ in one pass must agree with the separate element-wise forms and the scalar ones.
class FusedForms : public ::testing::TestWithParam<ActivationKind> {};

TEST_P(FusedForms, ApplyWithDerivativeMatchesScalarForms) {
  const Activation f(GetParam());
  Eigen::ArrayXXd z(7, 300);
  for (Eigen::Index i = 0; i < z.size(); ++i) z(i) = -30.0 + 60.0 * (i + 0.5) / z.size();
  Eigen::MatrixXd Zm = z.matrix(), A(7, 300);
  Eigen::ArrayXXd d(7, 300);
  f.applyWithDerivative(Zm.array(), A.array(), d);
  for (Eigen::Index i = 0; i < z.size(); ++i) {
    const double v = f.value(z(i)), dv = f.derivative(z(i));
    EXPECT_NEAR(A(i), v, 8 * kUlp * std::abs(v)) << f.id() << " at " << z(i);
    EXPECT_NEAR(d(i), dv, 8 * kUlp * std::abs(dv)) << f.id() << "′ at " << z(i);
  }
}

TEST_P(FusedForms, WorksOnABlockWithAnOuterStride) {
  const Activation f(GetParam());
  Eigen::MatrixXd big = Eigen::MatrixXd::Random(9, 6) * 4, A = Eigen::MatrixXd::Zero(9, 6);
  Eigen::ArrayXXd d = Eigen::ArrayXXd::Zero(9, 6);
  f.applyWithDerivative(big.block(2, 1, 5, 4).array(), A.block(2, 1, 5, 4).array(),
                        d.block(2, 1, 5, 4));
  for (Eigen::Index r = 0; r < 9; ++r)
    for (Eigen::Index c = 0; c < 6; ++c) {
      const bool inside = r >= 2 && r < 7 && c >= 1 && c < 5;
      EXPECT_NEAR(A(r, c), inside ? f.value(big(r, c)) : 0.0, 1e-14) << r << "," << c;
      EXPECT_NEAR(d(r, c), inside ? f.derivative(big(r, c)) : 0.0, 1e-14) << r << "," << c;
    }
}

INSTANTIATE_TEST_SUITE_P(All, FusedForms, ::testing::ValuesIn(allActivationKinds()),
                         [](const auto& info) { return activationId(info.param); });

}  // namespace
}  // namespace gs
