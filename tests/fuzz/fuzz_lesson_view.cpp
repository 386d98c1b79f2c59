// Fuzzes lesson texts for time: lessons grown in every direction the loader allows or nearly
// allows (many claims, long formulas and texts, stacked accents, long words, many bullets) are
// read by gs::lessonFromJson and, when accepted, shown in the window's ExplanationPanel
// (offscreen). An accepted lesson that takes longer than --slow-seconds (1 s) to show is a
// finding: 20,000 claims once took 12.6 s and a 124 KB formula 21 s in the window.
#include <QApplication>
#include <QElapsedTimer>
#include <QTextBrowser>
#include <QTextDocument>
#include <fstream>
#include <iostream>
#include <string>

#include "explanation_panel.h"
#include "fuzz_checks.h"
#include "lesson.h"
#include "lesson_limits.h"

namespace {

using gsfuzz::json;

// Pieces a formula or a text is made of: super/subscripts and fractions (the formula renderer's
// special cases), combining marks, Vietnamese, plain words, markup-like text, bullets.
const std::vector<std::string> kPieces = {
    "σ′",   "a⁽ˡ⁾", "dJ/dθ", "0.25ᵏ", "x₁₂",  " ",  "/", "·", "\u0301", "\u0323\u0302",       "ệ",
    "word", "<b>",  "&amp;", "\n",    "\n\n", "- ", "⋯", "∂", "ﷺ",      "👩‍👩‍👧", "\t"};

// A length from 1 to about 4 × max: mostly near the limits, where the cost is highest.
std::size_t lengthNear(gsfuzz::Rng& rng, std::size_t max) {
  switch (rng.below(4)) {
    case 0:
      return 1 + static_cast<std::size_t>(rng.below(static_cast<long>(max)));
    case 1:
      return max;
    case 2:
      return max + 1;
    default:
      return 1 + static_cast<std::size_t>(rng.below(static_cast<long>(4 * max)));
  }
}

std::string grownText(gsfuzz::Rng& rng, std::size_t chars) {
  std::string out;
  const bool onePiece = rng.chance(0.3);  // one piece repeated: one long word, one accent stack
  const std::string& only = rng.pick(kPieces);
  for (std::size_t n = 0; n < chars;) {
    const std::string& piece = onePiece ? only : rng.pick(kPieces);
    out += piece;
    n += piece.size() > 3 ? 2 : 1;
  }
  return out;
}

json grownLesson(gsfuzz::Rng& rng, std::string& label) {
  json j = {{"title", "T"}, {"text", "Words."}, {"formula", "σ′ ≤ 1/4"}, {"depth", 3}};
  const int mutations = 1 + static_cast<int>(rng.below(3));
  for (int m = 0; m < mutations; ++m) {
    switch (rng.below(6)) {
      case 0: {
        const std::string key = rng.chance(0.5) ? "claims" : "try_vi";
        const std::size_t n = lengthNear(rng, gs::LessonLimits::kListItems);
        const std::size_t each = lengthNear(rng, gs::LessonLimits::kItemChars) / (n > 100 ? 50 : 1);
        j[key] = json::array();
        for (std::size_t i = 0; i < n; ++i)
          j[key].push_back(grownText(rng, std::max<std::size_t>(1, each)));
        label += key + ": " + std::to_string(n) + " × ~" + std::to_string(each) + " chars; ";
        break;
      }
      case 1: {
        const std::size_t n = lengthNear(rng, gs::LessonLimits::kFormulaChars);
        j["formula"] = grownText(rng, n);
        label += "formula ~" + std::to_string(n) + " chars; ";
        break;
      }
      case 2:
      case 3: {
        const std::string key = rng.chance(0.5) ? "text" : "text_vi";
        const std::size_t n = lengthNear(rng, gs::LessonLimits::kTextChars);
        j[key] = grownText(rng, n);
        label += key + " ~" + std::to_string(n) + " chars; ";
        break;
      }
      case 4: {
        const std::size_t n = lengthNear(rng, gs::LessonLimits::kTitleChars);
        j["title"] = grownText(rng, n);
        label += "title ~" + std::to_string(n) + " chars; ";
        break;
      }
      default: {
        const std::size_t marks = 1 + static_cast<std::size_t>(rng.below(8));
        std::string s = "a";
        for (std::size_t i = 0; i < marks; ++i) s += "\u0301";
        j["text"] = grownText(rng, 100) + s;
        label += std::to_string(marks) + " stacked marks; ";
      }
    }
  }
  return j;
}

}  // namespace

int main(int argc, char** argv) {
  gsfuzz::Options options = gsfuzz::parseOptions(argc, argv);
  // The bar: any accepted lesson opens in under a second (5 s under the sanitizers).
  bool slowGiven = false;
  for (int i = 1; i < argc; ++i) slowGiven = slowGiven || std::string(argv[i]) == "--slow-seconds";
#if defined(__SANITIZE_ADDRESS__)
  if (!slowGiven) options.slowSeconds = 5.0;
#else
  if (!slowGiven) options.slowSeconds = 1.0;
#endif
  gsfuzz::capMemory(options.memoryMb);
  if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM")) qputenv("QT_QPA_PLATFORM", "offscreen");
  int qtArgc = 1;
  char name[] = "fuzz_lesson_view";
  char* qtArgv[] = {name, nullptr};
  QApplication app(qtArgc, qtArgv);
  gs::ExplanationPanel panel;
  panel.resize(420, 760);  // the classroom dock's width in a 1280 × 720 window
  panel.show();
  // GSFUZZ_SHOW=lesson.json: time showing that one file (to study a finding), then exit.
  if (const QString one = qEnvironmentVariable("GSFUZZ_SHOW"); !one.isEmpty()) {
    QElapsedTimer clock;
    clock.start();
    panel.setLesson(gs::loadLessonFile(one.toStdString()));
    panel.body()->document()->size();
    panel.grab();
    std::cout << one.toStdString() << ": shown in " << clock.elapsed() << " ms" << std::endl;
    return 0;
  }
  gsfuzz::Tally tally("fuzz_lesson_view");
  gsfuzz::Driver driver(options, tally);
  const double elapsed = driver.run([&](long i, gsfuzz::Rng& rng) {
    std::string label;
    const json j = grownLesson(rng, label);
    if (options.only >= 0) {  // the replayed lesson, to look at
      std::cout << "input " << i << ": " << label << std::endl;
      std::ofstream(options.workDir + "/fuzz_lesson_view_input.json") << j.dump(1);
    }
    gsfuzz::classify(tally, i, label, [&] {
      const gs::Lesson lesson = gs::lessonFromJson(j);
      // Shown as the window shows it: set, laid out at the panel's width, painted once.
      panel.setLesson(lesson, rng.chance(0.5) ? QStringLiteral("vi") : QStringLiteral("en"));
      panel.body()->document()->size();
      panel.grab();
      return true;
    });
    return label;
  });
  return tally.report(options, elapsed);
}
