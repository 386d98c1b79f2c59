#include "render_figures.h"

#include <qcustomplot.h>

#include <QHeaderView>
#include <QTableWidget>
#include <memory>

#include "activation_curve_view.h"
#include "compare_view.h"
#include "figure_export.h"
#include "gradient_bars_view.h"
#include "gradient_heatmap_view.h"
#include "gradient_histogram_view.h"
#include "layer_series_view.h"
#include "loss_curve_view.h"
#include "network_diagram_view.h"
#include "pre_activation_view.h"
#include "prediction_view.h"
#include "walkthrough_panel.h"

namespace gs::cli {
namespace {

// Each view is built for one figure and dropped after it: a figure never depends on what another
// view was shown before.
bool exportView(QCustomPlot* plot, const std::string& path, const FigureSize& size,
                QByteArray* bytes, QString& error) {
  layOutForFigure(plot, QSize(std::max(1, qRound(size.width / size.zoom)),
                              std::max(1, qRound(size.height / size.zoom))));
  return renderPlot(plot, QString::fromStdString(path), size, bytes, &error);
}

// The diagram is a widget: laid out at size ÷ zoom, then fitted (so drawn zoom times larger).
bool exportNetwork(const RunRecord& run, const std::string& path, const FigureSize& size,
                   QByteArray* bytes, QString& error) {
  NetworkDiagramView view;
  view.setControlsVisible(false);
  if (run.haveSnapshot) view.setSnapshot(run.snapshot);
  view.resize(std::max(1, qRound(size.width / size.zoom)),
              std::max(1, qRound(size.height / size.zoom)));
  FigureSize whole = size;
  whole.zoom = 1.0;
  return renderWidget(&view, QString::fromStdString(path), whole, bytes, &error);
}

}  // namespace

void layOutForFigure(QCustomPlot* plot, const QSize& logical) {
  if (plot->viewport().size() == logical) return;
  plot->setViewport(QRect(QPoint(0, 0), logical));
  plot->replot();
}

const std::vector<std::string>& singleFigures() {
  static const std::vector<std::string> figures = {
      "curves",      "bars",    "loss",   "heatmap",   "boundary", "histogram",
      "walkthrough", "compare", "ratios", "grad-hist", "network"};
  return figures;
}

bool needsRunB(const std::string& figure) { return figure == "compare" || figure == "all"; }

namespace {

// A widget figure: laid out at the figure's size ÷ zoom, then drawn zoom times larger.
bool exportPanel(QWidget& panel, const std::string& path, const FigureSize& size, QByteArray* bytes,
                 QString& error) {
  panel.setAttribute(Qt::WA_DontShowOnScreen);
  panel.resize(qRound(size.width / size.zoom), qRound(size.height / size.zoom));
  panel.show();
  QCoreApplication::processEvents();
  return renderWidget(&panel, QString::fromStdString(path), size, bytes, &error);
}

}  // namespace

std::string drawFigure(const std::string& figure, const RunRecord& run, const std::string& path,
                       int width, int height, double zoom, QByteArray* bytes) {
  FigureSize size;
  size.width = width;
  size.height = height;
  size.zoom = zoom;
  QString error;
  bool ok = false;
  if (figure == "curves") {
    ActivationCurveView view;
    view.setActivation(run.config.hiddenActivation());
    ok = exportView(view.plot(), path, size, bytes, error);
  } else if (figure == "bars") {
    GradientBarsView view;
    if (run.haveSnapshot) view.setSnapshot(run.snapshot);
    ok = exportView(view.plot(), path, size, bytes, error);
  } else if (figure == "loss") {
    LossCurveView view;
    view.addPoints(run.loss);
    ok = exportView(view.plot(), path, size, bytes, error);
  } else if (figure == "heatmap") {
    GradientHeatmapView view;
    view.setHistory(run.history);
    ok = exportView(view.plot(), path, size, bytes, error);
  } else if (figure == "boundary") {
    PredictionView view;
    view.setPrediction(run.prediction);
    view.keepMapSquare(QSize(qRound(width / zoom), qRound(height / zoom)));
    ok = exportView(view.plot(), path, size, bytes, error);
  } else if (figure == "histogram") {
    PreActivationView view;
    if (run.haveSnapshot) view.setSnapshot(run.snapshot, run.config.effectiveAlpha());
    ok = exportView(view.plot(), path, size, bytes, error);
  } else if (figure == "walkthrough") {
    WalkthroughPanel panel;
    if (run.haveWalk) panel.setWalk(run.walk);
    panel.setShowAll(true);
    // Every row on the page: the rows share the table's height instead of scrolling.
    panel.table()->verticalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    ok = exportPanel(panel, path, size, bytes, error);
  } else if (figure == "compare") {
    CompareView view;
    view.setRunLabel(CompareView::kRunA, CompareView::describeAgainst(run.config, run.configB));
    view.setRunLabel(CompareView::kRunB, CompareView::describeAgainst(run.configB, run.config));
    if (run.haveSnapshot) view.setRun(CompareView::kRunA, run.snapshot, run.history);
    if (run.haveB) view.setRun(CompareView::kRunB, run.snapshotB, run.historyB);
    ok = exportView(view.plot(), path, size, bytes, error);
  } else if (figure == "ratios") {
    std::unique_ptr<LayerSeriesView> view(LayerSeriesView::updateRatios());
    view->setHistory(run.history);
    ok = exportView(view->plot(), path, size, bytes, error);
  } else if (figure == "grad-hist") {
    GradientHistogramView view;
    if (run.haveSnapshot) view.setSnapshot(run.snapshot);
    ok = exportView(view.plot(), path, size, bytes, error);
  } else if (figure == "network") {
    ok = exportNetwork(run, path, size, bytes, error);
  } else {
    return "--figure " + figure + ": not a single figure";
  }
  return ok ? std::string() : error.toStdString();
}

}  // namespace gs::cli
