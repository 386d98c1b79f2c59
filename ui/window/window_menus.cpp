#include "window_menus.h"

#include "file_actions.h"
#include "help_menu.h"
#include "language_menu.h"
#include "presentation_mode.h"

namespace gs {

void installWindowMenus(MainWindow& window) {
  installFileActions(window);
  installPresentationMode(window);
  installLanguageMenu(window);
  installHelpMenu(window);
}

}  // namespace gs
