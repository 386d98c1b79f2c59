#include "recording_menu.h"

#include <QMenu>
#include <QToolBar>

#include "main_window.h"
#include "record_controller.h"

namespace gs {

RecordController* installRecording(MainWindow& window) {
  auto* controller = new RecordController(&window);
  window.trainingMenu()->addSeparator();
  window.trainingMenu()->addAction(controller->action());
  if (auto* toolbar = window.findChild<QToolBar*>("trainingToolbar")) {
    toolbar->addSeparator();
    toolbar->addAction(controller->action());
  }
  QObject::connect(&window, &MainWindow::snapshotShown, controller,
                   [controller](const Snapshot& s) { controller->observeStep(s.step); });
  return controller;
}

}  // namespace gs
