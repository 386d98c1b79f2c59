// Gradient clipping and weight decay against steps computed by hand on a network whose weights
// and gradients are set to known numbers.
#include <gtest/gtest.h>

#include <cmath>

#include "gradient_adjustment.h"
#include "optimizer.h"
#include "trainer.h"

namespace gs {
namespace {

// One hidden layer of 2 units on 1 input, 1 output: W₁ 2×1, b₁ 2, W₂ 1×2, b₂ 1.
Mlp tinyNet(NormKind norm = NormKind::None) {
  MlpShape shape;
  shape.inputs = 1;
  shape.outputs = 1;
  shape.depth = 1;
  shape.width = 2;
  shape.norm = norm;
  std::mt19937_64 rng(1);
  Mlp net(shape, rng);
  auto& L = net.layers();
  L[0].W << 1.0, -2.0;
  L[0].b << 0.5, 0.25;
  L[1].W << 3.0, 4.0;
  L[1].b << -1.0;
  // gradients: entries 3, 4 | 0 | 12 | 0 → ‖g‖ = 13
  L[0].dW = Eigen::MatrixXd(2, 1);
  L[0].dW << 3.0, 0.0;
  L[0].db = Eigen::VectorXd(2);
  L[0].db << 4.0, 0.0;
  L[1].dW = Eigen::MatrixXd(1, 2);
  L[1].dW << 12.0, 0.0;
  L[1].db = Eigen::VectorXd::Zero(1);
  return net;
}

TEST(GradientAdjustment, GlobalNormCoversEveryParameter) {
  const Mlp net = tinyNet();
  EXPECT_DOUBLE_EQ(globalGradientNorm(net), 13.0);
  Mlp normed = tinyNet(NormKind::Layer);
  normed.layers()[0].norm.dgamma << 0.0, 84.0;  // 13² + 84² = 85²
  EXPECT_DOUBLE_EQ(globalGradientNorm(normed), 85.0);
}

TEST(GradientAdjustment, GlobalNormNeitherOverflowsNorUnderflows) {
  Mlp net = tinyNet();
  for (DenseLayer& L : net.layers()) {
    L.dW *= 1e200;
    L.db *= 1e200;
  }
  EXPECT_NEAR(globalGradientNorm(net) / 13e200, 1.0, 1e-14);
  Mlp tiny = tinyNet();
  for (DenseLayer& L : tiny.layers()) {
    L.dW *= 1e-200;
    L.db *= 1e-200;
  }
  EXPECT_NEAR(globalGradientNorm(tiny) / 13e-200, 1.0, 1e-14);
}

// clip_norm 6.5: factor 6.5/(13 + 1e-6); SGD lr 0.1: W ← W − 0.1·factor·g.
TEST(GradientAdjustment, ClipNormScalesTheWholeGradientAsPyTorch) {
  Mlp net = tinyNet();
  ClipReport report;
  const GradientAdjustment a = planAdjustment(net, {6.5, 0, 0}, report);
  const double factor = 6.5 / (13.0 + 1e-6);
  EXPECT_DOUBLE_EQ(report.totalNorm, 13.0);
  EXPECT_TRUE(report.clipped);
  EXPECT_DOUBLE_EQ(report.factor, factor);
  Optimizer sgd(OptimizerSettings{OptimizerKind::Sgd, 0.1});
  const std::vector<double> changes = sgd.step(net, a);
  EXPECT_DOUBLE_EQ(net.layers()[0].W(0, 0), 1.0 - 0.1 * factor * 3.0);
  EXPECT_DOUBLE_EQ(net.layers()[0].b(0), 0.5 - 0.1 * factor * 4.0);
  EXPECT_DOUBLE_EQ(net.layers()[1].W(0, 0), 3.0 - 0.1 * factor * 12.0);
  EXPECT_DOUBLE_EQ(net.layers()[1].W(0, 1), 4.0);
  EXPECT_NEAR(changes[1], 0.1 * factor * 12.0, 1e-15);  // ‖ΔW₂‖
  EXPECT_EQ(net.layers()[1].dW(0, 0), 12.0) << "the stored gradient stays raw";
}

TEST(GradientAdjustment, ClipNormAboveTheNormLeavesTheGradient) {
  Mlp net = tinyNet();
  ClipReport report;
  const GradientAdjustment a = planAdjustment(net, {13.0 + 2e-6, 0, 0}, report);
  EXPECT_FALSE(report.clipped);
  EXPECT_EQ(report.factor, 1.0);
  EXPECT_EQ(a.scale, 1.0);
  EXPECT_FALSE(a.changesGradient(true));
}

// clip_value 3.5: entries 3, 4, 12 → 3, 3.5, 3.5; ‖g′‖ = √(9 + 12.25 + 12.25).
TEST(GradientAdjustment, ClipValueClampsEachEntry) {
  Mlp net = tinyNet();
  ClipReport report;
  const GradientAdjustment a = planAdjustment(net, {0, 3.5, 0}, report);
  EXPECT_TRUE(report.clipped);
  EXPECT_DOUBLE_EQ(report.totalNorm, 13.0);
  EXPECT_NEAR(report.factor, std::sqrt(9 + 12.25 + 12.25) / 13.0, 1e-15);
  Optimizer sgd(OptimizerSettings{OptimizerKind::Sgd, 0.1});
  sgd.step(net, a);
  EXPECT_DOUBLE_EQ(net.layers()[0].W(0, 0), 1.0 - 0.1 * 3.0);
  EXPECT_DOUBLE_EQ(net.layers()[0].b(0), 0.5 - 0.1 * 3.5);
  EXPECT_DOUBLE_EQ(net.layers()[1].W(0, 0), 3.0 - 0.1 * 3.5);
}

// weight_decay λ = 0.01: g′ = g + λW on weights only; b keeps its raw gradient.
TEST(GradientAdjustment, WeightDecayAddsLambdaWToWeightGradientsOnly) {
  Mlp net = tinyNet();
  ClipReport report;
  const GradientAdjustment a = planAdjustment(net, {0, 0, 0.01}, report);
  EXPECT_FALSE(report.clipped);
  Optimizer sgd(OptimizerSettings{OptimizerKind::Sgd, 0.1});
  sgd.step(net, a);
  EXPECT_DOUBLE_EQ(net.layers()[0].W(1, 0), -2.0 - 0.1 * (0.0 + 0.01 * -2.0));
  EXPECT_DOUBLE_EQ(net.layers()[1].W(0, 1), 4.0 - 0.1 * (0.0 + 0.01 * 4.0));
  EXPECT_DOUBLE_EQ(net.layers()[0].b(1), 0.25) << "no decay on b";
  EXPECT_DOUBLE_EQ(net.layers()[1].b(0), -1.0);
}

TEST(GradientAdjustment, WeightDecaySkipsGammaAndBeta) {
  Mlp net = tinyNet(NormKind::Layer);
  net.layers()[0].norm.gamma << 2.0, 3.0;
  ClipReport report;
  const GradientAdjustment a = planAdjustment(net, {0, 0, 0.5}, report);
  Optimizer sgd(OptimizerSettings{OptimizerKind::Sgd, 0.1});
  sgd.step(net, a);  // dγ = dβ = 0
  EXPECT_EQ(net.layers()[0].norm.gamma(0), 2.0);
  EXPECT_EQ(net.layers()[0].norm.beta(1), 0.0);
}

// Clipping first, then decay (PyTorch: clip_grad_norm_, then the optimiser adds λθ), with Adam's
// first step: m̂ = g′, v̂ = g′², Δ = −lr·g′/(|g′| + ε).
TEST(GradientAdjustment, ClipThenDecayUnderAdamByHand) {
  Mlp net = tinyNet();
  ClipReport report;
  const GradientAdjustment a = planAdjustment(net, {1.3, 0, 0.1}, report);
  const double factor = 1.3 / (13.0 + 1e-6);
  OptimizerSettings s{OptimizerKind::Adam, 0.01};
  Optimizer adam(s);
  adam.step(net, a);
  const double g = factor * 12.0 + 0.1 * 3.0;  // W₂(0, 0) = 3
  EXPECT_NEAR(net.layers()[1].W(0, 0), 3.0 - 0.01 * g / (std::abs(g) + 1e-8), 1e-15);
  const double gb = factor * 4.0;  // b₁(0): clipped, not decayed
  EXPECT_NEAR(net.layers()[0].b(0), 0.5 - 0.01 * gb / (gb + 1e-8), 1e-15);
}

// Momentum's second step: v₂ = μv₁ + g′, the adjusted gradient is what enters the velocity.
TEST(GradientAdjustment, MomentumAccumulatesTheAdjustedGradient) {
  Mlp net = tinyNet();
  ClipReport report;
  const GradientAdjustment a = planAdjustment(net, {0, 5.0, 0}, report);
  Optimizer momentum(OptimizerSettings{OptimizerKind::Momentum, 0.1, 0.9});
  momentum.step(net, a);
  momentum.step(net, a);
  EXPECT_DOUBLE_EQ(net.layers()[1].W(0, 0), 3.0 - 0.1 * 5.0 - 0.1 * (0.9 * 5.0 + 5.0));
}

// The trainer reports the pre-clip norm of the raw gradients and whether it clipped.
TEST(GradientAdjustment, TrainerReportsPreClipNormAndRatios) {
  Config c;
  c.depth = 3;
  c.width = 8;
  c.clipNorm = 1e-3;
  Trainer trainer(c);
  const Snapshot s = trainer.step();
  EXPECT_TRUE(s.clipped);
  EXPECT_EQ(s.clippedSteps, 1);
  EXPECT_EQ(trainer.step().clippedSteps, 2);
  EXPECT_GT(s.gradNormTotal, 1e-3);
  EXPECT_NEAR(s.clipFactor, 1e-3 / (s.gradNormTotal + 1e-6), 1e-15);
  double squares = 0;
  for (const LayerStats& L : s.layers)
    squares += L.weightGradNorm * L.weightGradNorm + L.biasGradNorm * L.biasGradNorm;
  EXPECT_NEAR(s.gradNormTotal, std::sqrt(squares), 1e-12 * s.gradNormTotal);
  // SGD: ‖ΔW‖ = lr·factor·‖∂L/∂W‖, so update/data = lr·factor·(gradient/data).
  for (const LayerStats& L : s.layers)
    EXPECT_NEAR(L.updateRatio, c.optimizer.lr * s.clipFactor * L.gradDataRatio,
                1e-12 * L.updateRatio);
}

}  // namespace
}  // namespace gs
