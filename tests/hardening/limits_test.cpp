// gs::validate at the edges of every limit that bounds memory and time: the last allowed value is
// accepted, the next one is refused with a message naming the field, the value and what is allowed.
#include <gtest/gtest.h>

#include <cmath>
#include <cstdio>
#include <fstream>
#include <limits>

#include "config.h"
#include "config_json.h"

namespace gs {
namespace {

std::string joined(const Config& c) {
  std::string all;
  for (const std::string& m : validate(c)) all += m + "\n";
  return all;
}

void expectRefused(const Config& c, std::initializer_list<const char*> words) {
  const std::string msg = joined(c);
  ASSERT_FALSE(msg.empty()) << "accepted";
  for (const char* w : words) EXPECT_NE(msg.find(w), std::string::npos) << w << " not in: " << msg;
}

TEST(Limits, EdgesOfDepthWidthBatch) {
  Config c;
  c.depth = Limits::kDepthMax;
  EXPECT_EQ(joined(c), "");
  c.depth = Limits::kDepthMax + 1;
  expectRefused(c, {"depth", "201", "1 to 200"});
  c = Config{};
  c.width = Limits::kWidthMax;
  EXPECT_EQ(joined(c), "");
  c.width = Limits::kWidthMax + 1;
  expectRefused(c, {"width", "513", "1 to 512"});
  c = Config{};
  c.batch = Limits::kBatchMax;
  c.depth = 1;
  EXPECT_EQ(joined(c), "");
  c.batch = Limits::kBatchMax + 1;
  expectRefused(c, {"batch", "4097", "1 to 4096"});
  c = Config{};
  c.depth = 0;
  c.width = -3;
  c.batch = 0;
  expectRefused(c, {"depth = 0", "width = -3", "batch = 0"});
}

TEST(Limits, LearningRateMustBeFinitePositiveAndAtMost1000) {
  const double inf = std::numeric_limits<double>::infinity();
  for (double lr : {0.0, -1.0, 1000.0001, inf, -inf, std::nan("")}) {
    Config c;
    c.optimizer.lr = lr;
    expectRefused(c, {"lr", "1000"});
  }
  for (double lr : {1e-12, 100.0, 1000.0}) {
    Config c;
    c.optimizer.lr = lr;
    EXPECT_EQ(joined(c), "") << lr;
  }
}

// The forward/backward caches hold depth × width × batch cells of 4 doubles each.
TEST(Limits, CacheCellsAreCapped) {
  Config c;
  c.depth = 200;
  c.width = 30;
  c.batch = 4096;  // 2.4576e7 cells; 7.4e8 multiply-adds
  EXPECT_EQ(joined(c), "");
  c.width = 31;  // 2.5395e7 cells
  expectRefused(c, {"depth × width × batch = 25395200", "at most 2.5e+07"});
}

// One step costs depth × width² × batch multiply-adds forward (twice that backward).
TEST(Limits, StepCostIsCapped) {
  Config c;
  c.depth = 200;
  c.width = 512;
  c.batch = 20;  // 1.049e9
  EXPECT_EQ(joined(c), "");
  c.batch = 21;  // 1.101e9
  expectRefused(c, {"depth × width² × batch = 1101004800", "at most 1073741824"});
  c = Config{};
  c.depth = 1;
  c.width = Limits::kWidthMax;
  c.batch = Limits::kBatchMax;  // exactly 2^30: the largest single layer is allowed
  EXPECT_EQ(joined(c), "");
}

// The largest of everything is refused with one message about the triple, not two.
TEST(Limits, OneMessageForATripleThatIsBothTooBigAndTooSlow) {
  Config c;
  c.depth = Limits::kDepthMax;
  c.width = Limits::kWidthMax;
  c.batch = Limits::kBatchMax;
  ASSERT_EQ(validate(c).size(), 1u) << joined(c);
  EXPECT_NE(joined(c).find("depth × width × batch"), std::string::npos);
}

// A file over the size limit is refused from its size alone, before it is read.
TEST(Limits, OversizedFileIsRefusedBeforeReading) {
  const std::string path = ::testing::TempDir() + "/gs-oversized.json";
  {
    std::ofstream out(path, std::ios::binary);
    out << "{\"depth\": 3" << std::string(kConfigFileMaxBytes, ' ') << "}";
  }
  try {
    loadConfigFile(path);
    FAIL() << "accepted";
  } catch (const ConfigError& e) {
    const std::string msg = e.what();
    EXPECT_NE(msg.find(path), std::string::npos) << msg;
    EXPECT_NE(msg.find(std::to_string(kConfigFileMaxBytes)), std::string::npos) << msg;
  }
  std::remove(path.c_str());
}

TEST(Limits, DeeplyNestedFileIsRefusedBeforeParsing) {
  const std::string path = ::testing::TempDir() + "/gs-nested.json";
  {
    std::ofstream out(path, std::ios::binary);
    out << "{\"depth\": " << std::string(400000, '[') << std::string(400000, ']') << "}";
  }
  try {
    loadConfigFile(path);
    FAIL() << "accepted";
  } catch (const ConfigError& e) {
    EXPECT_NE(std::string(e.what()).find("nested 400001 levels deep; allowed: at most 32"),
              std::string::npos)
        << e.what();
  }
  std::remove(path.c_str());
}

}  // namespace
}  // namespace gs
