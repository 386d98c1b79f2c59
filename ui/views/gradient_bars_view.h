// One bar per layer (input side left, output right) of a chosen gradient measure, on a log or a
// linear axis, with one dashed line over them — only ever named for what it is:
// - measure RMS δ: the true bound ∏ (max f′ · ‖W⁽ˡ⁺¹⁾‖₂) × the output bar (core/gradient_bound.h),
//   weights included, so no bar ever crosses it;
// - otherwise, when every hidden layer is sigmoid: the σ′-only reference 0.25ᵏ × output, which
//   ignores the weights (they can lift a bar above it) and is therefore not called a bound.
// "Lock axes" (right-click, as on the loss plot) keeps the value range across steps, runs, resets
// and lessons, so two lessons are compared on one scale (a lesson's "bars_axis" sets and locks
// it). A bar under a locked floor is not drawn: a ▼ at the floor marks its layer; a bar over the
// top is cut there and marked with a ▲; hovering either gives the value.
#pragma once

#include <QVector>
#include <QWidget>
#include <optional>
#include <utility>

#include "measure.h"
#include "snapshot.h"

class QAction;
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
  void setAxesLocked(bool on);          // as ticking Lock axes: keeps the range shown now
  bool axesLocked() const;
  QAction* lockAxesAction() const { return lockAction_; }
  // A lesson's "bars_axis": lo … hi on the log axis (0 … hi on a linear one); locks the axes.
  void setFixedRange(double lo, double hi);

  QCustomPlot* plot() const { return plot_; }
  ClipIndicator* clipIndicator() const { return clip_; }
  QCPBars* bars() const { return bars_; }
  QCPGraph* boundGraph() const { return bound_; }
  QCPGraph* zerosGraph() const { return zeros_; }  // crosses for layers at exactly 0
  QCPGraph* belowAxisGraph() const { return below_; }
  QVector<int> belowAxisLayers() const;  // layers (0 = input side) marked under a locked floor
  QVector<int> aboveAxisLayers() const;  // layers whose bar is cut at a locked top
  bool boundVisible() const;
  QVector<int> zeroLayers() const;  // layers (0 = input side) marked "exactly 0"
  QString noteText() const;         // the note shown instead of bars (no step yet, all 0), or ""
  QVector<double> barValues() const { return values_; }  // raw measure per layer, input first
  QString barToolTip(int index) const;                   // what hovering bar `index` shows
  QString boundToolTip() const;  // what hovering the line's legend entry shows
  bool boundIsTrueBound() const { return trueBound_; }  // the line is ∏ max f′·‖W‖₂ × output
  QString hoverTip(const QPoint& pos) const;  // at pos in the plot: a bar's, the bound's, or ""

 public slots:
  void resetAxes();  // unlocks and fits the bars again

 signals:
  void measureChanged(gs::Measure measure);
  void logScaleChanged(bool on);

 private:
  void applyTheme(const PlotTheme& theme);
  void setupPlot();
  void refresh();
  void updateBound();
  void updateAxes();
  void updateBars();  // the bars inside the range, markers for those outside it
  void updateZeros();
  void showHoverTip(QMouseEvent* event);

  QCustomPlot* plot_;
  QComboBox* measureBox_;
  QCheckBox* logBox_;
  QAction* lockAction_;  // in the plot's right-click menu (property "plotMenu")
  ClipIndicator* clip_ = nullptr;
  QCPBars* bars_ = nullptr;
  QCPBars* highlight_ = nullptr;
  QCPGraph* bound_ = nullptr;
  QCPGraph* zeros_ = nullptr;
  QCPGraph* below_ = nullptr;  // ▼ at the floor: a bar under a locked range
  QCPGraph* above_ = nullptr;  // ▲ at the top: a bar cut by a locked range
  QCPItemText* note_ = nullptr;
  Measure measure_ = Measure::WeightGradNorm;
  bool logScale_ = true;
  int highlighted_ = -1;
  Snapshot snapshot_;
  QVector<double> values_;
  bool trueBound_ = false;
  // While locked, the range (lower, upper) kept on the [linear, log] axis.
  std::optional<std::pair<double, double>> kept_[2];
};

}  // namespace gs
