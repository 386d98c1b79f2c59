// The config fields of normalisation, clipping and weight decay: validation messages that name
// the field, the value and what is allowed, and the JSON round trip.
#include <gtest/gtest.h>

#include <limits>
#include <string>

#include "config_json.h"

namespace gs {
namespace {

using nlohmann::json;

std::string messages(const Config& c) {
  std::string all;
  for (const std::string& m : validate(c)) all += m + "\n";
  return all;
}

void expectMessage(const Config& c, std::initializer_list<const char*> parts) {
  const std::string all = messages(c);
  EXPECT_FALSE(all.empty()) << "accepted";
  for (const char* p : parts) EXPECT_NE(all.find(p), std::string::npos) << all << " lacks " << p;
}

TEST(NormConfig, BatchOneWithBatchNormIsRefusedLayerNormIsNot) {
  Config c;
  c.batch = 1;
  c.norm = NormKind::Batch;
  expectMessage(c, {"norm = batch", "batch = 1", "batch 2 to 4096", "norm = layer"});
  c.norm = NormKind::Layer;
  EXPECT_EQ(messages(c), "");
  c.norm = NormKind::None;
  c.layerNorms = {std::nullopt, NormKind::Batch};  // one batch-norm layer is enough to refuse
  expectMessage(c, {"norm = batch", "batch = 1"});
  c.batch = 2;
  EXPECT_EQ(messages(c), "");
}

TEST(NormConfig, RangesNameTheFieldAndWhatIsAllowed) {
  Config c;
  c.normEps = 0;
  expectMessage(c, {"norm_eps = 0", "> 0 and ≤ 1"});
  c = Config{};
  c.clipNorm = -1;
  expectMessage(c, {"clip_norm = -1", "0 (off)"});
  c = Config{};
  c.clipValue = std::numeric_limits<double>::infinity();
  expectMessage(c, {"clip_value = inf", "≤ 1e6"});
  c = Config{};
  c.weightDecay = 2;
  expectMessage(c, {"weight_decay = 2", "0 to 1"});
  c = Config{};
  c.clipNorm = 1;
  c.clipValue = 1;
  expectMessage(c, {"clip_norm and clip_value are both set (1 and 1)", "one of them"});
  c = Config{};
  c.depth = 2;
  c.layerNorms = {NormKind::Layer, NormKind::Layer, NormKind::Layer};
  expectMessage(c, {"layer_norms has 3 entries", "depth is 2"});
}

TEST(NormConfig, JsonRoundTrip) {
  Config c;
  c.norm = NormKind::Batch;
  c.layerNorms = {NormKind::None, std::nullopt, NormKind::Layer};
  c.normEps = 1e-3;
  c.clipValue = 0.5;
  c.weightDecay = 1e-4;
  const json j = configToJson(c);
  EXPECT_EQ(j.at("norm"), "batch");
  EXPECT_EQ(j.at("layer_norms"), json::parse(R"(["none", null, "layer"])"));
  const Config back = configFromJson(json::parse(j.dump()));
  EXPECT_EQ(configToJson(back), j);
  EXPECT_EQ(back.normOf(0), NormKind::None);
  EXPECT_EQ(back.normOf(1), NormKind::Batch);
  EXPECT_EQ(back.normOf(2), NormKind::Layer);
  EXPECT_EQ(back.normOf(5), NormKind::Batch);
  EXPECT_DOUBLE_EQ(back.clipValue, 0.5);
  EXPECT_DOUBLE_EQ(back.weightDecay, 1e-4);
  // A file without the new fields still reads: defaults are off.
  const Config old = configFromJson(json{{"depth", 3}});
  EXPECT_EQ(old.norm, NormKind::None);
  EXPECT_EQ(old.clipNorm, 0);
  EXPECT_EQ(old.weightDecay, 0);
}

void expectRejected(const json& j, std::initializer_list<const char*> parts) {
  try {
    configFromJson(j);
    ADD_FAILURE() << "accepted " << j.dump();
  } catch (const ConfigError& e) {
    const std::string msg = e.what();
    for (const char* p : parts) EXPECT_NE(msg.find(p), std::string::npos) << msg << " lacks " << p;
  }
}

TEST(NormConfig, JsonErrorsNameTheField) {
  expectRejected({{"norm", "group"}}, {"norm", "\"group\"", "none, batch, layer"});
  expectRejected({{"norm", true}}, {"norm", "expected a string"});
  expectRejected({{"layer_norms", json::array({"batch", 1})}}, {"layer_norms[1]", "1"});
  expectRejected({{"layer_norms", json::array({"bn"})}}, {"layer_norms[0]", "none, batch, layer"});
  expectRejected({{"norm_eps", "small"}}, {"norm_eps", "expected a number"});
  expectRejected({{"clip_norm", -3}}, {"clip_norm = -3"});
  expectRejected({{"weight_decay", 5}}, {"weight_decay = 5"});
  expectRejected({{"norm", "batch"}, {"batch", 1}}, {"norm = batch", "batch = 1"});
}

}  // namespace
}  // namespace gs
