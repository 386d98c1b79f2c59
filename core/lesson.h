// A lesson: a saved experiment config plus the words a teacher shows next to it.
//
// File format (resources/lessons/*.json): every field of a config file (core/config_json.h) and
//   "title"     text, required        — short heading
//   "text"      text, required        — a few paragraphs; a blank line starts a new paragraph,
//                                       a line starting with "- " is a bullet; Unicode super- and
//                                       subscripts (σ′, a⁽ˡ⁾, 0.25ᵏ) are rendered as real ones
//   "formula"   text, required        — the key formula in plain Unicode, e.g.
//                                       "dJ/dθ⁽ˡ⁾ = dJ/da⁽ᴸ⁾ · da⁽ᴸ⁾/dz⁽ᴸ⁾ ⋯"; a token a/b is
//                                       drawn as a fraction by the explanation panel
//   "steps"     whole number 1…100000, optional — suggested number of training steps
//   "pace"      one of 1, 2, 5, 10, 30, 100, 1000, optional — steps per second in the window
//               (core/pace.h), so the suggested steps take a watchable time
//   "loss_axis" [lo, hi], optional, finite, lo < hi — the loss plot's fixed range (locked), so
//               lessons compared in turn share one scale
//   "bars_axis" [lo, hi], optional, 1e-300 ≤ lo, hi ≥ 100·lo, finite — the gradient bars' fixed
//               (locked) log-axis range (a linear axis shows 0…hi), so lessons 2 and 3 share one
//               scale; two decades at least, as every log axis here (ui/plot/log_axis.h)
//   "claims"    list of texts, optional — what the class should see
//   "try"       list of texts, optional — things to change next
// A text (or list) is either one value, in English, or an object keyed by language code,
// {"en": …, "vi": …}, where "en" is required and is what a missing language falls back to; a new
// language is a new key in the files, nothing else. The older form, "title_vi", "text_vi",
// "claims_vi" and "try_vi" next to the English value, is still read.
#pragma once

#include <map>
#include <nlohmann/json.hpp>
#include <string>
#include <vector>

#include "config.h"

namespace gs {

constexpr int kLessonStepsMax = 100000;
constexpr double kBarsAxisLowest = 1e-300;  // the bars' own log-axis floor
constexpr double kBarsAxisDecades = 100;    // hi ≥ 100·lo: two decades to label

// One text (or list of texts) of a lesson in every language it is written in.
template <class T>
class Localized {
 public:
  // The language's value ("vi"), else the English one, else an empty value. An empty string or
  // list counts as missing.
  const T& text(const std::string& language) const {
    for (const std::string& l : {language, std::string("en")}) {
      const auto it = byLanguage_.find(l);
      if (it != byLanguage_.end() && !it->second.empty()) return it->second;
    }
    static const T none{};
    return none;
  }
  const T& en() const { return text("en"); }
  void set(const std::string& language, T value) { byLanguage_[language] = std::move(value); }
  bool has(const std::string& language) const {
    const auto it = byLanguage_.find(language);
    return it != byLanguage_.end() && !it->second.empty();
  }
  const std::map<std::string, T>& languages() const { return byLanguage_; }

 private:
  std::map<std::string, T> byLanguage_;  // language code → value
};

struct Lesson {
  std::string id;    // file name without ".json", e.g. "01-sigmoid-chain"
  std::string path;  // where it was read from; empty when built from JSON in memory
  Localized<std::string> title, text, formula;
  int steps = 0;                          // suggested number of steps; 0 = no suggestion
  double pace = 0;                        // steps per second in the window; 0 = no suggestion
  double lossAxisLo = 0, lossAxisHi = 0;  // a fixed loss axis when lossAxisHi > lossAxisLo
  bool hasLossAxis() const { return lossAxisHi > lossAxisLo; }
  double barsAxisLo = 0, barsAxisHi = 0;  // a fixed gradient-bars axis when barsAxisHi > 0
  bool hasBarsAxis() const { return barsAxisHi > 0; }
  Localized<std::vector<std::string>> claims, tryHints;
  Config config;
};

// The lesson's own keys (with the older "_vi" ones), accepted next to the config fields; a
// command that reads a lesson as a config ignores them.
const std::vector<std::string>& lessonKeys();

// Throws ConfigError naming the field ("title: expected a string, got 3").
Lesson lessonFromJson(const nlohmann::json& j, const std::string& baseDir = "");
nlohmann::json lessonToJson(const Lesson& lesson);

// Throws ConfigError whose message starts with the path ("…/01-x.json: title: missing").
Lesson loadLessonFile(const std::string& path);

struct LessonSet {
  std::vector<Lesson> lessons;      // sorted by file name
  std::vector<std::string> errors;  // one per file that could not be loaded, path first
};

// Loads every *.json in dir (not recursive), sorted by file name. A bad file does not hide the
// good ones: its message goes to errors. A missing or unreadable dir is one error.
LessonSet loadLessonDirectory(const std::string& dir);

}  // namespace gs
