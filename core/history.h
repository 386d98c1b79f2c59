// Per-step, per-layer history of the layer statistics: what the gradient-flow heatmap draws and
// the CSV export writes. Memory is bounded: fewer than maxColumns steps are kept; when full, every
// other column is dropped and from then on only every 2nd (4th, 8th, …) step is recorded, so the
// kept columns stay evenly spaced over the whole run (gs::ThinnedSeries).
#pragma once

#include <array>
#include <optional>
#include <string>
#include <vector>

#include "measure.h"
#include "snapshot.h"
#include "thinned_series.h"

namespace gs {

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
  int stride() const { return static_cast<int>(columns_.stride()); }  // snapshots per column
  long step(int column) const { return at(column).step; }
  double loss(int column) const { return at(column).loss; }
  double value(int layer, int column, Measure m) const;
  // One layer's values over all kept columns.
  std::vector<double> series(int layer, Measure m) const;
  const std::vector<ActivationKind>& activations() const { return activations_; }

 private:
  using Values = std::array<double, kMeasureCount>;
  struct Column {
    long step = 0;
    double loss = 0;
    std::vector<Values> layers;
  };
  const Column& at(int column) const {
    return columns_.items().at(static_cast<std::size_t>(column));
  }

  int maxColumns_;
  long offered_ = 0;  // snapshots offered since the last clear
  // At most maxColumns − 1 kept: reaching maxColumns thins at once.
  ThinnedSeries<Column> columns_;
  std::vector<ActivationKind> activations_;  // per layer, from the first snapshot
};

// "step,loss,layer,activation,<every measure id>": one line per kept column and layer (layer is
// the lesson's l = 1…L).
std::string historyCsv(const GradientHistory& history);
// "step,loss,layer_1,…,layer_L": one line per kept column, values of one measure.
std::string historyCsvWide(const GradientHistory& history, Measure m);

}  // namespace gs
