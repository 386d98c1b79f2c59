#include "layer_series_view.h"

#include <qcustomplot.h>

#include <QVBoxLayout>
#include <cmath>
#include <limits>

#include "kind_names.h"
#include "log_axis.h"
#include "plot_style.h"
#include "plot_theme.h"

namespace gs {

LayerSeriesView::LayerSeriesView(Measure measure, bool logScale, QWidget* parent)
    : QWidget(parent),
      plot_(newPlot(this)),
      history_(GradientHistory::kMinColumns),
      measure_(measure),
      log_(logScale),
      reference_(std::numeric_limits<double>::quiet_NaN()) {
  auto* layout = new QVBoxLayout(this);
  layout->setContentsMargins(0, 0, 0, 0);
  layout->addWidget(plot_);
  plot_->setMinimumSize(320, 180);
  plot_->xAxis->setLabel(tr("training step"));
  setAxisLabel(measureName(measure));
  if (log_) usePowerOfTenAxis(plot_->yAxis);
  scale_ = new QCPColorScale(plot_);
  plot_->plotLayout()->addElement(0, 1, scale_);
  scale_->setType(QCPAxis::atRight);
  scale_->axis()->setLabel(tr("layer"));
  auto* margins = new QCPMarginGroup(plot_);
  plot_->axisRect()->setMarginGroup(QCP::msBottom | QCP::msTop, margins);
  scale_->setMarginGroup(QCP::msBottom | QCP::msTop, margins);
  followPlotTheme(this, [this](const PlotTheme& t) { applyTheme(t); });
}

LayerSeriesView* LayerSeriesView::updateRatios(QWidget* parent) {
  auto* view = new LayerSeriesView(Measure::UpdateRatio, true, parent);
  view->setTitle(tr("Update-to-data ratio per layer over the run"));
  view->setReference(1e-3, QStringLiteral("10⁻³"));
  view->setAxisLabel(tr("update / data ‖ΔW‖/‖W‖"));
  return view;
}

void LayerSeriesView::setTitle(const QString& title) {
  if (!title_) {
    // Row 0 above the plot and its colour scale; the theme keeps the bold font.
    plot_->plotLayout()->insertRow(0);
    QFont bold = font();
    bold.setBold(true);
    title_ = new QCPTextElement(plot_, title, bold);
    plot_->plotLayout()->addElement(0, 0, title_);
    PlotThemes::current().applyFrame(plot_);
  }
  title_->setText(title);
  plot_->replot(QCustomPlot::rpQueuedReplot);
}

QString LayerSeriesView::title() const { return title_ ? title_->text() : QString(); }

// The lines are made again in the theme's layer colours; the frame and the reference follow it.
void LayerSeriesView::applyTheme(const PlotTheme& theme) {
  scale_->setGradient(theme.layerGradient());
  if (referenceLine_) {
    referenceLine_->setPen(theme.curvePen(theme.foreground, 1.5, Qt::DashLine));
    referenceText_->setFont(theme.font(true, 1.1));
    referenceText_->setBrush(theme.noteBackground);  // readable over the lines
    referenceText_->setColor(theme.foreground);
  }
  theme.applyFrame(plot_);
  rebuild();
}

void LayerSeriesView::setAxisLabel(const QString& label) { plot_->yAxis->setLabel(label); }

void LayerSeriesView::setReference(double value, const QString& label) {
  reference_ = value;
  if (!referenceLine_) {
    // Above the lines, which rebuild() re-creates on the main layer.
    plot_->addLayer(QStringLiteral("reference"), plot_->layer(QStringLiteral("main")),
                    QCustomPlot::limAbove);
    referenceLine_ = new QCPItemStraightLine(plot_);
    referenceLine_->setLayer(QStringLiteral("reference"));
    referenceText_ = new QCPItemText(plot_);
    referenceText_->setLayer(QStringLiteral("reference"));
    referenceText_->setPositionAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    referenceText_->setPadding(QMargins(4, 1, 4, 1));
    referenceText_->position->setTypeX(QCPItemPosition::ptAxisRectRatio);
    referenceText_->position->setTypeY(QCPItemPosition::ptPlotCoords);
    applyTheme(PlotThemes::current());
  }
  referenceLine_->point1->setCoords(0, value);
  referenceLine_->point2->setCoords(1, value);
  referenceText_->position->setCoords(0.01, value);
  referenceText_->setText(label);
  rebuild();
}

void LayerSeriesView::setHistory(const GradientHistory& history) {
  history_ = history;
  rebuild();
}

int LayerSeriesView::lineCount() const { return plot_->graphCount(); }

int LayerSeriesView::pointCount() const {
  int n = 0;
  for (int g = 0; g < plot_->graphCount(); ++g)
    for (auto it = plot_->graph(g)->data()->constBegin(); it != plot_->graph(g)->data()->constEnd();
         ++it)
      n += std::isfinite(it->value);
  return n;
}

void LayerSeriesView::rebuild() {
  plot_->clearGraphs();
  const int layers = history_.layers(), cols = history_.columns();
  scale_->setDataRange(QCPRange(1, std::max(2, layers)));
  scale_->axis()->setTicker(layerTicker(std::max(1, layers)));
  const PlotTheme& theme = PlotThemes::current();
  double lo = std::numeric_limits<double>::infinity(), hi = -lo;
  for (int l = 0; l < layers; ++l) {
    QVector<double> keys(cols), values(cols);
    for (int c = 0; c < cols; ++c) {
      const double v = history_.value(l, c, measure_);
      keys[c] = double(history_.step(c));
      // A gap where the value cannot be drawn: not finite, or ≤ 0 on the log axis.
      const bool drawable = std::isfinite(v) && (!log_ || v > 0);
      values[c] = drawable ? v : std::numeric_limits<double>::quiet_NaN();
      if (drawable) lo = std::min(lo, v), hi = std::max(hi, v);
    }
    QCPGraph* g = plot_->addGraph();
    g->setPen(theme.curvePen(theme.layerColour(l + 1, layers), 2));
    g->setData(keys, values, true);
  }
  if (std::isfinite(reference_)) lo = std::min(lo, reference_), hi = std::max(hi, reference_);
  if (cols > 0)
    plot_->xAxis->setRange(history_.step(0),
                           std::max(history_.step(cols - 1), history_.step(0) + 1));
  if (log_) {
    const LogRange r = logAxisRange(lo, hi, 1.5);
    plot_->yAxis->setRange(r.lower, r.upper);
  } else if (std::isfinite(lo)) {
    const double pad = hi - lo > 1e-12 ? 0.05 * (hi - lo) : 0.5;
    plot_->yAxis->setRange(lo - pad, hi + pad);
  }
  plot_->replot(QCustomPlot::rpQueuedReplot);
}

}  // namespace gs
