// A config carrying its data: embedded points and a CSV path relative to the config file, read
// strictly, written back (one point a line), and trained on.
#include <gtest/gtest.h>

#include <unistd.h>
#include <chrono>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <random>

#include "config_json.h"
#include "data_csv.h"
#include "trainer.h"

namespace gs {
namespace {

namespace fs = std::filesystem;
using nlohmann::json;

std::string refusal(const std::string& text, const std::string& baseDir = "") {
  try {
    configFromJson(json::parse(text), {}, baseDir);
  } catch (const ConfigError& e) {
    return e.what();
  }
  return "(accepted)";
}

// One folder per test: CTest runs the tests of this file in parallel processes.
struct Folder {
  fs::path path = fs::temp_directory_path() /
                  ("gradscope_data_json_" +
                   std::string(::testing::UnitTest::GetInstance()->current_test_info()->name()) +
                   "_" + std::to_string(::getpid()));
  Folder() {
    fs::remove_all(path);
    fs::create_directories(path / "sub");
  }
  ~Folder() { fs::remove_all(path); }
};

TEST(ConfigData, EmbeddedPointsSetKAndTheLossOutputs) {
  const Config c = configFromJson(json::parse(
      R"({"loss": "softmax_ce", "data": {"points": [[0, 0, 0], [1, 0.5, 2], [-1, 1, 1]]}})"));
  ASSERT_TRUE(c.data);
  EXPECT_EQ(c.data->size(), 3);
  EXPECT_EQ(c.classes, 3);
  EXPECT_EQ(c.outputs(), 3);
  EXPECT_EQ(c.data->X(1, 1), 0.5);
  EXPECT_EQ(c.data->y(1), 2.0);
  Trainer t(c);
  EXPECT_EQ(t.data().size(), 3);
  EXPECT_EQ(t.data().classes, 3);
}

TEST(ConfigData, RegressionPointsAndRoundTrip) {
  const Config c =
      configFromJson(json::parse(R"({"loss": "mse", "data": {"points": [[0, 1.25], [0.5, -2]]}})"));
  ASSERT_TRUE(c.data);
  EXPECT_FALSE(c.classification());
  EXPECT_EQ(c.inputs(), 1);
  const Config back = configFromJson(json::parse(configFileText(c)));
  EXPECT_EQ(back.data->X, c.data->X);
  EXPECT_EQ(back.data->y, c.data->y);
  EXPECT_EQ(configToJson(back), configToJson(c));
}

TEST(ConfigData, BadDataNamesTheField) {
  const std::pair<const char*, const char*> cases[] = {
      {R"({"data": [[0, 0, 0]]})", "data: expected {\"points\""},
      {R"({"data": {"points": [[0, 0, 0]], "csv": "a.csv"}})", "data: give exactly one"},
      {R"({"data": {"pts": []}})", "data: unknown field \"pts\"; allowed: points, csv"},
      {R"({"data": {"points": []}})", "data.points: has 0 points; allowed: 1 to 100000"},
      {R"({"data": {"points": [[0, 0, 0], [1, 1]]}})", "data.points[1]: has 2 numbers"},
      {R"({"data": {"points": [[0, 0, 0], [1, "x", 1]]}})", "data.points[1][1]: expected a number"},
      {R"({"data": {"points": [[0, 0, 0], [1, 1e7, 1]]}})",
       "data.points[1][1]: 10000000.0 is out of range"},
      {R"({"data": {"points": [[0, 0, 0], [1, 1, 1.5]]}})",
       "data.points[1][2]: 1.5 is not a whole"},
      {R"({"data": {"points": [[0, 0, 9]]}})", "data.points[0][2]: 9 is out of range"},
      {R"({"data": {"points": [[0, 0, 0, 1]]}})", "data.points[0]: expected [x1, x2, label]"},
      {R"({"loss": "softmax_ce", "classes": 4, "data": {"points": [[0, 0, 2]]}})",
       "classes = 4 does not match the data, whose labels make 3 classes"},
      {R"({"data": {"points": [[0, 0, 2]]}})", "loss = bce_logits handles 2 classes"},
      {R"({"data": {"points": [[0, 1]]}})",
       "loss = bce_logits needs a classification dataset; "
       "the data (x,y) is regression"},
      {R"({"data": {"csv": ""}})", "data.csv: expected the name of a CSV file"},
  };
  for (const auto& [text, want] : cases) {
    const std::string msg = refusal(text);
    EXPECT_NE(msg.find(want), std::string::npos) << text << "\n  gave: " << msg;
  }
}

TEST(ConfigData, CsvPathIsRelativeToTheConfigFile) {
  Folder f;
  std::ofstream(f.path / "sub" / "points.csv") << "x1,x2,label\n0,0,0\n1,1,1\n";
  std::ofstream(f.path / "sub" / "exp.json") << R"({"data": {"csv": "points.csv"}})";
  const Config c = loadConfigFile((f.path / "sub" / "exp.json").string());
  ASSERT_TRUE(c.data);
  EXPECT_EQ(c.data->size(), 2);
  // Saved next to the CSV it names it relatively; saved elsewhere, by its absolute path.
  saveConfigFile((f.path / "sub" / "again.json").string(), c);
  EXPECT_EQ(json::parse(std::ifstream(f.path / "sub" / "again.json"))["data"]["csv"], "points.csv");
  saveConfigFile((f.path / "up.json").string(), c);
  EXPECT_EQ(json::parse(std::ifstream(f.path / "up.json"))["data"]["csv"], "sub/points.csv");
  EXPECT_EQ(loadConfigFile((f.path / "up.json").string()).data->X, c.data->X);
}

TEST(ConfigData, BadCsvOfAConfigNamesConfigFieldFileLineAndReason) {
  Folder f;
  std::ofstream(f.path / "bad.csv") << "0,0,0\n0,0,12\n";
  std::ofstream(f.path / "exp.json") << R"({"data": {"csv": "bad.csv"}})";
  try {
    loadConfigFile((f.path / "exp.json").string());
    ADD_FAILURE() << "accepted";
  } catch (const ConfigError& e) {
    const std::string msg = e.what();
    EXPECT_NE(msg.find("exp.json: data.csv: "), std::string::npos) << msg;
    EXPECT_NE(msg.find("bad.csv: line 2: column 3 (label): \"12\" is out of range"),
              std::string::npos)
        << msg;
  }
}

TEST(ConfigData, DrawnPointsAreEmbeddedOneToALine) {
  Folder f;
  Config c;
  c.loss = LossKind::SoftmaxCe;
  auto p = std::make_shared<PointSet>();
  for (int i = 0; i < 300; ++i) p->add(0.01 * i, -0.1 / (i + 1), i % 4);
  c.useData(p);
  const fs::path file = f.path / "drawn.json";
  saveConfigFile(file.string(), c);
  const Config back = loadConfigFile(file.string());
  EXPECT_EQ(back.data->X, p->X);  // exactly: shortest round-trip numbers
  EXPECT_EQ(back.data->y, p->y);
  EXPECT_EQ(back.classes, 4);
  EXPECT_LT(fs::file_size(file), 300u * 45u + 1000u) << "one point a line, not one number";
}

// The worst case the limits allow: 100,000 points with full-precision coordinates still fit the
// 8 MiB config limit and read back exactly.
TEST(ConfigData, HundredThousandEmbeddedPointsFitTheFileLimit) {
  Folder f;
  Config c;
  c.loss = LossKind::SoftmaxCe;
  auto p = std::make_shared<PointSet>();
  std::mt19937_64 rng(3);
  std::uniform_real_distribution<double> u(-1e6, 1e6);
  for (int i = 0; i < PointLimits::kPointsMax; ++i) p->add(-u(rng) * 1e-7, u(rng), i % 8);
  c.useData(p);
  const fs::path file = f.path / "big.json";
  const auto t0 = std::chrono::steady_clock::now();
  saveConfigFile(file.string(), c);
  const Config back = loadConfigFile(file.string());
  const double seconds =
      std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
  EXPECT_LT(fs::file_size(file), kConfigFileMaxBytes);
  EXPECT_EQ(back.data->X, p->X);
  EXPECT_EQ(back.data->y, p->y);
  std::cout << "100000 embedded points: " << fs::file_size(file) << " bytes, save + load "
            << seconds << " s\n";
}

TEST(ConfigData, ReplacesTheBuiltInDataSet) {
  Config c;
  auto p = std::make_shared<PointSet>();
  p->add(0.2, 0.3, 0);
  p->add(-0.2, 0.1, 1);
  c.useData(p);
  c.samples = 5000;  // not used with data
  Trainer t(c);
  EXPECT_EQ(t.data().size(), 2);
  EXPECT_EQ(t.data().X, p->X);
  EXPECT_EQ(t.data().y, p->y);
}

}  // namespace
}  // namespace gs
