// The entries of ∂L/∂W, one histogram per layer, overlaid on one value axis (Glorot & Bengio
// 2010, fig. 7): each layer's own 40 bins drawn as a step line at their true positions, height =
// share of the layer's entries in the bin, coloured by depth (the theme's layer colours, with a
// colour scale). A
// layer whose gradient has vanished is a narrow spike at 0 next to the output layer's wide spread.
#pragma once

#include <QVector>
#include <QWidget>

#include "snapshot.h"

class QCustomPlot;
class QCPColorScale;
class QPen;

namespace gs {

struct PlotTheme;

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
  void applyTheme(const PlotTheme& theme);
  void addCurve(const QVector<double>& keys, const QVector<double>& values, const QPen& pen,
                int layer);

  QCustomPlot* plot_;
  QCPColorScale* scale_;
  double halfRange_ = 1.0;
  int layers_ = 0;
  QVector<int> graphLayers_;  // the 1-based layer of each graph
};

}  // namespace gs
