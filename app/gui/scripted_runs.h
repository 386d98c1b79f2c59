// Non-interactive runs of the real window: a README screenshot and the GUI-stall measurement.
#pragma once

#include "gui_options.h"
#include "main_window.h"

namespace gs {

// Trains options.steps steps, grabs the window and saves it to options.screenshot. Exit code.
int runScreenshot(MainWindow& window, const GuiOptions& options);
// Trains for options.measureSeconds while a 5 ms timer probes the GUI thread; prints the figures.
int runStallMeasurement(MainWindow& window, const GuiOptions& options);

}  // namespace gs
