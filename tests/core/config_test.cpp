// Config validation: every bad value gives one message that names the field, the value and what
// is allowed; the defaults are valid.
#include <gtest/gtest.h>

#include <cmath>
#include <functional>
#include <limits>
#include <string>

#include "config.h"

namespace gs {
namespace {

// Applies one change to the default config and returns the only message validate() gives.
std::string onlyMessage(const std::function<void(Config&)>& change) {
  Config c;
  change(c);
  const std::vector<std::string> errors = validate(c);
  EXPECT_EQ(errors.size(), 1u);
  return errors.empty() ? std::string() : errors.front();
}

void expectMentions(const std::string& msg, std::initializer_list<const char*> parts) {
  for (const char* p : parts) EXPECT_NE(msg.find(p), std::string::npos) << msg << "\nlacks: " << p;
}

TEST(ConfigValidation, DefaultsAreValid) { EXPECT_TRUE(validate(Config{}).empty()); }

TEST(ConfigValidation, IntegerRanges) {
  expectMentions(onlyMessage([](Config& c) { c.depth = 0; }), {"depth", "= 0", "1 to 200"});
  expectMentions(onlyMessage([](Config& c) { c.depth = 201; }), {"depth", "201", "1 to 200"});
  expectMentions(onlyMessage([](Config& c) { c.width = 513; }), {"width", "513", "1 to 512"});
  expectMentions(onlyMessage([](Config& c) { c.batch = 0; }), {"batch", "= 0", "1 to 4096"});
  expectMentions(onlyMessage([](Config& c) { c.samples = 7; }), {"samples", "= 7", "8 to 100000"});
}

TEST(ConfigValidation, LearningRateMustBeFinitePositiveAndAtMostLimit) {
  const double bad[] = {0.0, -0.1, 1001.0, std::numeric_limits<double>::quiet_NaN(),
                        std::numeric_limits<double>::infinity()};
  for (double lr : bad)
    expectMentions(onlyMessage([&](Config& c) { c.optimizer.lr = lr; }), {"lr", "> 0", "1000"});
  Config c;
  c.optimizer.lr = 1000.0;
  EXPECT_TRUE(validate(c).empty()) << "the upper limit itself is allowed";
}

TEST(ConfigValidation, RealRanges) {
  expectMentions(onlyMessage([](Config& c) { c.noise = -0.1; }), {"noise", "-0.1", "0 to 2"});
  expectMentions(onlyMessage([](Config& c) { c.noise = 2.5; }), {"noise", "2.5", "0 to 2"});
  expectMentions(onlyMessage([](Config& c) { c.initScale = 0; }), {"init_scale", "= 0", "> 0"});
  expectMentions(onlyMessage([](Config& c) { c.initScale = 101; }), {"init_scale", "101", "100"});
  expectMentions(onlyMessage([](Config& c) { c.optimizer.momentum = 1.0; }),
                 {"momentum", "= 1", "0 to 0.999"});
  expectMentions(onlyMessage([](Config& c) { c.optimizer.beta1 = -0.5; }),
                 {"beta1", "-0.5", "0 to 0.999999"});
  expectMentions(onlyMessage([](Config& c) { c.optimizer.beta2 = 1.0; }),
                 {"beta2", "= 1", "0 to 0.999999"});
  expectMentions(onlyMessage([](Config& c) { c.optimizer.epsilon = 0; }),
                 {"epsilon", "= 0", "> 0"});
}

TEST(ConfigValidation, ConstantInitAllowsZeroAndNegativeWithinLimit) {
  Config c;
  c.init = InitKind::Constant;
  for (double s : {0.0, -3.0, 100.0}) {
    c.initScale = s;
    EXPECT_TRUE(validate(c).empty()) << s;
  }
  expectMentions(onlyMessage([](Config& c) {
                   c.init = InitKind::Constant;
                   c.initScale = -101;
                 }),
                 {"init_scale", "-101", "constant"});
}

TEST(ConfigValidation, AlphaDependsOnTheActivation) {
  expectMentions(onlyMessage([](Config& c) {
                   c.activation = ActivationKind::LeakyRelu;
                   c.alpha = 1.5;
                 }),
                 {"alpha", "1.5", "0 to 1", "leaky_relu"});
  expectMentions(onlyMessage([](Config& c) {
                   c.activation = ActivationKind::Elu;
                   c.alpha = 0;
                 }),
                 {"alpha", "= 0", "elu"});
  expectMentions(onlyMessage([](Config& c) { c.alpha = std::nan(""); }), {"alpha", "nan"});
}

TEST(ConfigValidation, SeedLayerListLossAndSize) {
  expectMentions(onlyMessage([](Config& c) { c.seed = Limits::kSeedMax + 1; }), {"seed", "2^53"});
  expectMentions(onlyMessage([](Config& c) {
                   c.depth = 2;
                   c.layerActivations.assign(3, ActivationKind::Relu);
                 }),
                 {"layer_activations", "3", "depth is 2"});
  expectMentions(onlyMessage([](Config& c) {
                   c.dataset = DatasetKind::Sine;
                   c.loss = LossKind::BceLogits;
                 }),
                 {"loss", "bce_logits", "sine", "mse"});
  expectMentions(onlyMessage([](Config& c) {
                   c.depth = 200;
                   c.width = 512;
                   c.batch = 4096;
                 }),
                 {"depth × width × batch", "at most"});
}

TEST(ConfigValidation, EveryProblemIsReportedAndRequireValidThrowsThemAll) {
  Config c;
  c.depth = 0;
  c.width = 0;
  c.optimizer.lr = -1;
  EXPECT_EQ(validate(c).size(), 3u);
  try {
    requireValid(c);
    FAIL() << "requireValid accepted a bad config";
  } catch (const ConfigError& e) {
    expectMentions(e.what(), {"depth", "width", "lr"});
  }
  EXPECT_NO_THROW(requireValid(Config{}));
}

}  // namespace
}  // namespace gs
