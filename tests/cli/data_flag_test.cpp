// --data FILE.csv and --classes K on the real binary: the points replace the data set, K comes
// from the labels, and a bad file (or flag) exits 2 with one line naming the file, the line and
// the reason, leaving nothing behind.
#include <gtest/gtest.h>

#include <algorithm>

#include "run_process.h"

namespace gs::test {
namespace {

bool contains(const std::string& text, const std::string& part) {
  return text.find(part) != std::string::npos;
}

int lineCount(const std::string& text) {
  return static_cast<int>(std::count(text.begin(), text.end(), '\n'));
}

TEST(CliData, TrainsOnTheFilesPointsWithKFromTheLabels) {
  ScratchDir dir("data_good");
  writeFile(dir.file("three.csv"), "x1,x2,label\r\n0,0,0\r\n1,1,1\r\n-1,1,2\r\n0.5,-0.5,2\r\n\r\n");
  const ProcessResult r = runCli({"train", "--data", "three.csv", "--loss", "softmax_ce", "--steps",
                                  "20", "--depth", "2", "--quiet"},
                                 dir.path());
  ASSERT_EQ(r.exitStatus, 0) << r.err;
  EXPECT_TRUE(contains(r.out, "softmax_ce on your data (3 classes, 4 points)")) << r.out;
  EXPECT_TRUE(contains(r.out, "whole data set (4 samples)")) << r.out;
}

TEST(CliData, SnapshotCarriesThePointsInItsConfig) {
  ScratchDir dir("data_snapshot");
  writeFile(dir.file("line.csv"), "0,1\n1,3\n2,5\n");
  const ProcessResult r =
      runCli({"snapshot", "--data", "line.csv", "--loss", "mse", "--depth", "1", "--out", "s.json"},
             dir.path());
  ASSERT_EQ(r.exitStatus, 0) << r.err;
  EXPECT_TRUE(contains(readFile(dir.file("s.json")), "\"csv\":")) << "the config names its data";
}

TEST(CliData, BadFileExitsTwoWithOneLineNamingFileLineAndReason) {
  ScratchDir dir("data_bad");
  writeFile(dir.file("bad.csv"), "0,0,0\n1,1,1\n0.5,oops,1\n");
  writeFile(dir.file("label.csv"), "0,0,0\n1,1,9\n");
  writeFile(dir.file("cols.csv"), "0,0,0\n1,1\n");
  writeFile(dir.file("empty.csv"), "x1,x2,label\n");
  const std::pair<std::string, std::string> cases[] = {
      {"bad.csv", "--data bad.csv: line 3: column 2: \"oops\" is not a number"},
      {"label.csv", "--data label.csv: line 2: column 3 (label): \"9\" is out of range"},
      {"cols.csv", "--data cols.csv: line 2: 2 columns"},
      {"empty.csv", "--data empty.csv: no data rows"},
      {"missing.csv", "--data missing.csv: cannot open"},
  };
  for (const auto& [file, want] : cases) {
    for (const char* command : {"train", "render", "snapshot"}) {
      std::vector<std::string> args = {command, "--data", file, "--quiet"};
      if (std::string(command) != "train") args.insert(args.end(), {"--out", "out.json"});
      if (std::string(command) == "render") args.back() = "out.png";
      const ProcessResult r = runCli(args, dir.path());
      EXPECT_EQ(r.exitStatus, 2) << command << " " << file;
      EXPECT_EQ(lineCount(r.err), 1) << r.err;
      EXPECT_TRUE(contains(r.err, want)) << command << ": " << r.err;
    }
  }
  for (const std::string& e : dir.entries())
    EXPECT_TRUE(e.size() > 4 && e.substr(e.size() - 4) == ".csv") << e << " left behind";
}

TEST(CliData, ClassesFlagAndItsLimits) {
  ScratchDir dir("classes");
  ProcessResult r = runCli({"train", "--dataset", "spiral", "--classes", "4", "--loss",
                            "softmax_ce", "--steps", "5", "--depth", "2", "--quiet"},
                           dir.path());
  ASSERT_EQ(r.exitStatus, 0) << r.err;
  EXPECT_TRUE(contains(r.out, "on spiral (4 classes)")) << r.out;
  const std::pair<std::vector<std::string>, std::string> bad[] = {
      {{"--classes", "9"}, "--classes '9'"},
      {{"--classes", "2.5"}, "--classes '2.5'"},
      {{"--dataset", "circles", "--classes", "3", "--loss", "softmax_ce"},
       "classes = 3 is not allowed for dataset = circles"},
      {{"--dataset", "gauss", "--classes", "3"}, "loss = bce_logits handles 2 classes"},
      {{"--data", "x.csv", "--dataset", "spiral"}, "--dataset sets the built-in data set"},
  };
  for (const auto& [flags, want] : bad) {
    std::vector<std::string> args = {"train", "--steps", "1"};
    args.insert(args.end(), flags.begin(), flags.end());
    r = runCli(args, dir.path());
    EXPECT_EQ(r.exitStatus, 2) << want;
    EXPECT_EQ(lineCount(r.err), 1) << r.err;
    EXPECT_TRUE(contains(r.err, want)) << r.err;
  }
}

TEST(CliData, ClassesMustMatchTheData) {
  ScratchDir dir("classes_data");
  writeFile(dir.file("three.csv"), "0,0,0\n1,1,2\n");
  const ProcessResult r = runCli(
      {"train", "--data", "three.csv", "--loss", "softmax_ce", "--classes", "5"}, dir.path());
  EXPECT_EQ(r.exitStatus, 2);
  EXPECT_TRUE(contains(r.err,
                       "--data three.csv with the flags: classes = 5 does not match the "
                       "data, whose labels make 3 classes"))
      << r.err;
}

}  // namespace
}  // namespace gs::test
