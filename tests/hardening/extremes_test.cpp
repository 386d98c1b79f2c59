// Training at the edges: depth 200 with every activation × initialiser, learning rates up to the
// maximum, the largest init scales. Nothing may crash; a NaN/∞ must stop training with a message.
#include <gtest/gtest.h>

#include <cmath>

#include "trainer.h"

namespace gs {
namespace {

// Every figure a view plots is finite while the run is finite; a stop carries a message.
void expectCleanSteps(Trainer& t, int steps) {
  for (int s = 0; s < steps; ++s) {
    const Snapshot snap = t.step();
    ASSERT_EQ(snap.layers.size(), static_cast<std::size_t>(t.config().depth) + 1);
    if (!snap.finite) {
      EXPECT_FALSE(snap.problem.empty());
      EXPECT_TRUE(t.diverged());
      EXPECT_FALSE(t.step().finite) << "a diverged trainer must stay stopped";
      return;
    }
    ASSERT_TRUE(std::isfinite(snap.loss));
    for (const LayerStats& l : snap.layers) {
      ASSERT_TRUE(std::isfinite(l.weightGradNorm)) << "layer " << l.index;
      ASSERT_TRUE(std::isfinite(l.deltaRms)) << "layer " << l.index;
      ASSERT_TRUE(std::isfinite(l.weightNorm)) << "layer " << l.index;
    }
  }
}

class Depth200 : public ::testing::TestWithParam<std::tuple<ActivationKind, InitKind, bool>> {};

TEST_P(Depth200, TrainsOrStopsCleanly) {
  Config c;
  std::tie(c.activation, c.init, c.residual) = GetParam();
  c.depth = Limits::kDepthMax;
  c.width = 8;
  c.batch = 16;
  c.initScale = c.init == InitKind::Constant ? 0.5 : 1.0;
  Trainer t(c);
  expectCleanSteps(t, 3);
}

std::string depth200Name(
    const ::testing::TestParamInfo<std::tuple<ActivationKind, InitKind, bool>>& info) {
  return activationId(std::get<0>(info.param)) + "_" + initId(std::get<1>(info.param)) +
         (std::get<2>(info.param) ? "_residual" : "");
}

INSTANTIATE_TEST_SUITE_P(AllActivationsAndInits, Depth200,
                         ::testing::Combine(::testing::ValuesIn(allActivationKinds()),
                                            ::testing::ValuesIn(allInitKinds()), ::testing::Bool()),
                         depth200Name);

TEST(Extremes, LearningRate100And1000StopCleanly) {
  for (OptimizerKind k : {OptimizerKind::Sgd, OptimizerKind::Momentum, OptimizerKind::Adam})
    for (double lr : {100.0, Limits::kLrMax}) {
      Config c;
      c.optimizer.kind = k;
      c.optimizer.lr = lr;
      c.activation = ActivationKind::Relu;
      c.init = InitKind::HeNormal;
      Trainer t(c);
      expectCleanSteps(t, 50);
    }
}

// Weights of ±100 at depth 120 overflow to ∞ in the forward pass: that must be a clean stop.
TEST(Extremes, LargestInitScaleOverflowsCleanly) {
  for (InitKind k : {InitKind::Normal, InitKind::Constant}) {
    Config c;
    c.init = k;
    c.initScale = k == InitKind::Constant ? -Limits::kInitScaleMax : Limits::kInitScaleMax;
    c.activation = ActivationKind::Linear;
    c.depth = 120;  // (16·100)^120 ≈ 1e384 > 1.8e308
    Trainer t(c);
    const Snapshot snap = t.step();
    EXPECT_FALSE(snap.finite) << "expected an overflow at depth 120 with scale 100";
    EXPECT_FALSE(snap.problem.empty());
  }
}

}  // namespace
}  // namespace gs
