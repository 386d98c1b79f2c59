// View ▸ Language: "System language", "English", "Tiếng Việt". The choice is stored in QSettings;
// the lesson's explanation and the Lessons menu switch at once (MainWindow::setLanguage), the rest
// of the window when GradScope starts again, and the menu offers to restart at once.
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
  // Stores the choice ("" = system), switches the lesson text and asks whether to restart now.
  void choose(const QString& code);

 signals:
  void languageStored(const QString& code);

 private:
  MainWindow& window_;
  QMenu* menu_;
  QActionGroup* group_;
};

LanguageMenu* installLanguageMenu(MainWindow& window);

}  // namespace gs
