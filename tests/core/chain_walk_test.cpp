// The walk-through's running product against core's backward and against finite differences.
#include <gtest/gtest.h>

#include <cmath>
#include <limits>
#include <random>

#include "chain_walk.h"
#include "loss.h"
#include "network.h"
#include "trainer.h"

namespace {

gs::Mlp makeNet(int inputs, int depth, int width, gs::ActivationKind kind, bool bias, bool residual,
                std::uint64_t seed) {
  gs::MlpShape shape;
  shape.inputs = inputs;
  shape.outputs = 1;
  shape.depth = depth;
  shape.width = width;
  shape.activation = gs::Activation(kind);
  shape.bias = bias;
  shape.residual = residual;
  shape.init = gs::InitKind::XavierNormal;
  std::mt19937_64 rng(seed);
  return gs::Mlp(shape, rng);
}

struct Pass {
  Eigen::MatrixXd X, Y;
};

Pass randomPass(int inputs, int batch, std::uint64_t seed) {
  std::mt19937_64 rng(seed);
  std::normal_distribution<double> n(0.0, 1.0);
  Pass p{Eigen::MatrixXd(inputs, batch), Eigen::MatrixXd(1, batch)};
  for (Eigen::Index i = 0; i < p.X.size(); ++i) p.X(i) = n(rng);
  for (Eigen::Index i = 0; i < p.Y.size(); ++i) p.Y(i) = n(rng);
  return p;
}

double lossOf(gs::Mlp& net, const Pass& p) {
  return gs::lossValue(gs::LossKind::Mse, net.forward(p.X), p.Y);
}

void backward(gs::Mlp& net, const Pass& p) {
  Eigen::MatrixXd grad;
  gs::lossAndGradient(gs::LossKind::Mse, net.forward(p.X), p.Y, grad);
  net.backward(grad);
}

TEST(ChainWalk, OneUnitChainRunningProductIsCoresGradientExactly) {
  gs::Mlp net = makeNet(1, 10, 1, gs::ActivationKind::Sigmoid, false, false, 3);
  const Pass p = randomPass(1, 1, 4);  // batch of one: the sample's product is the whole dW
  backward(net, p);
  const gs::ChainWalk walk = gs::chainWalk(net, 0);
  ASSERT_TRUE(walk.oneUnitChain);
  ASSERT_EQ(walk.rows.size(), 11u);
  EXPECT_EQ(walk.rows.front().layer, 10);  // output first
  EXPECT_EQ(walk.rows.back().layer, 0);
  for (const gs::ChainWalkRow& row : walk.rows) {
    const double dW = net.layers()[static_cast<std::size_t>(row.layer)].dW(0, 0);
    EXPECT_DOUBLE_EQ(row.gradient, dW) << "layer " << row.layer;
    EXPECT_DOUBLE_EQ(row.gradientBatch, dW) << "layer " << row.layer;
  }
}

TEST(ChainWalk, EachRowMultipliesByTheWeightAboveAndItsSlope) {
  gs::Mlp net = makeNet(1, 8, 1, gs::ActivationKind::Tanh, false, false, 5);
  const Pass p = randomPass(1, 6, 6);
  backward(net, p);
  const gs::ChainWalk walk = gs::chainWalk(net, 2);
  // The output is linear: δ⁽ᴸ⁾ = dJ/da⁽ᴸ⁾ · 1.
  EXPECT_EQ(walk.rows[0].fprime, 1.0);
  EXPECT_DOUBLE_EQ(walk.rows[0].delta, walk.rows[0].upstream);
  for (std::size_t r = 1; r < walk.rows.size(); ++r) {
    const gs::ChainWalkRow& row = walk.rows[r];
    const double expected = walk.rows[r - 1].delta * row.weightAbove * row.fprime;
    EXPECT_NEAR(row.delta, expected, 1e-15 * std::abs(expected) + 1e-300) << "row " << r;
    // f′ from the closed form 1 − tanh²(z), not from core.
    EXPECT_NEAR(row.fprime, 1 - std::tanh(row.z) * std::tanh(row.z), 1e-15);
    EXPECT_NEAR(row.gradient, row.delta * row.aPrev, 1e-15 * std::abs(row.gradient) + 1e-300);
  }
}

TEST(ChainWalk, PerSampleGradientsSumToTheBatchGradient) {
  gs::Mlp net = makeNet(1, 6, 1, gs::ActivationKind::Sigmoid, false, false, 7);
  const Pass p = randomPass(1, 16, 8);
  backward(net, p);
  std::vector<double> sum(net.layers().size(), 0.0);
  for (int s = 0; s < 16; ++s)
    for (const gs::ChainWalkRow& row : gs::chainWalk(net, s).rows)
      sum[static_cast<std::size_t>(row.layer)] += row.gradient;
  for (std::size_t l = 0; l < sum.size(); ++l) {
    const double dW = net.layers()[l].dW(0, 0);
    EXPECT_NEAR(sum[l], dW, 1e-12 * std::abs(dW)) << "layer " << l;
  }
}

TEST(ChainWalk, MatchesFiniteDifferencesOfTheLoss) {
  gs::Mlp net = makeNet(1, 5, 1, gs::ActivationKind::Sigmoid, false, false, 9);
  const Pass p = randomPass(1, 8, 10);
  backward(net, p);
  const gs::ChainWalk walk = gs::chainWalk(net, 0);
  const double h = 1e-6;
  // Central differences: truncation O(h²) plus round-off ≈ ε·|J|/h, which dominates for the
  // tiny gradients near the input.
  const double roundoff = 4 * std::numeric_limits<double>::epsilon() * lossOf(net, p) / h;
  for (const gs::ChainWalkRow& row : walk.rows) {
    double& w = net.layers()[static_cast<std::size_t>(row.layer)].W(0, 0);
    const double keep = w;
    w = keep + h;
    const double up = lossOf(net, p);
    w = keep - h;
    const double down = lossOf(net, p);
    w = keep;
    const double numeric = (up - down) / (2 * h);  // central difference, error O(h²)
    EXPECT_NEAR(row.gradientBatch, numeric, 1e-6 * std::abs(numeric) + roundoff)
        << "layer " << row.layer;
  }
}

TEST(ChainWalk, WideResidualNetBatchSummedFormEqualsCoresDw) {
  gs::Mlp net = makeNet(2, 6, 8, gs::ActivationKind::Tanh, true, true, 11);
  const Pass p = randomPass(2, 12, 12);
  backward(net, p);
  const gs::ChainWalk walk = gs::chainWalk(net, 5);
  EXPECT_FALSE(walk.oneUnitChain);
  EXPECT_EQ(walk.batch, 12);
  for (const gs::ChainWalkRow& row : walk.rows) {
    const gs::DenseLayer& L = net.layers()[static_cast<std::size_t>(row.layer)];
    const Eigen::MatrixXd g = gs::chainGradient(net, row.layer);
    EXPECT_LT((g - L.dW).norm(), 1e-12 * (1 + L.dW.norm())) << "layer " << row.layer;
    EXPECT_NEAR(row.gradientBatch, L.dW.norm(), 1e-12 * (1 + L.dW.norm()));
    EXPECT_NEAR(row.deltaBatchNorm, L.delta.norm(), 1e-12 * (1 + L.delta.norm()));
    EXPECT_NEAR(row.weight, L.W.norm(), 1e-15 * L.W.norm());
    // Per sample: ‖δₛaₛᵀ‖_F = ‖δₛ‖‖aₛ‖.
    const Eigen::MatrixXd& prev = row.layer == 0 ? net.input() : net.layers()[row.layer - 1].A;
    const Eigen::MatrixXd outer = L.delta.col(5) * prev.col(5).transpose();
    EXPECT_NEAR(row.gradient, outer.norm(), 1e-12 * (1 + outer.norm()));
  }
  EXPECT_TRUE(walk.rows[1].residual);
  // The one-unit output row of a wide network shows norms too: no column mixes signs and norms.
  const double outDelta = net.layers().back().delta(0, 5);
  EXPECT_EQ(walk.rows[0].delta, std::abs(outDelta));
  EXPECT_EQ(walk.rows[0].upstream, std::abs(outDelta));
}

TEST(ChainWalk, SaysWhenTheWeightsChangedAfterTheBackwardPass) {
  gs::Config c;
  c.depth = 4;
  c.width = 6;
  gs::Trainer t(c);
  t.step();  // backward, then the update changes every W
  EXPECT_FALSE(gs::chainWalk(t.network(), 0).matchesBackward);
  gs::Batch batch;
  t.probe(batch);  // backward without an update
  EXPECT_TRUE(gs::chainWalk(t.network(), 0).matchesBackward);
}

TEST(ChainWalk, RefusesWithoutBackwardAndOutsideTheBatch) {
  gs::Mlp net = makeNet(1, 3, 1, gs::ActivationKind::Sigmoid, false, false, 13);
  try {
    gs::chainWalk(net, 0);
    FAIL() << "walked a network without a backward pass";
  } catch (const std::invalid_argument& e) {
    EXPECT_NE(std::string(e.what()).find("no backward pass"), std::string::npos) << e.what();
  }
  backward(net, randomPass(1, 4, 14));
  try {
    gs::chainWalk(net, 4);
    FAIL() << "walked sample 4 of a batch of 4";
  } catch (const std::invalid_argument& e) {
    EXPECT_NE(std::string(e.what()).find("sample = 4"), std::string::npos) << e.what();
    EXPECT_NE(std::string(e.what()).find("0 to 3"), std::string::npos) << e.what();
  }
  EXPECT_THROW(gs::chainGradient(net, 9), std::invalid_argument);
}

}  // namespace
