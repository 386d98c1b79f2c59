// Config JSON: round trip, rejection of unknown fields and wrong types (naming the field), the
// file-size limit, and atomic writes that never damage an existing file.
#include <gtest/gtest.h>
#include <unistd.h>

#include <filesystem>
#include <fstream>
#include <string>

#include "config_json.h"

namespace gs {
namespace {

namespace fs = std::filesystem;
using nlohmann::json;

std::string readText(const fs::path& p) {
  std::ifstream in(p, std::ios::binary);
  return std::string(std::istreambuf_iterator<char>(in), {});
}

// A fresh, empty folder per test, removed afterwards.
class TempDir : public ::testing::Test {
 protected:
  void SetUp() override {
    const auto* info = ::testing::UnitTest::GetInstance()->current_test_info();
    dir = fs::temp_directory_path() /
          ("gradscope-test-" + std::to_string(::getpid()) + "-" + info->name());
    fs::remove_all(dir);
    fs::create_directories(dir);
  }
  void TearDown() override {
    fs::permissions(dir, fs::perms::owner_all, fs::perm_options::add);
    fs::remove_all(dir);
  }
  std::size_t entries() const {
    return static_cast<std::size_t>(std::distance(fs::directory_iterator(dir), {}));
  }
  fs::path dir;
};

Config unusualConfig() {
  Config c;
  c.depth = 7;
  c.width = 33;
  c.activation = ActivationKind::LeakyRelu;
  c.alpha = 0.2;
  c.layerActivations = {ActivationKind::Tanh, std::nullopt, ActivationKind::Gelu};
  c.init = InitKind::HeUniform;
  c.initScale = 1.5;
  c.loss = LossKind::SoftmaxCe;
  c.dataset = DatasetKind::Spiral;
  c.noise = 0.125;
  c.samples = 1000;
  c.batch = 17;
  c.optimizer = {OptimizerKind::Adam, 0.003, 0.8, 0.85, 0.99, 1e-7};
  c.seed = 123456789012345;
  c.bias = false;
  c.residual = true;
  return c;
}

TEST(ConfigJson, RoundTripKeepsEveryField) {
  const Config c = unusualConfig();
  const json j = configToJson(c);
  EXPECT_EQ(j.at("format"), kConfigFormat);
  // Through text, as a file would.
  const Config back = configFromJson(json::parse(j.dump()));
  EXPECT_EQ(configToJson(back), j);
  EXPECT_EQ(back.depth, 7);
  EXPECT_EQ(back.activation, ActivationKind::LeakyRelu);
  EXPECT_DOUBLE_EQ(back.alpha, 0.2);
  ASSERT_EQ(back.layerActivations.size(), 3u);
  EXPECT_FALSE(back.layerActivations[1].has_value());
  EXPECT_EQ(*back.layerActivations[2], ActivationKind::Gelu);
  EXPECT_EQ(back.optimizer.kind, OptimizerKind::Adam);
  EXPECT_DOUBLE_EQ(back.optimizer.epsilon, 1e-7);
  EXPECT_EQ(back.seed, 123456789012345u);
  EXPECT_FALSE(back.bias);
  EXPECT_TRUE(back.residual);
}

TEST(ConfigJson, MissingFieldsKeepDefaults) {
  const Config c = configFromJson(json{{"depth", 3}});
  EXPECT_EQ(c.depth, 3);
  EXPECT_EQ(c.width, Config{}.width);
  EXPECT_EQ(c.activation, Config{}.activation);
}

// Expects configFromJson to throw a ConfigError whose message contains every part.
void expectRejected(const json& j, std::initializer_list<const char*> parts) {
  try {
    configFromJson(j);
    FAIL() << "accepted " << j.dump();
  } catch (const ConfigError& e) {
    const std::string msg = e.what();
    for (const char* p : parts) EXPECT_NE(msg.find(p), std::string::npos) << msg << " lacks " << p;
  }
}

TEST(ConfigJson, UnknownFieldsAreRejectedByName) {
  expectRejected({{"dept", 3}}, {"dept", "unknown field", "depth"});
  EXPECT_NO_THROW(configFromJson({{"title", "Lesson 1"}, {"depth", 3}}, {"title"}));
}

TEST(ConfigJson, WrongTypesAreRejectedByName) {
  expectRejected({{"depth", "10"}}, {"depth", "expected a number", "\"10\""});
  expectRejected({{"depth", 2.5}}, {"depth", "whole number"});
  expectRejected({{"bias", 1}}, {"bias", "true or false"});
  expectRejected({{"activation", 5}}, {"activation", "expected a string", "sigmoid"});
  expectRejected({{"activation", "swish"}}, {"activation", "swish", "relu"});
  expectRejected({{"loss", "hinge"}}, {"loss", "hinge", "mse, bce_logits, softmax_ce"});
  expectRejected({{"layer_activations", "relu"}}, {"layer_activations", "list"});
  expectRejected({{"layer_activations", json::array({"relu", 3})}}, {"layer_activations[1]", "3"});
  expectRejected({{"seed", -1}}, {"seed", "2^53"});
  expectRejected({{"format", "gradscope-config/2"}}, {"format", "gradscope-config/1"});
  expectRejected(json::array({1, 2}), {"JSON object"});
}

TEST(ConfigJson, OutOfRangeValuesAreRejectedByName) {
  expectRejected({{"width", 0}}, {"width", "1 to 512"});
  expectRejected({{"lr", 0}}, {"lr", "> 0"});
}

TEST_F(TempDir, ReadsAndValidatesAFile) {
  const fs::path p = dir / "c.json";
  saveConfigFile(p.string(), unusualConfig());
  EXPECT_EQ(configToJson(loadConfigFile(p.string())), configToJson(unusualConfig()));
}

TEST_F(TempDir, FileErrorsNameThePath) {
  const fs::path p = dir / "bad.json";
  std::ofstream(p) << "{\"depth\": 0}";
  try {
    loadConfigFile(p.string());
    FAIL();
  } catch (const ConfigError& e) {
    EXPECT_NE(std::string(e.what()).find(p.string()), std::string::npos) << e.what();
    EXPECT_NE(std::string(e.what()).find("depth"), std::string::npos) << e.what();
  }
  std::ofstream(p) << "{\"depth\": ";
  EXPECT_THROW(loadConfigFile(p.string()), ConfigError);
  EXPECT_THROW(loadConfigFile((dir / "missing.json").string()), ConfigError);
  EXPECT_THROW(loadConfigFile(dir.string()), ConfigError) << "a folder is not a config file";
}

TEST_F(TempDir, FilesAboveTheSizeLimitAreRefused) {
  const fs::path p = dir / "big.json";
  std::ofstream(p) << "{\"depth\": 3" << std::string(200, ' ') << "}";
  EXPECT_NO_THROW(readJsonFile(p.string(), 1000));
  try {
    readJsonFile(p.string(), 100);
    FAIL() << "a file above the limit was read";
  } catch (const ConfigError& e) {
    const std::string msg = e.what();
    EXPECT_NE(msg.find("at most 100 bytes"), std::string::npos) << msg;
    EXPECT_NE(msg.find(p.string()), std::string::npos) << msg;
  }
}

TEST_F(TempDir, AtomicWriteCreatesAndReplaces) {
  const fs::path p = dir / "out.txt";
  writeFileAtomically(p.string(), "first");
  writeFileAtomically(p.string(), "second");
  EXPECT_EQ(readText(p), "second");
  EXPECT_EQ(entries(), 1u) << "no temporary file left behind";
}

TEST_F(TempDir, AtomicWriteOntoAFolderFailsAndLeavesItAlone) {
  const fs::path target = dir / "folder";
  fs::create_directory(target);
  std::ofstream(target / "inside.txt") << "keep";
  EXPECT_THROW(writeFileAtomically(target.string(), "text"), std::runtime_error);
  EXPECT_TRUE(fs::is_directory(target));
  EXPECT_EQ(readText(target / "inside.txt"), "keep");
  EXPECT_EQ(entries(), 1u) << "no temporary file left behind";
}

TEST_F(TempDir, AtomicWriteIntoAMissingFolderFails) {
  EXPECT_THROW(writeFileAtomically((dir / "no" / "such.txt").string(), "x"), std::runtime_error);
}

// The name is exactly 255 bytes, the longest a file name may be: the file exists, but no
// longer sibling (the temporary) can be created next to it, so the write fails before rename.
TEST_F(TempDir, FailedAtomicWriteNeverDamagesAnExistingFile) {
  const fs::path p = dir / std::string(255, 'a');
  std::ofstream(p) << "precious";
  ASSERT_EQ(readText(p), "precious");
  EXPECT_THROW(writeFileAtomically(p.string(), "overwritten"), std::runtime_error);
  EXPECT_EQ(readText(p), "precious");
  EXPECT_EQ(entries(), 1u);
}

TEST_F(TempDir, FailedAtomicWriteInReadOnlyFolderKeepsTheFile) {
  if (::geteuid() == 0) GTEST_SKIP() << "root ignores folder permissions";
  const fs::path p = dir / "keep.txt";
  std::ofstream(p) << "precious";
  fs::permissions(dir, fs::perms::owner_read | fs::perms::owner_exec);
  EXPECT_THROW(writeFileAtomically(p.string(), "overwritten"), std::runtime_error);
  fs::permissions(dir, fs::perms::owner_all, fs::perm_options::add);
  EXPECT_EQ(readText(p), "precious");
}

}  // namespace
}  // namespace gs
