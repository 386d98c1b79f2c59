// Run B's flags in-process: parsed into request.configB by resolveConfigFile, starting from the
// default B of A (the compare window's), with α following B's own activation.
#include <gtest/gtest.h>

#include "cli_args.h"
#include "compare_default.h"

namespace gs::cli {
namespace {

CliRequest resolved(const std::vector<std::string>& args, std::string* error = nullptr) {
  ParseResult p = parseArguments(args);
  EXPECT_TRUE(p.ok()) << p.error;
  const std::string e = resolveConfigFile(p.request);
  if (error) *error = e;
  return p.request;
}

TEST(CompareBFlags, WithoutFlagsBIsTheDefaultB) {
  const CliRequest r =
      resolved({"render", "--figure", "compare", "--activation", "tanh", "--out", "x.png"});
  const Config expected = defaultCompareB(r.config);
  EXPECT_EQ(r.configB.activation, ActivationKind::Relu);
  EXPECT_EQ(r.configB.init, InitKind::HeNormal);
  EXPECT_EQ(r.configB.activation, expected.activation);
  EXPECT_EQ(r.configB.optimizer.lr, r.config.optimizer.lr);
}

TEST(CompareBFlags, FlagsChangeOnlyWhatTheyName) {
  const CliRequest r =
      resolved({"render", "--figure", "all", "--depth", "4", "--seed", "9", "--b-lr", "0.02",
                "--b-optimizer", "adam", "--b-no-residual", "--residual", "--out", "x.png"});
  EXPECT_EQ(r.configB.optimizer.kind, OptimizerKind::Adam);
  EXPECT_DOUBLE_EQ(r.configB.optimizer.lr, 0.02);
  EXPECT_FALSE(r.configB.residual);
  EXPECT_TRUE(r.config.residual);
  EXPECT_EQ(r.configB.activation, ActivationKind::Relu);  // the default B's, untouched
  EXPECT_EQ(r.configB.depth, 4);
  EXPECT_EQ(r.configB.seed, 9u);
  EXPECT_DOUBLE_EQ(r.config.optimizer.lr, 0.1);  // A keeps its own
}

// A ReLU A's default B is leaky ReLU with α 0.2; another activation starts from its own α.
TEST(CompareBFlags, AlphaFollowsBsActivation) {
  const std::vector<std::string> base = {"render", "--figure", "compare", "--activation",
                                         "relu",   "--out",    "x.png"};
  EXPECT_DOUBLE_EQ(resolved(base).configB.effectiveAlpha(), 0.2);
  std::vector<std::string> elu = base;
  elu.insert(elu.end(), {"--b-activation", "elu"});
  EXPECT_DOUBLE_EQ(resolved(elu).configB.effectiveAlpha(), 1.0);
  elu.insert(elu.end(), {"--b-alpha", "0.5"});
  EXPECT_DOUBLE_EQ(resolved(elu).configB.effectiveAlpha(), 0.5);
  std::vector<std::string> sigmoid = base;
  sigmoid.insert(sigmoid.end(), {"--b-activation", "sigmoid", "--b-alpha", "0.5"});
  std::string error;
  resolved(sigmoid, &error);
  EXPECT_NE(error.find("--b-alpha applies only to --b-activation leaky_relu or elu"),
            std::string::npos)
      << error;
}

// The hint of a message B's validation gives points to the --b- flag, or to A's where B shares it.
TEST(CompareBFlags, ValidationHintsNameTheBFlags) {
  std::string error;
  resolved({"render", "--figure", "compare", "--batch", "1", "--b-norm", "batch", "--out", "x.png"},
           &error);
  EXPECT_NE(error.find("(--b-norm, --batch)"), std::string::npos) << error;
  EXPECT_EQ(error.find("--b-batch"), std::string::npos) << error;
}

}  // namespace
}  // namespace gs::cli
