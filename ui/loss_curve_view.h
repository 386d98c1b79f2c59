// Mini-batch loss per step (log-y optional) and, for classification, accuracy on a right axis.
#pragma once

#include <QVector>
#include <QWidget>

#include "worker_payloads.h"

class QCheckBox;
class QCustomPlot;
class QCPGraph;

namespace gs {

class LossCurveView : public QWidget {
  Q_OBJECT

 public:
  // Past this many points every other one is dropped, so a long run stays cheap to draw.
  static constexpr int kMaxPoints = 20000;

  explicit LossCurveView(QWidget* parent = nullptr);

  void addPoints(const QVector<LossPoint>& points);
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
  void thin();
  void updateRanges();

  QCustomPlot* plot_;
  QCheckBox* logBox_;
  QCPGraph* loss_ = nullptr;
  QCPGraph* accuracy_ = nullptr;
  bool logScale_ = false;
};

}  // namespace gs
