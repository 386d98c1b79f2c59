#include "lesson.h"

#include <algorithm>
#include <cmath>
#include <filesystem>

#include "config_json.h"
#include "lesson_limits.h"
#include "pace.h"

namespace gs {
namespace {

using nlohmann::json;

[[noreturn]] void fail(const std::string& field, const std::string& why) {
  throw ConfigError(field + ": " + why);
}

// A text of a lesson in one language; an empty one counts as missing (the English is shown).
std::string asString(const json& v, const std::string& field) {
  if (!v.is_string()) fail(field, "expected a string, got " + jsonForMessage(v));
  std::string s = v.get<std::string>();
  if (!s.empty() && isBlankText(s))
    fail(field, "has only white space; allowed: words to show (or leave the field out)");
  checkLessonText(field, s, lessonFieldCharsMax(field));
  return s;
}

std::vector<std::string> asStringList(const json& v, const std::string& field) {
  if (!v.is_array()) fail(field, "expected a list of strings, got " + jsonForMessage(v));
  checkLessonListSize(field, v.size());
  std::vector<std::string> out;
  for (std::size_t i = 0; i < v.size(); ++i) {
    const std::string item = field + "[" + std::to_string(i) + "]";
    if (!v[i].is_string()) fail(item, "expected a string, got " + jsonForMessage(v[i]));
    out.push_back(v[i].get<std::string>());
    if (isBlankText(out.back())) fail(item, "has no words; allowed: a sentence to show");
    checkLessonText(item, out.back(), LessonLimits::kItemChars);
  }
  return out;
}

// "en", "vi", "pt_BR", "zh-Hant": two or three lower-case letters, optionally a region or script.
bool isLanguageCode(const std::string& code) {
  auto lower = [](char c) { return c >= 'a' && c <= 'z'; };
  auto letter = [&](char c) { return lower(c) || (c >= 'A' && c <= 'Z'); };
  std::size_t n = 0;
  while (n < code.size() && lower(code[n])) ++n;
  if (n < 2 || n > 3) return false;
  if (n == code.size()) return true;
  if (code[n] != '_' && code[n] != '-') return false;
  const std::size_t rest = code.size() - n - 1;
  if (rest < 2 || rest > 4) return false;
  for (std::size_t i = n + 1; i < code.size(); ++i)
    if (!letter(code[i])) return false;
  return true;
}

// One value (English) or an object of values keyed by language, plus the older key + "_vi".
template <class T>
Localized<T> getLocalized(const json& j, const std::string& key,
                          T (*parse)(const json&, const std::string&)) {
  Localized<T> out;
  if (j.contains(key)) {
    const json& v = j.at(key);
    if (!v.is_object()) {
      out.set("en", parse(v, key));
    } else {
      for (const auto& item : v.items()) {
        const std::string field = key + "." + item.key();
        if (!isLanguageCode(item.key()))
          fail(key, jsonForMessage(json(item.key())) +  // quoted, cut to ~80 bytes
                        " is not a language code; allowed: two or three lower-case letters "
                        "such as \"en\" or \"vi\"");
        out.set(item.key(), parse(item.value(), field));
      }
      if (!v.contains("en")) fail(key, "the English text \"en\" is missing");
    }
  }
  const std::string legacy = key + "_vi";
  if (j.contains(legacy)) {
    if (j.contains(key) && j.at(key).is_object() && j.at(key).contains("vi"))
      fail(legacy, "given twice, also as " + key + ".vi; keep one");
    out.set("vi", parse(j.at(legacy), legacy));
  }
  return out;
}

// A required text: present, with a non-blank English value (other languages fall back to it).
void requireText(const Localized<std::string>& t, const std::string& key, const json& j) {
  if (!j.contains(key)) fail(key, "missing; every lesson needs a \"" + key + "\" text");
  if (t.en().empty())  // asString refused a blank one already
    fail(j.at(key).is_object() ? key + ".en" : key, "is empty; allowed: words to show");
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

double getPace(const json& j) {
  if (!j.contains("pace")) return 0;
  const json& v = j.at("pace");
  const std::string allowed = "; allowed: " + paceChoicesText() + " (steps per second)";
  if (!v.is_number()) fail("pace", "expected a number, got " + jsonForMessage(v) + allowed);
  if (!isPaceChoice(v.get<double>())) fail("pace", jsonForMessage(v) + " is not allowed" + allowed);
  return v.get<double>();
}

// A short flat list as written ("[-0.001,1]"), anything else as jsonForMessage says it (never a
// whole nested value: dumping one thousands of levels deep overflowed the stack).
std::string axisForMessage(const json& v) {
  if (!v.is_array() || v.size() > 4) return jsonForMessage(v);
  std::string written = "[";
  for (std::size_t i = 0; i < v.size(); ++i) {
    if (v[i].is_structured()) return jsonForMessage(v);
    written += (i ? "," : "") + jsonForMessage(v[i]);
  }
  return written + "]";
}

void getLossAxis(const json& j, Lesson& l) {
  if (!j.contains("loss_axis")) return;
  const json& v = j.at("loss_axis");
  const char* allowed = "; allowed: [low, high], two finite numbers with low < high";
  if (!v.is_array() || v.size() != 2 || !v[0].is_number() || !v[1].is_number())
    fail("loss_axis", axisForMessage(v) + " is not allowed" + allowed);
  const double lo = v[0].get<double>(), hi = v[1].get<double>();
  if (!std::isfinite(lo) || !std::isfinite(hi) || !(lo < hi))
    fail("loss_axis", axisForMessage(v) + " is not allowed" + allowed);
  l.lossAxisLo = lo;
  l.lossAxisHi = hi;
}

// The gradient bars' range, for their log axis: positive, at least two decades.
void getBarsAxis(const json& j, Lesson& l) {
  if (!j.contains("bars_axis")) return;
  const json& v = j.at("bars_axis");
  const char* allowed =
      "; allowed: [low, high] for the bars' log axis, two finite numbers with low > 0 (at least "
      "1e-300) and high at least 100 × low (two decades)";
  if (!v.is_array() || v.size() != 2 || !v[0].is_number() || !v[1].is_number())
    fail("bars_axis", axisForMessage(v) + " is not allowed" + allowed);
  const double lo = v[0].get<double>(), hi = v[1].get<double>();
  if (!std::isfinite(lo) || !std::isfinite(hi) || !(lo >= kBarsAxisLowest) ||
      !(hi >= kBarsAxisDecades * lo * (1 - 1e-12)))  // [1e-300, 1e-298] is two decades
    fail("bars_axis", axisForMessage(v) + " is not allowed" + allowed);
  l.barsAxisLo = lo;
  l.barsAxisHi = hi;
}

template <class T>
json localizedToJson(const Localized<T>& t) {
  if (t.languages().size() == 1 && t.has("en")) return t.en();
  json out = json::object();
  for (const auto& [language, value] : t.languages()) out[language] = value;
  return out;
}

}  // namespace

const std::vector<std::string>& lessonKeys() {
  static const std::vector<std::string> keys = {
      "title",  "text", "formula",  "steps",   "pace",      "loss_axis", "bars_axis",
      "claims", "try",  "title_vi", "text_vi", "claims_vi", "try_vi"};
  return keys;
}

Lesson lessonFromJson(const json& j, const std::string& baseDir) {
  if (!j.is_object())
    throw ConfigError("a lesson must be a JSON object {…}, got " + std::string(j.type_name()));
  Lesson l;
  // Lesson fields first: a missing title is the more useful message for a half-written lesson.
  l.title = getLocalized(j, "title", asString);
  requireText(l.title, "title", j);
  l.text = getLocalized(j, "text", asString);
  requireText(l.text, "text", j);
  l.formula = getLocalized(j, "formula", asString);
  requireText(l.formula, "formula", j);
  l.steps = getSteps(j);
  l.pace = getPace(j);
  getLossAxis(j, l);
  getBarsAxis(j, l);
  l.claims = getLocalized(j, "claims", asStringList);
  l.tryHints = getLocalized(j, "try", asStringList);
  l.config = configFromJson(j, lessonKeys(), baseDir);
  return l;
}

json lessonToJson(const Lesson& l) {
  json j = configToJson(l.config);
  j["title"] = localizedToJson(l.title);
  j["text"] = localizedToJson(l.text);
  j["formula"] = localizedToJson(l.formula);
  if (l.steps > 0) j["steps"] = l.steps;
  if (l.pace > 0) j["pace"] = l.pace;
  if (l.hasLossAxis()) j["loss_axis"] = {l.lossAxisLo, l.lossAxisHi};
  if (l.hasBarsAxis()) j["bars_axis"] = {l.barsAxisLo, l.barsAxisHi};
  if (!l.claims.languages().empty()) j["claims"] = localizedToJson(l.claims);
  if (!l.tryHints.languages().empty()) j["try"] = localizedToJson(l.tryHints);
  return j;
}

Lesson loadLessonFile(const std::string& path) {
  const json j = readJsonFile(path);  // its errors already start with the path
  try {
    Lesson l = lessonFromJson(j, std::filesystem::path(path).parent_path().string());
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
