// One bar per layer (input side left, output right) of a chosen gradient measure, on a log or a
// linear axis. When every hidden layer is sigmoid it overlays the lesson's bound: each sigmoid
// layer multiplies the backward signal by σ′ ≤ ¼, so k layers below the output the measure is
// at most about 0.25ᵏ × its value at the output layer (weights aside).
#pragma once

#include <QVector>
#include <QWidget>

#include "measure.h"
#include "snapshot.h"

class QCheckBox;
class QComboBox;
class QCustomPlot;
class QCPBars;
class QCPGraph;
class QCPItemText;
class QMouseEvent;

namespace gs {

class GradientBarsView : public QWidget {
  Q_OBJECT

 public:
  explicit GradientBarsView(QWidget* parent = nullptr);

  void setSnapshot(const Snapshot& snapshot);
  void clear();
  void setMeasure(Measure measure);
  Measure measure() const { return measure_; }
  void setLogScale(bool on);
  bool logScale() const { return logScale_; }
  void setHighlightedLayer(int index);  // -1: none; used by the backprop walk-through

  QCustomPlot* plot() const { return plot_; }
  QCPBars* bars() const { return bars_; }
  QCPGraph* boundGraph() const { return bound_; }
  QCPGraph* zerosGraph() const { return zeros_; }  // crosses for layers at exactly 0
  bool boundVisible() const;
  QVector<int> zeroLayers() const;  // layers (0 = input side) marked "exactly 0"
  QString noteText() const;         // the note shown instead of bars (no step yet, all 0), or ""
  QVector<double> barValues() const { return values_; }  // raw measure per layer, input first
  QString barToolTip(int index) const;                   // what hovering bar `index` shows
  QString boundToolTip() const;               // what hovering the bound's legend entry shows
  QString hoverTip(const QPoint& pos) const;  // at pos in the plot: a bar's, the bound's, or ""

 signals:
  void measureChanged(gs::Measure measure);
  void logScaleChanged(bool on);

 private:
  void setupPlot();
  void refresh();
  void updateBound();
  void updateAxes();
  void updateZeros();
  void showHoverTip(QMouseEvent* event);

  QCustomPlot* plot_;
  QComboBox* measureBox_;
  QCheckBox* logBox_;
  QCPBars* bars_ = nullptr;
  QCPBars* highlight_ = nullptr;
  QCPGraph* bound_ = nullptr;
  QCPGraph* zeros_ = nullptr;
  QCPItemText* note_ = nullptr;
  Measure measure_ = Measure::WeightGradNorm;
  bool logScale_ = true;
  int highlighted_ = -1;
  Snapshot snapshot_;
  QVector<double> values_;
};

}  // namespace gs
