// Where the units of one layer actually sit: the histogram of its pre-activations z (all units ×
// the batch) drawn over the activation f(z) and its derivative f′(z), with the layer's dead and
// saturated shares as its title (broken after the layer's name when too wide); below it, a compact
// bar chart of dead % and saturated % for every layer. Curve values come from gs::Activation,
// counts from the snapshot.
#pragma once

#include <QWidget>

#include "activation.h"
#include "snapshot.h"

class QCustomPlot;
class QCPBars;
class QCPBarsGroup;
class QCPGraph;
class QCPTextElement;
class QSpinBox;

namespace gs {

struct PlotTheme;

class PreActivationView : public QWidget {
  Q_OBJECT

 public:
  explicit PreActivationView(QWidget* parent = nullptr);

  // alpha: the run's leaky ReLU / ELU parameter (negative = the activation's default).
  void setSnapshot(const Snapshot& snapshot, double alpha = -1.0);
  // Core layer index (0 = next to the input). Out of range is clamped to the snapshot's layers;
  // the layer asked for is kept across snapshots and resets (a deeper network shows it again).
  void setLayer(int layer);
  // Back to the default: the last hidden layer, where dead ReLUs show first (the output layer of
  // a one-layer network).
  void followLastHiddenLayer();
  int layer() const { return layer_; }

  QCustomPlot* plot() const { return plot_; }            // histogram over the curves
  QCustomPlot* summaryPlot() const { return summary_; }  // dead / saturated per layer
  QCPBars* histogramBars() const { return histogram_; }
  QCPBars* deadBars() const { return dead_; }
  QCPBars* saturatedBars() const { return saturated_; }
  QString statusText() const;  // "layer 3 (sigmoid): dead 0 %, saturated 12 %"
  QCPTextElement* statusElement() const { return status_; }  // statusText(), in two lines if narrow

 signals:
  void layerChanged(int layer);

 private:
  void applyTheme(const PlotTheme& theme);
  void setupPlot();
  void setupSummary();
  void showWanted();  // layer_ = wanted_, clamped to the snapshot; redraws
  void redrawLayer();
  void redrawSummary();

  QCustomPlot* plot_;
  QCustomPlot* summary_;
  QSpinBox* layerBox_;
  QCPBars* histogram_ = nullptr;
  QCPGraph* value_ = nullptr;
  QCPGraph* derivative_ = nullptr;
  QCPTextElement* status_ = nullptr;
  QCPBars* dead_ = nullptr;
  QCPBars* saturated_ = nullptr;
  QCPBarsGroup* pair_ = nullptr;  // dead and saturated side by side, when a network has both
  Snapshot snapshot_;
  double alpha_ = -1.0;
  int layer_ = 0;    // shown
  int wanted_ = -1;  // asked for; −1: the last hidden layer
};

}  // namespace gs
