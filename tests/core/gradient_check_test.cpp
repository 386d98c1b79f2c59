// Backpropagation against finite differences for every activation × loss × bias × residual:
// dW, db, the error signal δ = ∂L/∂z of every layer, and the gradient that reaches the input.
#include <gtest/gtest.h>

#include <cstdint>
#include <random>
#include <string>
#include <tuple>

#include "finite_difference.h"
#include "loss.h"
#include "network.h"

namespace gs {
namespace {

using test::numericPartial;
using test::relativeError;

constexpr int kInputs = 3, kDepth = 3, kWidth = 4, kOutputs = 2, kBatch = 5;
constexpr double kH = 1e-5;
constexpr double kRelTol = 1e-6;
// Below this magnitude a gradient counts as "tiny": rounding in the numeric derivative
// (≈ ε·|L|/h ≈ 1e-11) dominates, so only an absolute check makes sense.
constexpr double kTiny = 1e-5;
constexpr double kAbsTol = 1e-10;

using Case = std::tuple<ActivationKind, LossKind, bool, bool>;  // activation, loss, bias, residual

void expectClose(double analytic, double numeric, const std::string& what) {
  if (std::max(std::abs(analytic), std::abs(numeric)) > kTiny)
    EXPECT_LT(relativeError(analytic, numeric), kRelTol)
        << what << ": backprop " << analytic << ", finite difference " << numeric;
  else
    EXPECT_LT(std::abs(analytic - numeric), kAbsTol)
        << what << ": backprop " << analytic << ", finite difference " << numeric;
}

Eigen::MatrixXd makeTargets(LossKind loss, std::mt19937_64& rng) {
  Eigen::MatrixXd Y = Eigen::MatrixXd::Zero(kOutputs, kBatch);
  std::normal_distribution<double> normal(0.0, 1.0);
  for (int j = 0; j < kBatch; ++j) {
    if (loss == LossKind::Mse)
      Y.col(j) << normal(rng), normal(rng);
    else if (loss == LossKind::BceLogits)
      Y.col(j) << j % 2, (j / 2) % 2;
    else
      Y(j % kOutputs, j) = 1.0;  // one-hot
  }
  return Y;
}

class GradientCheck : public ::testing::TestWithParam<Case> {
 protected:
  void SetUp() override {
    const auto [act, loss, bias, residual] = GetParam();
    loss_ = loss;
    shape_.inputs = kInputs;
    shape_.outputs = kOutputs;
    shape_.depth = kDepth;
    shape_.width = kWidth;
    shape_.activation = Activation(act);
    shape_.bias = bias;
    shape_.residual = residual;
    // ReLU-like units have a kink at z = 0, where a finite difference is meaningless (without a
    // bias, a sample whose units are all off even gives z = 0 exactly in the next layer). Draw
    // again, deterministically, until every kinked pre-activation is clear of the stencil.
    for (std::uint64_t seed = 7; seed < 107; ++seed) {
      draw(seed, bias);
      if (clearOfKinks()) break;
    }
    ASSERT_TRUE(clearOfKinks()) << "no draw keeps ReLU-like pre-activations away from 0";
    int residualLayers = 0;
    for (const DenseLayer& L : net_.layers()) residualLayers += L.residual;
    ASSERT_EQ(residualLayers, residual ? kDepth - 1 : 0)
        << "skip connections between hidden layers";
  }

  double loss() { return lossValue(loss_, net_.forward(X_), Y_); }

  // Runs forward + backward and returns a copy of the layers with their gradients.
  std::vector<DenseLayer> analytic() {
    Eigen::MatrixXd grad;
    lossAndGradient(loss_, net_.forward(X_), Y_, grad);
    net_.backward(grad);
    return net_.layers();
  }

  void draw(std::uint64_t seed, bool bias) {
    std::mt19937_64 rng(seed);
    net_ = Mlp(shape_, rng);
    std::normal_distribution<double> normal(0.0, 1.0);
    if (bias)  // non-zero biases so the bias path is exercised
      for (DenseLayer& L : net_.layers())
        for (Eigen::Index i = 0; i < L.b.size(); ++i) L.b(i) = 0.5 * normal(rng);
    X_ = Eigen::MatrixXd::NullaryExpr(kInputs, kBatch, [&] { return normal(rng); });
    Y_ = makeTargets(loss_, rng);
  }

  bool clearOfKinks() {
    if (!shape_.activation.isReluLike()) return true;
    net_.forward(X_);
    for (const DenseLayer& L : net_.layers())
      if (L.activation.isReluLike() && L.Z.cwiseAbs().minCoeff() < 10 * kH) return false;
    return true;
  }

  MlpShape shape_;
  LossKind loss_ = LossKind::Mse;
  Mlp net_;
  Eigen::MatrixXd X_, Y_;
};

TEST_P(GradientCheck, WeightGradientsMatchFiniteDifferences) {
  const std::vector<DenseLayer> ref = analytic();
  double largest = 0;
  for (std::size_t l = 0; l < ref.size(); ++l) {
    Eigen::MatrixXd& W = net_.layers()[l].W;
    for (Eigen::Index r = 0; r < W.rows(); ++r)
      for (Eigen::Index c = 0; c < W.cols(); ++c) {
        const double numeric = numericPartial(
            W(r, c), [&] { return loss(); }, kH);
        largest = std::max(largest, std::abs(numeric));
        expectClose(
            ref[l].dW(r, c), numeric,
            "dW[" + std::to_string(l) + "](" + std::to_string(r) + "," + std::to_string(c) + ")");
      }
  }
  EXPECT_GT(largest, kTiny) << "every gradient is tiny: the check would prove nothing";
}

TEST_P(GradientCheck, BiasGradientsMatchFiniteDifferences) {
  const std::vector<DenseLayer> ref = analytic();
  for (std::size_t l = 0; l < ref.size(); ++l) {
    Eigen::VectorXd& b = net_.layers()[l].b;
    ASSERT_EQ(ref[l].db.size(), b.size());
    for (Eigen::Index i = 0; i < b.size(); ++i) {
      // With bias off the network ignores b, so both sides must be exactly zero.
      const double numeric = numericPartial(
          b(i), [&] { return loss(); }, kH);
      expectClose(ref[l].db(i), numeric,
                  "db[" + std::to_string(l) + "](" + std::to_string(i) + ")");
      if (!shape_.bias) {
        EXPECT_EQ(ref[l].db(i), 0.0);
      }
    }
  }
}

// δ⁽ˡ⁾(u, j) = ∂L/∂z⁽ˡ⁾(u, j). Every loss is a mean over samples, L = (1/B) Σⱼ Lⱼ, so δ(u, j)
// equals (1/B)·∂Lⱼ/∂b⁽ˡ⁾(u) on a one-sample batch of a twin network that has a bias.
TEST_P(GradientCheck, ErrorSignalDeltaMatchesFiniteDifferences) {
  const std::vector<DenseLayer> ref = analytic();
  MlpShape twinShape = shape_;
  twinShape.bias = true;
  std::mt19937_64 unused(0);
  Mlp twin(twinShape, unused);
  for (std::size_t l = 0; l < ref.size(); ++l) {
    twin.layers()[l].W = ref[l].W;
    twin.layers()[l].b = shape_.bias ? ref[l].b : Eigen::VectorXd::Zero(ref[l].b.size());
  }
  for (int j = 0; j < kBatch; ++j) {
    const Eigen::MatrixXd x = X_.col(j), y = Y_.col(j);
    for (std::size_t l = 0; l < ref.size(); ++l)
      for (Eigen::Index u = 0; u < ref[l].delta.rows(); ++u) {
        double& b = twin.layers()[l].b(u);
        const double numeric = numericPartial(
                                   b, [&] { return lossValue(loss_, twin.forward(x), y); }, kH) /
                               kBatch;
        expectClose(ref[l].delta(u, j), numeric,
                    "delta[" + std::to_string(l) + "](" + std::to_string(u) + "," +
                        std::to_string(j) + ")");
      }
  }
}

// The signal that reaches the input, ∂L/∂x = W⁽⁰⁾ᵀδ⁽⁰⁾: the end of the chain the lesson is about.
TEST_P(GradientCheck, InputGradientMatchesFiniteDifferences) {
  const std::vector<DenseLayer> ref = analytic();
  const Eigen::MatrixXd dX = ref[0].W.transpose() * ref[0].delta;
  for (Eigen::Index r = 0; r < X_.rows(); ++r)
    for (Eigen::Index c = 0; c < X_.cols(); ++c) {
      const double numeric = numericPartial(
          X_(r, c), [&] { return loss(); }, kH);
      expectClose(dX(r, c), numeric, "dX(" + std::to_string(r) + "," + std::to_string(c) + ")");
    }
}

std::string caseName(const ::testing::TestParamInfo<Case>& info) {
  const auto [act, loss, bias, residual] = info.param;
  return activationId(act) + "_" + lossId(loss) + (bias ? "_bias" : "_nobias") +
         (residual ? "_residual" : "_plain");
}

INSTANTIATE_TEST_SUITE_P(AllCombinations, GradientCheck,
                         ::testing::Combine(::testing::ValuesIn(allActivationKinds()),
                                            ::testing::ValuesIn(allLossKinds()), ::testing::Bool(),
                                            ::testing::Bool()),
                         caseName);

}  // namespace
}  // namespace gs
