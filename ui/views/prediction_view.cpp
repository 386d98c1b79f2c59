#include "prediction_view.h"

#include <qcustomplot.h>
#include <QVBoxLayout>
#include <algorithm>
#include <cmath>

#include "legend_fit.h"
#include "plot_style.h"
#include "plot_theme.h"

namespace gs {

PredictionView::PredictionView(QWidget* parent) : QWidget(parent), plot_(newPlot(this)) {
  auto* layout = new QVBoxLayout(this);
  layout->setContentsMargins(0, 0, 0, 0);
  layout->addWidget(plot_);
  setupPlot();
}

void PredictionView::setupPlot() {
  plot_->plotLayout()->insertRow(0);
  plot_->plotLayout()->addElement(0, 0, new QCPTextElement(plot_, tr("What the network learned")));
  map_ = new QCPColorMap(plot_->xAxis, plot_->yAxis);
  map_->removeFromLegend();  // an empty entry before "class 0" otherwise
  scale_ = new QCPColorScale(plot_);
  plot_->plotLayout()->addElement(1, 1, scale_);
  scale_->setType(QCPAxis::atRight);
  scale_->axis()->setLabel(tr("P(class 1)"));
  map_->setColorScale(scale_);
  map_->setDataRange(QCPRange(0, 1));
  map_->setInterpolate(true);
  class0_ = plot_->addGraph();
  class1_ = plot_->addGraph();
  curve_ = plot_->addGraph();  // added last: the fit is drawn over the data
  curve_->setName(tr("network"));
  for (QCPGraph* g : {class0_, class1_}) g->setLineStyle(QCPGraph::lsNone);
  class0_->setName(tr("class 0"));
  class1_->setName(tr("class 1"));
  // Data cover the whole box, so the legend gets its own row under it.
  placeLegendBelow(plot_, 2);
  auto* group = new QCPMarginGroup(plot_);
  plot_->axisRect()->setMarginGroup(QCP::msBottom | QCP::msTop, group);
  scale_->setMarginGroup(QCP::msBottom | QCP::msTop, group);
  connect(plot_, &QCustomPlot::beforeReplot, this, &PredictionView::keepAspect);
  // A layout that changed the axis rect's shape needs one more pass with the new shape.
  connect(plot_, &QCustomPlot::afterLayout, this, [this] {
    const QSize now = plot_->axisRect()->rect().size();
    if (prediction_.kind == Prediction::Kind::Map &&
        (std::abs(now.width() - aspectFor_.width()) > 1 ||
         std::abs(now.height() - aspectFor_.height()) > 1))
      plot_->replot(QCustomPlot::rpQueuedReplot);
  });
  clear();
  followPlotTheme(this, [this](const PlotTheme& theme) { applyTheme(theme); });
}

void PredictionView::applyTheme(const PlotTheme& t) {
  t.applyFrame(plot_);
  // The colour scale reports its current margins as its wish (QCPLayoutElement's default), so
  // the margin group never lets them shrink: start again from none, or the margins of large text
  // would stay after presentation mode.
  scale_->setMargins(QMargins());
  QCPColorGradient gradient;
  gradient.setColorStopAt(0.0, t.mapLow);
  gradient.setColorStopAt(0.5, t.mapMid);
  gradient.setColorStopAt(1.0, t.mapHigh);
  map_->setGradient(gradient);
  curve_->setPen(t.curvePen(t.curve, 2.5));
  for (QCPGraph* g : {class0_, class1_}) {
    const QColor c = g == class0_ ? t.class0 : t.class1;
    g->setPen(t.pen(c, 1));  // the legend icon
    g->setScatterStyle(
        QCPScatterStyle(QCPScatterStyle::ssCircle, t.pen(t.background, 0.7), c, t.marker(6)));
  }
  plot_->replot(QCustomPlot::rpQueuedReplot);
}

void PredictionView::keepMapSquare(const QSize& layout) {
  if (prediction_.kind != Prediction::Kind::Map) return;
  QCPAxisRect* box = plot_->axisRect();
  box->setSizeConstraintRect(QCPLayoutElement::scrInnerRect);
  box->setMaximumSize(QWIDGETSIZE_MAX, QWIDGETSIZE_MAX);
  plot_->plotLayout()->setMargins(QMargins());
  // A hidden plot has no resize event: lay it out at the figure's size explicitly.
  plot_->setViewport(QRect(QPoint(0, 0), layout));
  plot_->replot();
  const int side = std::min(box->rect().width(), box->rect().height());
  box->setMaximumSize(side, QWIDGETSIZE_MAX);
  plot_->replot();
  // The width the map no longer takes is shared out on both sides, so the square sits centred.
  const int used = scale_->outerRect().right() - box->outerRect().left();
  const int spare = layout.width() - used;
  if (spare > 2) plot_->plotLayout()->setMargins(QMargins(spare / 2, 0, 0, 0));
  plot_->replot();
}

void PredictionView::clear() {
  prediction_ = Prediction();
  map_->data()->clear();
  map_->setVisible(false);
  scale_->setVisible(false);
  curve_->data()->clear();
  class0_->data()->clear();
  class1_->data()->clear();
  plot_->replot(QCustomPlot::rpQueuedReplot);
}

void PredictionView::setPrediction(const Prediction& prediction) {
  prediction_ = prediction;
  if (prediction.kind == Prediction::Kind::Map)
    showMap(prediction);
  else if (prediction.kind == Prediction::Kind::Curve)
    showCurve(prediction);
  else
    clear();
  plot_->replot(QCustomPlot::rpQueuedReplot);
}

void PredictionView::showMap(const Prediction& p) {
  map_->setVisible(true);
  scale_->setVisible(true);
  curve_->data()->clear();
  curve_->removeFromLegend();
  map_->data()->setSize(p.nx, p.ny);
  // Cell centres, as the sampler placed them.
  const double dx = (p.xMax - p.xMin) / p.nx, dy = (p.yMax - p.yMin) / p.ny;
  map_->data()->setRange(QCPRange(p.xMin + dx / 2, p.xMax - dx / 2),
                         QCPRange(p.yMin + dy / 2, p.yMax - dy / 2));
  for (int iy = 0; iy < p.ny; ++iy)
    for (int ix = 0; ix < p.nx; ++ix) {
      const double v = p.values[std::size_t(iy) * p.nx + ix];
      map_->data()->setCell(ix, iy, std::isfinite(v) ? v : 0.5);  // NaN is never drawn
    }
  QVector<double> x0, y0, x1, y1;
  for (std::size_t i = 0; i < p.pointX.size(); ++i) {
    const bool one = i < p.pointLabel.size() && p.pointLabel[i] > 0.5;
    (one ? x1 : x0) << p.pointX[i];
    (one ? y1 : y0) << p.pointY[i];
  }
  class0_->setData(x0, y0);
  class1_->setData(x1, y1);
  class0_->setName(tr("class 0"));
  class1_->addToLegend();
  plot_->xAxis->setLabel(tr("x₁"));
  plot_->yAxis->setLabel(tr("x₂"));
  // Fixed tick steps: the ranges keepAspect sets move with the layout, and an automatic step
  // would flip between 0.5 and 1 with them, the labels' widths with it, the layout again.
  for (QCPAxis* axis : {plot_->xAxis, plot_->yAxis}) {
    auto ticker = QSharedPointer<QCPAxisTickerFixed>::create();
    const double span = axis == plot_->xAxis ? p.xMax - p.xMin : p.yMax - p.yMin;
    ticker->setTickStep(std::pow(10.0, std::floor(std::log10(std::max(span, 1e-9) / 2))));
    axis->setTicker(ticker);
  }
  keepAspect();
}

// A spiral stays round on a wide or a tall plot: the axis with room to spare shows more than the
// data's span, centred on it.
void PredictionView::keepAspect() {
  if (prediction_.kind != Prediction::Kind::Map) return;
  const Prediction& p = prediction_;
  const QSize size = plot_->axisRect()->rect().size();
  aspectFor_ = size;
  if (size.width() <= 0 || size.height() <= 0) {
    plot_->xAxis->setRange(p.xMin, p.xMax);
    plot_->yAxis->setRange(p.yMin, p.yMax);
    return;
  }
  const double perPixel = std::max((p.xMax - p.xMin) / size.width(),  // data units per pixel
                                   (p.yMax - p.yMin) / size.height());
  const double cx = (p.xMin + p.xMax) / 2, cy = (p.yMin + p.yMax) / 2;
  plot_->xAxis->setRange(cx - perPixel * size.width() / 2, cx + perPixel * size.width() / 2);
  plot_->yAxis->setRange(cy - perPixel * size.height() / 2, cy + perPixel * size.height() / 2);
}

void PredictionView::showCurve(const Prediction& p) {
  map_->setVisible(false);
  scale_->setVisible(false);
  QVector<double> xs, ys;
  double lo = p.yMin, hi = p.yMax;
  for (std::size_t i = 0; i < p.xs.size(); ++i) {
    if (!std::isfinite(p.values[i])) continue;
    xs << p.xs[i];
    ys << p.values[i];
    lo = std::min(lo, p.values[i]);
    hi = std::max(hi, p.values[i]);
  }
  curve_->setData(xs, ys, true);
  curve_->addToLegend();
  class0_->setData(QVector<double>(p.pointX.begin(), p.pointX.end()),
                   QVector<double>(p.pointY.begin(), p.pointY.end()));
  class0_->setName(tr("data"));
  class1_->data()->clear();
  class1_->removeFromLegend();
  plot_->xAxis->setLabel(tr("x"));
  plot_->yAxis->setLabel(tr("y"));
  for (QCPAxis* axis : {plot_->xAxis, plot_->yAxis})
    if (axis->ticker().dynamicCast<QCPAxisTickerFixed>())
      axis->setTicker(QSharedPointer<QCPAxisTicker>::create());
  plot_->xAxis->setRange(p.xMin, p.xMax);
  // A wildly wrong fit must not squash the data into a line: at most two spans beyond it.
  const double span = std::max(p.yMax - p.yMin, 1e-6);
  lo = std::max(lo, p.yMin - 2 * span);
  hi = std::min(hi, p.yMax + 2 * span);
  const double pad = 0.08 * (hi - lo);
  plot_->yAxis->setRange(lo - pad, hi + pad);
}

}  // namespace gs
