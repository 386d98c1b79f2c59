#include "recent_files.h"

#include <QAction>
#include <QDir>
#include <QFileInfo>
#include <QMenu>
#include <QMessageBox>
#include <QSettings>

namespace gs {

RecentFiles::RecentFiles(QMenu* menu, QWidget* dialogParent)
    : QObject(menu), menu_(menu), dialogParent_(dialogParent) {
  rebuildMenu();
}

QStringList RecentFiles::files() const {
  QStringList list = QSettings().value(kSettingsKey).toStringList();
  list.removeAll(QString());
  while (list.size() > kMax) list.removeLast();
  return list;
}

void RecentFiles::store(const QStringList& files) {
  QSettings().setValue(kSettingsKey, files);
  rebuildMenu();
}

void RecentFiles::add(const QString& path) {
  const QString absolute = QFileInfo(path).absoluteFilePath();
  QStringList list = files();
  list.removeAll(absolute);
  list.prepend(absolute);
  while (list.size() > kMax) list.removeLast();
  store(list);
}

void RecentFiles::remove(const QString& path) {
  QStringList list = files();
  list.removeAll(path);
  store(list);
}

void RecentFiles::clear() { store({}); }

void RecentFiles::choose(const QString& path) {
  if (QFileInfo(path).isFile()) {
    emit openRequested(path);
    return;
  }
  remove(path);
  QMessageBox::warning(dialogParent_, tr("File not found"),
                       tr("%1 no longer exists, so it was removed from the recent files.")
                           .arg(QDir::toNativeSeparators(path)));
}

void RecentFiles::rebuildMenu() {
  menu_->clear();
  const QStringList list = files();
  for (int i = 0; i < list.size(); ++i) {
    const QString path = list[i];
    // &1 … &8: the digit is the keyboard accelerator.
    const QString label = tr("&%1 %2").arg(i + 1).arg(QFileInfo(path).fileName());
    QAction* action = menu_->addAction(label, this, [this, path] { choose(path); });
    action->setToolTip(QDir::toNativeSeparators(path));
    action->setStatusTip(QDir::toNativeSeparators(path));
  }
  if (list.isEmpty()) menu_->addAction(tr("(none yet)"))->setEnabled(false);
  menu_->addSeparator();
  QAction* clearAction = menu_->addAction(tr("&Clear the list"), this, &RecentFiles::clear);
  clearAction->setEnabled(!list.isEmpty());
}

}  // namespace gs
