// The CSV reader of the user's points: good files (header or not, CRLF, blank lines) read exactly,
// and every bad file refused with its line number and the reason.
#include <gtest/gtest.h>

#include <unistd.h>
#include <filesystem>
#include <fstream>

#include "data_csv.h"

namespace gs {
namespace {

std::string refusal(const std::string& text) {
  try {
    parseCsvPoints(text);
  } catch (const DataError& e) {
    return e.what();
  }
  return "(accepted)";
}

void expectRefused(const std::string& text, const std::string& line, const std::string& reason) {
  const std::string msg = refusal(text);
  EXPECT_NE(msg.find(line), std::string::npos) << "wanted '" << line << "' in: " << msg;
  EXPECT_NE(msg.find(reason), std::string::npos) << "wanted '" << reason << "' in: " << msg;
  EXPECT_NE(msg.find("allowed"), std::string::npos) << msg;
}

TEST(DataCsv, ClassificationWithHeaderCrlfAndTrailingBlankLine) {
  const PointSet p = parseCsvPoints("x1,x2,label\r\n0.5,-1,0\r\n2,3e-1,2\r\n-4, 5 ,1\r\n\r\n");
  ASSERT_EQ(p.size(), 3);
  EXPECT_EQ(p.inputs, 2);
  EXPECT_TRUE(p.classification());
  EXPECT_EQ(p.classes(), 3);
  EXPECT_EQ(p.X(0, 0), 0.5);
  EXPECT_EQ(p.X(1, 0), -1.0);
  EXPECT_EQ(p.X(1, 1), 0.3);
  EXPECT_EQ(p.X(0, 2), -4.0);
  EXPECT_EQ(p.X(1, 2), 5.0);
  EXPECT_EQ(p.y(0), 0.0);
  EXPECT_EQ(p.y(1), 2.0);
  EXPECT_EQ(p.y(2), 1.0);
}

TEST(DataCsv, RegressionWithoutHeader) {
  const PointSet p = parseCsvPoints("-1,0.25\n0,+1\n1,\"-2\"");  // no final newline
  ASSERT_EQ(p.size(), 3);
  EXPECT_EQ(p.inputs, 1);
  EXPECT_FALSE(p.classification());
  EXPECT_EQ(p.classes(), 0);
  EXPECT_EQ(p.X(0, 1), 0.0);
  EXPECT_EQ(p.y(0), 0.25);
  EXPECT_EQ(p.y(1), 1.0);
  EXPECT_EQ(p.y(2), -2.0);
}

TEST(DataCsv, OneClassOnlyStillMakesTwoOutputs) {
  EXPECT_EQ(parseCsvPoints("0,0,0\n1,1,0\n").classes(), 2);
  EXPECT_EQ(parseCsvPoints("0,0,7\n").classes(), 8);
}

TEST(DataCsv, NotANumberNamesLineAndColumn) {
  expectRefused("x1,x2,label\n0,0,0\n1,abc,1\n", "line 3: column 2", "\"abc\" is not a number");
  expectRefused("0,0,0\nnan,0,1\n", "line 2: column 1", "is not a number");
  expectRefused("0,0,0\n0,inf,1\n", "line 2: column 2", "is not a number");
  expectRefused("0,0,0\n0,0x10,1\n", "line 2: column 2", "is not a number");
  expectRefused("0,0,0\n0,,1\n", "line 2: column 2", "is not a number");
  expectRefused("0,0,0\n0,1e7,1\n", "line 2: column 2", "out of range");
  expectRefused("x,y\n1,2\n3,4 5\n", "line 3: column 2", "is not a number");
}

TEST(DataCsv, WrongColumnCount) {
  expectRefused("0,0,0\n1,1\n", "line 2: 2 columns", "3 columns (x1,x2,label)");
  expectRefused("x,y\n\n1,2,0\n", "line 3: 3 columns", "2 columns (x,y)");
  expectRefused("1;2;0\n", "line 1: 1 column", "separated by commas");
  expectRefused("a,b,c,d\n1,2,3,4\n", "line 1: 4 columns", "3 columns (x1,x2,label");
}

TEST(DataCsv, LabelOutOfRangeOrNotWhole) {
  expectRefused("0,0,0\n0,0,8\n", "line 2: column 3 (label)", "out of range");
  expectRefused("0,0,-1\n", "line 1: column 3 (label)", "out of range");
  expectRefused("0,0,0\n0,0,1.5\n", "line 2: column 3 (label)", "not a whole number");
  expectRefused("0,0,0\n0,0,one\n", "line 2: column 3 (label)", "not a number");
}

TEST(DataCsv, EmptyOrOnlyAHeader) {
  expectRefused("", "no data rows", "at least one row");
  expectRefused("\n \r\n", "no data rows", "at least one row");
  expectRefused("x1,x2,label\n", "no data rows", "at least one row");
}

TEST(DataCsv, MoreThanTheRowLimit) {
  std::string text;
  for (int i = 0; i < PointLimits::kPointsMax; ++i) text += "1,2\n";
  EXPECT_EQ(parseCsvPoints(text).size(), PointLimits::kPointsMax);  // exactly the limit: fine
  text += "1,2\n";
  expectRefused(text, "line 100001: more than 100000 rows", "at most 100000");
}

TEST(DataCsv, OverTheByteLimit) {
  const std::string text(PointLimits::kCsvMaxBytes + 1, '\n');
  expectRefused(text, std::to_string(text.size()) + " bytes", "8388608 bytes");
}

TEST(DataCsv, FileErrorsStartWithThePath) {
  namespace fs = std::filesystem;
  const fs::path dir =
      fs::temp_directory_path() / ("gradscope_data_csv_test_" + std::to_string(::getpid()));
  fs::create_directories(dir);
  const fs::path bad = dir / "bad.csv";
  std::ofstream(bad) << "0,0,0\n1,1,x\n";
  try {
    loadCsvPoints(bad.string());
    ADD_FAILURE() << "accepted";
  } catch (const DataError& e) {
    EXPECT_EQ(std::string(e.what()).rfind(bad.string() + ": line 2: column 3", 0), 0u) << e.what();
  }
  try {
    loadCsvPoints(dir.string());
    ADD_FAILURE() << "a folder accepted";
  } catch (const DataError& e) {
    EXPECT_NE(std::string(e.what()).find("is a folder"), std::string::npos) << e.what();
  }
  const fs::path good = dir / "good.csv";
  std::ofstream(good) << "x,y\n0,1\n";
  EXPECT_EQ(loadCsvPoints(good.string()).csvPath, good.string());
  fs::remove_all(dir);
}

TEST(PointSetEdit, AddRemoveNearest) {
  PointSet p;
  p.add(0, 0, 0);
  p.add(1, 1, 3);
  p.add(-1, 2, 1);
  EXPECT_EQ(p.classes(), 4);
  EXPECT_EQ(p.nearest(0.9, 0.8), 1);
  p.removeAt(1);
  ASSERT_EQ(p.size(), 2);
  EXPECT_EQ(p.X(0, 1), -1.0);
  EXPECT_EQ(p.y(1), 1.0);
  EXPECT_EQ(p.classes(), 2);
  PointSet r;
  r.inputs = 1;
  r.add(0.5, -2);
  EXPECT_EQ(r.X(0, 0), 0.5);
  EXPECT_EQ(r.y(0), -2.0);
  EXPECT_EQ(r.nearest(0.4, -1.9), 0);
  EXPECT_EQ(PointSet().nearest(0, 0), -1);
}

}  // namespace
}  // namespace gs
