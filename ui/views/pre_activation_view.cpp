#include "pre_activation_view.h"

#include <qcustomplot.h>

#include <QFontMetrics>
#include <QHBoxLayout>
#include <QLabel>
#include <QSpinBox>
#include <QVBoxLayout>
#include <algorithm>

#include "kind_names.h"
#include "legend_fit.h"
#include "plot_style.h"
#include "plot_theme.h"

namespace gs {
namespace {

constexpr int kCurvePoints = 401;
constexpr double kCurveHalfWidth = 5.0;  // the curves always cover at least z ∈ [−5, 5]
constexpr int kDisplayBins = 40;          // histogram bars across the whole z axis

Activation activationOf(const LayerStats& layer, double alpha) {
  return Activation(layer.activation, alpha);
}

}  // namespace

PreActivationView::PreActivationView(QWidget* parent)
    : QWidget(parent),
      plot_(newPlot(this)),
      summary_(newPlot(this)),
      layerBox_(new QSpinBox(this)) {
  auto* top = new QHBoxLayout;
  top->addWidget(new QLabel(tr("Layer:"), this));
  top->addWidget(layerBox_);
  top->addStretch(1);
  layerBox_->setToolTip(tr("Which layer's pre-activations to show (1 = next to the input)"));
  layerBox_->setRange(1, 1);
  auto* layout = new QVBoxLayout(this);
  layout->setContentsMargins(0, 0, 0, 0);
  layout->addLayout(top);
  layout->addWidget(plot_, 3);
  layout->addWidget(summary_, 2);
  plot_->setMinimumSize(320, 200);
  summary_->setMinimumSize(320, 120);
  setupPlot();
  setupSummary();
  followPlotTheme(this, [this](const PlotTheme& theme) { applyTheme(theme); });
  connect(layerBox_, qOverload<int>(&QSpinBox::valueChanged), this,
          [this](int shown) { setLayer(shown - 1); });
}

void PreActivationView::setupPlot() {
  histogram_ = new QCPBars(plot_->xAxis, plot_->yAxis);
  histogram_->setName(tr("units × samples"));

  value_ = plot_->addGraph(plot_->xAxis, plot_->yAxis2);
  derivative_ = plot_->addGraph(plot_->xAxis, plot_->yAxis2);
  plot_->xAxis->setLabel(tr("pre-activation z"));
  plot_->yAxis->setLabel(tr("count"));
  plot_->yAxis2->setVisible(true);
  plot_->yAxis2->setLabel(tr("f(z), f′(z)"));
  // The layer's dead / saturated shares as the plot's title: always readable, never over a curve.
  plot_->plotLayout()->insertRow(0);
  status_ =
      new QCPTextElement(plot_, QString(), QFont(font().family(), font().pointSize(), QFont::Bold));
  plot_->plotLayout()->addElement(0, 0, status_);
  placeLegendBelow(plot_, 2);  // the histogram can sit in any corner
  // A title wider than the plot (a narrow dock, presentation mode) breaks after the layer's name.
  connect(plot_, &QCustomPlot::beforeReplot, this, [this] {
    const QString line = statusText();
    const int room = plot_->viewport().width() - 8;
    const bool fits = QFontMetrics(status_->font()).horizontalAdvance(line) <= room;
    const int colon = line.indexOf(QLatin1String(": "));
    const QString text =
        fits || colon < 0 ? line : line.left(colon + 1) + '\n' + line.mid(colon + 2);
    if (status_->text() != text) status_->setText(text);
  });
}

void PreActivationView::setupSummary() {
  dead_ = new QCPBars(summary_->xAxis, summary_->yAxis);
  saturated_ = new QCPBars(summary_->xAxis, summary_->yAxis);
  dead_->setName(tr("dead %"));
  saturated_->setName(tr("saturated %"));
  dead_->setPen(Qt::NoPen);
  saturated_->setPen(Qt::NoPen);
  pair_ = new QCPBarsGroup(summary_);
  dead_->setWidth(0.4);
  saturated_->setWidth(0.4);
  summary_->plotLayout()->insertRow(0);
  summary_->plotLayout()->addElement(
      0, 0, new QCPTextElement(summary_, tr("Dead and saturated units per layer"), font()));
  summary_->xAxis->setLabel(tr("layer"));
  summary_->yAxis->setLabel(tr("% of units"));
  summary_->yAxis->setRange(0, 105);
  placeLegendBelow(summary_, 2);  // inside, it covered the bars of the first layers
}

void PreActivationView::applyTheme(const PlotTheme& t) {
  t.applyFrame(plot_);
  t.applyFrame(summary_);
  histogram_->setPen(t.pen(t.histogram.darker(160), 1));  // filled bars with an edge
  histogram_->setBrush(t.histogram);
  value_->setPen(t.curvePen(t.value, 2));
  derivative_->setPen(t.curvePen(t.derivative, 2, Qt::DashLine));
  dead_->setBrush(t.dead);
  saturated_->setBrush(t.saturated);
  plot_->replot(QCustomPlot::rpQueuedReplot);
  summary_->replot(QCustomPlot::rpQueuedReplot);
}

void PreActivationView::setSnapshot(const Snapshot& snapshot, double alpha) {
  snapshot_ = snapshot;
  alpha_ = alpha;
  const int n = static_cast<int>(snapshot_.layers.size());
  {
    const QSignalBlocker block(layerBox_);
    layerBox_->setRange(1, std::max(1, n));
  }
  showWanted();
  redrawSummary();
}

void PreActivationView::setLayer(int layer) {
  wanted_ = std::max(0, layer);
  showWanted();
}

void PreActivationView::followLastHiddenLayer() {
  wanted_ = -1;
  showWanted();
}

void PreActivationView::showWanted() {
  const int n = static_cast<int>(snapshot_.layers.size());
  const int last = std::max(0, n - 1);
  const int clamped = wanted_ < 0 ? std::max(0, n - 2) : std::min(wanted_, last);
  const bool changed = clamped != layer_;
  layer_ = clamped;
  {
    const QSignalBlocker block(layerBox_);
    layerBox_->setValue(layer_ + 1);
  }
  redrawLayer();
  if (changed) emit layerChanged(layer_);
}

QString PreActivationView::statusText() const {
  if (snapshot_.layers.empty()) return tr("no data yet");
  const LayerStats& s = snapshot_.layers[static_cast<std::size_t>(layer_)];
  // Dead only where it is defined (ReLU-like), saturated only for bounded activations: a ReLU's
  // "saturated" share would just repeat its dead share.
  QStringList parts;
  if (activationOf(s, alpha_).isReluLike())
    parts << tr("dead %1 %").arg(100.0 * s.deadFraction, 0, 'f', 0);
  if (std::isfinite(s.saturatedFraction))
    parts << tr("saturated %1 %").arg(100.0 * s.saturatedFraction, 0, 'f', 0);
  const QString head = tr("layer %1 (%2)").arg(layer_ + 1).arg(activationName(s.activation));
  return parts.isEmpty() ? head : head + QStringLiteral(": ") + parts.join(QStringLiteral(", "));
}

void PreActivationView::redrawLayer() {
  status_->setText(statusText());  // broken into two lines before the replot when too wide
  if (snapshot_.layers.empty()) {
    histogram_->data()->clear();
    value_->data()->clear();
    derivative_->data()->clear();
    plot_->replot(QCustomPlot::rpQueuedReplot);
    return;
  }
  const LayerStats& s = snapshot_.layers[static_cast<std::size_t>(layer_)];
  const Histogram& h = s.preActivation;
  const double lo = std::min(h.lo, -kCurveHalfWidth), hi = std::max(h.hi, kCurveHalfWidth);
  // Re-binned over the whole axis: core's bins span only the data, which may be a sliver of the
  // axis (all of a dead layer's z in [−1.2, −0.9]) and drew 1-pixel hairlines. Each display bin
  // is 1/kDisplayBins of the axis — readable at presentation size — and every count is kept.
  const int bins = static_cast<int>(h.counts.size());
  const double w = bins ? (h.hi - h.lo) / bins : 1.0;
  const double dw = (hi - lo) / kDisplayBins;
  QVector<double> keys(kDisplayBins), counts(kDisplayBins, 0.0);
  for (int b = 0; b < kDisplayBins; ++b) keys[b] = lo + (b + 0.5) * dw;
  for (int i = 0; i < bins; ++i) {
    const double centre = h.lo + (i + 0.5) * w;
    const int b = std::clamp(static_cast<int>((centre - lo) / dw), 0, kDisplayBins - 1);
    counts[b] += h.counts[static_cast<std::size_t>(i)];
  }
  histogram_->setData(keys, counts, true);
  histogram_->setWidth(dw);
  const Activation act = activationOf(s, alpha_);
  QVector<double> z, f, fp;
  for (int i = 0; i < kCurvePoints; ++i) {
    const double x = lo + (hi - lo) * i / (kCurvePoints - 1);
    z << x;
    f << act.value(x);
    fp << act.derivative(x);
  }
  value_->setData(z, f, true);
  derivative_->setData(z, fp, true);
  value_->setName(tr("f(z) = %1").arg(QString::fromStdString(act.displayName())));
  derivative_->setName(tr("f′(z)"));
  plot_->xAxis->setRange(lo, hi);
  const double most = counts.isEmpty() ? 1.0 : *std::max_element(counts.begin(), counts.end());
  plot_->yAxis->setRange(0, std::max(1.0, most * 1.1));
  // Keep the derivative readable next to large values: clip the value axis to a few units.
  const double top = std::min(std::max(act.value(hi), act.maxDerivative()) * 1.1, 6.0);
  const double bottom = std::max(std::min(0.0, act.value(lo)) * 1.1, -6.0);
  plot_->yAxis2->setRange(bottom, std::max(top, 1.05));
  plot_->replot(QCustomPlot::rpQueuedReplot);
}

void PreActivationView::redrawSummary() {
  QVector<double> keys, deadKeys, dead, saturatedKeys, saturated;
  for (const LayerStats& s : snapshot_.layers) {
    keys << s.index + 1;
    if (activationOf(s, alpha_).isReluLike()) {
      deadKeys << s.index + 1;
      dead << 100.0 * s.deadFraction;
    }
    if (std::isfinite(s.saturatedFraction)) {  // bounded activations only
      saturatedKeys << s.index + 1;
      saturated << 100.0 * s.saturatedFraction;
    }
  }
  dead_->setData(deadKeys, dead, true);
  saturated_->setData(saturatedKeys, saturated, true);
  // Side by side only when both are drawn; a ReLU network's dead bars sit on their layer.
  QCPBarsGroup* group = deadKeys.isEmpty() || saturatedKeys.isEmpty() ? nullptr : pair_;
  dead_->setBarsGroup(group);
  saturated_->setBarsGroup(group);
  summary_->xAxis->setTicker(layerTicker(static_cast<int>(keys.size())));  // as the bars
  summary_->xAxis->setRange(0.4, std::max<double>(1, keys.size()) + 0.6);
  summary_->replot(QCustomPlot::rpQueuedReplot);
}

}  // namespace gs
