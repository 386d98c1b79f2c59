// Lesson texts are bounded when read (core/lesson_limits.h): each limit refuses the first value
// over it with the field, the size and what is allowed, and accepts the value at it.
#include <gtest/gtest.h>

#include "config.h"
#include "lesson.h"
#include "lesson_limits.h"

namespace gs {
namespace {

using nlohmann::json;

json lesson() {
  return {{"title", "T"}, {"text", "Some words."}, {"formula", "σ′ ≤ 1/4"}, {"depth", 3}};
}

std::string refusal(const json& j) {
  try {
    lessonFromJson(j);
    return "";
  } catch (const ConfigError& e) {
    return e.what();
  }
}

void expectRefused(const json& j, std::initializer_list<const char*> parts) {
  const std::string m = refusal(j);
  ASSERT_FALSE(m.empty()) << "accepted";
  for (const char* p : parts) EXPECT_NE(m.find(p), std::string::npos) << m << " lacks " << p;
}

std::string repeat(const std::string& s, std::size_t n) {
  std::string out;
  for (std::size_t i = 0; i < n; ++i) out += s;
  return out;
}

TEST(LessonLimits, ClaimsAndHintsAreCounted) {
  json j = lesson();
  j["claims"] = json::array();
  for (std::size_t i = 0; i < LessonLimits::kListItems; ++i) j["claims"].push_back("c");
  EXPECT_EQ(refusal(j), "");
  j["claims"].push_back("one more");
  expectRefused(j, {"claims", "31 entries", "at most 30"});
  j = lesson();
  j["try_vi"] = json::array();
  for (int i = 0; i < 20000; ++i) j["try_vi"].push_back("x");
  expectRefused(j, {"try_vi", "20000"});
}

TEST(LessonLimits, TextsAreMeasuredInCharacters) {
  json j = lesson();
  // σ is 2 bytes: characters count, not bytes.
  j["formula"] = repeat("σσσ ", LessonLimits::kFormulaChars / 4);
  EXPECT_EQ(refusal(j), "");
  j["formula"] = repeat("σσσ ", LessonLimits::kFormulaChars / 4) + "σ";
  expectRefused(j, {"formula", "401 characters", "at most 400"});
  j = lesson();
  j["text_vi"] = repeat("aaaa ", LessonLimits::kTextChars / 5) + "a";
  expectRefused(j, {"text_vi", "12001 characters", "at most 12000"});
  j = lesson();
  j["title"] = repeat("ttt ", LessonLimits::kTitleChars / 4) + "t";
  expectRefused(j, {"title", "at most 200"});
  j = lesson();
  j["claims"] = {repeat("cccc ", LessonLimits::kItemChars / 5) + "c"};
  expectRefused(j, {"claims[0]", "at most 500"});
}

TEST(LessonLimits, StackedCombiningMarksAreRefused) {
  json j = lesson();
  j["text"] = "Vie\u0323\u0302t (NFD) is fine: e + two marks";
  EXPECT_EQ(refusal(j), "");
  j["text"] = "a" + repeat("\u0301", 5000);
  expectRefused(j, {"text", "combining marks", "at most 4"});
}

TEST(LessonLimits, LongWordsAreRefused) {
  json j = lesson();
  j["text"] = "a " + repeat("₁", LessonLimits::kWordChars) + " b";
  EXPECT_EQ(refusal(j), "");
  j["text"] = "a " + repeat("₁", LessonLimits::kWordChars + 1) + " b";
  expectRefused(j, {"text", "a word of more than 160 characters", "at character 163"});
  j["text"] = repeat("中文字", 1000);  // no spaces, but a line may break anywhere
  EXPECT_EQ(refusal(j), "");
}

TEST(LessonLimits, BlankWordsAreRefused) {
  for (const char* blank : {" ", "\r\n", "\u00a0\u3000", "\u200b", "\t\u2028"}) {
    json j = lesson();
    j["title"] = blank;
    expectRefused(j, {"title", "white space"});
  }
  json j = lesson();
  j["title_vi"] = "\u3000";
  expectRefused(j, {"title_vi", "white space"});
  j = lesson();
  j["claims"] = {"ok", " "};
  expectRefused(j, {"claims[1]"});
}

}  // namespace
}  // namespace gs
