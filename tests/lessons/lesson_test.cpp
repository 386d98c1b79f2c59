// Every shipped lesson loads, validates, trains, and shows what its text claims; lesson errors
// name the file and the field.
#include <gtest/gtest.h>

#include <regex>

#include <cmath>
#include <filesystem>
#include <fstream>

#include "config_json.h"
#include "lesson.h"
#include "trainer.h"

namespace {

namespace fs = std::filesystem;
using nlohmann::json;

gs::LessonSet shipped() { return gs::loadLessonDirectory(GRADSCOPE_LESSON_DIR); }

const gs::Lesson& lessonById(const gs::LessonSet& set, const std::string& id) {
  for (const gs::Lesson& l : set.lessons)
    if (l.id == id) return l;
  throw std::runtime_error("no lesson " + id);
}

// Runs n steps and returns the last snapshot.
gs::Snapshot train(gs::Trainer& t, int n) {
  gs::Snapshot s;
  for (int i = 0; i < n && !t.diverged(); ++i) s = t.step();
  return s;
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

TEST(Lessons, AtLeastTheNineShippedOnesLoadSortedWithoutErrors) {
  const gs::LessonSet set = shipped();
  EXPECT_TRUE(set.errors.empty()) << set.errors.front();
  ASSERT_GE(set.lessons.size(), 9u);
  EXPECT_EQ(set.lessons.front().id, "01-sigmoid-chain");
  for (std::size_t i = 1; i < set.lessons.size(); ++i)
    EXPECT_LT(set.lessons[i - 1].id, set.lessons[i].id);
  for (const gs::Lesson& l : set.lessons) {
    SCOPED_TRACE(l.id);
    EXPECT_TRUE(l.title.has("vi"));
    EXPECT_TRUE(l.text.has("vi"));
    EXPECT_GT(l.steps, 0);
    EXPECT_TRUE(gs::validate(l.config).empty());
  }
}

// Issue 10 item 3: every shipped lesson sets a pace at which its suggested steps take 15–60 s,
// long enough to watch and short enough for a lecture.
TEST(Lessons, EachSetsAPaceThatMakesItsStepsTakeFifteenToSixtySeconds) {
  for (const gs::Lesson& l : shipped().lessons) {
    SCOPED_TRACE(l.id);
    ASSERT_GT(l.pace, 0);
    const double seconds = l.steps / l.pace;
    EXPECT_GE(seconds, 15);
    EXPECT_LE(seconds, 60);
  }
}

TEST(Lessons, LossAxisIsOptionalAndValidated) {
  const gs::LessonSet set = shipped();
  nlohmann::json j = gs::lessonToJson(lessonById(set, "02-deep-sigmoid"));
  j["loss_axis"] = {0, 1};
  const gs::Lesson l = gs::lessonFromJson(j);
  EXPECT_TRUE(l.hasLossAxis());
  EXPECT_EQ(gs::lessonToJson(l)["loss_axis"], j["loss_axis"]);
  for (const nlohmann::json& bad : {nlohmann::json({1, 0}), nlohmann::json({0}),
                                    nlohmann::json("0..1"), nlohmann::json({0, "x"})}) {
    j["loss_axis"] = bad;
    EXPECT_NE(errorOf(j).find("loss_axis"), std::string::npos) << errorOf(j);
    EXPECT_NE(errorOf(j).find("low < high"), std::string::npos) << errorOf(j);
  }
}

// Issue 10 item 9: a formula is shown in both languages, so it carries no English words.
TEST(Lessons, FormulasHaveNoWordsOfEitherLanguage) {
  const std::regex words("\\b(if|where|for|otherwise|and|when|else)\\b");
  for (const gs::Lesson& l : shipped().lessons)
    for (const auto& [language, formula] : l.formula.languages())
      EXPECT_FALSE(std::regex_search(formula, words))
          << l.id << " (" << language << "): " << formula;
}

TEST(Lessons, PaceOutsideTheChoicesIsRejectedNamingTheFieldAndTheChoices) {
  const gs::LessonSet set = shipped();
  nlohmann::json j = gs::lessonToJson(lessonById(set, "02-deep-sigmoid"));
  for (const nlohmann::json& bad : {nlohmann::json(7), nlohmann::json(0), nlohmann::json(-1),
                                    nlohmann::json("fast"), nlohmann::json(1e9)}) {
    j["pace"] = bad;
    const std::string error = errorOf(j);
    EXPECT_NE(error.find("pace"), std::string::npos) << error;
    EXPECT_NE(error.find("1, 2, 5, 10, 30, 100, 1000"), std::string::npos) << error;
  }
  j["pace"] = 30;
  EXPECT_EQ(errorOf(j), "");
  EXPECT_EQ(gs::lessonFromJson(j).pace, 30);
}

TEST(Lessons, EachTrainsFiftyStepsWithFiniteValues) {
  for (const gs::Lesson& l : shipped().lessons) {
    SCOPED_TRACE(l.id);
    gs::Trainer t(l.config);
    const gs::Snapshot s = train(t, 50);
    // No shipped lesson diverges within 50 steps (06-exploding grows but stays finite).
    ASSERT_TRUE(s.finite) << s.problem;
    EXPECT_EQ(t.steps(), 50);
    EXPECT_TRUE(std::isfinite(s.loss));
    for (const gs::LayerStats& layer : s.layers) EXPECT_TRUE(std::isfinite(layer.weightGradNorm));
  }
}

TEST(Lessons, SavedAndReloadedLessonIsTheSame) {
  const gs::LessonSet set = shipped();
  const gs::Lesson& l = lessonById(set, "05-leaky-relu");
  const gs::Lesson back = gs::lessonFromJson(gs::lessonToJson(l));
  EXPECT_EQ(gs::lessonToJson(back), gs::lessonToJson(l));
  EXPECT_DOUBLE_EQ(back.config.alpha, 0.2);
}

TEST(Lessons, LocalizedFallsBackToEnglish) {
  gs::Lesson l = gs::lessonFromJson(minimalLesson());
  EXPECT_EQ(l.title.text("vi"), "T");
  l.title.set("vi", "Tiêu đề");
  EXPECT_EQ(l.title.text("vi"), "Tiêu đề");
  EXPECT_EQ(l.title.text("en"), "T");
  EXPECT_EQ(l.title.text("fr"), "T");  // a language the lesson does not have
  l.title.set("vi", "");               // an empty text counts as missing
  EXPECT_EQ(l.title.text("vi"), "T");
}

// The form keyed by language and the older "_vi" keys read the same; a third language is data.
TEST(Lessons, LanguageKeysInBothFormsReadTheSame) {
  json keyed = minimalLesson();
  keyed["title"] = {{"en", "T"}, {"vi", "Tiêu đề"}, {"fr", "Titre"}};
  keyed["claims"] = {{"en", {"a", "b"}}, {"vi", {"á", "bê"}}};
  keyed["try"] = {{"en", {"x"}}};
  json old = minimalLesson();
  old["title_vi"] = "Tiêu đề";
  old["claims"] = {"a", "b"};
  old["claims_vi"] = {"á", "bê"};
  old["try"] = {"x"};
  const gs::Lesson k = gs::lessonFromJson(keyed), o = gs::lessonFromJson(old);
  for (const gs::Lesson* l : {&k, &o}) {
    EXPECT_EQ(l->title.text("vi"), "Tiêu đề");
    EXPECT_EQ(l->title.text("en"), "T");
    EXPECT_EQ(l->claims.text("vi"), (std::vector<std::string>{"á", "bê"}));
    EXPECT_EQ(l->tryHints.text("vi"), (std::vector<std::string>{"x"}));  // falls back
    EXPECT_EQ(l->text.text("vi"), "Some text.");
  }
  EXPECT_EQ(k.title.text("fr"), "Titre");
  EXPECT_EQ(o.title.text("fr"), "T");
  // Saved in the keyed form, and read back the same.
  const json saved = gs::lessonToJson(o);
  EXPECT_EQ(saved["title"], (json{{"en", "T"}, {"vi", "Tiêu đề"}}));
  EXPECT_FALSE(saved.contains("title_vi"));
  EXPECT_EQ(saved["text"], "Some text.");  // one language: a plain string
  EXPECT_EQ(gs::lessonToJson(gs::lessonFromJson(saved)), saved);
}

TEST(LessonErrors, LanguageKeysNameTheField) {
  json j = minimalLesson();
  j["title"] = {{"vi", "Tiêu đề"}};
  EXPECT_NE(errorOf(j).find("title: the English text \"en\" is missing"), std::string::npos)
      << errorOf(j);
  j["title"] = {{"en", "T"}, {"English", "T"}};
  EXPECT_NE(errorOf(j).find("title: \"English\" is not a language code"), std::string::npos)
      << errorOf(j);
  j["title"] = {{"en", "T"}, {"vi", 3}};
  EXPECT_NE(errorOf(j).find("title.vi: expected a string"), std::string::npos) << errorOf(j);
  j["title"] = {{"en", " "}};
  EXPECT_NE(errorOf(j).find("title.en: has only white space"), std::string::npos) << errorOf(j);
  j = minimalLesson();
  j["claims"] = {{"en", {"a", 7}}};
  EXPECT_NE(errorOf(j).find("claims.en[1]: expected a string"), std::string::npos) << errorOf(j);
  j = minimalLesson();
  j["title"] = {{"en", "T"}, {"vi", "V"}};
  j["title_vi"] = "V2";
  EXPECT_NE(errorOf(j).find("title_vi: given twice"), std::string::npos) << errorOf(j);
  j = minimalLesson();
  j["text_vi"] = 3;
  EXPECT_NE(errorOf(j).find("text_vi: expected a string"), std::string::npos) << errorOf(j);
}

TEST(LessonErrors, NameTheField) {
  json j = minimalLesson();
  j.erase("title");
  EXPECT_NE(errorOf(j).find("title: missing"), std::string::npos) << errorOf(j);
  j = minimalLesson();
  j["text"] = 3;
  EXPECT_NE(errorOf(j).find("text: expected a string"), std::string::npos) << errorOf(j);
  j = minimalLesson();
  j["steps"] = 0;
  EXPECT_NE(errorOf(j).find("steps"), std::string::npos);
  EXPECT_NE(errorOf(j).find("1 to 100000"), std::string::npos) << errorOf(j);
  j["steps"] = 2.5;
  EXPECT_NE(errorOf(j).find("steps"), std::string::npos);
  j = minimalLesson();
  j["claims"] = {"ok", 7};
  EXPECT_NE(errorOf(j).find("claims[1]: expected a string"), std::string::npos) << errorOf(j);
  j = minimalLesson();
  j["depth"] = 0;  // a config error comes through with its field
  EXPECT_NE(errorOf(j).find("depth"), std::string::npos) << errorOf(j);
  j = minimalLesson();
  j["colour"] = "red";
  EXPECT_NE(errorOf(j).find("colour: unknown field"), std::string::npos) << errorOf(j);
  EXPECT_NE(errorOf(json::array()).find("JSON object"), std::string::npos);
}

class LessonFiles : public ::testing::Test {
 protected:
  void SetUp() override {
    dir_ = fs::temp_directory_path() /
           ("gs-lessons-" + std::to_string(::testing::UnitTest::GetInstance()->random_seed()) +
            "-" + ::testing::UnitTest::GetInstance()->current_test_info()->name());
    fs::remove_all(dir_);
    fs::create_directories(dir_);
  }
  void TearDown() override { fs::remove_all(dir_); }
  void write(const std::string& name, const std::string& text) {
    std::ofstream(dir_ / name) << text;
  }
  fs::path dir_;
};

TEST_F(LessonFiles, ErrorsNameFileAndFieldAndDoNotHideGoodLessons) {
  write("b-good.json", minimalLesson().dump());
  json bad = minimalLesson();
  bad["formula"] = json::array();
  write("a-bad.json", bad.dump());
  write("c-broken.json", "{ \"title\": ");
  write("notes.txt", "ignored");
  const gs::LessonSet set = gs::loadLessonDirectory(dir_.string());
  ASSERT_EQ(set.lessons.size(), 1u);
  EXPECT_EQ(set.lessons[0].id, "b-good");
  ASSERT_EQ(set.errors.size(), 2u);
  EXPECT_NE(set.errors[0].find("a-bad.json: formula: expected a string"), std::string::npos)
      << set.errors[0];
  EXPECT_NE(set.errors[1].find("c-broken.json"), std::string::npos) << set.errors[1];
  EXPECT_NE(set.errors[1].find("not valid JSON"), std::string::npos) << set.errors[1];
}

TEST_F(LessonFiles, MissingFolderAndOversizedFileAreReported) {
  const gs::LessonSet none = gs::loadLessonDirectory((dir_ / "nope").string());
  ASSERT_EQ(none.errors.size(), 1u);
  EXPECT_NE(none.errors[0].find("nope"), std::string::npos);
  write("huge.json", std::string(gs::kConfigFileMaxBytes + 1, ' '));
  try {
    gs::loadLessonFile((dir_ / "huge.json").string());
    FAIL() << "an oversized lesson was read";
  } catch (const gs::ConfigError& e) {
    EXPECT_NE(std::string(e.what()).find("huge.json"), std::string::npos);
    EXPECT_NE(std::string(e.what()).find("at most"), std::string::npos);
  }
}

}  // namespace
