#include "lesson.h"

#include <algorithm>
#include <cmath>
#include <filesystem>

#include "config_json.h"
#include "lesson_limits.h"

namespace gs {
namespace {

using nlohmann::json;

[[noreturn]] void fail(const std::string& field, const std::string& why) {
  throw ConfigError(field + ": " + why);
}

std::string getString(const json& j, const std::string& key, bool required) {
  if (!j.contains(key)) {
    if (required) fail(key, "missing; every lesson needs a \"" + key + "\" string");
    return {};
  }
  const json& v = j.at(key);
  if (!v.is_string()) fail(key, "expected a string, got " + jsonForMessage(v));
  std::string s = v.get<std::string>();
  if ((required || !s.empty()) && isBlankText(s))
    fail(key, std::string(s.empty() ? "is empty" : "has only white space") +
                  "; allowed: words to show" + (required ? "" : " (or leave the field out)"));
  checkLessonText(key, s, lessonFieldCharsMax(key));
  return s;
}

std::vector<std::string> getStringList(const json& j, const std::string& key) {
  std::vector<std::string> out;
  if (!j.contains(key)) return out;
  const json& v = j.at(key);
  if (!v.is_array()) fail(key, "expected a list of strings, got " + jsonForMessage(v));
  checkLessonListSize(key, v.size());
  for (std::size_t i = 0; i < v.size(); ++i) {
    const std::string field = key + "[" + std::to_string(i) + "]";
    if (!v[i].is_string()) fail(field, "expected a string, got " + jsonForMessage(v[i]));
    out.push_back(v[i].get<std::string>());
    if (isBlankText(out.back())) fail(field, "has no words; allowed: a sentence to show");
    checkLessonText(field, out.back(), LessonLimits::kItemChars);
  }
  return out;
}

int getSteps(const json& j) {
  if (!j.contains("steps")) return 0;
  const json& v = j.at("steps");
  const char* allowed = "; allowed: a whole number from 1 to 100000";
  if (!v.is_number()) fail("steps", "expected a number, got " + jsonForMessage(v) + allowed);
  const double d = v.get<double>();
  if (d != std::floor(d) || d < 1 || d > kLessonStepsMax)
    fail("steps", jsonForMessage(v) + " is not allowed" + allowed);
  return static_cast<int>(d);
}

const std::string& pick(const std::string& en, const std::string& vi, const std::string& lang) {
  return lang == "vi" && !vi.empty() ? vi : en;
}

const std::vector<std::string>& pick(const std::vector<std::string>& en,
                                     const std::vector<std::string>& vi, const std::string& lang) {
  return lang == "vi" && !vi.empty() ? vi : en;
}

}  // namespace

const std::string& Lesson::localizedTitle(const std::string& language) const {
  return pick(title, titleVi, language);
}
const std::string& Lesson::localizedText(const std::string& language) const {
  return pick(text, textVi, language);
}
const std::vector<std::string>& Lesson::localizedClaims(const std::string& language) const {
  return pick(claims, claimsVi, language);
}
const std::vector<std::string>& Lesson::localizedTryHints(const std::string& language) const {
  return pick(tryHints, tryHintsVi, language);
}

const std::vector<std::string>& lessonKeys() {
  static const std::vector<std::string> keys = {"title",   "text",  "formula", "title_vi",
                                                "text_vi", "steps", "claims",  "claims_vi",
                                                "try",     "try_vi"};
  return keys;
}

Lesson lessonFromJson(const json& j) {
  if (!j.is_object())
    throw ConfigError("a lesson must be a JSON object {…}, got " + std::string(j.type_name()));
  Lesson l;
  // Lesson fields first: a missing title is the more useful message for a half-written lesson.
  l.title = getString(j, "title", true);
  l.text = getString(j, "text", true);
  l.formula = getString(j, "formula", true);
  l.titleVi = getString(j, "title_vi", false);
  l.textVi = getString(j, "text_vi", false);
  l.steps = getSteps(j);
  l.claims = getStringList(j, "claims");
  l.claimsVi = getStringList(j, "claims_vi");
  l.tryHints = getStringList(j, "try");
  l.tryHintsVi = getStringList(j, "try_vi");
  l.config = configFromJson(j, lessonKeys());
  return l;
}

json lessonToJson(const Lesson& l) {
  json j = configToJson(l.config);
  j["title"] = l.title;
  j["text"] = l.text;
  j["formula"] = l.formula;
  if (!l.titleVi.empty()) j["title_vi"] = l.titleVi;
  if (!l.textVi.empty()) j["text_vi"] = l.textVi;
  if (l.steps > 0) j["steps"] = l.steps;
  if (!l.claims.empty()) j["claims"] = l.claims;
  if (!l.claimsVi.empty()) j["claims_vi"] = l.claimsVi;
  if (!l.tryHints.empty()) j["try"] = l.tryHints;
  if (!l.tryHintsVi.empty()) j["try_vi"] = l.tryHintsVi;
  return j;
}

Lesson loadLessonFile(const std::string& path) {
  const json j = readJsonFile(path);  // its errors already start with the path
  try {
    Lesson l = lessonFromJson(j);
    l.path = path;
    l.id = std::filesystem::path(path).stem().string();
    return l;
  } catch (const ConfigError& e) {
    throw ConfigError(path + ": " + e.what());
  }
}

LessonSet loadLessonDirectory(const std::string& dir) {
  namespace fs = std::filesystem;
  LessonSet set;
  std::error_code ec;
  if (!fs::is_directory(dir, ec)) {
    set.errors.push_back(dir + ": not a readable folder of lessons");
    return set;
  }
  std::vector<fs::path> files;
  for (fs::directory_iterator it(dir, ec), end; !ec && it != end; it.increment(ec))
    if (it->path().extension() == ".json" && it->is_regular_file(ec)) files.push_back(it->path());
  if (ec) set.errors.push_back(dir + ": cannot list the folder (" + ec.message() + ")");
  std::sort(files.begin(), files.end(),
            [](const fs::path& a, const fs::path& b) { return a.filename() < b.filename(); });
  for (const fs::path& f : files) {
    try {
      set.lessons.push_back(loadLessonFile(f.string()));
    } catch (const ConfigError& e) {
      set.errors.push_back(e.what());
    }
  }
  return set;
}

}  // namespace gs
