// Mini-batch loss per step (log-y optional) and, for classification, accuracy on a right axis.
// Both are smoothed by default as TensorBoard does (a debiased EMA, ema_smoothing.h) with the raw
// curve faint behind; "Lock axes" (right-click) keeps the current ranges (to compare two lessons
// on one scale).
#pragma once

#include <QPen>
#include <QVector>
#include <QWidget>

#include "thinned_series.h"
#include "worker_payloads.h"

class QAction;
class QCheckBox;
class QDoubleSpinBox;
class QCustomPlot;
class QCPGraph;

namespace gs {

struct PlotTheme;

class LossCurveView : public QWidget {
  Q_OBJECT

 public:
  // Past this many points the view keeps every second step it kept before (and from then on
  // takes only those), so a long run stays cheap to draw and evenly sampled from start to end
  // (gs::ThinnedSeries).
  static constexpr int kMaxPoints = 20000;

  explicit LossCurveView(QWidget* parent = nullptr);

  void addPoints(const QVector<LossPoint>& points);
  long stride() const { return points_.stride(); }  // one point kept per `stride` steps
  void clear();
  void setLogScale(bool on);
  bool logScale() const { return logScale_; }
  // Smoothing weight in [0, 0.99]; 0 turns smoothing off (the raw curves drawn in full).
  static constexpr double kDefaultSmoothing = 0.9;
  void setSmoothing(double weight);
  double smoothing() const;
  void setAxesLocked(bool on);
  bool axesLocked() const;
  QAction* lockAxesAction() const { return lockAction_; }
  // Fixed ranges (a lesson's "axes"): steps 0 … maxStep, loss lo … hi; locks the axes.
  void setFixedRanges(double maxStep, double lossLo, double lossHi);

  QCustomPlot* plot() const { return plot_; }
  QCPGraph* lossGraph() const { return loss_; }
  QCPGraph* accuracyGraph() const { return accuracy_; }
  QCPGraph* smoothLossGraph() const { return smoothLoss_; }
  QCPGraph* smoothAccuracyGraph() const { return smoothAccuracy_; }

 public slots:
  void resetAxes();  // unlocks and fits the data again

 signals:
  void logScaleChanged(bool on);

 private:
  void applyTheme(const PlotTheme& theme);
  void applyCurvePens();  // the theme's pens, faint behind the smoothed curves
  void setupPlot();
  void redraw();  // both graphs from points_, after a thinning
  void updateRanges();
  void updateSmoothed();

  QCustomPlot* plot_;
  QCheckBox* logBox_;
  QCheckBox* smoothBox_;
  QDoubleSpinBox* smoothWeight_;
  QAction* lockAction_;  // in the plot's right-click menu (property "plotMenu")
  QCPGraph* loss_ = nullptr;
  QCPGraph* accuracy_ = nullptr;
  QCPGraph* smoothLoss_ = nullptr;
  QCPGraph* smoothAccuracy_ = nullptr;
  QPen lossPen_, accuracyPen_;  // the theme's, for the raw curves
  QColor background_ = Qt::white;  // the theme's, the raw curves fade toward it
  bool logScale_ = false;
  long first_ = -1;  // the first step since clear(): the sampling grid starts there
  ThinnedSeries<LossPoint> points_{kMaxPoints};
};

}  // namespace gs
