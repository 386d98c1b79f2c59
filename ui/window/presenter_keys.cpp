#include "presenter_keys.h"

#include <QAction>
#include <QDialog>
#include <QDialogButtonBox>
#include <QEvent>
#include <QMenu>
#include <QTextBrowser>
#include <QVBoxLayout>

#include "classroom_docks.h"
#include "main_window.h"
#include "presentation_mode.h"
#include "walkthrough_panel.h"

namespace gs {
namespace {

// Keeps the black cover exactly over the central widget (the four plots).
class CoverFollower : public QObject {
 public:
  CoverFollower(QWidget* cover, QWidget* under) : QObject(cover), cover_(cover) {
    under->installEventFilter(this);
  }
  bool eventFilter(QObject* watched, QEvent* event) override {
    if (event->type() == QEvent::Resize)
      cover_->setGeometry(static_cast<QWidget*>(watched)->rect());
    return false;
  }

 private:
  QWidget* cover_;
};

QAction* windowAction(MainWindow& window, const QString& name, const QList<QKeySequence>& keys) {
  auto* a = new QAction(&window);
  a->setObjectName(name);
  a->setShortcuts(keys);
  a->setShortcutContext(Qt::WindowShortcut);
  window.addAction(a);
  return a;
}

}  // namespace

PresenterKeys::PresenterKeys(MainWindow& window)
    : QObject(&window), window_(window), blank_(new QWidget(window.centralWidget())) {
  setObjectName("presenterKeys");
  blank_->setObjectName("blankScreen");
  blank_->setAutoFillBackground(true);
  blank_->setStyleSheet(QStringLiteral("background: black;"));
  blank_->setGeometry(window.centralWidget()->rect());
  blank_->hide();
  new CoverFollower(blank_, window.centralWidget());

  QAction* next = windowAction(window, "nextLayerKey", {QKeySequence(Qt::Key_PageDown)});
  QAction* previous = windowAction(window, "previousLayerKey", {QKeySequence(Qt::Key_PageUp)});
  QAction* blank =
      windowAction(window, "blankKey", {QKeySequence(Qt::Key_B), QKeySequence(Qt::Key_Period)});
  QAction* leave = windowAction(window, "leavePresentationKey", {QKeySequence(Qt::Key_Escape)});
  connect(next, &QAction::triggered, this,
          [this] { window_.parts().classroom->walkthrough()->next(); });
  connect(previous, &QAction::triggered, this,
          [this] { window_.parts().classroom->walkthrough()->previous(); });
  connect(blank, &QAction::triggered, this, [this] { setBlanked(!blanked()); });
  connect(leave, &QAction::triggered, this, [this] {
    if (PresentationMode* mode = window_.parts().presentation; mode->isOn())
      mode->setOn(false);
    else if (blanked())
      setBlanked(false);
  });
}

bool PresenterKeys::blanked() const { return blank_->isVisible(); }

void PresenterKeys::setBlanked(bool on) {
  blank_->setGeometry(window_.centralWidget()->rect());
  blank_->setVisible(on);
  if (on) blank_->raise();
}

QString PresenterKeys::shortcutsHtml() {
  const QList<QPair<QString, QString>> rows = {
      {tr("Space"), tr("Play / pause (at a lesson's end: continue)")},
      {tr("S"), tr("One training step")},
      {tr("R"), tr("Reset: fresh weights, same settings")},
      {tr("+ / −"), tr("Faster / slower pace (steps per second)")},
      {tr("F11"), tr("Presentation mode on / off")},
      {tr("E"), tr("Presentation mode on a small screen: the teaching panels, again: the plots")},
      {tr("Esc"), tr("Leave presentation mode; in the compare window: close it")},
      {tr("Page Down / Page Up"), tr("Walk-through: next / previous layer (presenter remote)")},
      {tr("B or ."), tr("Blank the plots / show them again (presenter remote)")},
      {tr("Ctrl+K"), tr("Compare two networks")},
      {tr("Ctrl+O / Ctrl+S"), tr("Open / save a configuration")},
      {tr("Ctrl+W"), tr("Close the compare window")},
      {tr("F1"), tr("This list")},
      {tr("Right-click a plot"), tr("Copy image, Export…, Reset axes")},
  };
  QString html = QStringLiteral("<h2>%1</h2><table cellpadding='4'>").arg(tr("Keyboard shortcuts"));
  for (const auto& [key, what] : rows)
    html += QStringLiteral("<tr><td><b>%1</b></td><td>%2</td></tr>")
                .arg(key.toHtmlEscaped(), what.toHtmlEscaped());
  return html + QStringLiteral("</table>");
}

void PresenterKeys::showShortcuts(QWidget* parent) {
  QDialog dialog(parent);
  dialog.setObjectName("shortcutsDialog");
  dialog.setWindowTitle(tr("Keyboard shortcuts"));
  auto* text = new QTextBrowser(&dialog);
  text->setHtml(shortcutsHtml());
  auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, &dialog);
  connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
  auto* layout = new QVBoxLayout(&dialog);
  layout->addWidget(text);
  layout->addWidget(buttons);
  dialog.resize(640, 480);
  dialog.exec();
}


}  // namespace gs
