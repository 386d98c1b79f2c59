// Everything the classroom needs around the window's own menus, in one call from MainWindow:
// File (open/save configuration, recent files, export), View ▸ Presentation mode (F11),
// View ▸ Language, and Help (About, Lessons).
#pragma once

namespace gs {

class MainWindow;

void installWindowMenus(MainWindow& window);

}  // namespace gs
