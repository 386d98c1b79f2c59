#include "experiment_file.h"

#include <exception>

#include "config_json.h"
#include "native_path.h"

namespace gs {

bool readExperimentFile(const QString& path, ExperimentFile* out, QString* error) {
  const std::string p = nativeFromPath(path);  // the bytes, also for a name that is not UTF-8
  try {
    const nlohmann::json j = readJsonFile(p);  // its messages start with the path
    ExperimentFile file;
    file.isLesson = j.is_object() && j.contains("title");
    if (file.isLesson) {
      file.lesson = loadLessonFile(p);
      file.config = file.lesson.config;
    } else {
      file.config = loadConfigFile(p);
    }
    if (out) *out = std::move(file);
    return true;
  } catch (const std::exception& e) {
    if (error) *error = QString::fromStdString(e.what());
    return false;
  }
}

}  // namespace gs
