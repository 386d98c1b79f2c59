// BatchNorm and LayerNorm by hand: the forward values of a small batch, the running averages a
// training step leaves, evaluation mode, and γ, β trained by every optimiser.
#include <gtest/gtest.h>

#include <cmath>

#include "chain_walk.h"
#include "normalization.h"
#include "trainer.h"

namespace gs {
namespace {

TEST(Normalization, IdsRoundTripAndUnknownIsRefused) {
  for (NormKind k : allNormKinds()) EXPECT_EQ(normFromId(normId(k)), k);
  EXPECT_FALSE(normFromId("batchnorm"));
  EXPECT_EQ(normIdList(), "none, batch, layer");
}

// One unit over a batch of four: z = 1, 2, 3, 4 → μ = 2.5, σ² = 1.25 (biased).
TEST(Normalization, BatchNormOfOneUnitByHand) {
  Normalization n(NormKind::Batch, 1, 1e-5);
  n.gamma << 2.0;
  n.beta << 0.5;
  Eigen::MatrixXd z(1, 4), out;
  z << 1, 2, 3, 4;
  n.forward(z, out);
  const double s = std::sqrt(1.25 + 1e-5);
  for (int j = 0; j < 4; ++j) EXPECT_NEAR(out(0, j), 2.0 * (j + 1 - 2.5) / s + 0.5, 1e-15);
  EXPECT_NEAR(n.var(0), 1.25, 1e-15);
  EXPECT_NEAR(n.meanScaleFactor(0), 2.0 / s, 1e-15);
}

// One sample over three units: z = (−1, 0, 4) → μ = 1, σ² = (4 + 1 + 9)/3 = 14/3.
TEST(Normalization, LayerNormOfOneSampleByHand) {
  Normalization n(NormKind::Layer, 3, 1e-5);
  n.gamma << 1.0, -1.0, 0.5;
  n.beta << 0.0, 1.0, 2.0;
  Eigen::MatrixXd z(3, 1), out, inferred;
  z << -1, 0, 4;
  n.forward(z, out);
  const double s = std::sqrt(14.0 / 3.0 + 1e-5);
  EXPECT_NEAR(out(0, 0), -2.0 / s, 1e-15);
  EXPECT_NEAR(out(1, 0), 1.0 / s + 1.0, 1e-15);
  EXPECT_NEAR(out(2, 0), 0.5 * 3.0 / s + 2.0, 1e-15);
  n.infer(z, inferred);  // LayerNorm: evaluation mode is training mode
  EXPECT_NEAR((inferred - out).cwiseAbs().maxCoeff(), 0.0, 1e-15);
}

Config batchNormConfig(NormKind norm) {
  Config c;
  c.depth = 3;
  c.width = 6;
  c.batch = 16;
  c.samples = 64;
  c.norm = norm;
  return c;
}

// r ← 0.9·r + 0.1·(batch value); the running variance takes the unbiased σ²·B/(B − 1), as
// PyTorch's BatchNorm1d.
TEST(Normalization, RunningAveragesFollowEachAppliedStep) {
  Trainer trainer(batchNormConfig(NormKind::Batch));
  Eigen::VectorXd mean = Eigen::VectorXd::Zero(6), var = Eigen::VectorXd::Ones(6);
  for (int step = 0; step < 3; ++step) {
    trainer.step();
    const DenseLayer& L = trainer.network().layers()[1];
    const double B = double(L.Z.cols());
    for (int u = 0; u < 6; ++u) {
      const double mu = L.Z.row(u).mean();
      const double unbiased = (L.Z.row(u).array() - mu).square().sum() / (B - 1);
      mean(u) = 0.9 * mean(u) + 0.1 * mu;
      var(u) = 0.9 * var(u) + 0.1 * unbiased;
    }
    EXPECT_LT((L.norm.runningMean - mean).cwiseAbs().maxCoeff(), 1e-12) << "step " << step;
    EXPECT_LT((L.norm.runningVar - var).cwiseAbs().maxCoeff(), 1e-12) << "step " << step;
  }
}

TEST(Normalization, ProbeLeavesTheRunningAveragesAlone) {
  Trainer trainer(batchNormConfig(NormKind::Batch));
  trainer.step();
  const Eigen::VectorXd before = trainer.network().layers()[0].norm.runningMean;
  Batch batch;
  trainer.probe(batch);
  EXPECT_EQ(trainer.network().layers()[0].norm.runningMean, before);
}

// Evaluation mode: each sample is normalised with the running averages alone, so its output does
// not depend on the rest of the batch; training mode uses the batch's own μ and σ².
TEST(Normalization, BatchNormEvaluationModeUsesRunningAverages) {
  Trainer trainer(batchNormConfig(NormKind::Batch));
  for (int i = 0; i < 5; ++i) trainer.step();
  Mlp net = trainer.network();
  const Eigen::MatrixXd X = trainer.data().X.leftCols(16);
  const Eigen::MatrixXd all = net.predict(X);
  for (int j = 0; j < 16; j += 5) {
    const Eigen::MatrixXd one = net.predict(X.col(j));
    EXPECT_NEAR((one.col(0) - all.col(j)).cwiseAbs().maxCoeff(), 0.0, 1e-12) << "sample " << j;
  }
  // By hand for layer 0: n = γ(z − r_μ)/√(r_σ² + ε) + β, a = σ(n).
  const DenseLayer& L = net.layers()[0];
  const Eigen::VectorXd z = L.W * X.col(3);
  for (int u = 0; u < 6; ++u) {
    const double n = L.norm.gamma(u) * (z(u) - L.norm.runningMean(u)) /
                         std::sqrt(L.norm.runningVar(u) + L.norm.eps) +
                     L.norm.beta(u);
    Mlp firstOnly = net;
    firstOnly.layers().resize(1);
    EXPECT_NEAR(firstOnly.predict(X.col(3))(u, 0), 1.0 / (1.0 + std::exp(-n)), 1e-14);
  }
  const Eigen::MatrixXd training = net.forward(X);
  EXPECT_GT((training - all).cwiseAbs().maxCoeff(), 1e-6) << "training mode must differ";
}

TEST(Normalization, LayerNormEvaluationEqualsTraining) {
  Trainer trainer(batchNormConfig(NormKind::Layer));
  for (int i = 0; i < 5; ++i) trainer.step();
  Mlp net = trainer.network();
  const Eigen::MatrixXd X = trainer.data().X.leftCols(16);
  const Eigen::MatrixXd eval = net.predict(X);
  EXPECT_LT((net.forward(X) - eval).cwiseAbs().maxCoeff(), 1e-13);
}

TEST(Normalization, BatchNormLayerHasNoBiasAndTheOutputIsNeverNormalised) {
  Trainer trainer(batchNormConfig(NormKind::Batch));
  const auto& layers = trainer.network().layers();
  for (std::size_t i = 0; i + 1 < layers.size(); ++i) EXPECT_FALSE(layers[i].bias);
  EXPECT_TRUE(layers.back().bias);
  EXPECT_FALSE(layers.back().norm.on());
  // 2·6 + 6·6·2 + 6 weights, one output bias, γ and β of 3 × 6 units
  EXPECT_EQ(trainer.network().parameterCount(), 12u + 72u + 6u + 1u + 36u);
  Trainer layerNorm(batchNormConfig(NormKind::Layer));
  for (const DenseLayer& L : layerNorm.network().layers()) EXPECT_TRUE(L.bias);
}

TEST(Normalization, PerLayerOverrideWins) {
  Config c = batchNormConfig(NormKind::Batch);
  c.layerNorms = {NormKind::None, std::nullopt, NormKind::Layer};
  Trainer trainer(c);
  const auto& layers = trainer.network().layers();
  EXPECT_EQ(layers[0].norm.kind, NormKind::None);
  EXPECT_EQ(layers[1].norm.kind, NormKind::Batch);
  EXPECT_EQ(layers[2].norm.kind, NormKind::Layer);
  EXPECT_TRUE(layers[0].bias);
}

// γ ← γ − lr·∂L/∂γ with plain SGD; every optimiser moves γ and β.
TEST(Normalization, EveryOptimiserTrainsGammaAndBeta) {
  for (OptimizerKind kind : allOptimizerKinds()) {
    Config c = batchNormConfig(NormKind::Batch);
    c.optimizer.kind = kind;
    Trainer trainer(c);
    const Normalization before = trainer.network().layers()[0].norm;
    trainer.step();
    const Normalization& after = trainer.network().layers()[0].norm;
    EXPECT_GT((after.gamma - before.gamma).cwiseAbs().maxCoeff(), 0) << optimizerId(kind);
    EXPECT_GT((after.beta - before.beta).cwiseAbs().maxCoeff(), 0) << optimizerId(kind);
    if (kind == OptimizerKind::Sgd) {
      EXPECT_LT((after.gamma - (before.gamma - c.optimizer.lr * after.dgamma)).norm(), 1e-15);
      EXPECT_LT((after.beta - (before.beta - c.optimizer.lr * after.dbeta)).norm(), 1e-15);
    }
  }
}

// The walk-through's recursion goes through the normalisation's backward and rebuilds core's dW;
// its row shows γ/√(σ² + ε) averaged over the units.
TEST(Normalization, ChainWalkPassesThroughTheNormalisation) {
  for (NormKind kind : {NormKind::Batch, NormKind::Layer}) {
    Trainer trainer(batchNormConfig(kind));
    trainer.step();
    Batch batch;
    trainer.probe(batch);
    const Mlp& net = trainer.network();
    const ChainWalk walk = chainWalk(net, 2);
    EXPECT_TRUE(walk.matchesBackward) << normId(kind);
    for (int l = 0; l < static_cast<int>(net.layers().size()); ++l) {
      const Eigen::MatrixXd& dW = net.layers()[std::size_t(l)].dW;
      EXPECT_LT((chainGradient(net, l) - dW).norm(), 1e-12 * dW.norm()) << normId(kind) << l;
    }
    const Normalization& n = net.layers()[1].norm;
    const ChainWalkRow& row = walk.rows[walk.rows.size() - 2];  // layer index 1
    ASSERT_EQ(row.layer, 1);
    EXPECT_EQ(row.norm, normId(kind));
    const double expected = kind == NormKind::Batch
                                ? (n.gamma.array() / (n.var.array() + n.eps).sqrt()).mean()
                                : (n.gamma.array() / std::sqrt(n.var(2) + n.eps)).mean();
    EXPECT_NEAR(row.normScale, expected, 1e-14);
    EXPECT_EQ(walk.rows.front().norm, "none");
    EXPECT_EQ(walk.rows.front().normScale, 1.0);
  }
}

}  // namespace
}  // namespace gs
