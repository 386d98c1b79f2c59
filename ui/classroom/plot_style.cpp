#include "plot_style.h"

#include <qcustomplot.h>

namespace gs {

QCustomPlot* newPlot(QWidget* parent) {
  auto* plot = new QCustomPlot(parent);
  QLocale numbers = QLocale::c();
  numbers.setNumberOptions(QLocale::OmitGroupSeparator);
  plot->setLocale(numbers);
  return plot;
}

QCPColorGradient viridisGradient() {
  QCPColorGradient g;
  g.clearColorStops();
  g.setColorStopAt(0.00, QColor(0x44, 0x01, 0x54));
  g.setColorStopAt(0.25, QColor(0x3B, 0x52, 0x8B));
  g.setColorStopAt(0.50, QColor(0x21, 0x91, 0x8C));
  g.setColorStopAt(0.75, QColor(0x5E, 0xC9, 0x62));
  g.setColorStopAt(1.00, QColor(0xFD, 0xE7, 0x25));
  g.setNanHandling(QCPColorGradient::nhNanColor);
  g.setNanColor(QColor(0xDD, 0xDD, 0xDD));
  return g;
}

}  // namespace gs
