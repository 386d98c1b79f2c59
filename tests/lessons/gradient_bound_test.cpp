// Issue 10 item 5: no bar exceeds a line called a bound. The weight-aware bound on RMS δ
// (core/gradient_bound.h) holds on every layer, every step, over lessons 1–2 and the default
// settings with several seeds, while the σ′-only "0.25ᵏ × output" is exceeded on the same runs —
// which is why the window calls that one a reference, not a bound.
#include <gtest/gtest.h>

#include <Eigen/SVD>
#include <string>

#include "gradient_bound.h"
#include "lesson.h"
#include "spectral_norm.h"
#include "trainer.h"

namespace {

gs::Config configOf(const std::string& id) {
  return gs::loadLessonFile(std::string(GRADSCOPE_LESSON_DIR) + "/" + id + ".json").config;
}

struct Case {
  std::string name;
  gs::Config config;
};

std::vector<Case> cases() {
  return {{"01-sigmoid-chain", configOf("01-sigmoid-chain")},
          {"02-deep-sigmoid", configOf("02-deep-sigmoid")},
          {"default", gs::Config()}};
}

}  // namespace

TEST(GradientBound, NoLayerExceedsTheWeightAwareBoundOverLessonsSeedsAndSteps) {
  for (const Case& c : cases())
    for (unsigned seed : {1u, 7u, 42u, 2024u}) {
      gs::Config config = c.config;
      config.seed = seed;
      gs::Trainer t(config);
      for (int step = 0; step < 400 && !t.diverged(); ++step) {
        const gs::Snapshot s = t.step();
        const std::vector<double> bound = gs::deltaRmsBound(s.layers);
        ASSERT_EQ(bound.size(), s.layers.size()) << c.name;
        for (std::size_t i = 0; i < bound.size(); ++i)
          ASSERT_LE(s.layers[i].deltaRms, bound[i] * (1 + 1e-12))
              << c.name << " seed " << seed << " step " << s.step << " layer " << i;
      }
    }
}

// The reason for the change: weights lift the bars above the σ′-only line on these runs.
TEST(GradientBound, TheSigmoidOnlyLineIsExceededSoItIsNoBound) {
  bool exceeded = false;
  for (const Case& c : cases()) {
    gs::Trainer t(c.config);
    for (int step = 0; step < 300 && !exceeded; ++step) {
      const gs::Snapshot s = t.step();
      const int n = int(s.layers.size());
      for (int i = 0; i < n; ++i)
        exceeded = exceeded || s.layers[i].weightGradNorm >
                                   s.layers[n - 1].weightGradNorm * std::pow(0.25, n - 1 - i);
    }
  }
  EXPECT_TRUE(exceeded);
}

// The statistics' ‖W‖₂ and max f′ are the ones the bound needs, checked independently.
TEST(GradientBound, StatsCarryTheSpectralNormOfEachLayersWeights) {
  gs::Trainer t(configOf("02-deep-sigmoid"));
  gs::Snapshot s;
  // The statistics are taken before the update, so compare with a network one step behind.
  const gs::Mlp before = t.network();
  s = t.step();
  for (std::size_t i = 0; i < s.layers.size(); ++i) {
    const Eigen::MatrixXd& w = before.layers()[i].W;
    const double svd = Eigen::JacobiSVD<Eigen::MatrixXd>(w).singularValues()(0);
    EXPECT_NEAR(s.layers[i].weightSpectralNorm, svd, 1e-10 * svd) << i;
    EXPECT_EQ(s.layers[i].maxDerivative, i + 1 < s.layers.size() ? 0.25 : 1.0) << i;
  }
}

TEST(GradientBound, ResidualOrMissingNormsGiveNoBound) {
  gs::Config c;
  c.residual = true;
  gs::Trainer t(c);
  EXPECT_TRUE(gs::deltaRmsBound(t.step().layers).empty());
  gs::Config wide;
  wide.depth = 2;
  wide.width = 64;  // 64 × 64 weights: over kSpectralNormMaxWeights
  gs::Trainer w(wide);
  const gs::Snapshot s = w.step();
  EXPECT_LT(s.layers[1].weightSpectralNorm, 0);
  EXPECT_TRUE(gs::deltaRmsBound(s.layers).empty());
}

// γ/√(σ² + ε) and the batch coupling multiply δ too: the product of max f′ · ‖W‖₂ bounds nothing
// there (BatchNorm lesson 8a's bars cross it), so no bound is offered.
TEST(GradientBound, NormalisedLayersGiveNoBound) {
  for (gs::NormKind kind : {gs::NormKind::Batch, gs::NormKind::Layer}) {
    gs::Config c;
    c.norm = kind;
    gs::Trainer t(c);
    EXPECT_TRUE(gs::deltaRmsBound(t.step().layers).empty());
  }
}
