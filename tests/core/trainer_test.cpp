// The trainer end to end: determinism, no update in probe(), divergence stops training with the
// step named, and the vanishing gradient shows for deep sigmoid nets but not for ReLU + He.
#include <gtest/gtest.h>

#include <cmath>

#include "stats.h"
#include "trainer.h"

namespace gs {
namespace {

Snapshot run(Trainer& t, int steps) {
  Snapshot s;
  for (int i = 0; i < steps; ++i) s = t.step();
  return s;
}

TEST(Trainer, InvalidConfigThrowsConfigError) {
  Config c;
  c.depth = 0;
  EXPECT_THROW(Trainer{c}, ConfigError);
}

TEST(Trainer, LiveLearningRateOutsideTheRangeIsRefusedAndKeepsTheOldOne) {
  Trainer t{Config{}};
  for (double bad : {0.0, -1.0, 1e4, std::nan(""), HUGE_VAL}) {
    EXPECT_THROW(t.setLearningRate(bad), ConfigError) << bad;
    EXPECT_EQ(t.config().optimizer.lr, 0.1);
  }
  t.setLearningRate(0.5);
  EXPECT_EQ(t.config().optimizer.lr, 0.5);
}

TEST(Trainer, StepReportsLossAccuracyAndEveryLayer) {
  Config c;
  c.depth = 4;
  Trainer t(c);
  const Snapshot s = t.step();
  EXPECT_EQ(s.step, 1);
  EXPECT_EQ(t.steps(), 1);
  EXPECT_TRUE(s.finite);
  EXPECT_TRUE(s.problem.empty());
  EXPECT_TRUE(std::isfinite(s.loss));
  EXPECT_GT(s.loss, 0.0);
  EXPECT_TRUE(s.hasAccuracy);
  EXPECT_GE(s.accuracy, 0.0);
  EXPECT_LE(s.accuracy, 1.0);
  EXPECT_DOUBLE_EQ(s.learningRate, c.optimizer.lr);
  ASSERT_EQ(s.layers.size(), 5u);
  EXPECT_EQ(s.layers.back().activation, ActivationKind::Linear);
}

// With histograms off a step leaves preActivation empty and changes nothing else; filled on
// demand from the network afterwards, they equal the histograms of a run that bins every step.
TEST(Trainer, LayerHistogramsOnDemandEqualEveryStepOnes) {
  Config c;
  c.depth = 3;
  Trainer every(c), onDemand(c);
  onDemand.setLayerHistograms(false);
  EXPECT_TRUE(every.layerHistograms());
  for (int i = 0; i < 7; ++i) {
    const Snapshot a = every.step();
    Snapshot b = onDemand.step();
    ASSERT_EQ(a.loss, b.loss);
    for (std::size_t l = 0; l < b.layers.size(); ++l) {
      EXPECT_TRUE(b.layers[l].preActivation.counts.empty());
      EXPECT_TRUE(b.layers[l].weightGradient.counts.empty());
      EXPECT_TRUE(b.layers[l].activations.counts.empty());
      EXPECT_EQ(a.layers[l].weightGradNorm, b.layers[l].weightGradNorm);
    }
    addLayerHistograms(onDemand.network(), b);
    for (std::size_t l = 0; l < b.layers.size(); ++l) {
      const Histogram &ha = a.layers[l].preActivation, &hb = b.layers[l].preActivation;
      ASSERT_EQ(ha.counts, hb.counts) << "step " << i << " layer " << l;
      EXPECT_EQ(a.layers[l].weightGradient.counts, b.layers[l].weightGradient.counts);
      EXPECT_EQ(a.layers[l].weightGradient.lowDecade, b.layers[l].weightGradient.lowDecade);
      EXPECT_EQ(a.layers[l].weightGradient.zeros, b.layers[l].weightGradient.zeros);
      EXPECT_EQ(a.layers[l].activations.counts, b.layers[l].activations.counts);
      EXPECT_EQ(ha.lo, hb.lo);
      EXPECT_EQ(ha.hi, hb.hi);
      int total = 0;
      for (int n : hb.counts) total += n;
      EXPECT_EQ(total, c.width * c.batch * (l + 1 < b.layers.size()) +
                           c.outputs() * c.batch * (l + 1 == b.layers.size()));
    }
  }
}

TEST(Trainer, SameConfigSameRun) {
  Config c;
  c.depth = 3;
  Trainer a(c), b(c);
  for (int i = 0; i < 20; ++i) {
    const Snapshot sa = a.step(), sb = b.step();
    ASSERT_EQ(sa.loss, sb.loss) << "step " << i;
    ASSERT_EQ(sa.layers[0].weightGradNorm, sb.layers[0].weightGradNorm);
  }
  c.seed += 1;
  Trainer other(c);
  EXPECT_NE(run(other, 20).loss, a.last().loss);
}

TEST(Trainer, ProbeComputesGradientsWithoutUpdating) {
  Config c;
  c.depth = 3;
  Trainer t(c);
  const Eigen::MatrixXd before = t.network().layers()[0].W;
  Batch batch;
  const double loss = t.probe(batch);
  EXPECT_TRUE(std::isfinite(loss));
  EXPECT_EQ(batch.X.cols(), c.batch);
  EXPECT_EQ(batch.Y.cols(), c.batch);
  EXPECT_EQ(t.network().layers()[0].W, before);
  EXPECT_GT(t.network().layers()[0].dW.norm(), 0.0);
  EXPECT_EQ(t.steps(), 0);
}

TEST(Trainer, SoftmaxTargetsAreOneHot) {
  Config c;
  c.loss = LossKind::SoftmaxCe;
  Trainer t(c);
  Batch batch;
  t.probe(batch);
  ASSERT_EQ(batch.Y.rows(), 2);
  EXPECT_EQ(batch.Y.colwise().sum(), Eigen::RowVectorXd::Ones(c.batch));
}

TEST(Trainer, LearnsAnEasyProblem) {
  Config c;
  c.depth = 2;
  c.width = 16;
  c.activation = ActivationKind::Relu;
  c.init = InitKind::HeNormal;
  c.dataset = DatasetKind::Gauss;
  c.optimizer.kind = OptimizerKind::Adam;
  c.optimizer.lr = 0.01;
  Trainer t(c);
  const Evaluation before = t.evaluate();
  run(t, 300);
  const Evaluation after = t.evaluate();
  EXPECT_LT(after.loss, 0.5 * before.loss);
  EXPECT_GT(after.accuracy, 0.95);
  const Eigen::RowVectorXd p = t.predictDisplay(t.data().X);
  EXPECT_GE(p.minCoeff(), 0.0);
  EXPECT_LE(p.maxCoeff(), 1.0);
}

// A huge initial scale and learning rate blow the weights up; the trainer must notice, stop,
// and say at which step.
TEST(Trainer, DivergenceStopsTrainingAndNamesTheStep) {
  Config c;
  c.activation = ActivationKind::Relu;
  c.init = InitKind::Normal;
  c.initScale = 50;
  c.loss = LossKind::Mse;
  c.optimizer.lr = 1000;
  Trainer t(c);
  Snapshot s;
  int i = 0;
  for (; i < 100 && s.finite; ++i) s = t.step();
  ASSERT_FALSE(s.finite) << "did not diverge in 100 steps";
  EXPECT_TRUE(t.diverged());
  const long at = t.steps() + 1;  // the step that failed was never applied
  EXPECT_EQ(at, i);
  EXPECT_NE(s.problem.find("at step " + std::to_string(at)), std::string::npos) << s.problem;
  EXPECT_NE(s.problem.find("learning rate"), std::string::npos) << s.problem;
  // Stopped: further steps change nothing.
  const Snapshot again = t.step();
  EXPECT_FALSE(again.finite);
  EXPECT_EQ(t.steps(), at - 1);
  EXPECT_EQ(again.problem, s.problem);
}

// The lesson in one number: ‖dW‖ of the first layer relative to the output layer.
double firstToOutputRatio(const Config& c, int steps) {
  Trainer t(c);
  const Snapshot s = run(t, steps);
  EXPECT_TRUE(s.finite);
  return s.layers.front().weightGradNorm / s.layers.back().weightGradNorm;
}

TEST(Trainer, DeepSigmoidGradientVanishesButReluHeDoesNot) {
  Config sigmoid;  // the default: sigmoid, depth 10, xavier_normal
  ASSERT_EQ(sigmoid.depth, 10);
  ASSERT_EQ(sigmoid.activation, ActivationKind::Sigmoid);
  EXPECT_LT(firstToOutputRatio(sigmoid, 20), 1e-3);
  Config relu;
  relu.activation = ActivationKind::Relu;
  relu.init = InitKind::HeNormal;
  EXPECT_GT(firstToOutputRatio(relu, 20), 1e-2);
}

TEST(Trainer, SetLearningRateIsReported) {
  Trainer t(Config{});
  t.setLearningRate(0.02);
  EXPECT_DOUBLE_EQ(t.step().learningRate, 0.02);
  EXPECT_DOUBLE_EQ(t.config().optimizer.lr, 0.02);
}

}  // namespace
}  // namespace gs
