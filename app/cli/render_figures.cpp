#include "render_figures.h"

#include <qcustomplot.h>

#include "activation_curve_view.h"
#include "figure_export.h"
#include "gradient_bars_view.h"
#include "gradient_heatmap_view.h"
#include "loss_curve_view.h"
#include "prediction_view.h"

namespace gs::cli {
namespace {

// Each view is built for one figure and dropped after it: a figure never depends on what another
// view was shown before.
bool exportView(QCustomPlot* plot, const std::string& path, const FigureSize& size,
                QByteArray* bytes, QString& error) {
  return renderPlot(plot, QString::fromStdString(path), size, bytes, &error);
}

}  // namespace

const std::vector<std::string>& singleFigures() {
  static const std::vector<std::string> figures = {"curves", "bars", "loss", "heatmap", "boundary"};
  return figures;
}

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
    ok = exportView(view.plot(), path, size, bytes, error);
  } else {
    return "--figure " + figure + ": not a single figure";
  }
  return ok ? std::string() : error.toStdString();
}

}  // namespace gs::cli
