// The built gradscope-cli on good and bad input: exit statuses, the table, the CSV history, the
// snapshot JSON's structure, and that a failure never leaves a file behind.
#include <gtest/gtest.h>

#include <algorithm>
#include <filesystem>
#include <nlohmann/json.hpp>
#include <sstream>

#include "cli_flags.h"
#include "run_process.h"
#include "version.h"

namespace gs::test {
namespace {

using nlohmann::json;

std::vector<std::string> lines(const std::string& text) {
  std::vector<std::string> out;
  std::istringstream in(text);
  for (std::string line; std::getline(in, line);) out.push_back(line);
  return out;
}

std::vector<std::string> fields(const std::string& line) {
  std::vector<std::string> out;
  std::istringstream in(line);
  for (std::string f; std::getline(in, f, ',');) out.push_back(f);
  if (!line.empty() && line.back() == ',') out.emplace_back();
  return out;
}

bool contains(const std::string& text, const std::string& part) {
  return text.find(part) != std::string::npos;
}

TEST(CliBinary, VersionAndHelp) {
  ScratchDir dir("help");
  ProcessResult r = runCli({"--version"}, dir.path());
  EXPECT_EQ(r.exitStatus, 0);
  EXPECT_EQ(r.out, std::string("gradscope-cli (GradScope) ") + gs::kVersion + "\n");
  r = runCli({"--help"}, dir.path());
  EXPECT_EQ(r.exitStatus, 0);
  for (const cli::FlagSpec& f : cli::flagSpecs()) {
    EXPECT_TRUE(contains(r.out, "  " + f.name)) << f.name;
    if (!f.allowed.empty()) {
      EXPECT_TRUE(contains(r.out, f.allowed)) << f.name;
    }
  }
  EXPECT_TRUE(r.err.empty());
}

// Learning rate 100 kills every ReLU unit: the summary says so instead of "ratio: nan".
TEST(CliBinary, AllDeadNetworkExplainsTheMissingRatio) {
  ScratchDir dir("dead");
  const ProcessResult r = runCli(
      {"train", "--lr", "100", "--activation", "relu", "--steps", "50", "--quiet"}, dir.path());
  ASSERT_EQ(r.exitStatus, 0) << r.err;
  EXPECT_TRUE(
      contains(r.out, "ratio: undefined — every ‖dW‖ is exactly 0: no layer can learn any more"))
      << r.out;
  EXPECT_FALSE(contains(r.out, "nan")) << r.out;
}

TEST(CliBinary, TrainPrintsTheLayerTableAndPlainProgress) {
  ScratchDir dir("train");
  const ProcessResult r = runCli({"train", "--depth", "3", "--steps", "20"}, dir.path());
  ASSERT_EQ(r.exitStatus, 0) << r.err;
  EXPECT_TRUE(contains(r.out, "layer  activation")) << r.out;
  EXPECT_TRUE(contains(r.out, "ratio to out"));
  EXPECT_TRUE(contains(r.out, "mean f′"));
  EXPECT_TRUE(contains(r.out, "saturated %"));
  int rows = 0;
  for (const std::string& l : lines(r.out))
    if (contains(l, "  sigmoid  ") || contains(l, "  linear  ")) ++rows;
  EXPECT_EQ(rows, 4) << r.out;  // 3 hidden layers and the output layer
  EXPECT_TRUE(contains(r.out, "whole data set (512 samples): loss "));
  EXPECT_TRUE(contains(r.out, "accuracy "));
  // Not a terminal: plain lines, no carriage-return bar.
  EXPECT_TRUE(contains(r.err, "step 20/20  loss ")) << r.err;
  EXPECT_FALSE(contains(r.err, "\r"));
  EXPECT_TRUE(runCli({"train", "--depth=3", "--steps=20", "--quiet"}, dir.path()).err.empty());
}

// Terminal columns of a UTF-8 line (‖ and ′ take one).
std::size_t columns(const std::string& line) {
  return static_cast<std::size_t>(
      std::count_if(line.begin(), line.end(), [](char c) { return (c & 0xC0) != 0x80; }));
}

TEST(CliBinary, LayerTableKeepsItsColumnsWithLongActivationLabels) {
  // "sigmoid+batchnorm+skip" is wider than the default activation column: every row must still
  // end where the header ends, so each number stays under its heading.
  ScratchDir dir("table");
  const ProcessResult r =
      runCli({"train", "--depth", "3", "--steps", "2", "--norm", "batch", "--residual", "--quiet"},
             dir.path());
  ASSERT_EQ(r.exitStatus, 0) << r.err;
  const std::vector<std::string> all = lines(r.out);
  const auto header = std::find_if(all.begin(), all.end(), [](const std::string& l) {
    return contains(l, "layer  activation");
  });
  ASSERT_NE(header, all.end()) << r.out;
  int rows = 0;
  for (auto l = header + 1; l != all.end() && !contains(*l, "ratio:"); ++l, ++rows)
    EXPECT_EQ(columns(*l), columns(*header)) << *l << "\n" << *header;
  EXPECT_EQ(rows, 4) << r.out;
  EXPECT_TRUE(contains(r.out, "sigmoid+batchnorm+skip  ")) << r.out;
}

TEST(CliBinary, CsvHistoryHasEveryStepAndLayer) {
  ScratchDir dir("csv");
  const ProcessResult r =
      runCli({"train", "--depth", "2", "--steps", "5", "--csv", "h.csv", "--quiet"}, dir.path());
  ASSERT_EQ(r.exitStatus, 0) << r.err;
  const std::vector<std::string> csv = lines(readFile(dir.file("h.csv")));
  ASSERT_EQ(csv.size(), 1u + 5 * 3);
  EXPECT_EQ(csv[0],
            "step,layer,activation,residual,fan_in,fan_out,grad_w_norm,grad_w_mean_abs,"
            "grad_b_norm,delta_rms,mean_fprime,dead_fraction,saturated_fraction,w_norm,loss,"
            "accuracy,norm,update_ratio,grad_data_ratio,act_mean,act_std,preact_mean,preact_std,"
            "clipped,grad_norm_total");
  for (std::size_t i = 1; i < csv.size(); ++i) {
    const auto f = fields(csv[i]);
    ASSERT_EQ(f.size(), 25u) << csv[i];
    EXPECT_EQ(std::stol(f[0]), long((i - 1) / 3 + 1));
    EXPECT_EQ(std::stoi(f[1]), int((i - 1) % 3));
    EXPECT_EQ(f[2], f[1] == "2" ? "linear" : "sigmoid");
    EXPECT_GT(std::stod(f[6]), 0.0);
    const double accuracy = std::stod(f[15]);
    EXPECT_TRUE(accuracy >= 0 && accuracy <= 1);
  }
  // The last step's ‖dW‖ of layer 0 is the one the table shows (printed to 4 digits).
  const double csvNorm = std::stod(fields(csv[13])[6]);
  std::ostringstream shown;
  shown.precision(3);
  shown << std::scientific << csvNorm;
  EXPECT_TRUE(contains(r.out, shown.str())) << shown.str() << "\n" << r.out;
  EXPECT_EQ(dir.entries(), std::vector<std::string>{"h.csv"});  // no temporary left over
}

TEST(CliBinary, CsvEveryAndRegressionAccuracyColumn) {
  ScratchDir dir("csv-every");
  const ProcessResult r = runCli({"train", "--depth", "1", "--steps", "10", "--csv-every", "5",
                                  "--dataset", "sine", "--loss", "mse", "--csv", "h.csv"},
                                 dir.path());
  ASSERT_EQ(r.exitStatus, 0) << r.err;
  const std::vector<std::string> csv = lines(readFile(dir.file("h.csv")));
  ASSERT_EQ(csv.size(), 1u + 2 * 2);
  EXPECT_EQ(fields(csv[1])[0], "5");
  EXPECT_EQ(fields(csv[4])[0], "10");
  EXPECT_EQ(fields(csv[4])[15], "");  // regression has no accuracy
  EXPECT_FALSE(contains(r.out, "accuracy"));
}

void expectShape(const json& m, std::size_t rows, std::size_t cols, const std::string& what) {
  ASSERT_TRUE(m.is_array()) << what;
  ASSERT_EQ(m.size(), rows) << what;
  for (const json& row : m) {
    ASSERT_EQ(row.size(), cols) << what;
  }
}

TEST(CliBinary, SnapshotFileStructure) {
  ScratchDir dir("snapshot");
  const ProcessResult r = runCli(
      {"snapshot", "--depth", "3", "--width", "5", "--batch", "7", "--activation", "leaky_relu",
       "--alpha", "0.2", "--loss", "softmax_ce", "--residual", "--steps", "4", "--out", "s.json"},
      dir.path());
  ASSERT_EQ(r.exitStatus, 0) << r.err;
  EXPECT_TRUE(contains(r.err, "wrote s.json")) << r.err;
  const json j = json::parse(readFile(dir.file("s.json")));
  EXPECT_EQ(j["format"], "gradscope-snapshot/1");
  EXPECT_EQ(j["network"]["loss"], "softmax_ce");
  const json& layers = j["network"]["layers"];
  ASSERT_EQ(layers.size(), 4u);
  const std::size_t fanIn[] = {2, 5, 5, 5}, fanOut[] = {5, 5, 5, 2};
  for (std::size_t l = 0; l < 4; ++l) {
    const bool hidden = l < 3;
    EXPECT_EQ(layers[l]["activation"], hidden ? "leaky_relu" : "linear");
    EXPECT_EQ(layers[l].contains("alpha"), hidden);
    if (hidden) {
      EXPECT_EQ(layers[l]["alpha"], 0.2);
    }
    EXPECT_EQ(layers[l]["residual"], l == 1 || l == 2);  // only between equal widths
    expectShape(layers[l]["W"], fanOut[l], fanIn[l], "W");
    ASSERT_EQ(layers[l]["b"].size(), fanOut[l]);
    expectShape(j["gradients"][l]["dW"], fanOut[l], fanIn[l], "dW");
    ASSERT_EQ(j["gradients"][l]["db"].size(), fanOut[l]);
  }
  expectShape(j["batch"]["x"], 7, 2, "batch.x");
  expectShape(j["batch"]["y"], 7, 2, "batch.y");
  for (const json& y : j["batch"]["y"])  // one-hot
    EXPECT_TRUE((y[0] == 1.0 && y[1] == 0.0) || (y[0] == 0.0 && y[1] == 1.0)) << y;
  EXPECT_TRUE(j["loss"].is_number());
  EXPECT_EQ(dir.entries(), std::vector<std::string>{"s.json"});
}

TEST(CliBinary, SnapshotWithoutBiasAndToStdout) {
  ScratchDir dir("snapshot-stdout");
  const ProcessResult r =
      runCli({"snapshot", "--depth", "2", "--no-bias", "--out", "-", "--quiet"}, dir.path());
  ASSERT_EQ(r.exitStatus, 0) << r.err;
  const json j = json::parse(r.out);
  for (const json& l : j["network"]["layers"]) {
    EXPECT_FALSE(l.contains("b"));
    EXPECT_FALSE(l.contains("alpha"));  // sigmoid has none
  }
  for (const json& g : j["gradients"]) EXPECT_FALSE(g.contains("db"));
  EXPECT_EQ(j["batch"]["y"][0].size(), 1u);  // bce_logits: one target per sample
  EXPECT_TRUE(dir.entries().empty());
}

TEST(CliBinary, BadInputExitsWithTwoAndWritesNothing) {
  ScratchDir dir("bad");
  writeFile(dir.file("keep.json"), "old");
  const std::vector<std::vector<std::string>> bad = {
      {"snapshot", "--depth", "0", "--out", "new.json"},
      {"snapshot", "--activation", "swish", "--out", "keep.json"},
      {"train", "--steps", "5", "--csv", "h.csv", "--lr", "-1"},
      {"snapshot", "--out", "missing-folder/s.json"},
      {"train", "--steps", "5", "--csv", "."},
      {"render", "--lesson", "x.json", "--out", "x.png"},  // not in a build without the GUI
      {"fly"},
  };
  for (const auto& args : bad) {
    const ProcessResult r = runCli(args, dir.path());
    EXPECT_EQ(r.exitStatus, 2) << args[0] << " " << args[1];
    EXPECT_EQ(lines(r.err).size(), 1u) << r.err;
    EXPECT_TRUE(contains(r.err, "gradscope-cli: ")) << r.err;
    EXPECT_TRUE(r.out.empty()) << r.out;
  }
  EXPECT_EQ(dir.entries(), std::vector<std::string>{"keep.json"});
  EXPECT_EQ(readFile(dir.file("keep.json")), "old");
  EXPECT_TRUE(
      contains(runCli({"snapshot", "--out", "missing-folder/s.json"}, dir.path()).err,
               "--out 'missing-folder/s.json': the folder 'missing-folder' does not exist"));
}

TEST(CliBinary, ConfigFile) {
  ScratchDir dir("config");
  writeFile(dir.file("good.json"), R"({"depth": 2, "activation": "tanh", "width": 3})");
  ProcessResult r =
      runCli({"train", "--config", "good.json", "--width", "6", "--steps", "3"}, dir.path());
  ASSERT_EQ(r.exitStatus, 0) << r.err;
  EXPECT_TRUE(contains(r.out, "depth 2 × width 6, tanh")) << r.out;

  writeFile(dir.file("bad.json"), R"({"depth": "deep"})");
  r = runCli({"snapshot", "--config", "bad.json", "--out", "s.json"}, dir.path());
  EXPECT_EQ(r.exitStatus, 2);
  EXPECT_TRUE(contains(r.err, "bad.json") && contains(r.err, "depth")) << r.err;

  writeFile(dir.file("huge.json"), std::string(9 << 20, ' '));  // over the 8 MiB limit
  r = runCli({"train", "--config", "huge.json"}, dir.path());
  EXPECT_EQ(r.exitStatus, 2);
  EXPECT_TRUE(contains(r.err, "huge.json") && contains(r.err, "at most")) << r.err;
  EXPECT_FALSE(std::filesystem::exists(dir.file("s.json")));
}

std::vector<std::string> shippedLessons() {
  std::vector<std::string> out;
  for (const auto& e : std::filesystem::directory_iterator(GRADSCOPE_LESSON_DIR))
    if (e.path().extension() == ".json") out.push_back(e.path().string());
  std::sort(out.begin(), out.end());
  return out;
}

// The window opens a lesson file as an experiment; so does every CLI command: as --config (its
// texts and suggested steps ignored) and as --lesson (its suggested steps used unless --steps).
TEST(CliBinary, EveryLessonTrainsAsConfigAndAsLesson) {
  ScratchDir dir("lessons");
  const std::vector<std::string> lessons = shippedLessons();
  ASSERT_GE(lessons.size(), 9u);
  for (const std::string& lesson : lessons) {
    SCOPED_TRACE(lesson);
    ProcessResult r = runCli({"train", "--config", lesson, "--steps", "5", "--quiet"}, dir.path());
    ASSERT_EQ(r.exitStatus, 0) << r.err;
    EXPECT_TRUE(contains(r.out, " for 5 steps")) << r.out;
    r = runCli({"train", "--lesson", lesson, "--steps", "5", "--quiet"}, dir.path());
    ASSERT_EQ(r.exitStatus, 0) << r.err;
    EXPECT_TRUE(contains(r.out, " for 5 steps")) << r.out;
    r = runCli({"snapshot", "--config", lesson, "--steps", "2", "--out", "s.json", "--quiet"},
               dir.path());
    ASSERT_EQ(r.exitStatus, 0) << r.err;
    EXPECT_EQ(json::parse(readFile(dir.file("s.json"))).at("step"), 2);
  }
  // --lesson brings the lesson's suggested steps (01: 200); --config does not (train's 1000).
  const std::string first = lessons.front();
  const json lesson = json::parse(readFile(first));
  const std::string suggested = std::to_string(lesson.at("steps").get<int>());
  ProcessResult r = runCli({"train", "--lesson", first, "--quiet"}, dir.path());
  ASSERT_EQ(r.exitStatus, 0) << r.err;
  EXPECT_TRUE(contains(r.out, " for " + suggested + " steps")) << r.out;
  r = runCli({"snapshot", "--lesson", first, "--depth", "2", "--out", "s.json", "--quiet"},
             dir.path());
  ASSERT_EQ(r.exitStatus, 0) << r.err;
  EXPECT_EQ(json::parse(readFile(dir.file("s.json"))).at("step").get<int>(),
            lesson.at("steps").get<int>());
}

TEST(CliBinary, LessonTeachingFieldsAreIgnoredByConfigButCheckedByLesson) {
  ScratchDir dir("lesson-fields");
  writeFile(dir.file("l.json"), R"({"title": 3, "claims": "x", "depth": 2, "width": 3})");
  ProcessResult r = runCli({"train", "--config", "l.json", "--steps", "2"}, dir.path());
  ASSERT_EQ(r.exitStatus, 0) << r.err;
  EXPECT_TRUE(contains(r.out, "depth 2 × width 3")) << r.out;
  r = runCli({"train", "--lesson", "l.json", "--steps", "2"}, dir.path());
  EXPECT_EQ(r.exitStatus, 2);
  EXPECT_TRUE(contains(r.err, "--lesson l.json: title: expected a string")) << r.err;
  r = runCli({"snapshot", "--config", "l.json", "--lesson", "l.json", "--out", "s.json"},
             dir.path());
  EXPECT_EQ(r.exitStatus, 2);
  EXPECT_TRUE(contains(r.err, "snapshot takes --config FILE.json or --lesson FILE, not both"))
      << r.err;
  writeFile(dir.file("bad.json"), R"({"title": "T", "depth": 2, "colour": "red"})");
  r = runCli({"train", "--config", "bad.json"}, dir.path());
  EXPECT_EQ(r.exitStatus, 2);  // an unknown field is still refused
  EXPECT_TRUE(contains(r.err, "colour: unknown field")) << r.err;
  EXPECT_FALSE(std::filesystem::exists(dir.file("s.json")));
}

TEST(CliBinary, DivergingRunStopsWithStatusThreeAndTheTableSoFar) {
  ScratchDir dir("diverge");
  const std::vector<std::string> wild = {"--activation", "relu", "--init",  "normal",
                                         "--init-scale", "10",   "--lr",    "1000",
                                         "--depth",      "6",    "--steps", "50"};
  std::vector<std::string> args = {"train", "--csv", "h.csv"};
  args.insert(args.end(), wild.begin(), wild.end());
  ProcessResult r = runCli(args, dir.path());
  EXPECT_EQ(r.exitStatus, 3) << r.err;
  EXPECT_TRUE(contains(r.err, "at step ") && contains(r.err, "learning rate")) << r.err;
  EXPECT_TRUE(contains(r.out, "the last step with finite numbers")) << r.out;
  EXPECT_TRUE(contains(r.out, "layer  activation"));
  const std::vector<std::string> csv = lines(readFile(dir.file("h.csv")));
  ASSERT_GT(csv.size(), 1u);
  EXPECT_TRUE(contains(csv.back(), "nan") || contains(csv.back(), "inf")) << csv.back();
  EXPECT_LT(csv.size(), 1u + 50 * 7);  // stopped early

  args = {"snapshot", "--out", "s.json"};
  args.insert(args.end(), wild.begin(), wild.end());
  r = runCli(args, dir.path());
  EXPECT_EQ(r.exitStatus, 3);
  EXPECT_TRUE(contains(r.err, "No snapshot was written")) << r.err;
  EXPECT_EQ(dir.entries(), std::vector<std::string>{"h.csv"});
}

}  // namespace
}  // namespace gs::test
