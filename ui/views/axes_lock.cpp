#include "axes_lock.h"

#include <QAction>
#include <QCoreApplication>
#include <QSignalBlocker>
#include <QWidget>
#include <utility>

namespace gs {

QAction* addLockAxesAction(QWidget* view, std::function<void()> locked,
                           std::function<void()> unlocked) {
  auto* action = new QAction(QCoreApplication::translate("AxesLock", "&Lock axes"), view);
  action->setObjectName("lockAxes");
  action->setCheckable(true);
  action->setProperty("plotMenu", true);  // PlotContextMenus shows it
  action->setToolTip(QCoreApplication::translate(
      "AxesLock",
      "Keep the axes where they are, e.g. to compare two lessons on the same scale. Reset axes "
      "fits the data again."));
  QObject::connect(action, &QAction::toggled, view,
                   [locked = std::move(locked), unlocked = std::move(unlocked)](bool on) {
                     const std::function<void()>& run = on ? locked : unlocked;
                     if (run) run();
                   });
  return action;
}

void setLockedQuietly(QAction* lock, bool on) {
  const QSignalBlocker block(lock);
  lock->setChecked(on);
}

}  // namespace gs
