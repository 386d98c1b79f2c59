// Two runs side by side: their gradient bars on one shared log axis (left) and their loss curves
// on one log plot (right), each labelled with its config ("A: sigmoid, xavier_normal" /
// "B: relu, he_normal"). Fed per run: the latest snapshot and the run's GradientHistory (whose
// per-column loss is the loss curve). Training both runs on the same data and seed is the
// caller's job: give both configs the same dataset, samples, noise, batch and seed.
#pragma once

#include <QString>
#include <QWidget>

#include "config.h"
#include "history.h"
#include "snapshot.h"

class QCustomPlot;
class QCPAxisRect;
class QCPBars;
class QCPGraph;
class QCPItemText;

namespace gs {

struct PlotTheme;

class CompareView : public QWidget {
  Q_OBJECT

 public:
  enum Run { kRunA = 0, kRunB = 1 };

  explicit CompareView(QWidget* parent = nullptr);

  // label: what the legend shows after "A: " / "B: " — describeConfig() gives a good default.
  void setRunLabel(Run run, const QString& label);
  void setRun(Run run, const Snapshot& latest, const GradientHistory& history);
  void clearRun(Run run);
  void setMeasure(Measure measure);  // which per-layer figure the bars show

  // "ReLU, He/Kaiming normal" (display names, translated) plus what else matters for gradients:
  // α, init scale, residual, depth × width.
  static QString describeConfig(const Config& config);
  // describeConfig, plus the optimiser and learning rate when they differ from other's.
  static QString describeAgainst(const Config& config, const Config& other);

  QCustomPlot* plot() const { return plot_; }
  QCPBars* bars(Run run) const { return bars_[run]; }
  QCPGraph* lossGraph(Run run) const { return loss_[run]; }
  QString legendLabel(Run run) const;
  // The note in the bars panel: "B: every gradient is 0 (dead units)" for each run without a
  // single nonzero gradient (a dead ReLU chain: nothing to draw on the log axis); before either
  // run has trained, how to start; empty otherwise.
  QString note() const;

 private:
  void applyTheme(const PlotTheme& theme);
  void setupBars();
  void setupLoss();
  void setupLegend();
  void redraw();
  void redrawBars();

  QCustomPlot* plot_;
  QCPAxisRect* barRect_ = nullptr;
  QCPAxisRect* lossRect_ = nullptr;
  QCPBars* bars_[2] = {nullptr, nullptr};
  QCPGraph* loss_[2] = {nullptr, nullptr};
  QCPItemText* note_ = nullptr;
  QString labels_[2];
  Snapshot latest_[2];
  Measure measure_ = Measure::WeightGradNorm;
};

}  // namespace gs
