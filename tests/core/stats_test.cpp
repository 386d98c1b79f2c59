// Per-layer statistics against values counted by hand on small, hand-made layers.
#include <gtest/gtest.h>

#include <cmath>
#include <numeric>
#include <random>

#include "stats.h"

namespace gs {
namespace {

// A 3-unit ReLU layer on a batch of 4: unit 0 is dead (z ≤ 0 everywhere, z = 0 included),
// unit 1 is alive on one sample, unit 2 on all.
DenseLayer reluLayer() {
  DenseLayer L;
  L.activation = Activation(ActivationKind::Relu);
  L.W.resize(3, 2);
  L.W << 1, 2, 3, 4, 5, 6;
  L.b = Eigen::VectorXd::Zero(3);
  L.Z.resize(3, 4);
  L.Z << -1, 0, -3, -0.5,  //
      -2, 1, -1, -1,       //
      2, 3, 0.5, 1;
  L.activation.derivative(L.Z.array(), L.fprime);
  L.delta = Eigen::MatrixXd::Constant(3, 4, 0.5);
  L.dW.resize(3, 2);
  L.dW << 3, 0, 0, -4, 0, 0;  // ‖dW‖ = 5, mean |dW| = 7/6
  L.db.resize(3);
  L.db << 1, 2, 2;  // ‖db‖ = 3
  return L;
}

TEST(Stats, NormsAndMeansByHand) {
  const LayerStats s = layerStats(reluLayer(), 4, true);
  EXPECT_EQ(s.index, 4);
  EXPECT_EQ(s.fanIn, 2);
  EXPECT_EQ(s.fanOut, 3);
  EXPECT_EQ(s.activation, ActivationKind::Relu);
  EXPECT_DOUBLE_EQ(s.weightGradNorm, 5.0);
  EXPECT_DOUBLE_EQ(s.weightGradMeanAbs, 7.0 / 6.0);
  EXPECT_DOUBLE_EQ(s.biasGradNorm, 3.0);
  EXPECT_DOUBLE_EQ(s.deltaRms, 0.5);
  EXPECT_DOUBLE_EQ(s.weightNorm, std::sqrt(91.0));  // 1+4+9+16+25+36
  EXPECT_DOUBLE_EQ(s.meanDerivative, 5.0 / 12.0);   // five of twelve z are > 0
}

TEST(Stats, BiasOffReportsZeroBiasGradient) {
  EXPECT_EQ(layerStats(reluLayer(), 0, false).biasGradNorm, 0.0);
}

TEST(Stats, DeadFractionCountsUnitsNeverPositive) {
  const LayerStats s = layerStats(reluLayer(), 0, true);
  EXPECT_DOUBLE_EQ(s.deadFraction, 1.0 / 3.0);
  // Saturation is not defined for ReLU (it would repeat the dead share): NaN, not a number.
  EXPECT_TRUE(std::isnan(s.saturatedFraction));
}

TEST(Stats, DeadIsOnlyForReluLikeActivations) {
  DenseLayer L = reluLayer();
  L.activation = Activation(ActivationKind::Tanh);
  L.activation.derivative(L.Z.array(), L.fprime);
  EXPECT_EQ(layerStats(L, 0, true).deadFraction, 0.0);
}

TEST(Stats, SaturationOnlyForBoundedActivations) {
  for (ActivationKind k : allActivationKinds()) {
    const bool bounded = k == ActivationKind::Sigmoid || k == ActivationKind::Tanh;
    EXPECT_EQ(saturationDefined(Activation(k)), bounded) << activationId(k);
    DenseLayer L = reluLayer();
    L.activation = Activation(k);
    L.activation.derivative(L.Z.array(), L.fprime);
    EXPECT_EQ(std::isnan(layerStats(L, 0, true).saturatedFraction), !bounded) << activationId(k);
  }
}

TEST(Stats, SaturatedSigmoidUnits) {
  // σ′(±10) ≈ 4.5e-5 < 0.01·0.25; σ′(0) = 0.25. Two of four units are saturated.
  DenseLayer L;
  L.activation = Activation(ActivationKind::Sigmoid);
  L.W = Eigen::MatrixXd::Ones(4, 1);
  L.Z.resize(4, 2);
  L.Z << 10, -10, 0, 0.1, -12, 15, 9, 0;
  L.activation.derivative(L.Z.array(), L.fprime);
  const LayerStats s = layerStats(L, 0, false);
  EXPECT_DOUBLE_EQ(s.saturatedFraction, 0.5);
  EXPECT_EQ(s.deadFraction, 0.0);
}

TEST(Stats, HistogramCountsEveryValueOnceInTheRightBin) {
  Eigen::MatrixXd v(2, 5);
  v << 0, 1, 2, 3, 4, 5, 6, 7, 8, 9;
  const Histogram h = histogram(v, 10);
  EXPECT_EQ(h.lo, 0.0);
  EXPECT_EQ(h.hi, 9.0);
  ASSERT_EQ(h.counts.size(), 10u);
  EXPECT_EQ(std::accumulate(h.counts.begin(), h.counts.end(), 0), 10);
  // Bin width 0.9: v → ⌊v/0.9⌋ puts 0…8 in bins 0…8; the maximum (⌊10⌋) is kept in the last bin.
  const std::vector<int> expected(10, 1);
  EXPECT_EQ(h.counts, expected);
}

TEST(Stats, HistogramOfRandomValuesSumsToTheirCount) {
  std::mt19937_64 rng(1);
  std::normal_distribution<double> n(0, 3);
  const Eigen::MatrixXd v = Eigen::MatrixXd::NullaryExpr(37, 53, [&] { return n(rng); });
  const Histogram h = histogram(v);
  EXPECT_EQ(static_cast<int>(h.counts.size()), kHistogramBins);
  EXPECT_EQ(std::accumulate(h.counts.begin(), h.counts.end(), 0), 37 * 53);
  EXPECT_EQ(h.lo, v.minCoeff());
  EXPECT_EQ(h.hi, v.maxCoeff());
}

TEST(Stats, HistogramOfEqualValuesUsesAUnitRange) {
  const Histogram h = histogram(Eigen::MatrixXd::Constant(3, 3, 2.0), 4);
  EXPECT_EQ(h.lo, 1.5);
  EXPECT_EQ(h.hi, 2.5);
  EXPECT_EQ(std::accumulate(h.counts.begin(), h.counts.end(), 0), 9);
}

TEST(Stats, HistogramOfNonFiniteValuesIsEmptyNotACrash) {
  Eigen::MatrixXd v = Eigen::MatrixXd::Zero(2, 2);
  v(1, 1) = std::nan("");
  const Histogram h = histogram(v, 5);
  EXPECT_EQ(std::accumulate(h.counts.begin(), h.counts.end(), 0), 0);
  EXPECT_EQ(h.counts.size(), 5u);
}

TEST(Stats, NetworkStatsCoverEveryLayerInOrder) {
  MlpShape shape;
  shape.depth = 3;
  shape.width = 4;
  std::mt19937_64 rng(2);
  Mlp net(shape, rng);
  Eigen::MatrixXd X = Eigen::MatrixXd::Random(2, 6);
  net.forward(X);
  net.backward(Eigen::MatrixXd::Ones(1, 6));
  const std::vector<LayerStats> s = networkStats(net);
  ASSERT_EQ(s.size(), 4u);
  for (int i = 0; i < 4; ++i) {
    EXPECT_EQ(s[i].index, i);
    EXPECT_DOUBLE_EQ(s[i].weightGradNorm, net.layers()[i].dW.norm());
  }
  EXPECT_EQ(s[0].activation, ActivationKind::Sigmoid);
  EXPECT_EQ(s[3].activation, ActivationKind::Linear);
  EXPECT_EQ(s[3].fanOut, 1);
}

}  // namespace
}  // namespace gs
