// Losses against values computed by hand, and their gradients against finite differences.
#include <gtest/gtest.h>

#include <cmath>

#include "finite_difference.h"
#include "loss.h"

namespace gs {
namespace {

Eigen::MatrixXd mat(int rows, int cols, std::initializer_list<double> v) {
  Eigen::MatrixXd m(rows, cols);
  auto it = v.begin();
  for (int r = 0; r < rows; ++r)
    for (int c = 0; c < cols; ++c) m(r, c) = *it++;
  return m;
}

TEST(Loss, MseIsTheMeanOverAllElements) {
  // (1² + 2² + 0² + 3²) / 4 = 14/4; ∂L/∂ŷ = 2(ŷ − y)/4.
  const Eigen::MatrixXd out = mat(2, 2, {1, 2, 3, 4}), y = mat(2, 2, {0, 0, 3, 1});
  Eigen::MatrixXd grad;
  EXPECT_DOUBLE_EQ(lossAndGradient(LossKind::Mse, out, y, grad), 3.5);
  EXPECT_TRUE(grad.isApprox(mat(2, 2, {0.5, 1.0, 0.0, 1.5})));
}

TEST(Loss, BceLogitsHandComputed) {
  // z = 0, y = 1: log 2; z = 2, y = 0: log(1 + e²); mean of the two.
  const Eigen::MatrixXd out = mat(1, 2, {0, 2}), y = mat(1, 2, {1, 0});
  Eigen::MatrixXd grad;
  const double expected = (std::log(2.0) + std::log1p(std::exp(2.0))) / 2;
  EXPECT_NEAR(lossAndGradient(LossKind::BceLogits, out, y, grad), expected, 1e-15);
  // ∂L/∂z = (σ(z) − y)/n
  EXPECT_NEAR(grad(0, 0), (0.5 - 1.0) / 2, 1e-15);
  EXPECT_NEAR(grad(0, 1), (1.0 / (1.0 + std::exp(-2.0))) / 2, 1e-15);
}

TEST(Loss, BceLogitsIsStableForHugeLogits) {
  const Eigen::MatrixXd out = mat(1, 2, {800, -800}), y = mat(1, 2, {0, 1});
  Eigen::MatrixXd grad;
  EXPECT_NEAR(lossAndGradient(LossKind::BceLogits, out, y, grad), 800.0, 1e-9);
  EXPECT_TRUE(grad.allFinite());
  EXPECT_NEAR(grad(0, 0), 0.5, 1e-12);
  EXPECT_NEAR(grad(0, 1), -0.5, 1e-12);
}

TEST(Loss, SoftmaxCrossEntropyHandComputed) {
  // Column 1: z = (0, 0), class 0 → log 2. Column 2: z = (1, 3), class 1 → log(1 + e^−2).
  const Eigen::MatrixXd out = mat(2, 2, {0, 1, 0, 3}), y = mat(2, 2, {1, 0, 0, 1});
  Eigen::MatrixXd grad;
  const double expected = (std::log(2.0) + std::log1p(std::exp(-2.0))) / 2;
  EXPECT_NEAR(lossAndGradient(LossKind::SoftmaxCe, out, y, grad), expected, 1e-15);
  const double p1 = 1.0 / (1.0 + std::exp(-2.0));  // softmax(1, 3)₁
  EXPECT_NEAR(grad(0, 0), (0.5 - 1) / 2, 1e-15);
  EXPECT_NEAR(grad(1, 1), (p1 - 1) / 2, 1e-15);
  EXPECT_NEAR(grad(0, 1), (1 - p1) / 2, 1e-15);
}

TEST(Loss, SoftmaxIsStableForHugeLogits) {
  const Eigen::MatrixXd out = mat(2, 1, {1000, -1000}), y = mat(2, 1, {0, 1});
  EXPECT_NEAR(lossValue(LossKind::SoftmaxCe, out, y), 2000.0, 1e-9);
}

TEST(Loss, GradientsMatchFiniteDifferences) {
  const Eigen::MatrixXd base = mat(2, 3, {0.3, -1.2, 2.0, 0.7, 0.1, -0.4});
  const Eigen::MatrixXd targets[] = {mat(2, 3, {0.5, -1, 1, 0, 2, 0.2}),  // mse
                                     mat(2, 3, {1, 0, 1, 0, 0, 1}),       // bce
                                     mat(2, 3, {1, 0, 0, 0, 1, 1})};      // one-hot columns
  int t = 0;
  for (LossKind kind : allLossKinds()) {
    const Eigen::MatrixXd& y = targets[t++];
    Eigen::MatrixXd out = base, grad;
    lossAndGradient(kind, out, y, grad);
    for (Eigen::Index i = 0; i < out.size(); ++i) {
      const double numeric = test::numericPartial(out(i), [&] { return lossValue(kind, out, y); });
      EXPECT_LT(test::relativeError(grad(i), numeric), 1e-8) << lossId(kind) << " element " << i;
    }
  }
}

TEST(Loss, IdsRoundTrip) {
  for (LossKind k : allLossKinds()) {
    ASSERT_TRUE(lossFromId(lossId(k)).has_value());
    EXPECT_EQ(*lossFromId(lossId(k)), k);
    EXPECT_NE(lossIdList().find(lossId(k)), std::string::npos);
  }
  EXPECT_FALSE(lossFromId("cross_entropy").has_value());
}

}  // namespace
}  // namespace gs
