#include "dock_view_action.h"

#include <QAction>
#include <QDockWidget>
#include <memory>

namespace gs {

void bringToFrontOnView(QDockWidget* dock) {
  // Whether the panel was in front before the toggle hid it: visibilityChanged(false) also comes
  // when a tab goes behind another, but then the dock is not hidden.
  auto inFront = std::make_shared<bool>(dock->isVisible() && !dock->visibleRegion().isEmpty());
  QObject::connect(dock, &QDockWidget::visibilityChanged, dock, [dock, inFront](bool visible) {
    if (!dock->isHidden()) *inFront = visible;
  });
  QObject::connect(dock->toggleViewAction(), &QAction::triggered, dock, [dock, inFront](bool on) {
    if (on || !*inFront) {  // asked for, or open but behind a tab: show it in front
      dock->show();
      dock->raise();
      *inFront = true;
    }
  });
}

}  // namespace gs
