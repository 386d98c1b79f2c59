// A lesson's "bars_axis" (the gradient bars' locked log-axis range, issue 10 item 10): validated
// with a message naming the field, the value and what is allowed; lessons 2 and 3 share one range
// that holds every bar of theirs over the suggested steps, for the lesson's seed and others.
#include <gtest/gtest.h>

#include <algorithm>
#include <iostream>

#include "config_json.h"
#include "lesson.h"
#include "measure.h"
#include "trainer.h"

namespace {

using nlohmann::json;

gs::Lesson shippedLesson(const std::string& id) {
  return gs::loadLessonFile(std::string(GRADSCOPE_LESSON_DIR) + "/" + id + ".json");
}

json minimalLesson() {
  return json{{"title", "T"}, {"text", "Some text."}, {"formula", "a/b"}, {"depth", 2}};
}

std::string errorOf(const json& j) {
  try {
    gs::lessonFromJson(j);
  } catch (const gs::ConfigError& e) {
    return e.what();
  }
  return "";
}

TEST(BarsAxis, IsOptionalReadAndWrittenBack) {
  json j = minimalLesson();
  EXPECT_FALSE(gs::lessonFromJson(j).hasBarsAxis());
  j["bars_axis"] = {1e-9, 1};
  const gs::Lesson l = gs::lessonFromJson(j);
  ASSERT_TRUE(l.hasBarsAxis());
  EXPECT_EQ(l.barsAxisLo, 1e-9);
  EXPECT_EQ(l.barsAxisHi, 1.0);
  EXPECT_EQ(gs::lessonToJson(l)["bars_axis"], j["bars_axis"]);
  j["bars_axis"] = {1e-300, 1e-298};  // the smallest allowed: the floor, two decades
  EXPECT_EQ(errorOf(j), "");
}

TEST(BarsAxis, BadRangesAreRefusedNamingTheFieldTheValueAndWhatIsAllowed) {
  const std::vector<std::pair<json, std::string>> bad = {
      {json({-1e-3, 1}), "[-0.001,1]"},  // not positive: no place on a log axis
      {json({0, 1}), "[0,1]"},
      {json({1, 1e-3}), "[1,0.001]"},         // low above high
      {json({1e-3, 1e-3}), "[0.001,0.001]"},  // low = high
      {json({1e-3, 0.05}), "[0.001,0.05]"},   // under two decades
      {json({1e-320, 1}), "[1e-320,1]"},      // under the axis floor
      {json({1e-3}), "[0.001]"},              // not two numbers
      {json({1e-3, 1, 10}), "[0.001,1,10]"},
      {json({1e-3, "1"}), "[0.001,\"1\"]"},
      {json("1e-9..1"), "\"1e-9..1\""},
      {json(1), "1"},
  };
  for (const auto& [value, shown] : bad) {
    json j = minimalLesson();
    j["bars_axis"] = value;
    const std::string e = errorOf(j);
    SCOPED_TRACE(e);
    EXPECT_EQ(e.rfind("bars_axis: ", 0), 0u);
    EXPECT_NE(e.find(shown), std::string::npos) << shown;
    EXPECT_NE(e.find("low > 0"), std::string::npos);
    EXPECT_NE(e.find("100 × low"), std::string::npos);
  }
}

// Lesson 2 (deep sigmoid) and lesson 3 (ReLU) are compared on one scale: the same bars_axis, and
// every bar of every measure the bars offer inside it (above the floor, below the top) at every
// step of the suggested run, for the lesson's seed and four others.
TEST(BarsAxis, DeepSigmoidAndReluShareOneRangeThatHoldsTheirBars) {
  const gs::Lesson sigmoid = shippedLesson("02-deep-sigmoid"),
                   relu = shippedLesson("03-relu-fixes-it");
  ASSERT_TRUE(sigmoid.hasBarsAxis());
  EXPECT_EQ(sigmoid.barsAxisLo, relu.barsAxisLo);
  EXPECT_EQ(sigmoid.barsAxisHi, relu.barsAxisHi);
  for (const gs::Lesson& lesson : {sigmoid, relu})
    for (const gs::Measure m : gs::gradientMeasures()) {
      double lo = HUGE_VAL, hi = 0;
      for (const std::uint64_t seed : {lesson.config.seed, std::uint64_t(1), std::uint64_t(2),
                                       std::uint64_t(3), std::uint64_t(7)}) {
        gs::Config c = lesson.config;
        c.seed = seed;
        gs::Trainer t(c);
        for (int step = 0; step < lesson.steps; ++step) {
          const gs::Snapshot s = t.step();
          ASSERT_TRUE(s.finite) << lesson.id << " seed " << seed << ": " << s.problem;
          for (const gs::LayerStats& layer : s.layers) {
            lo = std::min(lo, gs::measureOf(layer, m));
            hi = std::max(hi, gs::measureOf(layer, m));
          }
        }
      }
      std::cout << lesson.id << " " << gs::measureId(m) << ": bars from " << lo << " to " << hi
                << "\n";
      EXPECT_GT(lo, lesson.barsAxisLo) << lesson.id << " " << gs::measureId(m);
      EXPECT_LT(hi, lesson.barsAxisHi) << lesson.id << " " << gs::measureId(m);
    }
}

}  // namespace
