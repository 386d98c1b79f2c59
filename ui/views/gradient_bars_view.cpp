#include "gradient_bars_view.h"

#include <qcustomplot.h>
#include <QCheckBox>
#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QToolTip>
#include <QVBoxLayout>
#include <algorithm>
#include <cmath>

#include "clip_indicator.h"
#include "gradient_bound.h"
#include "kind_names.h"
#include "legend_fit.h"
#include "log_axis.h"
#include "plot_style.h"
#include "plot_theme.h"

namespace gs {
namespace {

bool drawable(double v) { return std::isfinite(v) && v > 0.0; }

QString layerName(const LayerStats& layer, int count) {
  if (layer.index == count - 1) return GradientBarsView::tr("output layer");
  return GradientBarsView::tr("hidden layer %1").arg(layer.index + 1);
}

}  // namespace

GradientBarsView::GradientBarsView(QWidget* parent)
    : QWidget(parent),
      plot_(newPlot(this)),
      measureBox_(new QComboBox(this)),
      logBox_(new QCheckBox(tr("Log scale"), this)) {
  for (Measure m : gradientMeasures()) {
    measureBox_->addItem(measureName(m), int(m));
    measureBox_->setItemData(measureBox_->count() - 1, measureToolTip(m), Qt::ToolTipRole);
  }
  measureBox_->setToolTip(tr("Choose which gradient figure each bar shows."));
  logBox_->setChecked(true);
  logBox_->setToolTip(
      tr("Show the bars on a logarithmic axis, so values many orders of magnitude "
         "apart stay visible."));
  auto* header = new QHBoxLayout;
  header->addWidget(new QLabel(tr("Measure:"), this));
  header->addWidget(measureBox_);
  header->addWidget(logBox_);
  header->addStretch();
  clip_ = new ClipIndicator(this);  // its own line: beside the header it was cut at 1280 px
  clip_->setWordWrap(true);
  auto* layout = new QVBoxLayout(this);
  layout->setContentsMargins(0, 0, 0, 0);
  layout->addLayout(header);
  layout->addWidget(clip_);
  layout->addWidget(plot_, 1);
  setupPlot();
  connect(measureBox_, &QComboBox::currentIndexChanged, this,
          [this](int i) { setMeasure(Measure(measureBox_->itemData(i).toInt())); });
  connect(logBox_, &QCheckBox::toggled, this, &GradientBarsView::setLogScale);
  connect(plot_, &QCustomPlot::mouseMove, this, &GradientBarsView::showHoverTip);
}

void GradientBarsView::setupPlot() {
  plot_->plotLayout()->insertRow(0);
  plot_->plotLayout()->addElement(
      0, 0, new QCPTextElement(plot_, tr("Gradient per layer (input → output)")));
  bars_ = new QCPBars(plot_->xAxis, plot_->yAxis);
  bars_->setWidth(0.8);
  bars_->setPen(Qt::NoPen);
  bars_->setName(tr("layer gradient"));
  highlight_ = new QCPBars(plot_->xAxis, plot_->yAxis);
  highlight_->setWidth(0.8);
  highlight_->removeFromLegend();
  bound_ = plot_->addGraph();

  // A layer whose gradient is exactly 0 (a dead ReLU layer) has no bar, least of all on a log
  // axis: a cross on the axis floor says "zero" rather than leaving a gap that looks like a bug.
  zeros_ = plot_->addGraph();
  zeros_->setLineStyle(QCPGraph::lsNone);
  zeros_->setName(tr("exactly 0 (no gradient)"));
  note_ = new QCPItemText(plot_);
  note_->setPositionAlignment(Qt::AlignTop | Qt::AlignHCenter);
  note_->position->setType(QCPItemPosition::ptAxisRectRatio);
  note_->position->setCoords(0.5, 0.08);
  note_->setVisible(false);
  plot_->xAxis->setLabel(tr("layer (input → output)"));
  plot_->xAxis->grid()->setVisible(false);
  // The legend gets its own row under the plot: tall bars and the bound line reach every corner.
  placeLegendBelow(plot_, 2);
  updateAxes();
  updateZeros();
  followPlotTheme(this, [this](const PlotTheme& theme) { applyTheme(theme); });
}

void GradientBarsView::applyTheme(const PlotTheme& t) {
  t.applyFrame(plot_);
  bars_->setBrush(t.bars);
  highlight_->setPen(t.pen(t.highlight, 2));
  QColor fill = t.highlight;
  fill.setAlpha(120);
  highlight_->setBrush(fill);
  bound_->setPen(t.curvePen(t.bound, 2, Qt::DashLine));
  bound_->setScatterStyle(QCPScatterStyle(QCPScatterStyle::ssCircle, t.marker(5)));
  zeros_->setPen(t.curvePen(t.zero, 2.5));
  zeros_->setScatterStyle(QCPScatterStyle(QCPScatterStyle::ssCross, t.marker(11)));
  note_->setFont(t.font());
  updateZeros();  // the note's colour
  plot_->replot(QCustomPlot::rpQueuedReplot);
}

void GradientBarsView::setSnapshot(const Snapshot& snapshot) {
  snapshot_ = snapshot;
  clip_->setSnapshot(snapshot);
  refresh();
}

void GradientBarsView::clear() { setSnapshot(Snapshot()); }

void GradientBarsView::setMeasure(Measure measure) {
  const std::vector<Measure> offered = gradientMeasures();
  if (std::find(offered.begin(), offered.end(), measure) == offered.end())
    measure = Measure::WeightGradNorm;  // the bars show only the gradient measures
  const bool changed = measure != measure_;
  measure_ = measure;
  measureBox_->setCurrentIndex(measureBox_->findData(int(measure)));
  refresh();
  if (changed) emit measureChanged(measure);
}

void GradientBarsView::setLogScale(bool on) {
  const bool changed = on != logScale_;
  logScale_ = on;
  logBox_->setChecked(on);
  refresh();
  if (changed) emit logScaleChanged(on);
}

void GradientBarsView::setHighlightedLayer(int index) {
  highlighted_ = index;
  refresh();
}

void GradientBarsView::refresh() {
  const int n = int(snapshot_.layers.size());
  values_.resize(n);
  QVector<double> keys, shown, hiKeys, hiValues;
  for (int i = 0; i < n; ++i) {
    values_[i] = measureOf(snapshot_.layers[i], measure_);
    // A NaN/∞ (a diverged step) or, on a log axis, a zero has no bar to draw.
    if (!std::isfinite(values_[i]) || (logScale_ && values_[i] <= 0)) continue;
    keys << i + 1;
    shown << values_[i];
    if (i == highlighted_) {
      hiKeys << i + 1;
      hiValues << values_[i];
    }
  }
  bars_->setData(keys, shown, true);
  highlight_->setData(hiKeys, hiValues, true);
  bars_->setName(measureName(measure_));
  plot_->yAxis->setLabel(measureName(measure_));
  updateBound();
  updateAxes();
  updateZeros();
  plot_->replot(QCustomPlot::rpQueuedReplot);
}

// Crosses just above the axis floor (so they are not cut in half) for layers whose measure is
// exactly 0.
void GradientBarsView::updateZeros() {
  const QCPRange range = plot_->yAxis->range();
  const double y = logScale_ ? range.lower * std::pow(range.upper / range.lower, 0.04)
                             : range.lower + 0.04 * range.size();
  QVector<double> keys, floor;
  for (int i = 0; i < values_.size(); ++i)
    if (values_[i] == 0.0) {
      keys << i + 1;
      floor << y;
    }
  zeros_->setData(keys, floor, true);
  zeros_->setVisible(!keys.isEmpty());
  if (zeros_->visible())
    zeros_->addToLegend();
  else
    zeros_->removeFromLegend();
  // Plain words where there is no bar at all: before the first step, or when nothing can learn.
  if (values_.isEmpty()) {
    note_->setColor(PlotThemes::current().muted);
    note_->setText(tr("No training step yet:\npress Play (Space) or Step (S)."));
  } else {
    note_->setColor(PlotThemes::current().warning);
    note_->setText(tr("Every gradient is exactly 0:\nno layer can learn any more."));
  }
  note_->setVisible(values_.isEmpty() || keys.size() == values_.size());
}

QVector<int> GradientBarsView::zeroLayers() const {
  QVector<int> layers;
  if (!zeros_->visible()) return layers;
  for (auto it = zeros_->data()->begin(); it != zeros_->data()->end(); ++it)
    layers << int(it->key) - 1;
  return layers;
}

QString GradientBarsView::noteText() const { return note_->visible() ? note_->text() : QString(); }

// RMS δ: the weight-aware bound (true; see the header). Other measures, every hidden layer
// sigmoid: the σ′-only reference (max σ′)^(L−1−i) × value(output layer), max σ′ = ¼ from the
// activation's own table. A normalisation multiplies the backward signal by γ/√(σ² + ε) too, so
// neither is drawn there.
void GradientBarsView::updateBound() {
  const int n = int(snapshot_.layers.size());
  bool sigmoid = n >= 2;
  for (int i = 0; i + 1 < n; ++i)
    sigmoid = sigmoid && snapshot_.layers[i].activation == ActivationKind::Sigmoid &&
              snapshot_.layers[i].norm == "none";
  const double factor = Activation(ActivationKind::Sigmoid).maxDerivative();
  const double ref = n ? values_[n - 1] : 0.0;
  const std::vector<double> deltaBound =
      measure_ == Measure::DeltaRms ? deltaRmsBound(snapshot_.layers) : std::vector<double>();
  trueBound_ = !deltaBound.empty() && drawable(ref);
  QVector<double> keys, bound;
  for (int i = 0; i < n && (trueBound_ || (sigmoid && drawable(ref))); ++i) {
    keys << i + 1;
    bound << (trueBound_ ? deltaBound[i] : ref * std::pow(factor, n - 1 - i));
  }
  bound_->setName(trueBound_ ? tr("bound ∏ max f′·‖W‖₂ × output")
                             : tr("σ′-only reference 0.25ᵏ × output,\nweights ignored"));
  bound_->setData(keys, bound, true);
  bound_->setVisible(!keys.isEmpty());
  if (bound_->visible())
    bound_->addToLegend();
  else
    bound_->removeFromLegend();
}

bool GradientBarsView::boundVisible() const {
  return bound_->visible() && !bound_->data()->isEmpty();
}

void GradientBarsView::updateAxes() {
  const int n = int(snapshot_.layers.size());
  plot_->xAxis->setRange(0.3, std::max(n, 1) + 0.7);
  plot_->xAxis->setTicker(layerTicker(n));

  double lo = HUGE_VAL, hi = 0;
  auto include = [&](double v) {
    if (!drawable(v)) return;
    lo = std::min(lo, v);
    hi = std::max(hi, v);
  };
  for (double v : values_) include(v);
  if (bound_->visible())
    for (auto it = bound_->data()->begin(); it != bound_->data()->end(); ++it) include(it->value);
  if (logScale_) {
    usePowerOfTenAxis(plot_->yAxis);  // 10⁻³ labels in every language
    if (hi <= 0) lo = 1e-3, hi = 1;
    lo = std::max(lo / 3.0, 1e-300);
    hi *= 3.0;
    // At least two decades, so the log ticker labels whole powers of ten (no repeated labels).
    if (hi < 100 * lo) {
      const double mid = std::sqrt(lo * hi);
      lo = mid / 10;
      hi = mid * 10;
    }
    bars_->setBaseValue(lo);
    highlight_->setBaseValue(lo);
  } else {
    plot_->yAxis->setScaleType(QCPAxis::stLinear);
    plot_->yAxis->setTicker(QSharedPointer<QCPAxisTicker>::create());
    plot_->yAxis->setNumberFormat("gb");
    plot_->yAxis->setNumberPrecision(3);
    lo = 0;
    hi = hi > 0 ? hi * 1.1 : 1.0;
    bars_->setBaseValue(0);
    highlight_->setBaseValue(0);
  }
  plot_->yAxis->setRange(lo, hi);
}

QString GradientBarsView::barToolTip(int index) const {
  const int n = int(snapshot_.layers.size());
  if (index < 0 || index >= n) return {};
  const LayerStats& layer = snapshot_.layers[index];
  QString tip = values_[index] == 0.0
                    ? tr("%1 (%2, %3 → %4 units)\n%5 = 0 exactly: this layer gets no gradient")
                          .arg(layerName(layer, n), activationName(layer.activation))
                          .arg(layer.fanIn)
                          .arg(layer.fanOut)
                          .arg(measureName(measure_))
                    : tr("%1 (%2, %3 → %4 units)\n%5 = %6")
                          .arg(layerName(layer, n), activationName(layer.activation))
                          .arg(layer.fanIn)
                          .arg(layer.fanOut)
                          .arg(measureName(measure_), QString::number(values_[index], 'g', 6));
  // What the backward signal is multiplied by in this layer: its slopes and its weights' stretch.
  tip += '\n' + tr("mean f′ = %1 (max f′ = %2)")
                    .arg(QString::number(layer.meanDerivative, 'g', 3))
                    .arg(QString::number(layer.maxDerivative, 'g', 3));
  tip += '\n' + (layer.weightSpectralNorm >= 0
                     ? tr("‖W‖₂ = %1 (largest singular value)")
                           .arg(QString::number(layer.weightSpectralNorm, 'g', 3))
                     : tr("‖W‖₂ not computed (layer too large)"));
  return tip;
}

QString GradientBarsView::boundToolTip() const {
  if (trueBound_)
    return tr(
        "A true upper bound: going down one layer the error signal δ is multiplied by that "
        "layer's slopes f′ (at most max f′) and by the weights above it (which stretch it by at "
        "most ‖W‖₂, their largest singular value). No bar can cross this line.");
  return tr(
      "A reference, not a bound: each sigmoid layer multiplies the backward signal by its slope "
      "σ′ ≤ ¼, so k layers below the output this line is 0.25ᵏ × the output bar. It ignores the "
      "weights: where ‖W‖₂ > 4 they lift a bar above it. Choose the measure RMS δ to see the true "
      "bound with the weights.");
}

QString GradientBarsView::hoverTip(const QPoint& pos) const {
  const QCPAbstractLegendItem* bound = plot_->legend->itemWithPlottable(bound_);
  if (bound && bound->realVisibility() && bound->outerRect().contains(pos)) return boundToolTip();
  const double key = plot_->xAxis->pixelToCoord(pos.x());
  const int index = int(std::lround(key)) - 1;
  if (std::abs(key - (index + 1)) > 0.4) return {};
  return barToolTip(index);
}

void GradientBarsView::showHoverTip(QMouseEvent* event) {
  const QString tip = hoverTip(event->pos());
  if (tip.isEmpty())
    QToolTip::hideText();
  else
    QToolTip::showText(event->globalPosition().toPoint(), tip, plot_);
}

}  // namespace gs
