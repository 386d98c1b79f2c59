// The network diagram's links and unit discs written straight into an image's pixels. QPainter's
// stroker spends about 2 µs on a link (it makes spans and calls a blend function every few
// pixels) and 50 µs on an antialiased circle: 6 ms for the 2,352 links and 178 units of a
// 10 × 16 network, most of a repaint. Here each link is walked along its long axis, each disc
// over its box, and each pixel takes the colour in proportion to how much of it is covered —
// antialiased like QPainter's, a fraction of the time. For raster targets (the screen, PNGs);
// SVG and PDF keep QPainter's vectors.
#pragma once

#include <QImage>
#include <QPainter>

#include "network_diagram_layout.h"

namespace gs {

// Fills 0 … size with the background, draws the links over it weakest first (by width, then
// colour, the order of QPainter's pen groups) and the units' fills and outlines over them, and
// puts that on `painter` through `buffer`, an image at the painter's device resolution, when the
// painter rasterises without rotation or shear. Returns false having drawn nothing otherwise.
// A link's pixel takes the share of the link's cross-section along its row (a steep link) or
// column (a flat one) that it holds; a unit's pixel at distance r from the centre the share of
// [r − ½, r + ½] inside the fill's radius, and inside the outline's ring.
// Saturated hatches, dead rings, bands and texts are left to QPainter.
bool paintDiagramAsImage(QPainter& painter, const QSizeF& size, const DiagramLayout& layout,
                         const DiagramColours& colours, QImage& buffer);

}  // namespace gs
