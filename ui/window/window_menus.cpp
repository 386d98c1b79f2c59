#include "window_menus.h"

#include "file_actions.h"
#include "help_menu.h"
#include "language_menu.h"
#include "plot_context_menu.h"
#include "presentation_mode.h"
#include "presenter_keys.h"

namespace gs {

void installWindowMenus(MainWindow& window) {
  installPlotContextMenus(window, *installFileActions(window));
  installPresentationMode(window);
  installLanguageMenu(window);
  installHelpMenu(window);
  installPresenterKeys(window);  // after Help exists: it adds Help ▸ Keyboard shortcuts
}

}  // namespace gs
