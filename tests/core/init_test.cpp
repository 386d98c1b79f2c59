// Initialiser statistics against their defining formulas, and seed determinism.
#include <gtest/gtest.h>

#include <cmath>
#include <random>

#include "init.h"

namespace gs {
namespace {

constexpr int kOut = 300, kIn = 500;  // 150 000 draws: sample variance within ≈ 0.4 % (1σ)

Eigen::MatrixXd draw(InitKind kind, double scale, std::uint64_t seed = 5, int out = kOut,
                     int in = kIn) {
  Eigen::MatrixXd W(out, in);
  std::mt19937_64 rng(seed);
  initialiseWeights(W, kind, scale, rng);
  return W;
}

double variance(const Eigen::MatrixXd& W) {
  return (W.array() - W.mean()).square().sum() / static_cast<double>(W.size() - 1);
}

// Mean ≈ 0 (within 5 standard errors) and variance within 2 % of the formula.
void expectZeroMeanWithVariance(const Eigen::MatrixXd& W, double var, const char* what) {
  EXPECT_NEAR(W.mean(), 0.0, 5.0 * std::sqrt(var / static_cast<double>(W.size()))) << what;
  EXPECT_NEAR(variance(W) / var, 1.0, 0.02) << what;
}

TEST(Init, HeNormalVarianceIsTwoOverFanIn) {
  expectZeroMeanWithVariance(draw(InitKind::HeNormal, 1.0), 2.0 / kIn, "he_normal");
  expectZeroMeanWithVariance(draw(InitKind::HeNormal, 3.0), 9.0 * 2.0 / kIn, "he_normal ×3");
}

TEST(Init, XavierNormalVarianceIsTwoOverFanInPlusFanOut) {
  expectZeroMeanWithVariance(draw(InitKind::XavierNormal, 1.0), 2.0 / (kIn + kOut),
                             "xavier_normal");
}

TEST(Init, LecunNormalVarianceIsOneOverFanIn) {
  expectZeroMeanWithVariance(draw(InitKind::LecunNormal, 1.0), 1.0 / kIn, "lecun_normal");
}

TEST(Init, NormalUsesScaleAsStandardDeviation) {
  expectZeroMeanWithVariance(draw(InitKind::Normal, 0.3), 0.09, "normal σ = 0.3");
}

// U(−a, a): every draw inside ±a, the extremes close to ±a, variance a²/3.
void expectUniform(const Eigen::MatrixXd& W, double a, const char* what) {
  EXPECT_LE(W.cwiseAbs().maxCoeff(), a) << what;
  EXPECT_GT(W.maxCoeff(), 0.999 * a) << what;
  EXPECT_LT(W.minCoeff(), -0.999 * a) << what;
  expectZeroMeanWithVariance(W, a * a / 3.0, what);
}

TEST(Init, XavierUniformBound) {
  expectUniform(draw(InitKind::XavierUniform, 1.0), std::sqrt(6.0 / (kIn + kOut)),
                "xavier_uniform");
  expectUniform(draw(InitKind::XavierUniform, 2.0), 2.0 * std::sqrt(6.0 / (kIn + kOut)),
                "xavier_uniform ×2");
}

TEST(Init, HeUniformBound) {
  expectUniform(draw(InitKind::HeUniform, 1.0), std::sqrt(6.0 / kIn), "he_uniform");
}

TEST(Init, UniformUsesScaleAsHalfWidth) {
  expectUniform(draw(InitKind::Uniform, 0.7), 0.7, "uniform ±0.7");
}

TEST(Init, ConstantIncludingZeroAndNegative) {
  for (double c : {0.0, 0.25, -1.5}) {
    const Eigen::MatrixXd W = draw(InitKind::Constant, c, 5, 4, 3);
    EXPECT_EQ(W, Eigen::MatrixXd::Constant(4, 3, c)) << c;
  }
}

TEST(Init, SameSeedSameWeightsOtherSeedOtherWeights) {
  for (InitKind kind : allInitKinds()) {
    if (kind == InitKind::Constant) continue;
    EXPECT_EQ(draw(kind, 1.0, 99, 8, 6), draw(kind, 1.0, 99, 8, 6)) << initId(kind);
    EXPECT_NE(draw(kind, 1.0, 99, 8, 6), draw(kind, 1.0, 100, 8, 6)) << initId(kind);
  }
}

TEST(Init, IdsRoundTripAndScaleIsExplained) {
  for (InitKind k : allInitKinds()) {
    ASSERT_TRUE(initFromId(initId(k)).has_value());
    EXPECT_EQ(*initFromId(initId(k)), k);
    EXPECT_NE(initIdList().find(initId(k)), std::string::npos);
    EXPECT_FALSE(initScaleMeaning(k).empty());
  }
  EXPECT_FALSE(initFromId("kaiming").has_value());
}

}  // namespace
}  // namespace gs
