// Per-step, per-layer history of the layer statistics: what the gradient-flow heatmap draws and
// the CSV export writes. Memory is bounded: at most maxColumns steps are kept; when full, every
// other column is dropped and from then on only every 2nd (4th, 8th, …) step is recorded, so the
// kept columns stay evenly spaced over the whole run.
#pragma once

#include <array>
#include <optional>
#include <string>
#include <vector>

#include "snapshot.h"

namespace gs {

// The per-layer figures of LayerStats that a history can show.
enum class HistoryMeasure {
  WeightGradNorm,     // ‖∂L/∂W‖
  WeightGradMeanAbs,  // mean |∂L/∂W|
  BiasGradNorm,       // ‖∂L/∂b‖
  DeltaRms,           // RMS of δ = ∂L/∂z
  MeanDerivative,     // mean f′(z)
  DeadFraction,       // share of dead ReLU units
  SaturatedFraction,  // share of saturated units
  WeightNorm,         // ‖W‖
  UpdateRatio,        // ‖ΔW‖/‖W‖ of the update
  GradDataRatio,      // ‖∂L/∂W‖/‖W‖
  ActivationMean,     // mean of a
  ActivationStd,      // std of a
  PreActivationMean,  // mean of f's input (n or z)
  PreActivationStd    // std of f's input
};
constexpr int kHistoryMeasureCount = 14;

std::vector<HistoryMeasure> allHistoryMeasures();
std::string historyMeasureId(HistoryMeasure m);           // "weight_grad_norm"
std::string historyMeasureDisplayName(HistoryMeasure m);  // "‖∂L/∂W‖"
std::optional<HistoryMeasure> historyMeasureFromId(const std::string& id);
std::string historyMeasureIdList();
double measureOf(const LayerStats& stats, HistoryMeasure m);

class GradientHistory {
 public:
  static constexpr int kMinColumns = 2;
  static constexpr int kMaxColumns = 100000;
  // maxColumns outside kMinColumns … kMaxColumns throws std::invalid_argument naming it.
  explicit GradientHistory(int maxColumns = 400);

  // Records the snapshot when its turn comes (see the stride). A snapshot with a different number
  // of layers than the history holds starts a new history: a new network is a new run.
  void add(const Snapshot& snapshot);
  void clear();

  int maxColumns() const { return maxColumns_; }
  int columns() const { return static_cast<int>(columns_.size()); }
  int layers() const { return static_cast<int>(activations_.size()); }
  int stride() const { return stride_; }  // snapshots between two kept columns
  long step(int column) const { return columns_.at(static_cast<std::size_t>(column)).step; }
  double loss(int column) const { return columns_.at(static_cast<std::size_t>(column)).loss; }
  double value(int layer, int column, HistoryMeasure m) const;
  // One layer's values over all kept columns.
  std::vector<double> series(int layer, HistoryMeasure m) const;
  const std::vector<std::string>& activations() const { return activations_; }

 private:
  using Values = std::array<double, kHistoryMeasureCount>;
  struct Column {
    long step = 0;
    double loss = 0;
    std::vector<Values> layers;
  };
  void decimate();

  int maxColumns_;
  int stride_ = 1;
  long offered_ = 0;  // snapshots offered since the last clear
  std::vector<Column> columns_;
  std::vector<std::string> activations_;  // per layer, from the first snapshot
};

// "step,loss,layer,activation,<every measure id>": one line per kept column and layer (layer is
// the lesson's l = 1…L).
std::string historyCsv(const GradientHistory& history);
// "step,loss,layer_1,…,layer_L": one line per kept column, values of one measure.
std::string historyCsvWide(const GradientHistory& history, HistoryMeasure m);

}  // namespace gs
