// A legend in its own row under a plot lays its items side by side while they fit the plot's
// width and wraps them into more rows when they do not (a 1280-pixel window, presentation mode's
// big fonts), so no entry is ever cut off at the widget's edge.
#pragma once

#include <QVector>

class QCPLegend;
class QCustomPlot;

namespace gs {

// How many side-by-side columns of items (their widths, spacing between columns) fit into
// available pixels: all when they fit, never fewer than one.
int legendColumnsThatFit(const QVector<int>& itemWidths, int spacing, int available);
// Lays legend out in legendColumnsThatFit columns for plot's current width.
void fitLegendToWidth(QCPLegend* legend, int available);
// Fits legend to plot's width before every replot (so also on resize and font changes).
void keepLegendInside(QCustomPlot* plot, QCPLegend* legend);
// Moves plot's legend out of the axis rect into its own row `row` under the plot (the data cover
// every corner of the axes), borderless, and keeps it fitted to the width.
void placeLegendBelow(QCustomPlot* plot, int row);

}  // namespace gs
