#include "legend_fit.h"

#include <qcustomplot.h>

#include <algorithm>

namespace gs {

int legendColumnsThatFit(const QVector<int>& itemWidths, int spacing, int available) {
  // Columns are as wide as their widest item; try the most columns first.
  for (int columns = int(itemWidths.size()); columns > 1; --columns) {
    QVector<int> widest(columns, 0);
    for (int i = 0; i < itemWidths.size(); ++i)
      widest[i % columns] = std::max(widest[i % columns], itemWidths[i]);
    int total = spacing * (columns - 1);
    for (int w : widest) total += w;
    if (total <= available) return columns;
  }
  return 1;
}

void fitLegendToWidth(QCPLegend* legend, int available) {
  QVector<int> widths;
  for (int i = 0; i < legend->elementCount(); ++i) {
    auto* item = qobject_cast<QCPAbstractLegendItem*>(legend->elementAt(i));
    if (!item) continue;
    // An item is drawn clipped to its rectangle, and the drawn text can come out a few pixels
    // wider than QFontMetrics measured it ("class 0" showed as "class C"): a little room.
    const QFontMetrics metrics(item->font());
    const int room = metrics.averageCharWidth() / 2 + 1;
    // A two-line entry's last line lost its descenders at the plot's bottom edge: room below.
    auto* plottable = qobject_cast<QCPPlottableLegendItem*>(item);
    const bool twoLines = plottable && plottable->plottable()->name().contains('\n');
    const QMargins margins(0, 0, room, twoLines ? metrics.descent() + 1 : 0);
    if (item->margins() != margins) item->setMargins(margins);
    widths << item->minimumOuterSizeHint().width();
  }
  const QMargins m = legend->margins();
  const int columns =
      legendColumnsThatFit(widths, legend->columnSpacing(), available - m.left() - m.right());
  // Items added to or taken from a wrapped legend leave holes (an empty column that still takes
  // its share of the width cut "class 0" to "class"): then it is laid out again, too.
  bool packed = true;
  for (int i = 0; i < widths.size(); ++i) packed = packed && legend->elementAt(i) != nullptr;
  if (packed && columns == legend->wrap() && legend->columnCount() <= columns) return;
  legend->setWrap(columns);
  legend->setFillOrder(QCPLayoutGrid::foColumnsFirst, true);  // re-lays the items out
}

namespace {

// The legend's share of the plot's width: all of it, less the other columns of the row it sits
// in (the decision map's colour scale).
int roomFor(QCustomPlot* plot, QCPLegend* legend) {
  QCPLayoutGrid* grid = plot->plotLayout();
  int row = -1, column = -1;
  for (int r = 0; r < grid->rowCount() && row < 0; ++r)
    for (int c = 0; c < grid->columnCount(); ++c)
      if (grid->hasElement(r, c) && grid->element(r, c) == legend) row = r, column = c;
  int room = plot->viewport().width();
  if (row < 0) return room;
  for (int c = 0; c < grid->columnCount(); ++c) {
    if (c == column) continue;
    int widest = 0;
    for (int r = 0; r < grid->rowCount(); ++r)
      if (grid->hasElement(r, c) && grid->element(r, c)->visible())
        widest = std::max(widest, grid->element(r, c)->outerRect().width());
    room -= widest + grid->columnSpacing();
  }
  return room;
}

}  // namespace

void keepLegendInside(QCustomPlot* plot, QCPLegend* legend) {
  QObject::connect(plot, &QCustomPlot::beforeReplot, legend,
                   [plot, legend] { fitLegendToWidth(legend, roomFor(plot, legend)); });
}

void placeLegendBelow(QCustomPlot* plot, int row) {
  plot->legend->setVisible(true);
  plot->legend->setFillOrder(QCPLayoutGrid::foColumnsFirst);
  plot->legend->setBorderPen(Qt::NoPen);
  plot->axisRect()->insetLayout()->take(plot->legend);
  plot->plotLayout()->addElement(row, 0, plot->legend);
  plot->plotLayout()->setRowStretchFactor(row, 0.001);
  keepLegendInside(plot, plot->legend);
}

}  // namespace gs
