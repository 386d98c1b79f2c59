// The start of `gradscope-cli render` (figures and --animate): Qt without a display, the figures'
// language and their theme.
#pragma once

#include <QApplication>
#include <memory>
#include <string>

#include "cli_args.h"

namespace gs::cli {

// Starts Qt for drawing without a display (offscreen unless QT_QPA_PLATFORM says otherwise).
// Returns an empty string or why not.
std::string prepareRenderQt(std::unique_ptr<QApplication>& app);

// prepareRenderQt, then the figures' language (--lang, else the environment's) and --theme: the
// plot theme every view follows and the widgets' palette (walk-through, network diagram).
std::string startRenderQt(std::unique_ptr<QApplication>& app, const RenderOptions& options);

}  // namespace gs::cli
