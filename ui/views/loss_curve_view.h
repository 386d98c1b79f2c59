// Mini-batch loss per step (log-y optional) and, for classification, accuracy on a right axis.
#pragma once

#include <QVector>
#include <QWidget>

#include "thinned_series.h"
#include "worker_payloads.h"

class QCheckBox;
class QCustomPlot;
class QCPGraph;

namespace gs {

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

  QCustomPlot* plot() const { return plot_; }
  QCPGraph* lossGraph() const { return loss_; }
  QCPGraph* accuracyGraph() const { return accuracy_; }

 signals:
  void logScaleChanged(bool on);

 private:
  void setupPlot();
  void redraw();  // both graphs from points_, after a thinning
  void updateRanges();

  QCustomPlot* plot_;
  QCheckBox* logBox_;
  QCPGraph* loss_ = nullptr;
  QCPGraph* accuracy_ = nullptr;
  bool logScale_ = false;
  long first_ = -1;  // the first step since clear(): the sampling grid starts there
  ThinnedSeries<LossPoint> points_{kMaxPoints};
};

}  // namespace gs
