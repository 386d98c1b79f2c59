// The lesson's words next to the plots: title, key formula (rendered, not LaTeX source), text,
// what to look for and what to try next. English or Vietnamese, as the lesson provides.
#pragma once

#include <QString>
#include <QWidget>

#include "lesson.h"

class QLabel;
class QScrollArea;
class QTextBrowser;

namespace gs {

class ExplanationPanel : public QWidget {
  Q_OBJECT

 public:
  explicit ExplanationPanel(QWidget* parent = nullptr);

  // language: "vi" shows the Vietnamese variant where the lesson has one, anything else English.
  void setLesson(const Lesson& lesson, const QString& language = QStringLiteral("en"));
  void setLanguage(const QString& language);
  void clear();

  QString titleText() const;  // the shown title, plain text
  QString html() const;       // the body as HTML, for export and tests
  QTextBrowser* body() const { return body_; }
  QLabel* formula() const { return formula_; }
  QScrollArea* formulaArea() const { return formulaArea_; }  // scrolls a formula wider than it

 protected:
  void changeEvent(QEvent* event) override;
  void resizeEvent(QResizeEvent* event) override;

 private:
  void refresh();
  void fitFormulaHeight();
  void applyFonts();

  QLabel* title_;
  QLabel* formula_;
  QScrollArea* formulaArea_;
  QTextBrowser* body_;
  Lesson lesson_;
  bool hasLesson_ = false;
  QString language_ = QStringLiteral("en");
};

}  // namespace gs
