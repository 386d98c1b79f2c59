// The Lessons menu: one entry per built-in lesson (resources/lessons/*.json, read with
// gs::loadLessonDirectory), an entry to open a lesson file, and — when some lesson files are bad —
// an entry that lists what is wrong with each, so a broken lesson is never silently missing.
#pragma once

#include <QHash>
#include <QMenu>
#include <QString>
#include <QStringList>
#include <vector>

#include "lesson.h"

namespace gs {

class LessonMenu : public QMenu {
  Q_OBJECT

 public:
  explicit LessonMenu(QWidget* parent = nullptr);

  // Reads every lesson in dir (gs::lessonsDir() by default) and rebuilds the entries.
  void reload(const QString& dir);
  void setLanguage(const QString& language);  // "vi" shows the Vietnamese titles

  const std::vector<Lesson>& lessons() const { return lessons_; }
  QStringList errors() const { return errors_; }
  QAction* lessonAction(const QString& id) const;  // the lesson's entry; null if unknown

 signals:
  void lessonChosen(const gs::Lesson& lesson);
  void openFileRequested(const QString& path);
  void problemsFound(const QString& message);  // once per reload that found bad files

 private:
  void rebuild();
  void showProblems();
  QString problemsText() const;

  std::vector<Lesson> lessons_;
  QStringList errors_;
  QHash<QString, QAction*> actionById_;  // lesson id → its entry, rebuilt with the menu
  QString language_ = QStringLiteral("en");
};

}  // namespace gs
