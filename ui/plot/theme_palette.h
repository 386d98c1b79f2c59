// The widgets' colours (QPalette) of each theme, so a widget drawn without the window — the
// walk-through table, the network diagram in `gradscope-cli render` — matches its plots.
#pragma once

#include <QPalette>

#include "plot_theme.h"

namespace gs {

// The palette for `colors`: `original` (the application's own palette) for Light, `original` with
// the window, text, base and button colours replaced for Dark and HighContrast.
QPalette themePalette(ThemeColors colors, const QPalette& original);

}  // namespace gs
