#include "lesson_menu.h"

#include <QFileDialog>
#include <QMessageBox>

namespace gs {

LessonMenu::LessonMenu(QWidget* parent) : QMenu(tr("&Lessons"), parent) {
  setObjectName("lessonsMenu");
  setToolTipsVisible(true);
}

void LessonMenu::reload(const QString& dir) {
  const LessonSet set = loadLessonDirectory(dir.toStdString());
  lessons_ = set.lessons;
  errors_.clear();
  for (const std::string& e : set.errors) errors_ << QString::fromStdString(e);
  rebuild();
  if (!errors_.isEmpty()) emit problemsFound(problemsText());
}

void LessonMenu::setLanguage(const QString& language) {
  language_ = language;
  rebuild();
}

QAction* LessonMenu::lessonAction(const QString& id) const {
  return actionById_.value(id, nullptr);
}

void LessonMenu::rebuild() {
  for (QAction* a : actions()) {
    removeAction(a);
    if (a->parent() == this) a->deleteLater();
  }
  actionById_.clear();
  const std::string lang = language_.toStdString();
  for (std::size_t i = 0; i < lessons_.size(); ++i) {
    const Lesson& lesson = lessons_[i];
    auto* action = new QAction(
        tr("&%1. %2").arg(i + 1).arg(QString::fromStdString(lesson.title.text(lang))), this);
    action->setObjectName(QStringLiteral("lesson:") + QString::fromStdString(lesson.id));
    action->setToolTip(QString::fromStdString(lesson.path));
    connect(action, &QAction::triggered, this, [this, i] {
      if (i < lessons_.size()) emit lessonChosen(lessons_[i]);
    });
    addAction(action);
    actionById_.insert(QString::fromStdString(lesson.id), action);
  }
  if (lessons_.empty()) addAction(tr("(no lessons found)"))->setEnabled(false);
  addSeparator();
  QAction* open = addAction(tr("Open lesson &file…"), this, [this] {
    const QString path = QFileDialog::getOpenFileName(this, tr("Open lesson"), QString(),
                                                      tr("GradScope lesson (*.json)"));
    if (!path.isEmpty()) emit openFileRequested(path);
  });
  open->setObjectName("openLessonFile");
  if (!errors_.isEmpty()) {
    QAction* problems =
        addAction(tr("%n lesson file(s) could not be read…", "", int(errors_.size())), this,
                  &LessonMenu::showProblems);
    problems->setObjectName("lessonProblems");
  }
}

QString LessonMenu::problemsText() const {
  return tr("These lesson files could not be read:\n%1").arg(errors_.join('\n'));
}

void LessonMenu::showProblems() {
  QMessageBox::warning(this, tr("Lesson problems"), problemsText());
}

}  // namespace gs
