// What each lesson's text tells the class, checked by training it: if a core change makes a lesson
// stop showing its point, this fails before a teacher finds out in front of a room.
#include <gtest/gtest.h>

#include <algorithm>
#include <cmath>

#include "chain_walk.h"
#include "lesson.h"
#include "trainer.h"

namespace {

gs::Config configOf(const std::string& id) {
  return gs::loadLessonFile(std::string(GRADSCOPE_LESSON_DIR) + "/" + id + ".json").config;
}

gs::Snapshot train(gs::Trainer& t, int n) {
  gs::Snapshot s;
  for (int i = 0; i < n && !t.diverged(); ++i) s = t.step();
  return s;
}

// ‖∂L/∂W‖ of the first layer over the output layer's.
double inputToOutputRatio(const gs::Snapshot& s) {
  return s.layers.front().weightGradNorm / s.layers.back().weightGradNorm;
}

TEST(LessonClaims, SigmoidChainProductOfSlopesIsBelowQuarterPower) {
  gs::Trainer t(configOf("01-sigmoid-chain"));
  const gs::Snapshot s = t.step();
  gs::Trainer probe(configOf("01-sigmoid-chain"));
  gs::Batch batch;
  probe.probe(batch);
  const gs::ChainWalk walk = gs::chainWalk(probe.network(), 0);
  ASSERT_TRUE(walk.oneUnitChain);
  int k = 0;
  for (const gs::ChainWalkRow& row : walk.rows) {
    if (row.activation != "sigmoid") continue;
    ++k;
    EXPECT_LE(row.fprime, 0.25);
    EXPECT_LE(std::abs(row.fprimeProduct), std::pow(0.25, k) * (1 + 1e-12));
    EXPECT_NEAR(row.fprimeBound, std::pow(0.25, k), 1e-15);
  }
  EXPECT_EQ(k, 10);
  EXPECT_LT(inputToOutputRatio(s), 1e-6);
}

TEST(LessonClaims, DeepSigmoidCollapsesAndReluDoesNot) {
  gs::Trainer sigmoid(configOf("02-deep-sigmoid")), relu(configOf("03-relu-fixes-it"));
  const gs::Snapshot a = train(sigmoid, 100), b = train(relu, 100);
  EXPECT_LT(inputToOutputRatio(a), 1e-4);
  EXPECT_GT(inputToOutputRatio(b), 1e-2);
  EXPECT_GT(a.loss, 0.6);
  EXPECT_LT(b.loss, 0.1);
}

TEST(LessonClaims, DeadReluShareRisesAndGradientsStopLeakyKeepsLearning) {
  gs::Trainer relu(configOf("04-dead-relu")), leaky(configOf("05-leaky-relu"));
  const gs::Snapshot first = relu.step();
  const gs::Snapshot later = train(relu, 100);
  const int lastHidden = static_cast<int>(later.layers.size()) - 2;
  EXPECT_LT(first.layers[lastHidden].deadFraction, 0.5);
  EXPECT_EQ(later.layers[lastHidden].deadFraction, 1.0);
  for (std::size_t i = 0; i + 1 < later.layers.size(); ++i)
    EXPECT_EQ(later.layers[i].weightGradNorm, 0.0) << "layer " << i;
  const gs::Snapshot rescued = train(leaky, 300);
  ASSERT_TRUE(rescued.finite) << rescued.problem;
  for (const gs::LayerStats& l : rescued.layers) EXPECT_GT(l.weightGradNorm, 0.0);
  EXPECT_LT(leaky.evaluate().loss, 0.05);
}

TEST(LessonClaims, ExplodingGradientsGrowTowardTheInput) {
  gs::Trainer t(configOf("06-exploding"));
  const gs::Snapshot s = t.step();
  EXPECT_GT(inputToOutputRatio(s), 10.0);
  EXPECT_GT(s.layers[1].weightGradNorm, 10.0);
}

TEST(LessonClaims, ExplodingWithALargerRateStopsCleanly) {
  gs::Config c = configOf("06-exploding");
  // Tanh is bounded, so its forward pass cannot overflow; unbounded ReLU units can.
  c.activation = gs::ActivationKind::Relu;
  c.initScale = 2;
  gs::Trainer t(c);
  const gs::Snapshot s = train(t, 200);
  ASSERT_TRUE(t.diverged());
  EXPECT_FALSE(s.finite);
  EXPECT_NE(s.problem.find("training stopped"), std::string::npos) << s.problem;
  const long steps = t.steps();
  t.step();
  EXPECT_EQ(t.steps(), steps);  // stays stopped
}

TEST(LessonClaims, RemediesHeResidualTanhTrainWhereTheOthersStall) {
  gs::Config xavier = configOf("07a-xavier-vs-he"), he = xavier;
  he.init = gs::InitKind::HeNormal;
  gs::Trainer tx(xavier), th(he);
  train(tx, 300);
  train(th, 300);
  EXPECT_GT(tx.evaluate().loss, 0.6);
  EXPECT_LT(th.evaluate().loss, 0.05);

  gs::Config residual = configOf("07b-residual"), plain = residual;
  plain.residual = false;
  gs::Trainer tr(residual), tp(plain);
  const gs::Snapshot r = train(tr, 100), p = train(tp, 100);
  EXPECT_GT(r.layers[1].weightGradNorm / r.layers.back().weightGradNorm, 1e-2);
  EXPECT_LT(p.layers[1].weightGradNorm / p.layers.back().weightGradNorm, 1e-3);

  gs::Trainer tanh(configOf("07c-tanh-vs-sigmoid"));
  const gs::Snapshot s = train(tanh, 300);
  for (std::size_t i = 0; i + 1 < s.layers.size(); ++i) EXPECT_GT(s.layers[i].meanDerivative, 0.3);
  EXPECT_LT(tanh.evaluate().loss, 0.05);
}

}  // namespace
