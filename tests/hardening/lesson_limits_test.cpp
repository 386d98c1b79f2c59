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
  j["formula"] = repeat("σ", LessonLimits::kFormulaChars);  // 2 bytes each: characters count
  EXPECT_EQ(refusal(j), "");
  j["formula"] = repeat("σ", LessonLimits::kFormulaChars + 1);
  expectRefused(j, {"formula", "401 characters", "at most 400"});
  j = lesson();
  j["text_vi"] = repeat("a", LessonLimits::kTextChars + 1);
  expectRefused(j, {"text_vi", "at most 20000"});
  j = lesson();
  j["title"] = repeat("t", LessonLimits::kTitleChars + 1);
  expectRefused(j, {"title", "at most 200"});
  j = lesson();
  j["claims"] = {repeat("c", LessonLimits::kItemChars + 1)};
  expectRefused(j, {"claims[0]", "at most 1000"});
}

TEST(LessonLimits, StackedCombiningMarksAreRefused) {
  json j = lesson();
  j["text"] = "Vie\u0323\u0302t (NFD) is fine: e + two marks";
  EXPECT_EQ(refusal(j), "");
  j["text"] = "a" + repeat("\u0301", 5000);
  expectRefused(j, {"text", "combining marks", "at most 4"});
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
