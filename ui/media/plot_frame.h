// One animation frame drawn from a plot without showing it, and the step number stamped on it.
#pragma once

#include <QImage>

class QCustomPlot;
class QWidget;

namespace gs::media {

// The plot laid out at (width ÷ zoom) × (height ÷ zoom) and drawn zoom times larger into a
// width × height RGB image (as gs::exportPlot does for a PNG), white behind.
QImage plotFrame(QCustomPlot* plot, int width, int height, double zoom);

// "step 1234" in the top-right corner on a white plate, text 11 pt × zoom, so every frame says
// which step it shows.
void stampStep(QImage& frame, long step, double zoom);

}  // namespace gs::media
