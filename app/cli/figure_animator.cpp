#include "figure_animator.h"

#include "activation_curve_view.h"
#include "gradient_bars_view.h"
#include "gradient_heatmap_view.h"
#include "gradient_histogram_view.h"
#include "layer_series_view.h"
#include "loss_curve_view.h"
#include "network_diagram_view.h"
#include "plot_frame.h"
#include "plot_theme.h"
#include "pre_activation_view.h"
#include "prediction_sampler.h"
#include "prediction_view.h"
#include "render_figures.h"
#include "unit_detail.h"

#include <QPainter>

namespace gs::cli {

namespace {

constexpr int kHeatmapColumns = 400;  // as in a still render

// The step number in the theme's colours (--theme).
void stamp(QImage& image, long step, double zoom) {
  const PlotTheme& theme = PlotThemes::current();
  media::stampStep(image, step, zoom, theme.background, theme.foreground);
}

}  // namespace

// Only the chosen figure's view is built.
struct FigureAnimator::Views {
  std::unique_ptr<ActivationCurveView> curves;
  std::unique_ptr<GradientBarsView> bars;
  std::unique_ptr<LossCurveView> loss;
  std::unique_ptr<GradientHeatmapView> heatmap;
  std::unique_ptr<PredictionView> boundary;
  std::unique_ptr<NetworkDiagramView> network;
  std::unique_ptr<LayerSeriesView> ratios;
  std::unique_ptr<GradientHistogramView> gradHist;
  std::unique_ptr<PreActivationView> histogram;
};

// The diagram is a widget: laid out at size ÷ zoom and painted zoom times larger.
QImage FigureAnimator::networkFrame(const Snapshot& s, const Trainer& trainer, int width,
                                    int height, double zoom) {
  Snapshot withUnits = s;
  withUnits.units = unitDetail(trainer.network());
  NetworkDiagramView& view = *views_->network;
  view.setSnapshot(withUnits);
  const QSizeF logical(width / zoom, height / zoom);
  view.resize(logical.toSize());
  QImage image(width, height, QImage::Format_RGB32);
  image.fill(PlotThemes::current().background);
  {
    QPainter painter(&image);
    painter.scale(width / logical.width(), height / logical.height());
    view.drawTo(painter, logical);
  }
  stamp(image, s.step, zoom);
  return image;
}

long frameStep(long k, long frames, long total) {
  if (frames <= 1) return total;
  return 1 + (k * (total - 1) + (frames - 1) / 2) / (frames - 1);  // rounded to the nearest step
}

FigureAnimator::FigureAnimator(const std::string& figure, const Config& config)
    : figure_(figure),
      alpha_(config.effectiveAlpha()),
      views_(std::make_unique<Views>()),
      history_(kHeatmapColumns) {
  if (figure == "curves") {
    views_->curves = std::make_unique<ActivationCurveView>();
    views_->curves->setActivation(config.hiddenActivation());
  } else if (figure == "bars") {
    views_->bars = std::make_unique<GradientBarsView>();
  } else if (figure == "loss") {
    views_->loss = std::make_unique<LossCurveView>();
  } else if (figure == "heatmap") {
    views_->heatmap = std::make_unique<GradientHeatmapView>();
  } else if (figure == "ratios") {
    views_->ratios.reset(LayerSeriesView::updateRatios());
  } else if (figure == "grad-hist") {
    views_->gradHist = std::make_unique<GradientHistogramView>();
  } else if (figure == "histogram") {
    views_->histogram = std::make_unique<PreActivationView>();
  } else if (figure == "network") {
    views_->network = std::make_unique<NetworkDiagramView>();
    views_->network->setControlsVisible(false);
  } else {
    views_->boundary = std::make_unique<PredictionView>();
  }
}

FigureAnimator::~FigureAnimator() = default;

void FigureAnimator::observe(const Snapshot& s) {
  if (views_->loss) pendingLoss_.push_back({s.step, s.loss, s.hasAccuracy, s.accuracy});
  if (views_->heatmap || views_->ratios) history_.add(s);
}

QImage FigureAnimator::frame(const Snapshot& s, const Trainer& trainer, int width, int height,
                             double zoom) {
  QCustomPlot* plot = nullptr;
  if (views_->network) return networkFrame(s, trainer, width, height, zoom);
  if (views_->curves) {
    plot = views_->curves->plot();
  } else if (views_->bars) {
    views_->bars->setSnapshot(s);
    plot = views_->bars->plot();
  } else if (views_->loss) {
    views_->loss->addPoints(pendingLoss_);
    pendingLoss_.clear();
    plot = views_->loss->plot();
  } else if (views_->heatmap) {
    views_->heatmap->setHistory(history_);
    plot = views_->heatmap->plot();
  } else if (views_->ratios) {
    views_->ratios->setHistory(history_);
    plot = views_->ratios->plot();
  } else if (views_->gradHist) {
    views_->gradHist->setSnapshot(s);
    plot = views_->gradHist->plot();
  } else if (views_->histogram) {
    views_->histogram->setSnapshot(s, alpha_);
    plot = views_->histogram->plot();
  } else {
    views_->boundary->setPrediction(samplePrediction(trainer));
    plot = views_->boundary->plot();
  }
  layOutForFigure(plot,
                  QSize(std::max(1, qRound(width / zoom)), std::max(1, qRound(height / zoom))));
  QImage image = media::plotFrame(plot, width, height, zoom, PlotThemes::current().background);
  stamp(image, s.step, zoom);
  return image;
}

}  // namespace gs::cli
