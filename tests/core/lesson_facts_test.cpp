// The facts the lesson teaches, each as a test: σ′ ≤ 1/4, the chain-rule product for a chain of
// one-unit sigmoid layers, δ shrinking by ≥ 4× per layer, ReLU′ ∈ {0, 1}, dead units, leaky α.
#include <gtest/gtest.h>

#include <cmath>
#include <random>
#include <vector>

#include "loss.h"
#include "network.h"
#include "optimizer.h"

namespace gs {
namespace {

const Activation kSigmoid(ActivationKind::Sigmoid);

TEST(LessonFacts, SigmoidDerivativeIsAtMostOneQuarterWithTheMaxAtZero) {
  EXPECT_DOUBLE_EQ(kSigmoid.derivative(0.0), 0.25);
  EXPECT_DOUBLE_EQ(kSigmoid.maxDerivative(), 0.25);
  EXPECT_DOUBLE_EQ(kSigmoid.argmaxDerivative(), 0.0);
  for (int i = -200000; i <= 200000; ++i) {
    const double z = i * 1e-4;  // [−20, 20]
    ASSERT_LE(kSigmoid.derivative(z), 0.25) << "z = " << z;
    if (i != 0) {
      ASSERT_LT(kSigmoid.derivative(z), 0.25) << "z = " << z;
    }
  }
}

// A chain x → z⁽¹⁾ = w⁽¹⁾x → a⁽¹⁾ = σ(z⁽¹⁾) → … → a⁽ᴸ⁾ = σ(z⁽ᴸ⁾) → ŷ = w⁽ᴼ⁾a⁽ᴸ⁾, one unit per
// layer, no bias, one sample, J = (ŷ − y)². By hand:
//   ∂J/∂w⁽ˡ⁾ = dJ/dŷ · w⁽ᴼ⁾ · σ′(z⁽ᴸ⁾) · w⁽ᴸ⁾ · σ′(z⁽ᴸ⁻¹⁾) · … · w⁽ˡ⁺¹⁾ · σ′(z⁽ˡ⁾) · a⁽ˡ⁻¹⁾.
class SigmoidChain : public ::testing::Test {
 protected:
  static constexpr int kDepth = 8;
  void SetUp() override {
    MlpShape shape;
    shape.inputs = shape.outputs = shape.width = 1;
    shape.depth = kDepth;
    shape.bias = false;
    shape.activation = kSigmoid;
    std::mt19937_64 rng(3);
    net = Mlp(shape, rng);
    const double weights[] = {0.9, -0.7, 1.0, 0.5, -1.0, 0.8, -0.6, 0.95, 1.0};  // |w| ≤ 1
    for (int l = 0; l <= kDepth; ++l) net.layers()[l].W(0, 0) = weights[l];
    Eigen::MatrixXd X(1, 1), Y(1, 1), grad;
    X << x;
    Y << y;
    lossAndGradient(LossKind::Mse, net.forward(X), Y, grad);
    net.backward(grad);
  }
  Mlp net;
  double x = 0.8, y = 0.3;
};

TEST_F(SigmoidChain, WeightGradientEqualsTheHandWrittenChainRuleProduct) {
  // Forward with plain scalars: z[l], a[l] for l = 1..L, a[0] = x.
  std::vector<double> w(kDepth + 1), z(kDepth + 1), a(kDepth + 1);
  for (int l = 0; l <= kDepth; ++l) w[l] = net.layers()[l].W(0, 0);
  a[0] = x;
  for (int l = 1; l <= kDepth; ++l) {
    z[l] = w[l - 1] * a[l - 1];
    a[l] = 1.0 / (1.0 + std::exp(-z[l]));
  }
  const double yHat = w[kDepth] * a[kDepth];
  const double dJdy = 2.0 * (yHat - y);
  // Output layer: ∂J/∂w⁽ᴼ⁾ = dJ/dŷ · a⁽ᴸ⁾.
  EXPECT_NEAR(net.layers()[kDepth].dW(0, 0), dJdy * a[kDepth], 1e-15);
  // Hidden layer l (1-based): walk the product down from the output.
  double upstream = dJdy * w[kDepth];  // ∂J/∂a⁽ᴸ⁾
  for (int l = kDepth; l >= 1; --l) {
    const double sigmaPrime = a[l] * (1.0 - a[l]);
    const double expected = upstream * sigmaPrime * a[l - 1];
    const double got = net.layers()[l - 1].dW(0, 0);
    EXPECT_NEAR(got, expected, 1e-14 * std::abs(expected) + 1e-300) << "layer " << l;
    upstream *= sigmaPrime * w[l - 1];  // ∂J/∂a⁽ˡ⁻¹⁾
  }
}

TEST_F(SigmoidChain, ErrorSignalShrinksAtLeastFourfoldPerLayer) {
  // δ⁽ˡ⁻¹⁾ = σ′(z⁽ˡ⁻¹⁾)·w⁽ˡ⁾·δ⁽ˡ⁾ and σ′ ≤ 1/4, |w| ≤ 1  ⇒  |δ⁽ˡ⁻¹⁾| ≤ |δ⁽ˡ⁾| / 4.
  for (int l = 1; l < kDepth; ++l) {
    const double lower = std::abs(net.layers()[l - 1].delta(0, 0));
    const double upper = std::abs(net.layers()[l].delta(0, 0));
    ASSERT_GT(upper, 0.0);
    EXPECT_LE(lower, upper / 4.0) << "layer " << l - 1 << " vs " << l;
  }
  // Hence over the whole chain: at most 4^−(L−1) of the signal at the top hidden layer survives.
  EXPECT_LE(std::abs(net.layers()[0].delta(0, 0)),
            std::abs(net.layers()[kDepth - 1].delta(0, 0)) * std::pow(0.25, kDepth - 1));
}

TEST(LessonFacts, ReluDerivativeIsOneForPositiveAndZeroForNegative) {
  const Activation relu(ActivationKind::Relu);
  for (double z : {1e-12, 1e-3, 0.5, 1.0, 7.0, 1e6}) {
    EXPECT_EQ(relu.derivative(z), 1.0) << z;
    EXPECT_EQ(relu.derivative(-z), 0.0) << -z;
  }
  EXPECT_EQ(relu.maxDerivative(), 1.0);
}

TEST(LessonFacts, LeakyReluDerivativeIsAlphaForNegative) {
  for (double alpha : {0.01, 0.1, 0.3}) {
    const Activation leaky(ActivationKind::LeakyRelu, alpha);
    for (double z : {-1e-9, -0.5, -3.0, -1e5}) EXPECT_EQ(leaky.derivative(z), alpha) << z;
    EXPECT_EQ(leaky.derivative(2.0), 1.0);
  }
}

// A hidden ReLU unit whose pre-activation is negative for every sample passes no gradient: its
// incoming weights and bias get exactly zero, and an SGD step leaves them where they are.
TEST(LessonFacts, DeadReluUnitGetsZeroGradientAndDoesNotMove) {
  MlpShape shape;
  shape.inputs = 2;
  shape.depth = 2;
  shape.width = 3;
  shape.activation = Activation(ActivationKind::Relu);
  shape.init = InitKind::HeNormal;
  std::mt19937_64 rng(11);
  Mlp net(shape, rng);
  DenseLayer& first = net.layers()[0];
  first.W.row(1).setZero();
  first.b(1) = -1.0;  // z = −1 for every input: unit 1 is dead
  Eigen::MatrixXd X(2, 4), Y(1, 4), grad;
  X << 0.5, -1.0, 2.0, 0.1, 1.5, 0.3, -0.7, -2.0;
  Y << 1.0, -1.0, 0.5, 0.0;
  lossAndGradient(LossKind::Mse, net.forward(X), Y, grad);
  net.backward(grad);
  EXPECT_TRUE((first.Z.row(1).array() < 0).all());
  EXPECT_EQ(first.dW.row(1).cwiseAbs().maxCoeff(), 0.0);
  EXPECT_EQ(first.db(1), 0.0);
  EXPECT_EQ(first.delta.row(1).cwiseAbs().maxCoeff(), 0.0);
  EXPECT_GT(first.dW.norm(), 0.0) << "the living units must still learn";
  const Eigen::RowVectorXd before = first.W.row(1);
  const Eigen::MatrixXd othersBefore = first.W;
  Optimizer sgd(OptimizerSettings{OptimizerKind::Sgd, 0.5});
  sgd.step(net);
  EXPECT_EQ(first.W.row(1), before);
  EXPECT_EQ(first.b(1), -1.0);
  EXPECT_NE(first.W, othersBefore);
}

}  // namespace
}  // namespace gs
