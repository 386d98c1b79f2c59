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
    const int room = QFontMetrics(item->font()).averageCharWidth() / 2 + 1;
    if (item->margins().right() != room) item->setMargins(QMargins(0, 0, room, 0));
    widths << item->minimumOuterSizeHint().width();
  }
  const QMargins m = legend->margins();
  const int columns =
      legendColumnsThatFit(widths, legend->columnSpacing(), available - m.left() - m.right());
  if (columns == legend->wrap() && legend->columnCount() <= columns) return;
  legend->setWrap(columns);
  legend->setFillOrder(QCPLayoutGrid::foColumnsFirst, true);  // re-lays the items out
}

void keepLegendInside(QCustomPlot* plot, QCPLegend* legend) {
  QObject::connect(plot, &QCustomPlot::beforeReplot, legend,
                   [plot, legend] { fitLegendToWidth(legend, plot->viewport().width()); });
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
