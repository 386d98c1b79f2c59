// One bar per layer (input side left, output right) of a chosen gradient measure, on a log or a
// linear axis, with one dashed line over them — only ever named for what it is:
// - measure RMS δ: the true bound ∏ (max f′ · ‖W⁽ˡ⁺¹⁾‖₂) × the output bar (core/gradient_bound.h),
//   weights included, so no bar ever crosses it;
// - otherwise, when every hidden layer is sigmoid: the σ′-only reference 0.25ᵏ × output, which
//   ignores the weights (they can lift a bar above it) and is therefore not called a bound.
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

class ClipIndicator;
struct PlotTheme;

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
  ClipIndicator* clipIndicator() const { return clip_; }
  QCPBars* bars() const { return bars_; }
  QCPGraph* boundGraph() const { return bound_; }
  QCPGraph* zerosGraph() const { return zeros_; }  // crosses for layers at exactly 0
  bool boundVisible() const;
  QVector<int> zeroLayers() const;  // layers (0 = input side) marked "exactly 0"
  QString noteText() const;         // the note shown instead of bars (no step yet, all 0), or ""
  QVector<double> barValues() const { return values_; }  // raw measure per layer, input first
  QString barToolTip(int index) const;                   // what hovering bar `index` shows
  QString boundToolTip() const;  // what hovering the line's legend entry shows
  bool boundIsTrueBound() const { return trueBound_; }  // the line is ∏ max f′·‖W‖₂ × output
  QString hoverTip(const QPoint& pos) const;  // at pos in the plot: a bar's, the bound's, or ""

 signals:
  void measureChanged(gs::Measure measure);
  void logScaleChanged(bool on);

 private:
  void applyTheme(const PlotTheme& theme);
  void setupPlot();
  void refresh();
  void updateBound();
  void updateAxes();
  void updateZeros();
  void showHoverTip(QMouseEvent* event);

  QCustomPlot* plot_;
  QComboBox* measureBox_;
  QCheckBox* logBox_;
  ClipIndicator* clip_ = nullptr;
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
  bool trueBound_ = false;
};

}  // namespace gs
