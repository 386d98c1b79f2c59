// Snapshot files written by the real binary, checked against snapshot_reference (plain loops, no
// Eigen): the loss and every gradient to 1e-6 relative, for every activation × loss × bias on/off
// × residual on/off. The plain-loop reference is itself checked by central differences of its
// own loss, so the two sides share no code and no algorithm is trusted unchecked.
#include <gtest/gtest.h>

#include <algorithm>
#include <cmath>

#include "run_process.h"
#include "snapshot_reference.h"

namespace gs::test {
namespace {

constexpr double kTolerance = 1e-6;

// |a − b| relative to |b|, with a floor at 1e-9 of the layer's largest entry so that an entry
// that is zero up to rounding (a sum that cancels) does not count as a relative error of 1.
double maxRelativeError(const Matrix& file, const Matrix& ref) {
  double scale = 0, worst = 0;
  for (const auto& row : ref)
    for (double v : row) scale = std::max(scale, std::abs(v));
  for (std::size_t i = 0; i < ref.size(); ++i)
    for (std::size_t k = 0; k < ref[i].size(); ++k) {
      const double denom = std::max({std::abs(ref[i][k]), 1e-9 * scale, 1e-300});
      worst = std::max(worst, std::abs(file[i][k] - ref[i][k]) / denom);
    }
  return worst;
}

// Worst relative error of the file's gradients against the plain-loop backpropagation.
double compareGradients(const RefSnapshot& s, std::string& where) {
  const std::vector<RefGradient> ref = referenceGradients(s);
  EXPECT_EQ(s.gradients.size(), ref.size());
  double worst = 0;
  for (std::size_t l = 0; l < ref.size() && l < s.gradients.size(); ++l) {
    EXPECT_EQ(s.gradients[l].db.empty(), ref[l].db.empty()) << "layer " << l;
    const double w = maxRelativeError(s.gradients[l].dW, ref[l].dW);
    const double b = ref[l].db.empty() ? 0 : maxRelativeError({s.gradients[l].db}, {ref[l].db});
    if (std::max(w, b) > worst) where = "layer " + std::to_string(l) + (w >= b ? " dW" : " db");
    worst = std::max({worst, w, b});
    EXPECT_EQ(s.gradients[l].dgamma.empty(), ref[l].dgamma.empty()) << "layer " << l;
    if (ref[l].dgamma.empty() || s.gradients[l].dgamma.empty()) continue;
    const double dg = maxRelativeError({s.gradients[l].dgamma}, {ref[l].dgamma});
    const double dbeta = maxRelativeError({s.gradients[l].dbeta}, {ref[l].dbeta});
    if (std::max(dg, dbeta) > worst)
      where = "layer " + std::to_string(l) + (dg >= dbeta ? " dgamma" : " dbeta");
    worst = std::max({worst, dg, dbeta});
  }
  return worst;
}

// Central differences of the plain-loop loss against the file's dW. Rounding in the difference
// is about ε·|L|/h ≈ 2e-11·|L| (h = 1e-5), hence the absolute floor of 1e-8·max(1, |L|).
// Also γ and β of normalised layers against the file's dgamma and dbeta.
int finiteDifferenceMismatches(RefSnapshot s) {
  const double floor = 1e-8 * std::max(1.0, std::abs(referenceLoss(s)));
  int bad = 0;
  const auto check = [&](double& p, double g) {
    const double saved = p, h = 1e-5;
    const auto at = [&](double v) { return p = v, referenceLoss(s); };
    // Fourth order: [8(f(+h) − f(−h)) − (f(+2h) − f(−2h))] / 12h
    const double fd =
        (8 * (at(saved + h) - at(saved - h)) - (at(saved + 2 * h) - at(saved - 2 * h))) / (12 * h);
    p = saved;
    if (std::abs(fd - g) > kTolerance * std::abs(g) + floor) ++bad;
  };
  for (std::size_t l = 0; l < s.layers.size(); ++l) {
    RefLayer& L = s.layers[l];
    const RefGradient& G = s.gradients[l];
    for (std::size_t i = 0; i < L.W.size(); ++i)
      for (std::size_t k = 0; k < L.W[i].size(); ++k) check(L.W[i][k], G.dW[i][k]);
    for (std::size_t u = 0; u < L.gamma.size() && u < G.dgamma.size(); ++u) {
      check(L.gamma[u], G.dgamma[u]);
      check(L.beta[u], G.dbeta[u]);
    }
  }
  return bad;
}

struct Case {
  std::string activation, loss;
  bool bias, residual;
  std::string norm = "none";
};

std::vector<std::string> argsFor(const Case& c, int seed, const std::string& out) {
  std::vector<std::string> a = {
      "snapshot",     "--quiet",    "--depth", "3",    "--width", "4",
      "--batch",      "5",          "--steps", "3",    "--seed",  std::to_string(seed),
      "--activation", c.activation, "--loss",  c.loss, "--out",   out};
  if (!c.bias) a.push_back("--no-bias");
  if (c.residual) a.push_back("--residual");
  if (c.norm != "none") a.insert(a.end(), {"--norm", c.norm});
  return a;
}

bool isSmooth(const std::string& activation) {  // differences across a kink are meaningless
  return activation != "relu" && activation != "leaky_relu";
}

class SnapshotCrossCheck : public ::testing::TestWithParam<std::string> {};

TEST_P(SnapshotCrossCheck, GradientsMatchPlainLoopsForEveryLossBiasAndResidual) {
  ScratchDir dir("xcheck-" + GetParam());
  int seed = 1;
  double worstOverall = 0;
  for (const std::string loss : {"mse", "bce_logits", "softmax_ce"})
    for (const bool bias : {true, false})
      for (const bool residual : {false, true}) {
        const Case c{GetParam(), loss, bias, residual};
        const std::string label = c.activation + " " + loss + (bias ? " bias" : " no-bias") +
                                  (residual ? " residual" : "");
        const ProcessResult r = runCli(argsFor(c, seed++, dir.file("s.json")), dir.path());
        ASSERT_EQ(r.exitStatus, 0) << label << "\n" << r.err;
        const RefSnapshot s = readSnapshot(nlohmann::json::parse(readFile(dir.file("s.json"))));
        EXPECT_EQ(s.loss, loss);
        EXPECT_EQ(s.layers[1].residual, residual) << label;
        EXPECT_EQ(s.layers[0].b.empty(), !bias) << label;
        const double loss0 = referenceLoss(s);
        EXPECT_NEAR(s.fileLoss, loss0, kTolerance * std::abs(loss0)) << label;
        std::string where;
        const double worst = compareGradients(s, where);
        EXPECT_LT(worst, kTolerance) << label << ": worst at " << where;
        worstOverall = std::max(worstOverall, worst);
        if (isSmooth(c.activation)) {
          EXPECT_EQ(finiteDifferenceMismatches(s), 0) << label;
        }
      }
  RecordProperty("max_relative_error", std::to_string(worstOverall));
  std::cout << GetParam() << ": max relative error " << worstOverall << "\n";
}

INSTANTIATE_TEST_SUITE_P(Activations, SnapshotCrossCheck,
                         ::testing::Values("sigmoid", "tanh", "relu", "leaky_relu", "elu", "gelu",
                                           "silu", "softplus", "linear"));

// Normalised hidden layers: the plain loops push the whole batch through each layer (BatchNorm
// couples the samples) and check dW, db, dγ, dβ; a BatchNorm layer carries no b.
TEST(SnapshotCrossCheckNorm, BatchAndLayerNormGradientsMatchPlainLoops) {
  ScratchDir dir("xcheck-norm");
  int seed = 100;
  double worstOverall = 0;
  for (const std::string norm : {"batch", "layer"})
    for (const std::string act : {"sigmoid", "tanh", "gelu", "elu"})
      for (const bool bias : {true, false})
        for (const bool residual : {false, true}) {
          const Case c{act, act == "tanh" ? "softmax_ce" : "bce_logits", bias, residual, norm};
          const std::string label =
              norm + " " + act + (bias ? " bias" : " no-bias") + (residual ? " residual" : "");
          const ProcessResult r = runCli(argsFor(c, seed++, dir.file("s.json")), dir.path());
          ASSERT_EQ(r.exitStatus, 0) << label << "\n" << r.err;
          const nlohmann::json j = nlohmann::json::parse(readFile(dir.file("s.json")));
          const RefSnapshot s = readSnapshot(j);
          for (std::size_t l = 0; l + 1 < s.layers.size(); ++l) {
            EXPECT_EQ(s.layers[l].norm, norm) << label;
            EXPECT_EQ(s.layers[l].b.empty(), norm == "batch" || !bias) << label;
            EXPECT_EQ(s.layers[l].gamma.size(), 4u) << label;
          }
          EXPECT_EQ(s.layers.back().norm, "none");
          EXPECT_FALSE(j["network"]["layers"].back().contains("norm"));
          EXPECT_NEAR(s.fileLoss, referenceLoss(s), kTolerance * std::abs(s.fileLoss)) << label;
          std::string where;
          const double worst = compareGradients(s, where);
          EXPECT_LT(worst, kTolerance) << label << ": worst at " << where;
          worstOverall = std::max(worstOverall, worst);
          EXPECT_EQ(finiteDifferenceMismatches(s), 0) << label;
        }
  std::cout << "norm: max relative error " << worstOverall << "\n";
}

// The default network, deep enough that the first layer's gradient is ~1e-7 of the output's:
// the tiny numbers must be right too, not only the big ones.
TEST(SnapshotCrossCheckDeep, VanishingGradientsAreExactToo) {
  ScratchDir dir("xcheck-deep");
  for (const std::string extra : {"--bias", "--residual"}) {
    const ProcessResult r =
        runCli({"snapshot", "--quiet", "--steps", "20", extra, "--out", "deep.json"}, dir.path());
    ASSERT_EQ(r.exitStatus, 0) << r.err;
    const RefSnapshot s = readSnapshot(nlohmann::json::parse(readFile(dir.file("deep.json"))));
    ASSERT_EQ(s.layers.size(), 11u);
    std::string where;
    EXPECT_LT(compareGradients(s, where), kTolerance) << extra << ": worst at " << where;
    EXPECT_NEAR(s.fileLoss, referenceLoss(s), 1e-12);
  }
}

// The comparisons themselves must be able to fail: a first-layer gradient off by 1e-5 relative
// is caught by the plain loops, the largest output-layer gradient off by 1e-4 by the differences.
TEST(SnapshotCrossCheckDeep, DetectsASmallError) {
  ScratchDir dir("xcheck-detect");
  ASSERT_EQ(
      runCli({"snapshot", "--quiet", "--depth", "3", "--out", "s.json"}, dir.path()).exitStatus, 0);
  RefSnapshot s = readSnapshot(nlohmann::json::parse(readFile(dir.file("s.json"))));
  s.gradients[0].dW[0][0] *= 1 + 1e-5;
  std::string where;
  EXPECT_GT(compareGradients(s, where), kTolerance);
  EXPECT_EQ(where, "layer 0 dW");
  s.gradients[0].dW[0][0] /= 1 + 1e-5;
  EXPECT_EQ(finiteDifferenceMismatches(s), 0);
  double* largest = &s.gradients.back().dW[0][0];
  for (double& v : s.gradients.back().dW[0])
    if (std::abs(v) > std::abs(*largest)) largest = &v;
  *largest *= 1 + 1e-4;
  EXPECT_EQ(finiteDifferenceMismatches(s), 1);
  // and a dγ off by 1e-5 relative
  ASSERT_EQ(runCli({"snapshot", "--quiet", "--depth", "3", "--norm", "batch", "--out", "n.json"},
                   dir.path())
                .exitStatus,
            0);
  RefSnapshot n = readSnapshot(nlohmann::json::parse(readFile(dir.file("n.json"))));
  n.gradients[1].dgamma[2] *= 1 + 1e-5;
  EXPECT_GT(compareGradients(n, where), kTolerance);
  EXPECT_EQ(where, "layer 1 dgamma");
}

}  // namespace
}  // namespace gs::test
