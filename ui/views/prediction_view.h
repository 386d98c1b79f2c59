// What the network learned: for 2-D datasets a map of P(class 1) with the data points on top,
// for 1-D regression the fitted curve over the data.
#pragma once

#include <QWidget>

#include "worker_payloads.h"

class QCustomPlot;
class QCPColorMap;
class QCPColorScale;
class QCPGraph;

namespace gs {

struct PlotTheme;

class PredictionView : public QWidget {
  Q_OBJECT

 public:
  explicit PredictionView(QWidget* parent = nullptr);

  void setPrediction(const Prediction& prediction);
  void clear();
  const Prediction& prediction() const { return prediction_; }
  // For a figure laid out at `layout` (a rendered file rather than the window): limits the map's
  // box to a square, so the two input axes keep one scale and circles stay round.
  void keepMapSquare(const QSize& layout);

  QCustomPlot* plot() const { return plot_; }
  QCPColorMap* map() const { return map_; }
  QCPGraph* curveGraph() const { return curve_; }
  QCPGraph* pointsGraph(int label) const { return label ? class1_ : class0_; }

 private:
  void applyTheme(const PlotTheme& theme);
  void setupPlot();
  void showMap(const Prediction& p);
  void showCurve(const Prediction& p);
  void keepAspect();  // a map: one unit as long across as up, the data centred

  QSize aspectFor_;  // the axis rect size keepAspect last fitted

  QCustomPlot* plot_;
  QCPColorMap* map_ = nullptr;
  QCPColorScale* scale_ = nullptr;
  QCPGraph* curve_ = nullptr;
  QCPGraph* class0_ = nullptr;
  QCPGraph* class1_ = nullptr;
  Prediction prediction_;
};

}  // namespace gs
