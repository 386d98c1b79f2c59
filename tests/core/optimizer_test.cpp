// Optimiser updates against values worked out by hand (two steps, gradient 0.5 then −0.2,
// every parameter starting at 1).
#include <gtest/gtest.h>

#include <random>

#include "optimizer.h"

namespace gs {
namespace {

Mlp tinyNet(bool bias) {
  MlpShape shape;
  shape.inputs = 2;
  shape.depth = 1;
  shape.width = 3;
  shape.bias = bias;
  std::mt19937_64 rng(1);
  Mlp net(shape, rng);
  for (DenseLayer& L : net.layers()) {
    L.W.setOnes();
    L.b.setOnes();
  }
  return net;
}

void setGradient(Mlp& net, double g) {
  for (DenseLayer& L : net.layers()) {
    L.dW.setConstant(L.W.rows(), L.W.cols(), g);
    L.db.setConstant(L.b.size(), g);
  }
}

void expectAllParameters(const Mlp& net, double value, double tol, const char* what) {
  for (const DenseLayer& L : net.layers()) {
    EXPECT_NEAR(L.W.minCoeff(), value, tol) << what;
    EXPECT_NEAR(L.W.maxCoeff(), value, tol) << what;
    EXPECT_NEAR(L.b.minCoeff(), value, tol) << what;
    EXPECT_NEAR(L.b.maxCoeff(), value, tol) << what;
  }
}

// Runs two steps and checks the parameters after each.
void twoSteps(const OptimizerSettings& s, double after1, double after2) {
  Mlp net = tinyNet(true);
  Optimizer opt(s);
  setGradient(net, 0.5);
  opt.step(net);
  expectAllParameters(net, after1, 1e-15, "after step 1");
  setGradient(net, -0.2);
  opt.step(net);
  expectAllParameters(net, after2, 1e-15, "after step 2");
}

TEST(Optimizer, SgdSubtractsLearningRateTimesGradient) {
  // θ = 1 − 0.1·0.5 = 0.95, then 0.95 + 0.1·0.2 = 0.97
  twoSteps({OptimizerKind::Sgd, 0.1}, 0.95, 0.97);
}

TEST(Optimizer, MomentumAccumulatesVelocity) {
  // v = 0.5, θ = 0.95; v = 0.9·0.5 − 0.2 = 0.25, θ = 0.95 − 0.025 = 0.925
  OptimizerSettings s{OptimizerKind::Momentum, 0.1};
  s.momentum = 0.9;
  twoSteps(s, 0.95, 0.925);
}

TEST(Optimizer, AdamWithBiasCorrection) {
  // Step 1: m̂ = 0.5, v̂ = 0.25, θ = 1 − 0.1·0.5/(0.5 + 1e-8) = 0.900000002.
  // Step 2: m = 0.025, v = 0.00028975, m̂ = m/0.19, v̂ = v/0.001999,
  //         θ = 0.900000002 − 0.1·m̂/(√v̂ + 1e-8) = 0.8654394181165108.
  OptimizerSettings s{OptimizerKind::Adam, 0.1};
  s.beta1 = 0.9;
  s.beta2 = 0.999;
  s.epsilon = 1e-8;
  twoSteps(s, 0.900000002, 0.8654394181165108);
}

TEST(Optimizer, BiasOffLeavesBiasAlone) {
  for (OptimizerKind kind : allOptimizerKinds()) {
    Mlp net = tinyNet(false);
    Optimizer opt(OptimizerSettings{kind, 0.1});
    setGradient(net, 0.5);
    opt.step(net);
    for (const DenseLayer& L : net.layers()) {
      EXPECT_EQ(L.b, Eigen::VectorXd::Ones(L.b.size())) << optimizerId(kind);
      EXPECT_LT(L.W.maxCoeff(), 1.0) << optimizerId(kind);
    }
  }
}

TEST(Optimizer, SetLearningRateTakesEffect) {
  Mlp net = tinyNet(true);
  Optimizer opt(OptimizerSettings{OptimizerKind::Sgd, 0.1});
  opt.setLearningRate(0.01);
  EXPECT_EQ(opt.settings().lr, 0.01);
  setGradient(net, 0.5);
  opt.step(net);
  expectAllParameters(net, 0.995, 1e-15, "lr 0.01");
}

TEST(Optimizer, IdsRoundTrip) {
  for (OptimizerKind k : allOptimizerKinds()) {
    ASSERT_TRUE(optimizerFromId(optimizerId(k)).has_value());
    EXPECT_EQ(*optimizerFromId(optimizerId(k)), k);
  }
  EXPECT_FALSE(optimizerFromId("rmsprop").has_value());
}

}  // namespace
}  // namespace gs
