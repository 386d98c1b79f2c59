// View ▸ Language: "System language", "English", "Tiếng Việt". The choice is stored in QSettings;
// the whole window switches at once (LiveTranslator, MainWindow::setLanguage), keeping the lesson
// and the run.
#pragma once

#include <QObject>

class QActionGroup;
class QMenu;

namespace gs {

class MainWindow;

class LanguageMenu : public QObject {
  Q_OBJECT

 public:
  explicit LanguageMenu(MainWindow& window);

  QMenu* menu() const { return menu_; }
  // Stores the choice ("" = system) and switches the whole window to it.
  void choose(const QString& code);

 signals:
  void languageStored(const QString& code);

 private:
  MainWindow& window_;
  QMenu* menu_;
  QActionGroup* group_;
};

}  // namespace gs
