#include "plot_style.h"

#include <qcustomplot.h>

#include <QCoreApplication>
#include <algorithm>

namespace gs {

QCustomPlot* newPlot(QWidget* parent) {
  auto* plot = new QCustomPlot(parent);
  QLocale numbers = QLocale::c();
  numbers.setNumberOptions(QLocale::OmitGroupSeparator);
  plot->setLocale(numbers);
  return plot;
}

QSharedPointer<QCPAxisTickerText> layerTicker(int layers) {
  auto ticker = QSharedPointer<QCPAxisTickerText>::create();
  const int every = std::max(1, (layers + 19) / 20);
  for (int i = 0; i < layers; ++i)
    if (i == layers - 1)
      ticker->addTick(i + 1, QCoreApplication::translate("gs::LayerAxis", "out"));
    else if ((i + 1) % every == 0 || i == 0)
      ticker->addTick(i + 1, QString::number(i + 1));
  return ticker;
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
