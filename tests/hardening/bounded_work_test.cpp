// Work after training is bounded like a step: the data-set evaluation (chunked, sampled beyond a
// budget, stoppable) and the gradient snapshot (streamed in blocks, no JSON tree in memory).
#include <gtest/gtest.h>

#include <algorithm>

#include "loss.h"
#include "snapshot_json.h"
#include "trainer.h"

namespace gs {
namespace {

using nlohmann::json;

Config small() {
  Config c;
  c.depth = 3;
  c.width = 8;
  c.samples = 512;
  return c;
}

// The chunked evaluation equals one pass over the whole data set (an independent computation).
TEST(BoundedEvaluation, ChunksAddUpToTheWholeDataSet) {
  for (LossKind loss : {LossKind::BceLogits, LossKind::SoftmaxCe, LossKind::Mse}) {
    Config c = small();
    c.loss = loss;
    if (loss == LossKind::Mse) c.dataset = DatasetKind::Sine;
    c.depth = 40;
    c.width = 128;  // 40 × 128² ≈ 6.6·10⁵ per sample: chunks of ~400 samples
    c.samples = 3000;
    Trainer t(c);
    for (int i = 0; i < 3; ++i) t.step();
    const Evaluation e = t.evaluate();
    ASSERT_EQ(e.samplesUsed, c.samples);
    EXPECT_FALSE(e.sampled());
    const Eigen::MatrixXd out = t.network().predict(t.data().X);
    Eigen::MatrixXd y = t.data().y;
    if (loss == LossKind::SoftmaxCe) {
      y = Eigen::MatrixXd::Zero(2, t.data().size());
      for (int i = 0; i < t.data().size(); ++i) y(t.data().y(i) > 0.5 ? 1 : 0, i) = 1;
    }
    EXPECT_NEAR(e.loss, lossValue(loss, out, y), 1e-12 * std::max(1.0, std::abs(e.loss)));
  }
}

// At depth 200 × width 512, 100,000 samples would be 5·10¹² multiply-adds (14 minutes); the
// evaluation takes the budget's worth of evenly spaced samples and says so.
TEST(BoundedEvaluation, LargeNetworksAreSampledWithinTheBudget) {
  Config c;
  c.depth = 200;
  c.width = 512;
  c.batch = 1;
  c.samples = 100000;
  Trainer t(c);
  double perSample = 1;
  for (const DenseLayer& L : t.network().layers()) perSample += double(L.W.size());
  int chunks = 0;
  const Evaluation e = t.evaluate([&] {
    ++chunks;
    return false;
  });
  EXPECT_TRUE(e.sampled());
  EXPECT_EQ(e.samplesTotal, 100000);
  EXPECT_LE(e.samplesUsed * perSample, kEvaluationCostMax);
  EXPECT_GT((e.samplesUsed + 1) * perSample, kEvaluationCostMax);
  EXPECT_GE(chunks, 4);  // asked between chunks of at most a quarter step
  EXPECT_TRUE(std::isfinite(e.loss));
}

TEST(BoundedEvaluation, AStopBetweenChunksIsHonoured) {
  Config c;
  c.depth = 200;
  c.width = 512;
  c.batch = 1;
  c.samples = 100000;
  Trainer t(c);
  int asked = 0;
  const Evaluation e = t.evaluate([&] { return ++asked > 1; });
  EXPECT_TRUE(e.interrupted);
  EXPECT_EQ(asked, 2);
}

// The streamed snapshot is the same JSON the tree used to be, handed over in bounded blocks.
TEST(StreamedSnapshot, IsValidJsonInBoundedBlocks) {
  Config c = small();
  c.depth = 4;
  c.width = 300;  // rows of 300 numbers: several blocks
  Trainer t(c);
  t.step();
  const Mlp before = t.network();
  std::string text;
  std::size_t largest = 0;
  const SnapshotStatus status = writeGradientSnapshot(t, [&](const char* d, std::size_t n) {
    text.append(d, n);
    largest = std::max(largest, n);
    return true;
  });
  ASSERT_EQ(status, SnapshotStatus::Written);
  EXPECT_LT(largest, (1u << 16) + 300 * 26);  // a block, plus at most one row past it
  const json j = json::parse(text);
  EXPECT_EQ(j["format"], kSnapshotFormat);
  EXPECT_EQ(j["step"], 1);
  const auto& L = j["network"]["layers"];
  ASSERT_EQ(L.size(), before.layers().size());
  for (std::size_t l = 0; l < L.size(); ++l) {
    const Eigen::MatrixXd& W = before.layers()[l].W;
    ASSERT_EQ(L[l]["W"].size(), std::size_t(W.rows()));
    for (Eigen::Index r = 0; r < W.rows(); r += 37)
      for (Eigen::Index k = 0; k < W.cols(); k += 11)
        EXPECT_EQ(L[l]["W"][r][k].get<double>(), W(r, k));  // shortest round trip: exact
    const Eigen::MatrixXd& dW = t.network().layers()[l].dW;
    EXPECT_EQ(j["gradients"][l]["dW"][0][0].get<double>(), dW(0, 0));
  }
  EXPECT_TRUE(j["loss"].is_number_float());
}

TEST(StreamedSnapshot, StopsAndFailedWritesEndTheStream) {
  Config c = small();
  c.width = 300;
  Trainer t(c);
  int blocks = 0;
  EXPECT_EQ(writeGradientSnapshot(t, [&](const char*, std::size_t) { return ++blocks < 2; }),
            SnapshotStatus::WriteFailed);
  EXPECT_EQ(blocks, 2);
  blocks = 0;
  EXPECT_EQ(
      writeGradientSnapshot(
          t, [&](const char*, std::size_t) { return ++blocks, true; }, [&] { return blocks >= 1; }),
      SnapshotStatus::Stopped);
  EXPECT_EQ(blocks, 1);
}

// The last update can blow the weights up although every statistic of its step was finite.
TEST(LastUpdate, WeightsProblemSeesIt) {
  Config c;
  c.depth = 3;
  c.width = 8;
  Trainer t(c);
  t.step();
  EXPECT_EQ(t.weightsProblem(), "");
  Mlp& net = const_cast<Mlp&>(t.network());
  net.layers()[1].W(0, 0) = std::numeric_limits<double>::infinity();
  EXPECT_NE(t.weightsProblem().find("update of step 1"), std::string::npos);
}

}  // namespace
}  // namespace gs
