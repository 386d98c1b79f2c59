// The entries of ∂L/∂W, one histogram per layer, overlaid on one value axis (Glorot & Bengio
// 2010, fig. 7): each layer's own 40 bins drawn as a step line at their true positions, height =
// share of the layer's entries in the bin, coloured by depth (viridis, with a colour scale). A
// layer whose gradient has vanished is a narrow spike at 0 next to the output layer's wide spread.
#pragma once

#include <QWidget>

#include "snapshot.h"

class QCustomPlot;
class QCPColorScale;

namespace gs {


class GradientHistogramView : public QWidget {
  Q_OBJECT

 public:
  explicit GradientHistogramView(QWidget* parent = nullptr);

  void setSnapshot(const Snapshot& snapshot);

  QCustomPlot* plot() const { return plot_; }
  QCPColorScale* colorScale() const { return scale_; }
  int curveCount() const;                          // layers drawn
  double halfRange() const { return halfRange_; }  // the value axis spans ± this

 private:
  QCustomPlot* plot_;
  QCPColorScale* scale_;
  double halfRange_ = 1.0;
};

}  // namespace gs
