#pragma once

class QDockWidget;

namespace gs {

// View ▸ <panel> for a dock that may sit in a tab behind another: choosing it shows the panel in
// front of its tabs. Qt's own toggle would hide a panel that is open but behind a tab (it counts
// as shown), so a lecturer asking for the walk-through would make it vanish; here only a panel
// already in front is hidden.
void bringToFrontOnView(QDockWidget* dock);

}  // namespace gs
