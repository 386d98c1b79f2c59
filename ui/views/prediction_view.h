// What the network learned: for 2-D datasets a map of P(class 1) (two classes) or of the most
// likely class (K > 2, each in its colour) with the data points on top, for 1-D regression the
// fitted curve over the data. With point input on (the window), clicks on the map add and remove
// points (PointInput); a hint under the legend says what a left click adds.
#pragma once

#include <QWidget>
#include <vector>

#include "point_input.h"
#include "worker_payloads.h"

class QCustomPlot;
class QCPColorMap;
class QCPColorScale;
class QCPGraph;
class QCPItemPixmap;

namespace gs {

class FramedTextElement;
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
  QCPItemPixmap* classMap() const { return classMap_; }  // the K > 2 map
  QCPGraph* curveGraph() const { return curve_; }
  QCPGraph* pointsGraph(int label) const;  // class 0 … 7 (class 0: the data of a curve)
  PointInput* pointInput() const { return input_; }
  void setPointInputMode(PointInput::Mode mode);  // and the hint with it
  QString inputHint() const;                      // what the hint says, "" when input is off
  FramedTextElement* hintElement() const { return hint_; }  // in the layout while input is on

 private:
  void applyTheme(const PlotTheme& theme);
  void styleClassPoints(const PlotTheme& theme);
  void setupPlot();
  void showMap(const Prediction& p);
  void showClassMap(const Prediction& p);
  void showPoints(const Prediction& p);
  void showCurve(const Prediction& p);
  void showScale(bool on);  // the P(class 1) scale, in the layout only while shown
  void keepAspect();        // a map: one unit as long across as up, the data centred
  void updateHint();
  void showHint(bool show);
  void fitHint();

  QSize aspectFor_;  // the axis rect size keepAspect last fitted

  QCustomPlot* plot_;
  QCPColorMap* map_ = nullptr;
  QCPColorScale* scale_ = nullptr;
  QCPItemPixmap* classMap_ = nullptr;
  FramedTextElement* hint_ = nullptr;
  QCPGraph* curve_ = nullptr;
  std::vector<QCPGraph*> classes_;  // one per label, 0 … 7
  PointInput* input_ = nullptr;
  Prediction prediction_;
};

}  // namespace gs
