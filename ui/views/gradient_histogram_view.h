// The entries of ∂L/∂W by order of magnitude, one histogram per layer, overlaid on one axis of
// decades (after Glorot & Bengio 2010, fig. 7, whose linear axis would put every layer of a
// vanishing network but the last into one spike at 0): each layer's quarter-decade bins of
// log₁₀|∂L/∂W| drawn as a step line, height = share of the layer's entries in the bin, coloured by
// depth (the theme's layer colours, with a colour scale). A layer whose gradient has vanished sits
// decades left of the output layer. Entries exactly 0 (no logarithm) get their own slot at the
// left, labelled 0, behind a dashed line: one bar per layer, its share of the layer's entries.
#pragma once

#include <QVector>
#include <QWidget>

#include "snapshot.h"

class QCustomPlot;
class QCPBars;
class QCPGraph;
class QCPColorScale;
class QCPItemStraightLine;
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
  int curveCount() const;            // layers drawn
  QCPGraph* curve(int layer) const;  // layer `layer`'s (1-based) curve; nullptr when none
  // The decades the bins span, over every layer (the axis adds the zero slot left of them).
  double lowDecade() const { return lowDecade_; }
  double highDecade() const { return highDecade_; }
  double zeroSlotCentre() const { return zeroCentre_; }  // where the bars of exact zeros stand
  // The share of `layer`'s (1-based) entries that are exactly 0; 0 when none or not drawn.
  double zeroShare(int layer) const;

 private:
  void applyTheme(const PlotTheme& theme);
  void addCurve(const MagnitudeHistogram& h, int layer, int layers);
  void addZeroBar(double share, int layer, int layers, double slotWidth);
  void placeAxis(int layers);

  QCustomPlot* plot_;
  QCPColorScale* scale_;
  QCPItemStraightLine* separator_;
  double lowDecade_ = -3, highDecade_ = 0, zeroCentre_ = -4;
  int layers_ = 0;
  QVector<int> graphLayers_;  // the 1-based layer of each graph
  QVector<QCPBars*> zeroBars_;
  QVector<int> barLayers_;  // the 1-based layer of each zero bar
};

}  // namespace gs
