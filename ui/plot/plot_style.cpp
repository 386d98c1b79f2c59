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
  QObject::connect(plot, &QCustomPlot::beforeReplot, plot, [plot] { fitTickCounts(plot); });
  // The counts above were fitted to the axes' previous size; a layout that changed it needs one
  // more pass, or a window could keep counts fitted to a size it no longer has.
  QObject::connect(plot, &QCustomPlot::afterLayout, plot, [plot] {
    if (fitTickCounts(plot)) plot->replot(QCustomPlot::rpQueuedReplot);
  });
  return plot;
}

bool fitTickCounts(QCustomPlot* plot) {
  bool changed = false;
  for (QCPAxis* axis : plot->findChildren<QCPAxis*>()) {
    if (!axis->visible() || !axis->tickLabels() || !axis->axisRect()) continue;
    const QFontMetrics fm(axis->tickLabelFont());
    const bool horizontal = axis->orientation() == Qt::Horizontal;
    const int length = horizontal ? axis->axisRect()->width() : axis->axisRect()->height();
    if (auto layers = axis->ticker().dynamicCast<LayerTicker>()) {
      const int label = horizontal ? fm.horizontalAdvance(QStringLiteral("000")) : fm.height();
      changed = layers->setMaxLabels(std::max(2, length / (2 * label))) || changed;
      continue;
    }
    if (axis->ticker().dynamicCast<QCPAxisTickerText>()) continue;  // its own labels
    // A typical label: "0.000" across, one line up; at least its own size free between two.
    const int label = horizontal ? fm.horizontalAdvance(QStringLiteral("0.000")) : fm.height();
    const int count = std::clamp(length / (2 * label), 2, 5);
    if (count == axis->ticker()->tickCount()) continue;
    axis->ticker()->setTickCount(count);
    changed = true;
  }
  return changed;
}

LayerTicker::LayerTicker(int layers, int maxLabels) : layers_(layers), maxLabels_(maxLabels) {
  rebuild();
}

bool LayerTicker::setMaxLabels(int maxLabels) {
  if (maxLabels == maxLabels_) return false;
  maxLabels_ = maxLabels;
  rebuild();
  return true;
}

void LayerTicker::rebuild() {
  clear();
  const int every = std::max(1, (layers_ + maxLabels_ - 1) / std::max(1, maxLabels_));
  for (int i = 0; i < layers_; ++i)
    if (i == layers_ - 1)
      addTick(i + 1, QCoreApplication::translate("gs::LayerAxis", "out"));
    else if (((i + 1) % every == 0 || i == 0) && layers_ - 1 - i >= (every + 1) / 2)
      addTick(i + 1, QString::number(i + 1));  // not so close to "out" that they touch
}

QSharedPointer<LayerTicker> layerTicker(int layers) {
  return QSharedPointer<LayerTicker>::create(layers);
}

}  // namespace gs
