// View ▸ Language: "System language", "English", "Tiếng Việt". The choice is stored in QSettings
// and takes effect when GradScope starts again; the menu offers to restart at once.
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
  // Stores the choice ("" = system) and asks whether to restart now.
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
