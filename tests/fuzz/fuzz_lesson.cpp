// Fuzzes the lesson loader (gs::lessonFromJson, loadLessonFile, loadLessonDirectory) with mutated
// copies of the shipped lessons: the config fields and the lesson's own (title, text, steps, …).
#include <unistd.h>

#include <filesystem>
#include <fstream>
#include <iostream>

#include "config_json.h"
#include "fuzz_checks.h"
#include "lesson.h"

namespace {

using gsfuzz::json;
namespace fs = std::filesystem;

std::vector<json> baseLessons() {
  std::vector<json> bases;
  for (const gs::Lesson& l : gs::loadLessonDirectory(GRADSCOPE_LESSON_DIR).lessons)
    bases.push_back(gs::lessonToJson(l));
  gs::Lesson minimal;
  minimal.title.set("en", "t");
  minimal.text.set("en", "x");
  minimal.formula.set("en", "f");
  bases.push_back(gs::lessonToJson(minimal));
  return bases;
}

std::vector<std::string> fieldNames() {
  std::vector<std::string> names = gs::lessonKeys();
  const json config = gs::configToJson(gs::Config{});
  for (const auto& item : config.items()) names.push_back(item.key());
  names.push_back("layer_activations");
  return names;
}

bool checkAcceptedLesson(gsfuzz::Tally& tally, long i, const gs::Lesson& l,
                         const std::string& label) {
  if (l.title.en().empty() || l.text.en().empty() || l.formula.en().empty()) {
    tally.finding(i, "accepted a lesson without title, text or formula", label);
    return false;
  }
  if (l.steps < 0 || l.steps > gs::kLessonStepsMax) {
    tally.finding(i, "accepted steps = " + std::to_string(l.steps), label);
    return false;
  }
  const json once = gs::lessonToJson(l);
  if (gs::lessonToJson(gs::lessonFromJson(once)) != once) {
    tally.finding(i, "lesson round trip changed it", label);
    return false;
  }
  return gsfuzz::checkAcceptedConfig(tally, i, l.config, label);
}

// A folder of three damaged lessons: every file ends up as a lesson or as one error naming it.
void checkDirectory(gsfuzz::Tally& tally, long i, gsfuzz::Rng& rng, const std::string& dir,
                    const std::vector<json>& bases) {
  fs::create_directories(dir);
  for (int f = 0; f < 3; ++f)
    std::ofstream(dir + "/l" + std::to_string(f) + ".json")
        << gsfuzz::mutateText(rng, rng.pick(bases).dump());
  const gs::LessonSet set = gs::loadLessonDirectory(dir);
  if (set.lessons.size() + set.errors.size() != 3)
    tally.finding(i,
                  "3 files gave " + std::to_string(set.lessons.size()) + " lessons and " +
                      std::to_string(set.errors.size()) + " errors",
                  dir);
  for (const std::string& e : set.errors)
    if (e.rfind(dir, 0) != 0 || e.size() > gsfuzz::kMessageMaxBytes)
      tally.finding(i, "error does not start with the path or is too long: " + e, dir);
  fs::remove_all(dir);
}

}  // namespace

int main(int argc, char** argv) {
  const gsfuzz::Options options = gsfuzz::parseOptions(argc, argv);
  gsfuzz::capMemory(options.memoryMb);
  const std::vector<json> bases = baseLessons();
  const std::vector<std::string> fields = fieldNames();
  const std::string stem = options.workDir + "/fuzz_lesson_" + std::to_string(::getpid());
  const std::string file = stem + ".json";
  gsfuzz::Tally tally("fuzz_lesson (" + std::to_string(bases.size()) + " base lessons)");
  gsfuzz::Driver driver(options, tally);
  const double elapsed = driver.run([&](long i, gsfuzz::Rng& rng) {
    std::string label;
    const double path = static_cast<double>(rng.below(100));
    if (path < 2) {
      label = "folder of 3 damaged lessons";
      checkDirectory(tally, i, rng, stem + "_dir", bases);
      tally.accepted();
    } else if (path < 35) {
      const std::string text = gsfuzz::mutateText(rng, rng.pick(bases).dump(2));
      label = "file: " + text;
      if (options.only >= 0) std::cout << "input " << i << ": " << gsfuzz::preview(label) << std::endl;
      std::ofstream(file, std::ios::binary | std::ios::trunc) << text;
      gsfuzz::classify(tally, i, label, [&] {
        return checkAcceptedLesson(tally, i, gs::loadLessonFile(file), label);
      });
    } else {
      const json j = gsfuzz::mutateObject(rng, rng.pick(bases), fields, label);
      if (options.only >= 0) std::cout << "input " << i << ": " << gsfuzz::preview(label) << std::endl;
      gsfuzz::classify(tally, i, label,
                       [&] { return checkAcceptedLesson(tally, i, gs::lessonFromJson(j), label); });
    }
    return label;
  });
  std::remove(file.c_str());
  return tally.report(options, elapsed);
}
