// The keys a presenter remote sends, and the window's keyboard shortcuts in one list:
//   PageDown / PageUp   the walk-through's next / previous layer
//   B (or .)            blank the plots (a black screen over them), again to show them
//   Esc                 leave presentation mode
// Help ▸ Keyboard shortcuts shows shortcutsHtml(): every key of the window with what it does.
#pragma once

#include <QObject>
#include <QString>

class QAction;
class QWidget;

namespace gs {

class MainWindow;

class PresenterKeys : public QObject {
  Q_OBJECT

 public:
  explicit PresenterKeys(MainWindow& window);

  bool blanked() const;
  void setBlanked(bool on);

  // The table shown by Help ▸ Keyboard shortcuts (translated).
  static QString shortcutsHtml();
  static void showShortcuts(QWidget* parent);

 private:
  MainWindow& window_;
  QWidget* blank_;
};

}  // namespace gs
