// --norm, --norm-eps, --clip-norm, --clip-value, --weight-decay: what they set, one-line messages
// naming the flag for bad values, and the new table and CSV columns of the real binary.
#include <gtest/gtest.h>

#include <algorithm>
#include <cmath>
#include <sstream>

#include "cli_args.h"
#include "run_process.h"

namespace gs::test {
namespace {

using cli::parseArguments;

bool contains(const std::string& text, const std::string& part) {
  return text.find(part) != std::string::npos;
}

std::vector<std::string> split(const std::string& text, char sep) {
  std::vector<std::string> out;
  std::istringstream in(text);
  for (std::string f; std::getline(in, f, sep);) out.push_back(f);
  return out;
}

TEST(NormCli, FlagsReachTheConfig) {
  const auto r = parseArguments({"train", "--norm", "layer", "--norm-eps", "1e-3", "--clip-norm",
                                 "2.5", "--weight-decay=0.01"});
  ASSERT_TRUE(r.ok()) << r.error;
  const Config& c = r.request.config;
  EXPECT_EQ(c.norm, NormKind::Layer);
  EXPECT_EQ(c.normEps, 1e-3);
  EXPECT_EQ(c.clipNorm, 2.5);
  EXPECT_EQ(c.weightDecay, 0.01);
  const auto v = parseArguments({"snapshot", "--clip-value", "0.5", "--out", "-"});
  ASSERT_TRUE(v.ok()) << v.error;
  EXPECT_EQ(v.request.config.clipValue, 0.5);
}

TEST(NormCli, BadValuesNameTheFlagAndWhatIsAllowed) {
  const std::vector<std::pair<std::vector<std::string>, std::vector<std::string>>> cases = {
      {{"train", "--norm", "group"}, {"--norm", "group", "none, batch, layer"}},
      {{"train", "--norm-eps", "0"}, {"norm_eps = 0", "> 0 and ≤ 1", "(--norm-eps)"}},
      {{"train", "--norm-eps", "abc"}, {"--norm-eps", "abc"}},
      {{"train", "--clip-norm", "-1"}, {"clip_norm = -1", "0 (off)", "(--clip-norm)"}},
      {{"train", "--clip-value", "nan"}, {"--clip-value", "nan"}},
      {{"train", "--clip-value", "2e6"}, {"clip_value = 2e+06", "≤ 1e6", "(--clip-value)"}},
      {{"train", "--weight-decay", "3"}, {"weight_decay = 3", "0 to 1", "(--weight-decay)"}},
      {{"train", "--clip-norm", "1", "--clip-value", "1"},
       {"both set", "one of them", "(--clip-norm, --clip-value)"}},
      {{"train", "--norm", "batch", "--batch", "1"},
       {"norm = batch", "batch = 1", "(--norm, --batch)"}},
  };
  for (const auto& [args, parts] : cases) {
    const auto r = parseArguments(args);
    EXPECT_EQ(r.exitStatus, cli::kExitUsage) << args[1];
    EXPECT_EQ(r.error.find('\n'), std::string::npos) << r.error;
    for (const std::string& p : parts) EXPECT_TRUE(contains(r.error, p)) << r.error << " / " << p;
  }
  EXPECT_TRUE(parseArguments({"train", "--norm", "layer", "--batch", "1"}).ok());
}

TEST(NormCli, HelpListsTheFlagsWithDefaults) {
  ScratchDir dir("norm-help");
  const ProcessResult r = runCli({"train", "--help"}, dir.path());
  ASSERT_EQ(r.exitStatus, 0);
  for (const char* flag :
       {"--norm NAME", "--norm-eps E", "--clip-norm C", "--clip-value V", "--weight-decay L"})
    EXPECT_TRUE(contains(r.out, flag)) << flag;
  EXPECT_TRUE(contains(r.out, "default: none")) << r.out;
}

// CSV: update_ratio = lr·clip factor·grad_data_ratio under SGD, clipped = 1 when the clip norm is
// below the gradient's, grad_norm_total the same on every row of a step.
TEST(NormCli, CsvCarriesRatiosMomentsAndClipping) {
  ScratchDir dir("norm-csv");
  const ProcessResult r = runCli({"train", "--depth", "3", "--norm", "batch", "--clip-norm", "1e-4",
                                  "--steps", "4", "--csv", "h.csv", "--quiet"},
                                 dir.path());
  ASSERT_EQ(r.exitStatus, 0) << r.err;
  EXPECT_TRUE(contains(r.out, "update/data")) << r.out;
  EXPECT_TRUE(contains(r.out, "sigmoid+batchnorm")) << r.out;
  EXPECT_TRUE(contains(r.out, "gradient clipping changed the gradient on 4 of 4 steps")) << r.out;
  const std::vector<std::string> rows = split(readFile(dir.file("h.csv")), '\n');
  ASSERT_EQ(rows.size(), 1u + 4 * 4);
  const std::vector<std::string> head = split(rows[0], ',');
  const auto col = [&](const std::string& name) {
    return std::size_t(std::find(head.begin(), head.end(), name) - head.begin());
  };
  for (const char* name : {"update_ratio", "grad_data_ratio", "act_mean", "act_std", "clipped",
                           "grad_norm_total", "norm"})
    ASSERT_LT(col(name), head.size()) << name;
  double squares = 0;
  for (std::size_t i = 1; i <= 4; ++i) {  // step 1, layers 0…3
    const std::vector<std::string> f = split(rows[i], ',');
    EXPECT_EQ(f[col("clipped")], "1");
    EXPECT_EQ(f[col("norm")], i < 4 ? "batch" : "none");
    EXPECT_GT(std::stod(f[col("act_std")]), 0.0);
    const double total = std::stod(f[col("grad_norm_total")]);
    const double factor = 1e-4 / (total + 1e-6);
    EXPECT_NEAR(std::stod(f[col("update_ratio")]),
                0.1 * factor * std::stod(f[col("grad_data_ratio")]),
                1e-8 * std::stod(f[col("update_ratio")]));
    squares += std::pow(std::stod(f[col("grad_w_norm")]), 2) +
               std::pow(std::stod(f[col("grad_b_norm")]), 2);
  }
  // With batch norm, ‖g‖² also holds ‖dγ‖² + ‖dβ‖², which the CSV does not list: total ≥ Σ.
  EXPECT_GE(std::stod(split(rows[1], ',')[col("grad_norm_total")]),
            std::sqrt(squares) * (1 - 1e-9));
}

TEST(NormCli, SnapshotWithBatchOneAndBatchNormIsRefused) {
  ScratchDir dir("norm-batch1");
  const ProcessResult r =
      runCli({"snapshot", "--norm", "batch", "--batch", "1", "--out", "s.json"}, dir.path());
  EXPECT_EQ(r.exitStatus, 2);
  EXPECT_TRUE(contains(r.err, "norm = batch needs batch ≥ 2")) << r.err;
  EXPECT_TRUE(dir.entries().empty());
}

}  // namespace
}  // namespace gs::test
