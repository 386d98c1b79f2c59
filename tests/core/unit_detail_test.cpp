// Per-unit detail for the network diagram: ∂L/∂W entry by entry against finite differences of the
// loss, mean activations by hand, dead and saturated units, and the size limit.
#include "unit_detail.h"

#include <gtest/gtest.h>

#include <random>

#include "finite_difference.h"
#include "loss.h"

namespace gs {
namespace {

struct Fixture {
  Mlp net;
  Eigen::MatrixXd X, Y, grad;
  double loss() { return lossValue(LossKind::Mse, net.forward(X), Y); }
  void backward() {
    lossAndGradient(LossKind::Mse, net.forward(X), Y, grad);
    net.backward(grad);
  }
};

Fixture makeFixture(ActivationKind kind, int depth, int width) {
  MlpShape shape;
  shape.depth = depth;
  shape.width = width;
  shape.activation = Activation(kind);
  std::mt19937_64 rng(3);
  Fixture f{Mlp(shape, rng), Eigen::MatrixXd::Random(2, 5), Eigen::MatrixXd::Random(1, 5), {}};
  return f;
}

TEST(UnitDetail, WeightGradientsAreDlDwEntryByEntry) {
  Fixture f = makeFixture(ActivationKind::Tanh, 2, 3);
  f.backward();
  const std::vector<LayerUnits> units = unitDetail(f.net);
  ASSERT_EQ(units.size(), 3u);
  for (std::size_t l = 0; l < units.size(); ++l) {
    DenseLayer& L = f.net.layers()[l];
    ASSERT_EQ(units[l].fanIn, L.fanIn());
    ASSERT_EQ(units[l].fanOut, L.fanOut());
    for (int o = 0; o < L.fanOut(); ++o)
      for (int i = 0; i < L.fanIn(); ++i) {
        const double numeric = test::numericPartial(L.W(o, i), [&] { return f.loss(); });
        const std::size_t at = std::size_t(o) * units[l].fanIn + i;
        EXPECT_LT(test::relativeError(units[l].weightGrads[at], numeric), 1e-6)
            << "layer " << l << " (" << o << ", " << i << ")";
        EXPECT_EQ(units[l].weights[at], L.W(o, i));
      }
  }
}

TEST(UnitDetail, MeanActivationIsTheBatchMean) {
  Fixture f = makeFixture(ActivationKind::Sigmoid, 1, 4);
  f.backward();
  const LayerUnits u = unitDetail(f.net).front();
  const DenseLayer& L = f.net.layers().front();
  for (int o = 0; o < 4; ++o) {
    double sum = 0;
    for (int b = 0; b < 5; ++b) sum += 1.0 / (1.0 + std::exp(-L.Z(o, b)));  // σ(z) by hand
    EXPECT_NEAR(u.meanActivation[std::size_t(o)], sum / 5, 1e-12);
  }
}

TEST(UnitDetail, DeadAndSaturatedUnitsAreMarked) {
  Fixture relu = makeFixture(ActivationKind::Relu, 1, 3);
  relu.net.layers()[0].b(1) = -100.0;  // z < 0 for every sample: dead
  relu.backward();
  const LayerUnits r = unitDetail(relu.net).front();
  EXPECT_EQ(r.dead, (std::vector<char>{0, 1, 0}));
  Fixture sig = makeFixture(ActivationKind::Sigmoid, 1, 3);
  sig.net.layers()[0].b(2) = 50.0;  // σ′(z) ≈ e⁻⁵⁰: saturated
  sig.backward();
  const LayerUnits s = unitDetail(sig.net).front();
  EXPECT_EQ(s.saturated, (std::vector<char>{0, 0, 1}));
  EXPECT_EQ(s.dead, (std::vector<char>{0, 0, 0}));  // only ReLU-like units die
}

TEST(UnitDetail, LargeNetworksCarryNone) {
  Fixture f = makeFixture(ActivationKind::Tanh, 3, 8);  // 16 + 64 + 64 + 8 = 152 weights
  f.backward();
  EXPECT_EQ(unitDetail(f.net, 152).size(), 4u);
  EXPECT_TRUE(unitDetail(f.net, 151).empty());
}

}  // namespace
}  // namespace gs
