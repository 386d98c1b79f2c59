#include "explanation_panel.h"

#include <QEvent>
#include <QLabel>
#include <QScrollArea>
#include <QScrollBar>
#include <QStyle>
#include <QTextBrowser>
#include <QVBoxLayout>
#include <algorithm>

#include "formula_html.h"

namespace gs {
namespace {

QString listHtml(const QString& heading, const std::vector<std::string>& items) {
  if (items.empty()) return {};
  QString li;
  for (const std::string& s : items)
    li += QStringLiteral("<li>%1</li>").arg(inlineFormulaHtml(QString::fromStdString(s)));
  return QStringLiteral("<h4>%1</h4><ul>%2</ul>").arg(heading.toHtmlEscaped(), li);
}

}  // namespace

ExplanationPanel::ExplanationPanel(QWidget* parent)
    : QWidget(parent),
      title_(new QLabel(this)),
      formula_(new QLabel(this)),
      formulaArea_(new QScrollArea(this)),
      body_(new QTextBrowser(this)) {
  applyFonts();
  title_->setWordWrap(true);
  formula_->setTextFormat(Qt::RichText);
  formula_->setAlignment(Qt::AlignCenter);
  formula_->setFrameShape(QFrame::StyledPanel);
  formula_->setMargin(6);
  formula_->setTextInteractionFlags(Qt::TextSelectableByMouse);
  // A formula wider than a narrow dock scrolls sideways instead of being cut off.
  formulaArea_->setWidget(formula_);
  formulaArea_->setWidgetResizable(true);  // centred while it fits
  formulaArea_->setFrameShape(QFrame::NoFrame);
  formulaArea_->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
  formulaArea_->setHorizontalScrollBarPolicy(Qt::ScrollBarAsNeeded);
  formulaArea_->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Fixed);
  body_->setOpenExternalLinks(false);
  body_->setFrameShape(QFrame::NoFrame);
  auto* layout = new QVBoxLayout(this);
  layout->addWidget(title_);
  layout->addWidget(formulaArea_);
  layout->addWidget(body_, 1);
  clear();
}

void ExplanationPanel::setLesson(const Lesson& lesson, const QString& language) {
  lesson_ = lesson;
  hasLesson_ = true;
  language_ = language;
  refresh();
}

void ExplanationPanel::setLanguage(const QString& language) {
  language_ = language;
  refresh();
}

void ExplanationPanel::clear() {
  hasLesson_ = false;
  refresh();
}

void ExplanationPanel::refresh() {
  if (!hasLesson_) {
    title_->setText(tr("No lesson open"));
    formulaArea_->setVisible(false);
    body_->setHtml(
        tr("<p>Open a lesson to see its explanation here.</p><p>Start with <b>Lessons ▸ The "
           "sigmoid chain</b> (lesson 1): one unit per layer, so the whole chain rule fits on one "
           "line and you can watch it shrink.</p>"));
    return;
  }
  const std::string lang = language_.toStdString();
  title_->setText(QString::fromStdString(lesson_.title.text(lang)));
  formula_->setText(formulaHtml(QString::fromStdString(lesson_.formula.text(lang))));
  formulaArea_->setVisible(!lesson_.formula.text(lang).empty());
  fitFormulaHeight();
  QString html = lessonTextHtml(QString::fromStdString(lesson_.text.text(lang)));
  html += listHtml(tr("What to look for"), lesson_.claims.text(lang));
  html += listHtml(tr("Try next"), lesson_.tryHints.text(lang));
  if (lesson_.steps > 0)
    html += QStringLiteral("<p><i>%1</i></p>")
                .arg(tr("Suggested: about %n training steps.", nullptr, lesson_.steps));
  body_->setHtml(html);
}

// Title and formula are sized relative to the panel's font, so they grow with it too (presentation
// mode enlarges the window's font; fonts set once would stay at their old size).
void ExplanationPanel::applyFonts() {
  QFont big = font();
  big.setPointSizeF(big.pointSizeF() * 1.4);
  big.setBold(true);
  title_->setFont(big);
}

void ExplanationPanel::changeEvent(QEvent* event) {
  QWidget::changeEvent(event);
  if (event->type() == QEvent::FontChange) {
    applyFonts();
    fitFormulaHeight();
  }
}

void ExplanationPanel::resizeEvent(QResizeEvent* event) {
  QWidget::resizeEvent(event);
  fitFormulaHeight();
}

// The formula at 1.25× the panel's font, shrunk (down to 0.8×) when that is wider than the panel
// — in presentation mode the whole chain rule stays in view; then its full height, plus the scroll
// bar's when even the smallest size is wider than the panel.
void ExplanationPanel::fitFormulaHeight() {
  const double base = font().pointSizeF();
  const int room = formulaArea_->width() - 2;
  QFont math = font();
  double points = base * 1.25;
  for (int tries = 0; tries < 3; ++tries) {  // the margins do not scale: a second try closes in
    math.setPointSizeF(points);
    formula_->setFont(math);
    const int width = formula_->sizeHint().width();
    if (room <= 0 || width <= room || points <= base * 0.8) break;
    points = std::max(base * 0.8, points * room / width);
  }
  const QSize hint = formula_->sizeHint();
  const bool scrolls = hint.width() > formulaArea_->width();
  const int bar = style()->pixelMetric(QStyle::PM_ScrollBarExtent, nullptr, formulaArea_);
  formulaArea_->setFixedHeight(hint.height() + (scrolls ? bar : 0));
}

QString ExplanationPanel::titleText() const { return title_->text(); }
QString ExplanationPanel::html() const { return body_->toHtml(); }

}  // namespace gs
