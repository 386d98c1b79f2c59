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

#include "axes_lock.h"
#include "bars_axis_range.h"
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

// Markers at one height for the given layers (1-based keys); shown and in the legend only if any.
void showMarkers(QCPGraph* graph, const QVector<double>& keys, double height) {
  graph->setData(keys, QVector<double>(keys.size(), height), true);
  graph->setVisible(!keys.isEmpty());
  if (graph->visible())
    graph->addToLegend();
  else
    graph->removeFromLegend();
}

QVector<int> markedLayers(const QCPGraph* graph) {
  QVector<int> layers;
  if (!graph->visible()) return layers;
  for (auto it = graph->data()->begin(); it != graph->data()->end(); ++it)
    layers << int(it->key) - 1;
  return layers;
}

QString layerName(const LayerStats& layer, int count) {
  if (layer.index == count - 1) return GradientBarsView::tr("output layer");
  return GradientBarsView::tr("hidden layer %1").arg(layer.index + 1);
}

}  // namespace

GradientBarsView::GradientBarsView(QWidget* parent)
    : QWidget(parent),
      plot_(newPlot(this)),
      measureBox_(new QComboBox(this)),
      logBox_(new QCheckBox(tr("Log scale"), this)),
      lockAction_(addLockAxesAction(
          this,
          [this] {  // ticked: the range shown now, on this scale; the other scale fits once
            const QCPRange r = plot_->yAxis->range();
            kept_[logScale_] = std::pair(r.lower, r.upper);
            kept_[!logScale_].reset();
          },
          [this] { resetAxes(); })) {
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
  below_ = plot_->addGraph();
  below_->setLineStyle(QCPGraph::lsNone);
  below_->setName(tr("below the locked axis"));
  above_ = plot_->addGraph();
  above_->setLineStyle(QCPGraph::lsNone);
  above_->setName(tr("above the locked axis"));
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
  for (auto [graph, shape] : {std::pair{below_, QCPScatterStyle::ssTriangleInverted},
                              {above_, QCPScatterStyle::ssTriangle}}) {
    graph->setPen(t.pen(t.warning, 1.5));
    graph->setScatterStyle(QCPScatterStyle(shape, t.pen(t.warning, 1.5), t.warning, t.marker(11)));
  }
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
  values_.resize(int(snapshot_.layers.size()));
  for (int i = 0; i < values_.size(); ++i) values_[i] = measureOf(snapshot_.layers[i], measure_);
  bars_->setName(measureName(measure_));
  plot_->yAxis->setLabel(measureName(measure_));
  updateBound();
  updateAxes();
  updateBars();
  updateZeros();
  plot_->replot(QCustomPlot::rpQueuedReplot);
}

// A NaN/∞ (a diverged step) or, on a log axis, a zero has no bar to draw. Under a locked floor a
// bar has no true height to show either: a ▼ at the floor says "lower than this" (drawing it at
// the floor would claim a value it does not have); over the top a bar is cut there, with a ▲.
void GradientBarsView::updateBars() {
  const QCPRange range = plot_->yAxis->range();
  QVector<double> keys, shown, hiKeys, hiValues, below, above;
  for (int i = 0; i < values_.size(); ++i) {
    const double v = values_[i];
    if (!std::isfinite(v) || (logScale_ && v <= 0)) continue;
    if (v < range.lower) {
      below << i + 1;
      continue;
    }
    if (v > range.upper) above << i + 1;
    keys << i + 1;
    shown << v;
    if (i == highlighted_) {
      hiKeys << i + 1;
      hiValues << v;
    }
  }
  bars_->setData(keys, shown, true);
  highlight_->setData(hiKeys, hiValues, true);
  showMarkers(below_, below, heightInRange(range, logScale_, 0.04));
  showMarkers(above_, above, heightInRange(range, logScale_, 0.96));
}

QVector<int> GradientBarsView::belowAxisLayers() const { return markedLayers(below_); }
QVector<int> GradientBarsView::aboveAxisLayers() const { return markedLayers(above_); }

// Crosses just above the axis floor (so they are not cut in half) for layers whose measure is
// exactly 0.
void GradientBarsView::updateZeros() {
  QVector<double> keys;
  for (int i = 0; i < values_.size(); ++i)
    if (values_[i] == 0.0) keys << i + 1;
  showMarkers(zeros_, keys, heightInRange(plot_->yAxis->range(), logScale_, 0.04));
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

QVector<int> GradientBarsView::zeroLayers() const { return markedLayers(zeros_); }

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
  QVector<double> drawn = values_;
  if (bound_->visible())
    for (auto it = bound_->data()->begin(); it != bound_->data()->end(); ++it) drawn << it->value;
  const QCPRange fit = fitBarsRange(drawn, logScale_);
  std::pair<double, double> range(fit.lower, fit.upper);
  if (axesLocked()) {  // kept; locked on the other scale, this scale's first fit is kept from now
    if (!kept_[logScale_]) kept_[logScale_] = range;
    range = *kept_[logScale_];
  }
  if (logScale_) {
    usePowerOfTenAxis(plot_->yAxis);  // 10⁻³ labels in every language
  } else {
    plot_->yAxis->setScaleType(QCPAxis::stLinear);
    plot_->yAxis->setTicker(QSharedPointer<QCPAxisTicker>::create());
    plot_->yAxis->setNumberFormat("gb");
    plot_->yAxis->setNumberPrecision(3);
  }
  bars_->setBaseValue(logScale_ ? range.first : 0);
  highlight_->setBaseValue(logScale_ ? range.first : 0);
  plot_->yAxis->setRange(range.first, range.second);
}

void GradientBarsView::setAxesLocked(bool on) { lockAction_->setChecked(on); }
bool GradientBarsView::axesLocked() const { return lockAction_->isChecked(); }

void GradientBarsView::setFixedRange(double lo, double hi) {
  setLockedQuietly(lockAction_, true);
  kept_[true] = std::pair(lo, hi);
  kept_[false] = std::pair(0.0, hi);
  refresh();
}

void GradientBarsView::resetAxes() {
  setLockedQuietly(lockAction_, false);
  kept_[false].reset();
  kept_[true].reset();
  refresh();
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
  const QCPRange range = plot_->yAxis->range();
  if (std::isfinite(values_[index]) && values_[index] > 0 && values_[index] < range.lower)
    tip += '\n' + tr("below the locked axis, which starts at %1").arg(range.lower, 0, 'g', 3);
  else if (values_[index] > range.upper)
    tip += '\n' + tr("above the locked axis, which ends at %1").arg(range.upper, 0, 'g', 3);
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
