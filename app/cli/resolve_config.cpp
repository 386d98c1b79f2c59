// resolveConfigFile (cli_args.h): run A from --config / --lesson / --data and the settings flags,
// then run B of render's compare figure from A and the --b- flags.
#include "cli_args.h"
#include "cli_values.h"
#include "compare_b_flags.h"
#include "config_json.h"
#include "data_csv.h"
#include "lesson.h"
#include "settings_flags.h"

namespace gs::cli {

namespace {

// --data FILE.csv into the config; "" or the file's one-line message (path, line, reason).
std::string readDataFlag(CliRequest& r) {
  if (r.dataPath.empty()) return {};
  try {
    r.config.useData(std::make_shared<PointSet>(loadCsvPoints(r.dataPath)));
    return {};
  } catch (const std::exception& e) {
    return fileMessage("--data", r.dataPath, e.what());
  }
}

// Run A's config from the files and the settings flags.
std::string resolveRunA(CliRequest& r) {
  const bool lesson = !r.lessonPath.empty();
  if (r.configPath.empty() && !lesson) {
    if (r.dataPath.empty()) return {};
    try {
      if (std::string error = readDataFlag(r); !error.empty()) return error;
      bool alphaGiven = false;
      for (const auto& [setting, value] : r.settings) {  // --classes over the data's K
        alphaGiven = alphaGiven || setting == "--alpha";
        applySetting(r.config, setting, value);  // each was accepted while parsing
      }
      const std::string error = validationMessage(r.config, alphaGiven);
      return error.empty() ? error
                           : "--data " + shortPath(r.dataPath) + " with the flags: " + error;
    } catch (const std::exception& e) {
      return fileMessage("--data", r.dataPath, e.what());
    }
  }
  const std::string flag = lesson ? "--lesson" : "--config";
  const std::string& path = lesson ? r.lessonPath : r.configPath;
  try {
    if (lesson) {
      const Lesson l = loadLessonFile(path);
      r.config = l.config;
      if (!r.stepsGiven && l.steps > 0) {
        r.steps = l.steps;
        r.stepsGiven = true;
      }
    } else {
      // A lesson file is a config with teaching fields, which a config read ignores.
      r.config = loadConfigFile(path, lessonKeys());
    }
    if (std::string error = readDataFlag(r); !error.empty()) return error;
    const ActivationKind fileActivation = r.config.activation;
    bool alphaGiven = false;
    for (const auto& [setting, value] : r.settings) {
      alphaGiven = alphaGiven || setting == "--alpha";
      const std::string error = applySetting(r.config, setting, value);
      if (!error.empty()) return error;
    }
    // The file's alpha belongs to the file's activation (a sigmoid config stores alpha 0): a
    // different --activation without --alpha starts from that activation's own default.
    if (r.config.activation != fileActivation && !alphaGiven) r.config.alpha = -1.0;
    const std::string error = validationMessage(r.config, alphaGiven);
    return error.empty() ? error : flag + " " + shortPath(path) + " with the flags: " + error;
  } catch (const std::exception& e) {
    return fileMessage(flag, path, e.what());
  }
}

}  // namespace

std::string resolveConfigFile(CliRequest& r) noexcept {
  const std::string error = resolveRunA(r);  // its files' errors are caught there
  try {
    return error.empty() ? resolveRunB(r) : error;
  } catch (...) {
    return "internal error while resolving run B";
  }
}

}  // namespace gs::cli
