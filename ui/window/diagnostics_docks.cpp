#include "diagnostics_docks.h"

#include <QDockWidget>
#include <QLabel>
#include <QMainWindow>
#include <QMenu>
#include <QVBoxLayout>

#include "gradient_histogram_view.h"
#include "layer_series_view.h"

namespace gs {
namespace {

QLabel* caption(const QString& text, QWidget* parent) {
  auto* label = new QLabel(text, parent);
  label->setWordWrap(true);
  return label;
}

}  // namespace

DiagnosticsDocks::DiagnosticsDocks(QMainWindow* window)
    : QObject(window),
      window_(window),
      ratios_(LayerSeriesView::updateRatios()),
      histograms_(new GradientHistogramView),
      means_(new LayerSeriesView(Measure::ActivationMean, false)),
      stds_(new LayerSeriesView(Measure::ActivationStd, false)) {
  means_->setAxisLabel(tr("mean of a"));
  stds_->setAxisLabel(tr("std of a"));
  auto* ratioBox = new QWidget;
  auto* ratioLayout = new QVBoxLayout(ratioBox);
  ratioLayout->setContentsMargins(0, 0, 0, 0);
  ratioLayout->addWidget(caption(tr("How much each step changes each layer's weights, relative "
                                    "to their size; far below 10⁻³ the layer hardly learns."),
                                 ratioBox));
  ratioLayout->addWidget(ratios_, 1);
  auto* histogramBox = new QWidget;
  auto* histogramLayout = new QVBoxLayout(histogramBox);
  histogramLayout->setContentsMargins(0, 0, 0, 0);
  histogramLayout->addWidget(
      caption(tr("How large each layer's gradient entries are, in powers of ten (the bars at 0, "
                 "left of the dashed line: entries exactly 0); a layer far left of the output "
                 "layer hardly learns."),
              histogramBox));
  histogramLayout->addWidget(histograms_, 1);
  auto* activationBox = new QWidget;
  auto* activationLayout = new QVBoxLayout(activationBox);
  activationLayout->setContentsMargins(0, 0, 0, 0);
  activationLayout->addWidget(means_, 1);
  activationLayout->addWidget(stds_, 1);
  ratioDock_ = addDock(tr("Update ratios"), "updateRatioDock", ratioBox);
  histogramDock_ = addDock(tr("Gradient histograms"), "gradientHistogramDock", histogramBox);
  activationDock_ = addDock(tr("Activations"), "activationStatsDock", activationBox);
  for (QDockWidget* d : docks()) {
    // A dock behind another tab is not drawn; it catches up when it comes to the front.
    connect(d, &QDockWidget::visibilityChanged, this, [this](bool visible) {
      if (visible) refresh();
    });
  }
}

QDockWidget* DiagnosticsDocks::addDock(const QString& title, const QString& name,
                                       QWidget* content) {
  auto* dock = new QDockWidget(title, window_);
  dock->setObjectName(name);
  dock->setFeatures(QDockWidget::DockWidgetMovable | QDockWidget::DockWidgetClosable |
                    QDockWidget::DockWidgetFloatable);
  content->setMinimumWidth(280);
  dock->setWidget(content);
  window_->addDockWidget(Qt::RightDockWidgetArea, dock);
  return dock;
}

void DiagnosticsDocks::showHistory(const GradientHistory& history) {
  history_ = history;
  ratiosStale_ = activationsStale_ = true;
  refresh();
}

void DiagnosticsDocks::showSnapshot(const Snapshot& snapshot) {
  snapshot_ = snapshot;
  snapshotStale_ = true;
  refresh();
}

void DiagnosticsDocks::clear() {
  showHistory(GradientHistory());
  showSnapshot(Snapshot());
}

void DiagnosticsDocks::refresh() {
  if (ratiosStale_ && ratioDock_->isVisible()) {
    ratios_->setHistory(history_);
    ratiosStale_ = false;
  }
  if (activationsStale_ && activationDock_->isVisible()) {
    means_->setHistory(history_);
    stds_->setHistory(history_);
    activationsStale_ = false;
  }
  if (snapshotStale_ && histogramDock_->isVisible()) {
    histograms_->setSnapshot(snapshot_);
    snapshotStale_ = false;
  }
}

}  // namespace gs
