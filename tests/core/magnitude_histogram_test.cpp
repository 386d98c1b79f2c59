// log₁₀|x| histograms against bins worked out by hand, and on a vanishing network: the first
// layer's ∂L/∂W lies decades below the output layer's and is spread over many bins, not one.
#include <gtest/gtest.h>

#include <cmath>

#include "magnitude_histogram.h"
#include "stats.h"
#include "trainer.h"

namespace gs {
namespace {

static_assert(kMagnitudeBinsPerDecade == 4, "the hand-computed bins below are quarter decades");

TEST(MagnitudeHistogram, BinsWorkedOutByHand) {
  Eigen::MatrixXd v(1, 7);
  v << 0, 3e-5, -3e-5, 2e-3, 5e-3, 0.5, 0;
  const MagnitudeHistogram h = magnitudeHistogram(v);
  // log₁₀: 3e-5 → −4.523, 2e-3 → −2.699, 5e-3 → −2.301, 0.5 → −0.301; the grid runs from
  // ⌊−4.523⌋ = −5 to ⌊−0.301⌋ + 1 = 0, 4 bins a decade: 20 bins.
  EXPECT_EQ(h.lowDecade, -5);
  ASSERT_EQ(h.counts.size(), 20u);
  // Bin ⌊(log₁₀|x| + 5)·4⌋: 3e-5 in [10^−4.75, 10^−4.5) = [1.78e-5, 3.16e-5) → bin 1 (sign
  // ignored, twice); 2e-3 → ⌊9.20⌋ = 9; 5e-3 → ⌊10.80⌋ = 10; 0.5 → ⌊18.80⌋ = 18.
  std::vector<int> expected(20, 0);
  expected[1] = 2;
  expected[9] = 1;
  expected[10] = 1;
  expected[18] = 1;
  EXPECT_EQ(h.counts, expected);
  EXPECT_EQ(h.zeros, 2);  // counted, not dropped
  EXPECT_EQ(h.total(), 7);
  EXPECT_DOUBLE_EQ(magnitudeBinStart(h, 1), -4.75);
  EXPECT_DOUBLE_EQ(magnitudeBinStart(h, 18), -0.5);
}

TEST(MagnitudeHistogram, OneValueGetsOneWholeDecade) {
  const MagnitudeHistogram h = magnitudeHistogram(Eigen::MatrixXd::Constant(2, 3, -0.03));
  EXPECT_EQ(h.lowDecade, -2);  // 0.03 lies in [10⁻², 10⁻¹)
  ASSERT_EQ(h.counts.size(), 4u);
  EXPECT_EQ(h.counts[1], 6);  // log₁₀ 0.03 = −1.523: ⌊(−1.523 + 2)·4⌋ = 1
  EXPECT_EQ(h.zeros, 0);
}

TEST(MagnitudeHistogram, AllZerosAreCountedAndNonFiniteGivesNothing) {
  const MagnitudeHistogram zeros = magnitudeHistogram(Eigen::MatrixXd::Zero(3, 4));
  EXPECT_TRUE(zeros.counts.empty());
  EXPECT_EQ(zeros.zeros, 12);
  EXPECT_EQ(zeros.total(), 12);
  Eigen::MatrixXd bad = Eigen::MatrixXd::Ones(2, 2);
  bad(1, 0) = std::nan("");
  const MagnitudeHistogram none = magnitudeHistogram(bad);
  EXPECT_TRUE(none.counts.empty());
  EXPECT_EQ(none.total(), 0);
  EXPECT_EQ(magnitudeHistogram(Eigen::MatrixXd()).total(), 0);
}

TEST(MagnitudeHistogram, LayerStatsCountTheExactZerosOfDw) {
  DenseLayer L;
  L.activation = Activation(ActivationKind::Relu);
  L.W = Eigen::MatrixXd::Ones(3, 2);
  L.b = Eigen::VectorXd::Zero(3);
  L.Z = Eigen::MatrixXd::Ones(3, 4);
  L.A = L.Z;
  L.activation.derivative(L.Z.array(), L.fprime);
  L.delta = Eigen::MatrixXd::Ones(3, 4);
  L.dW.resize(3, 2);
  L.dW << 3, 0, 0, -4, 0, 0;  // a dead unit's row and two more zeros
  L.db = Eigen::VectorXd::Zero(3);
  const MagnitudeHistogram& h = layerStats(L, 0, false).weightGradient;
  EXPECT_EQ(h.zeros, 4);
  EXPECT_EQ(h.total(), 6);
  EXPECT_EQ(h.lowDecade, 0);  // 3 and 4 lie in [10⁰, 10¹)
}

// Weighted mean of log₁₀|x| over the bins (bin centres).
double meanDecade(const MagnitudeHistogram& h) {
  double sum = 0, n = 0;
  for (std::size_t b = 0; b < h.counts.size(); ++b) {
    sum += h.counts[b] * (magnitudeBinStart(h, int(b)) + 0.5 / kMagnitudeBinsPerDecade);
    n += h.counts[b];
  }
  return sum / n;
}

// Lesson 2's network (10 sigmoid layers of 16, Xavier): the gradient reaching layer 1 is orders of
// magnitude below the output layer's, and still a spread of values, not a spike.
TEST(MagnitudeHistogram, VanishingNetworkSeparatesFirstAndOutputLayers) {
  Config c;
  c.depth = 10;
  c.width = 16;
  c.activation = ActivationKind::Sigmoid;
  Trainer trainer(c);
  const Snapshot s = trainer.step();
  const MagnitudeHistogram& first = s.layers.front().weightGradient;
  const MagnitudeHistogram& out = s.layers.back().weightGradient;
  ASSERT_GT(first.total(), 0);
  ASSERT_GT(out.total(), 0);
  EXPECT_EQ(first.total(), 16 * 2);  // every entry of the 16 × 2 W¹, zeros included
  EXPECT_LT(meanDecade(first), meanDecade(out) - 4)
      << meanDecade(first) << " vs " << meanDecade(out);
  int filled = 0;
  for (int n : first.counts) filled += n > 0;
  EXPECT_GE(filled, 4);  // spread over at least a decade's worth of bins
}

}  // namespace
}  // namespace gs
