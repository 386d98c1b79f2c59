// One animation frame drawn from a plot without showing it, and the step number stamped on it.
#pragma once

#include <QColor>
#include <QImage>

class QCustomPlot;
class QWidget;

namespace gs::media {

// The plot laid out at (width ÷ zoom) × (height ÷ zoom) and drawn zoom times larger into a
// width × height RGB image (as gs::exportPlot does for a PNG), `background` behind (the theme's,
// so no other colour shows at an edge the plot leaves).
QImage plotFrame(QCustomPlot* plot, int width, int height, double zoom,
                 const QColor& background = Qt::white);

// "step 1234" in the top-right corner, `text` on a plate of `plate` (the theme's foreground and
// background), 11 pt × zoom, so every frame says which step it shows.
void stampStep(QImage& frame, long step, double zoom, const QColor& plate = Qt::white,
               const QColor& text = Qt::black);

}  // namespace gs::media
