// A .json file from the command line, a drop or the Lessons menu: a lesson when it has a "title",
// else a plain configuration. Reading never throws; a bad file gives a message naming the file and
// the bad field.
#pragma once

#include <QString>

#include "config.h"
#include "lesson.h"

namespace gs {

struct ExperimentFile {
  bool isLesson = false;
  Lesson lesson;  // when isLesson
  Config config;  // always: the lesson's config or the file's
};

// False with the reason in *error (path first) when the file cannot be used.
bool readExperimentFile(const QString& path, ExperimentFile* out, QString* error);

}  // namespace gs
