// BatchNorm and LayerNorm against finite differences, for every activation × norm × bias ×
// residual: dW, db, dγ, dβ, the error signal δ = ∂L/∂z of every layer and ∂L/∂x. A BatchNorm
// batch couples every sample (each z enters μ and σ² of its unit), so δ(u, j) is checked by
// shifting that one z in a forward pass written here from the definition, which also checks
// core's forward.
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
constexpr double kTiny =
    1e-5;  // below this only an absolute check makes sense (see gradient_check)
constexpr double kAbsTol = 1e-10;

using Case = std::tuple<ActivationKind, NormKind, bool, bool>;  // activation, norm, bias, residual

void expectClose(double analytic, double numeric, const std::string& what) {
  if (std::max(std::abs(analytic), std::abs(numeric)) > kTiny)
    EXPECT_LT(relativeError(analytic, numeric), kRelTol)
        << what << ": backprop " << analytic << ", finite difference " << numeric;
  else
    EXPECT_LT(std::abs(analytic - numeric), kAbsTol)
        << what << ": backprop " << analytic << ", finite difference " << numeric;
}

// n = γ(z − μ)/√(σ² + ε) + β from the definition: loops, biased variance.
Eigen::MatrixXd normalizeByDefinition(const Eigen::MatrixXd& z, const Normalization& n) {
  Eigen::MatrixXd out(z.rows(), z.cols());
  const bool batch = n.kind == NormKind::Batch;
  const Eigen::Index groups = batch ? z.rows() : z.cols();
  const Eigen::Index size = batch ? z.cols() : z.rows();
  for (Eigen::Index g = 0; g < groups; ++g) {
    const auto at = [&](Eigen::Index k) -> double { return batch ? z(g, k) : z(k, g); };
    double mean = 0, var = 0;
    for (Eigen::Index k = 0; k < size; ++k) mean += at(k) / double(size);
    for (Eigen::Index k = 0; k < size; ++k) var += (at(k) - mean) * (at(k) - mean) / double(size);
    for (Eigen::Index k = 0; k < size; ++k) {
      const Eigen::Index u = batch ? g : k, j = batch ? k : g;
      out(u, j) = n.gamma(u) * (at(k) - mean) / std::sqrt(var + n.eps) + n.beta(u);
    }
  }
  return out;
}

class NormGradientCheck : public ::testing::TestWithParam<Case> {
 protected:
  void SetUp() override {
    const auto [act, norm, bias, residual] = GetParam();
    const std::vector<LossKind> losses = allLossKinds();
    loss_ = losses[static_cast<std::size_t>(act) % losses.size()];
    shape_.inputs = kInputs;
    shape_.outputs = kOutputs;
    shape_.depth = kDepth;
    shape_.width = kWidth;
    shape_.activation = Activation(act);
    shape_.bias = bias;
    shape_.residual = residual;
    shape_.norm = norm;
    for (std::uint64_t seed = 11; seed < 211; ++seed) {
      draw(seed);
      if (clearOfKinks()) break;
    }
    ASSERT_TRUE(clearOfKinks()) << "no draw keeps ReLU-like inputs of f away from 0";
    for (std::size_t l = 0; l + 1 < net_.layers().size(); ++l)
      ASSERT_EQ(net_.layers()[l].norm.kind, norm) << "hidden layer " << l;
    ASSERT_FALSE(net_.layers().back().norm.on()) << "the output layer is never normalised";
  }

  double loss() { return lossValue(loss_, net_.forward(X_), Y_); }

  // The loss with z(u, j) of layer `layer` shifted by e, from a forward pass written out here.
  double lossWithShift(std::size_t layer, Eigen::Index u, Eigen::Index j, double e) const {
    Eigen::MatrixXd a = X_;
    Eigen::ArrayXXd f;
    for (std::size_t l = 0; l < net_.layers().size(); ++l) {
      const DenseLayer& L = net_.layers()[l];
      Eigen::MatrixXd z = L.W * a;
      if (L.bias) z.colwise() += L.b;
      if (l == layer) z(u, j) += e;
      if (L.norm.on()) z = normalizeByDefinition(z, L.norm);
      L.activation.apply(z.array(), f);
      a = L.residual ? Eigen::MatrixXd(a + f.matrix()) : Eigen::MatrixXd(f.matrix());
    }
    return lossValue(loss_, a, Y_);
  }

  std::vector<DenseLayer> analytic() {
    Eigen::MatrixXd grad;
    lossAndGradient(loss_, net_.forward(X_), Y_, grad);
    net_.backward(grad);
    return net_.layers();
  }

  void draw(std::uint64_t seed) {
    std::mt19937_64 rng(seed);
    net_ = Mlp(shape_, rng);
    std::normal_distribution<double> normal(0.0, 1.0);
    for (DenseLayer& L : net_.layers()) {
      for (Eigen::Index i = 0; i < L.b.size(); ++i) L.b(i) = 0.5 * normal(rng);
      if (!L.norm.on()) continue;  // γ, β away from 1 and 0 so that both paths are exercised
      for (Eigen::Index i = 0; i < L.norm.gamma.size(); ++i) {
        L.norm.gamma(i) = 1.0 + 0.4 * normal(rng);
        L.norm.beta(i) = 0.3 * normal(rng);
      }
    }
    X_ = Eigen::MatrixXd::NullaryExpr(kInputs, kBatch, [&] { return normal(rng); });
    Y_ = Eigen::MatrixXd::Zero(kOutputs, kBatch);
    for (int j = 0; j < kBatch; ++j) {
      if (loss_ == LossKind::Mse)
        Y_.col(j) << normal(rng), normal(rng);
      else if (loss_ == LossKind::BceLogits)
        Y_.col(j) << j % 2, (j / 2) % 2;
      else
        Y_(j % kOutputs, j) = 1.0;
    }
  }

  bool clearOfKinks() {
    if (!shape_.activation.isReluLike()) return true;
    net_.forward(X_);
    for (const DenseLayer& L : net_.layers())
      if (L.activation.isReluLike() && L.activationInput().cwiseAbs().minCoeff() < 100 * kH)
        return false;
    return true;
  }

  MlpShape shape_;
  LossKind loss_ = LossKind::Mse;
  Mlp net_;
  Eigen::MatrixXd X_, Y_;
};

TEST_P(NormGradientCheck, ForwardMatchesTheDefinition) {
  const double core = loss();
  const double byDefinition = lossWithShift(0, 0, 0, 0.0);
  EXPECT_NEAR(core, byDefinition, 1e-12 * std::max(1.0, std::abs(core)));
}

TEST_P(NormGradientCheck, WeightAndBiasGradientsMatchFiniteDifferences) {
  const std::vector<DenseLayer> ref = analytic();
  double largest = 0;
  for (std::size_t l = 0; l < ref.size(); ++l) {
    DenseLayer& L = net_.layers()[l];
    for (Eigen::Index r = 0; r < L.W.rows(); ++r)
      for (Eigen::Index c = 0; c < L.W.cols(); ++c) {
        const double numeric = numericPartial(
            L.W(r, c), [&] { return loss(); }, kH);
        largest = std::max(largest, std::abs(numeric));
        expectClose(
            ref[l].dW(r, c), numeric,
            "dW[" + std::to_string(l) + "](" + std::to_string(r) + "," + std::to_string(c) + ")");
      }
    for (Eigen::Index i = 0; i < L.b.size(); ++i) {
      // A BatchNorm layer has no b (the network ignores it): both sides must be exactly 0.
      const double numeric = numericPartial(
          L.b(i), [&] { return loss(); }, kH);
      expectClose(ref[l].db(i), numeric, "db[" + std::to_string(l) + "]");
      if (!ref[l].bias) {
        EXPECT_EQ(ref[l].db(i), 0.0);
        EXPECT_EQ(numeric, 0.0);
      }
    }
  }
  EXPECT_GT(largest, kTiny) << "every gradient is tiny: the check would prove nothing";
}

TEST_P(NormGradientCheck, GammaAndBetaGradientsMatchFiniteDifferences) {
  const std::vector<DenseLayer> ref = analytic();
  double largest = 0;
  for (std::size_t l = 0; l + 1 < ref.size(); ++l) {
    Normalization& n = net_.layers()[l].norm;
    ASSERT_EQ(ref[l].norm.dgamma.size(), n.gamma.size());
    for (Eigen::Index i = 0; i < n.gamma.size(); ++i) {
      const double dg = numericPartial(
          n.gamma(i), [&] { return loss(); }, kH);
      const double db = numericPartial(
          n.beta(i), [&] { return loss(); }, kH);
      largest = std::max({largest, std::abs(dg), std::abs(db)});
      expectClose(ref[l].norm.dgamma(i), dg, "dgamma[" + std::to_string(l) + "]");
      expectClose(ref[l].norm.dbeta(i), db, "dbeta[" + std::to_string(l) + "]");
    }
  }
  EXPECT_GT(largest, kTiny);
}

// δ⁽ˡ⁾(u, j) = ∂L/∂z⁽ˡ⁾(u, j), z before the normalisation: shifting one z moves μ and σ² of its
// group and so every n of the group.
TEST_P(NormGradientCheck, ErrorSignalDeltaMatchesFiniteDifferences) {
  const std::vector<DenseLayer> ref = analytic();
  for (std::size_t l = 0; l < ref.size(); ++l)
    for (Eigen::Index u = 0; u < ref[l].delta.rows(); ++u)
      for (Eigen::Index j = 0; j < kBatch; ++j) {
        const double numeric =
            test::centralDifference([&](double e) { return lossWithShift(l, u, j, e); }, 0.0, kH);
        expectClose(ref[l].delta(u, j), numeric,
                    "delta[" + std::to_string(l) + "](" + std::to_string(u) + "," +
                        std::to_string(j) + ")");
      }
}

TEST_P(NormGradientCheck, InputGradientMatchesFiniteDifferences) {
  const std::vector<DenseLayer> ref = analytic();
  const Eigen::MatrixXd dX = ref[0].W.transpose() * ref[0].delta;  // ∂L/∂x = W⁽¹⁾ᵀδ⁽¹⁾
  for (Eigen::Index r = 0; r < X_.rows(); ++r)
    for (Eigen::Index c = 0; c < X_.cols(); ++c) {
      const double numeric = numericPartial(
          X_(r, c), [&] { return loss(); }, kH);
      expectClose(dX(r, c), numeric, "dX(" + std::to_string(r) + "," + std::to_string(c) + ")");
    }
}

std::string caseName(const ::testing::TestParamInfo<Case>& info) {
  const auto [act, norm, bias, residual] = info.param;
  return activationId(act) + "_" + normId(norm) + (bias ? "_bias" : "_nobias") +
         (residual ? "_residual" : "_plain");
}

INSTANTIATE_TEST_SUITE_P(AllCombinations, NormGradientCheck,
                         ::testing::Combine(::testing::ValuesIn(allActivationKinds()),
                                            ::testing::Values(NormKind::Batch, NormKind::Layer),
                                            ::testing::Bool(), ::testing::Bool()),
                         caseName);

}  // namespace
}  // namespace gs
