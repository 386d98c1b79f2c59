// A lesson: a saved experiment config plus the words a teacher shows next to it.
//
// File format (resources/lessons/*.json): every field of a config file (core/config_json.h) and
//   "title"     string, required      — short heading
//   "text"      string, required      — a few paragraphs; a blank line starts a new paragraph,
//                                       a line starting with "- " is a bullet; Unicode super- and
//                                       subscripts (σ′, a⁽ˡ⁾, 0.25ᵏ) are rendered as real ones
//   "formula"   string, required      — the key formula in plain Unicode, e.g.
//                                       "dJ/dθ⁽ˡ⁾ = dJ/da⁽ᴸ⁾ · da⁽ᴸ⁾/dz⁽ᴸ⁾ ⋯"; a token a/b is
//                                       drawn as a fraction by the explanation panel
//   "title_vi", "text_vi"  strings, optional — Vietnamese variants
//   "steps"     whole number 1…100000, optional — suggested number of training steps
//   "pace"      one of 1, 2, 5, 10, 30, 100, 1000, optional — steps per second in the window
//               (core/pace.h), so the suggested steps take a watchable time
//   "loss_axis" [lo, hi], optional, finite, lo < hi — the loss plot's fixed range (locked), so
//               lessons compared in turn share one scale
//   "claims", "claims_vi"  lists of strings, optional — what the class should see
//   "try", "try_vi"        lists of strings, optional — things to change next
#pragma once

#include <nlohmann/json.hpp>
#include <string>
#include <vector>

#include "config.h"

namespace gs {

constexpr int kLessonStepsMax = 100000;

struct Lesson {
  std::string id;    // file name without ".json", e.g. "01-sigmoid-chain"
  std::string path;  // where it was read from; empty when built from JSON in memory
  std::string title, text, formula;
  std::string titleVi, textVi;            // empty when the lesson has no Vietnamese variant
  int steps = 0;                          // suggested number of steps; 0 = no suggestion
  double pace = 0;                        // steps per second in the window; 0 = no suggestion
  double lossAxisLo = 0, lossAxisHi = 0;  // a fixed loss axis when lossAxisHi > lossAxisLo
  bool hasLossAxis() const { return lossAxisHi > lossAxisLo; }
  std::vector<std::string> claims, claimsVi;
  std::vector<std::string> tryHints, tryHintsVi;
  Config config;

  // language "vi" picks the Vietnamese variant when there is one; anything else is English.
  const std::string& localizedTitle(const std::string& language) const;
  const std::string& localizedText(const std::string& language) const;
  const std::vector<std::string>& localizedClaims(const std::string& language) const;
  const std::vector<std::string>& localizedTryHints(const std::string& language) const;
};

// The lesson's own keys, accepted next to the config fields.
const std::vector<std::string>& lessonKeys();

// Throws ConfigError naming the field ("title: expected a string, got 3").
Lesson lessonFromJson(const nlohmann::json& j);
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
