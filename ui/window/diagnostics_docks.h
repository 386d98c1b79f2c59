// The diagnostics lecturers use beside the gradient bars, each in a dock tabified with the
// teaching panels: the update-to-data ratio ‖ΔW‖/‖W‖ per layer over the steps (log axis, 10⁻³
// line), the ∂L/∂W histograms per layer, and the activations' mean and std per layer over the steps
// (Glorot & Bengio 2010, fig. 2). Fed by ClassroomDocks at the window's frame rate.
#pragma once

#include <QObject>

#include "history.h"
#include "snapshot.h"

class QDockWidget;
class QMainWindow;
class QMenu;

namespace gs {

class GradientHistogramView;
class LayerSeriesView;

class DiagnosticsDocks : public QObject {
  Q_OBJECT

 public:
  explicit DiagnosticsDocks(QMainWindow* window);

  void showHistory(const GradientHistory& history);
  void showSnapshot(const Snapshot& snapshot);
  void clear();

  QList<QDockWidget*> docks() const { return {ratioDock_, histogramDock_, activationDock_}; }
  LayerSeriesView* updateRatios() const { return ratios_; }
  GradientHistogramView* gradientHistograms() const { return histograms_; }
  LayerSeriesView* activationMeans() const { return means_; }
  LayerSeriesView* activationStds() const { return stds_; }

 private:
  QDockWidget* addDock(const QString& title, const QString& name, QWidget* content);
  void refresh();  // hands what is stale to the views whose dock is visible

  QMainWindow* window_;
  LayerSeriesView* ratios_;
  GradientHistogramView* histograms_;
  LayerSeriesView* means_;
  LayerSeriesView* stds_;
  QDockWidget* ratioDock_ = nullptr;
  QDockWidget* histogramDock_ = nullptr;
  QDockWidget* activationDock_ = nullptr;
  GradientHistory history_;
  Snapshot snapshot_;
  bool ratiosStale_ = false, activationsStale_ = false, snapshotStale_ = false;
};

}  // namespace gs
