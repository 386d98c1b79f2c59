// The recently opened or saved configuration files (QSettings key "recentFiles"), newest first,
// at most kMax, shown as a submenu. A file that has gone missing is dropped when chosen, with a
// message.
#pragma once

#include <QObject>
#include <QStringList>

class QMenu;
class QWidget;

namespace gs {

class RecentFiles : public QObject {
  Q_OBJECT

 public:
  static constexpr int kMax = 8;
  static constexpr const char* kSettingsKey = "recentFiles";

  // Fills menu (and refills it on every change); messages are parented to dialogParent.
  RecentFiles(QMenu* menu, QWidget* dialogParent);

  QStringList files() const;
  void add(const QString& path);  // to the front; duplicates and the oldest beyond kMax dropped
  void remove(const QString& path);
  void clear();
  // Emits openRequested when the file exists; otherwise removes it and explains why.
  void choose(const QString& path);

 signals:
  void openRequested(const QString& path);

 private:
  void store(const QStringList& files);
  void rebuildMenu();

  QMenu* menu_;
  QWidget* dialogParent_;
};

}  // namespace gs
