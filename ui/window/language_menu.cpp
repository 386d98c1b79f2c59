#include "language_menu.h"

#include <QActionGroup>
#include <QCoreApplication>
#include <QMenu>
#include <QMessageBox>

#include "live_translator.h"
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

// Everything switches at once: the lesson text (it has both languages at hand) and every menu,
// button, label and plot text (LiveTranslator); the lesson and the run stay.
void LanguageMenu::choose(const QString& code) {
  if (code == storedLanguage()) return;
  storeLanguage(code);
  emit languageStored(code);
  const QString language = uiLanguage();
  LiveTranslator* translator = LiveTranslator::instance();
  if (!translator) translator = LiveTranslator::install(*QCoreApplication::instance(), language);
  if (!translator->switchTo(language))
    QMessageBox::warning(
        &window_, tr("Language"),
        tr("No translation for %1 was found; the window stays as it is.").arg(language));
  window_.setLanguage(language);
}

}  // namespace gs
