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
  for (int i = 0; i < legend->elementCount(); ++i)
    if (QCPLayoutElement* item = legend->elementAt(i))
      widths << item->minimumOuterSizeHint().width();
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

}  // namespace gs
