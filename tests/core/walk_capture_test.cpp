// Trainer's before-update hook: it sees the weights the step's gradients were computed with (the
// update follows it: W_after = W_hook − lr·∂L/∂W for SGD), and a WalkCapture filled there walks
// the step's real chain rule (the walk's batch gradient is core's ∂L/∂W of that step).
#include <gtest/gtest.h>

#include <cmath>

#include "trainer.h"
#include "walk_capture.h"

namespace gs {
namespace {

Config chain() {
  Config c;
  c.depth = 4;
  c.width = 1;  // with one input (sine) every factor of the chain is a scalar
  c.dataset = DatasetKind::Sine;
  c.loss = LossKind::Mse;
  c.optimizer.kind = OptimizerKind::Sgd;
  c.optimizer.lr = 0.5;
  return c;
}

TEST(BeforeUpdateHook, SeesTheWeightsTheGradientsWereComputedWith) {
  Trainer t(chain());
  for (int i = 0; i < 3; ++i) t.step();
  const Eigen::MatrixXd before = t.network().layers()[1].W;
  Eigen::MatrixXd seenW, seenDW;
  long seenStep = -1;
  t.setBeforeUpdate([&](const Mlp& net, long step) {
    seenW = net.layers()[1].W;
    seenDW = net.layers()[1].dW;
    seenStep = step;
  });
  const Snapshot s = t.step();
  EXPECT_EQ(seenStep, s.step);
  EXPECT_EQ(seenW, before);  // not yet updated
  const Eigen::MatrixXd expected = before - 0.5 * seenDW;
  EXPECT_LT((t.network().layers()[1].W - expected).cwiseAbs().maxCoeff(), 1e-15);
  EXPECT_NEAR(seenDW.norm(), s.layers[1].weightGradNorm, 1e-15 * (1 + seenDW.norm()));
}

TEST(BeforeUpdateHook, IsCalledForADivergedStepWithItsOwnStepNumber) {
  Config c = chain();
  c.optimizer.lr = 1000;
  c.initScale = 100;
  c.activation = ActivationKind::Relu;
  c.loss = LossKind::Mse;
  Trainer t(c);
  long calls = 0, lastStep = -1;
  t.setBeforeUpdate([&](const Mlp&, long step) { ++calls, lastStep = step; });
  Snapshot s;
  for (int i = 0; i < 200 && !t.diverged(); ++i) s = t.step();
  ASSERT_TRUE(t.diverged());
  EXPECT_EQ(calls, s.step + 1);  // every finite step and the one that diverged
  EXPECT_EQ(lastStep, s.step);   // no update applied: the step count stays
}

TEST(WalkCapture, WalksTheCapturedStepsRealGradient) {
  Trainer t(chain());
  WalkCapture capture;
  EXPECT_FALSE(capture.hasCapture());
  EXPECT_TRUE(capture.walk(0).rows.empty());
  t.setBeforeUpdate([&](const Mlp& net, long step) {
    if (step == 5) capture.capture(net, step);
  });
  Eigen::MatrixXd dW;
  for (int i = 0; i < 8; ++i) {
    t.step();
    if (t.steps() == 5) dW = t.network().layers()[0].dW;  // gradients stay after the update
  }
  ASSERT_TRUE(capture.hasCapture());
  EXPECT_EQ(capture.step(), 5);
  const ChainWalk walk = capture.walk(1000);  // clamped into the batch
  EXPECT_TRUE(walk.matchesBackward);
  EXPECT_TRUE(walk.oneUnitChain);
  EXPECT_EQ(walk.sample, t.config().batch - 1);
  const ChainWalkRow& first = walk.rows.back();  // the layer next to the input
  ASSERT_EQ(first.layer, 0);
  EXPECT_NEAR(first.gradientBatch, dW(0, 0), 1e-12 * std::abs(dW(0, 0)) + 1e-300);
  capture.clear();
  EXPECT_FALSE(capture.hasCapture());
}

}  // namespace
}  // namespace gs
