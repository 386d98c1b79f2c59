// gradscope-cli render: trains in-process, then draws the window's figures without a display.
#pragma once

#include <QApplication>
#include <memory>
#include <string>

#include "commands.h"

namespace gs::cli {

// Exit status: 0 written, 2 bad lesson/config/output, 3 diverged (the figures of the steps before
// are still written), 130 interrupted (nothing written).
int runRender(const CliRequest& request, Console& console);

// Starts Qt for drawing without a display (offscreen unless QT_QPA_PLATFORM says otherwise).
// Returns an empty string or why not.
std::string prepareRenderQt(std::unique_ptr<QApplication>& app);

}  // namespace gs::cli
