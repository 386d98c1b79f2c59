// What every plot shares besides its theme (plot_theme.h): number formatting, tick counts that
// fit the room, and the layer axis.
#pragma once

#include <qcustomplot.h>

#include <QSharedPointer>

class QWidget;

namespace gs {

// A plot whose tick labels write numbers like the rest of the window (status bar, walk-through,
// lesson texts, max-slope label): "0.25", never "0,25" under a comma-decimal system locale; and
// before every replot, as many ticks as fit its axes at their font (fitTickCounts).
QCustomPlot* newPlot(QWidget* parent);

// Fewer ticks when an axis is short or its font large (presentation mode, a small screen): at most
// five, and no more than leave a label's width free between two labels.
// True when a count changed.
bool fitTickCounts(QCustomPlot* plot);

// Layer axis labels shared by every per-layer plot: 1 … n−1 (hidden layers, input side first),
// then "out"; every k-th label only, so that at most maxLabels are written.
class LayerTicker : public QCPAxisTickerText {
 public:
  explicit LayerTicker(int layers, int maxLabels = 20);
  int layers() const { return layers_; }
  bool setMaxLabels(int maxLabels);  // rebuilds the labels when the count changes (then true)

 private:
  void rebuild();
  int layers_;
  int maxLabels_;
};

QSharedPointer<LayerTicker> layerTicker(int layers);

}  // namespace gs
