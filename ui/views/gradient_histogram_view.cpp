#include "gradient_histogram_view.h"

#include <qcustomplot.h>

#include <QVBoxLayout>
#include <algorithm>
#include <cmath>

#include "plot_style.h"
#include "plot_theme.h"

namespace gs {

GradientHistogramView::GradientHistogramView(QWidget* parent)
    : QWidget(parent), plot_(newPlot(this)) {
  auto* layout = new QVBoxLayout(this);
  layout->setContentsMargins(0, 0, 0, 0);
  layout->addWidget(plot_);
  plot_->setMinimumSize(320, 180);
  plot_->xAxis->setLabel(tr("entry of ∂L/∂W"));
  plot_->yAxis->setLabel(tr("share of the layer's entries"));
  scale_ = new QCPColorScale(plot_);
  plot_->plotLayout()->addElement(0, 1, scale_);
  scale_->setType(QCPAxis::atRight);
  scale_->axis()->setLabel(tr("layer"));
  auto* margins = new QCPMarginGroup(plot_);
  plot_->axisRect()->setMarginGroup(QCP::msBottom | QCP::msTop, margins);
  scale_->setMarginGroup(QCP::msBottom | QCP::msTop, margins);
  plot_->yAxis->setRange(0, 1);
  followPlotTheme(this, [this](const PlotTheme& t) { applyTheme(t); });
}

void GradientHistogramView::applyTheme(const PlotTheme& theme) {
  scale_->setGradient(theme.layerGradient());
  for (int i = 0; i < plot_->graphCount() && i < graphLayers_.size(); ++i)
    plot_->graph(i)->setPen(QPen(theme.layerColour(graphLayers_[i], layers_)));
  theme.applyKeepingCurveColours(plot_, 2);
}

void GradientHistogramView::addCurve(const QVector<double>& keys, const QVector<double>& values,
                                     const QPen& pen, int layer) {
  QCPGraph* g = plot_->addGraph();
  g->setPen(pen);
  g->setData(keys, values, true);
  graphLayers_.push_back(layer);
}

int GradientHistogramView::curveCount() const { return plot_->graphCount(); }

void GradientHistogramView::setSnapshot(const Snapshot& s) {
  plot_->clearGraphs();
  graphLayers_.clear();
  const int layers = static_cast<int>(s.layers.size());
  layers_ = layers;
  scale_->setDataRange(QCPRange(1, std::max(2, layers)));
  scale_->axis()->setTicker(layerTicker(std::max(1, layers)));
  const PlotTheme& theme = PlotThemes::current();
  double reach = 0, tallest = 0;
  // The output side first, so that the input side's (often narrow) curves are drawn on top.
  for (int l = layers; l-- > 0;) {
    const Histogram& h = s.layers[std::size_t(l)].weightGradient;
    const int bins = static_cast<int>(h.counts.size());
    int total = 0;
    for (int c : h.counts) total += c;
    if (bins == 0 || total == 0) continue;
    const double width = (h.hi - h.lo) / bins;
    const long filled = std::count_if(h.counts.begin(), h.counts.end(), [](int c) { return c; });
    QVector<double> keys, values;
    if (filled == 1) {  // every entry equal (core widens the range to ±½ around it): a spike
      const auto b = std::find_if(h.counts.begin(), h.counts.end(), [](int c) { return c; });
      const double at = h.lo + (double(b - h.counts.begin()) + 0.5) * width;
      keys << at << at << at;
      values << 0.0 << 1.0 << 0.0;
      reach = std::max(reach, std::abs(at));
      tallest = 1.0;
      addCurve(keys, values, theme.curvePen(theme.layerColour(l + 1, layers), 2), l + 1);
      continue;
    }
    // The outline of the bars: a point at every bin edge, up at the left edge and down at the
    // right.
    keys << h.lo;
    values << 0.0;
    for (int b = 0; b < bins; ++b) {
      const double share = double(h.counts[std::size_t(b)]) / total;
      keys << h.lo + b * width << h.lo + (b + 1) * width;
      values << share << share;
      tallest = std::max(tallest, share);
    }
    keys << h.hi;
    values << 0.0;
    reach = std::max({reach, std::abs(h.lo), std::abs(h.hi)});
    addCurve(keys, values, theme.curvePen(theme.layerColour(l + 1, layers), 2), l + 1);
  }
  halfRange_ = reach > 0 ? reach * 1.05 : 1.0;
  plot_->xAxis->setRange(-halfRange_, halfRange_);
  plot_->yAxis->setRange(0, std::max(0.05, std::min(1.0, tallest * 1.1)));
  plot_->replot(QCustomPlot::rpQueuedReplot);
}

}  // namespace gs
