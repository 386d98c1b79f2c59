#include "language_menu.h"

#include <QActionGroup>
#include <QCoreApplication>
#include <QMenu>
#include <QMessageBox>
#include <QProcess>
#include <QPushButton>

#include "main_window.h"
#include "translator_setup.h"

namespace gs {

LanguageMenu::LanguageMenu(MainWindow& window)
    : QObject(&window),
      window_(window),
      menu_(new QMenu(tr("&Language"), &window)),
      group_(new QActionGroup(this)) {
  setObjectName("languageMenu");
  menu_->setObjectName("languageMenu");
  const QString stored = storedLanguage();
  auto add = [this, &stored](const QString& label, const QString& code) {
    QAction* a = menu_->addAction(label);
    a->setObjectName(QStringLiteral("language_") +
                     (code.isEmpty() ? QStringLiteral("system") : code));
    a->setCheckable(true);
    a->setChecked(code == stored);
    group_->addAction(a);
    connect(a, &QAction::triggered, this, [this, code] { choose(code); });
  };
  add(tr("System language"), QString());
  menu_->addSeparator();
  for (const UiLanguage& l : uiLanguages()) add(l.nativeName, l.code);
}

void LanguageMenu::choose(const QString& code) {
  if (code == storedLanguage()) return;
  storeLanguage(code);
  emit languageStored(code);
  // The lesson's text has both languages at hand, so it switches now; the rest of the window's
  // strings were translated when it was built.
  window_.setLanguage(uiLanguage());
  QMessageBox box(QMessageBox::Information, tr("Language"),
                  tr("The lesson text is shown in the new language now. Menus, buttons and "
                     "labels change when GradScope starts again."),
                  QMessageBox::NoButton, &window_);
  QPushButton* restart = box.addButton(tr("Restart now"), QMessageBox::AcceptRole);
  box.addButton(tr("Later"), QMessageBox::RejectRole);
  box.exec();
  if (box.clickedButton() != restart) return;
  // The window saves its settings when it closes; the new process reads them.
  QStringList arguments = QCoreApplication::arguments().mid(1);
  if (QProcess::startDetached(QCoreApplication::applicationFilePath(), arguments))
    window_.close();
  else
    QMessageBox::warning(&window_, tr("Language"),
                         tr("GradScope could not restart itself; please start it again."));
}

LanguageMenu* installLanguageMenu(MainWindow& window) {
  auto* languages = new LanguageMenu(window);
  if (QMenu* view = window.viewMenu()) view->addMenu(languages->menu());
  return languages;
}

}  // namespace gs
