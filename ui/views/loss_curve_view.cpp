#include "loss_curve_view.h"

#include <qcustomplot.h>
#include <QAction>
#include <QCheckBox>
#include <QDoubleSpinBox>
#include <QHBoxLayout>
#include <QVBoxLayout>
#include <algorithm>
#include <cmath>

#include "axes_lock.h"
#include "ema_smoothing.h"
#include "flow_layout.h"
#include "legend_fit.h"
#include "plot_style.h"
#include "plot_theme.h"

namespace gs {

LossCurveView::LossCurveView(QWidget* parent)
    : QWidget(parent),
      plot_(newPlot(this)),
      logBox_(new QCheckBox(tr("Log scale"), this)),
      smoothBox_(new QCheckBox(tr("Smooth"), this)),
      smoothWeight_(new QDoubleSpinBox(this)),
      lockAction_(addLockAxesAction(this, {}, [this] { resetAxes(); })) {
  logBox_->setToolTip(tr("Show the loss on a logarithmic axis, to see progress at small values."));
  smoothBox_->setObjectName("smoothLoss");
  smoothBox_->setChecked(true);
  smoothBox_->setToolTip(
      tr("Draw a moving average over the noisy mini-batch curves, the raw "
         "curves faint behind it (as TensorBoard does)."));
  smoothWeight_->setObjectName("smoothWeight");
  smoothWeight_->setRange(0.05, 0.99);
  smoothWeight_->setSingleStep(0.05);
  smoothWeight_->setDecimals(2);
  smoothWeight_->setValue(kDefaultSmoothing);
  smoothWeight_->setToolTip(
      tr("Smoothing weight: 0.9 averages over about the last 10 steps, "
         "0.99 over about 100."));
  // The options wrap onto a second row in a narrow column or at presentation size.
  auto* header = new FlowLayout;
  header->addWidget(logBox_);
  auto* smooth = new QWidget(this);  // the weight stays next to its check box
  auto* smoothRow = new QHBoxLayout(smooth);
  smoothRow->setContentsMargins(0, 0, 0, 0);
  smoothRow->addWidget(smoothBox_);
  smoothRow->addWidget(smoothWeight_);
  header->addWidget(smooth);
  auto* layout = new QVBoxLayout(this);
  layout->setContentsMargins(0, 0, 0, 0);
  layout->addLayout(header);
  layout->addWidget(plot_, 1);
  setupPlot();
  connect(logBox_, &QCheckBox::toggled, this, &LossCurveView::setLogScale);
  connect(smoothBox_, &QCheckBox::toggled, this, [this] { setSmoothing(smoothing()); });
  connect(smoothWeight_, &QDoubleSpinBox::valueChanged, this,
          [this] { setSmoothing(smoothing()); });
}

double LossCurveView::smoothing() const {
  return smoothBox_->isChecked() ? smoothWeight_->value() : 0.0;
}

void LossCurveView::setSmoothing(double weight) {
  {
    const QSignalBlocker a(smoothBox_), b(smoothWeight_);
    smoothBox_->setChecked(weight > 0);
    if (weight > 0) smoothWeight_->setValue(weight);
  }
  smoothWeight_->setEnabled(weight > 0);
  const bool on = weight > 0;
  applyCurvePens();
  smoothLoss_->setVisible(on);
  smoothAccuracy_->setVisible(on && accuracy_->visible());
  // The legend names what is drawn boldly: the smoothed curves when smoothing is on (the faint raw
  // ones need no entry, and a shorter legend leaves the plot its height on a projector).
  for (QCPGraph* g : {smoothLoss_, smoothAccuracy_, loss_, accuracy_}) {
    const bool raw = g == loss_ || g == accuracy_;
    if (g->visible() && raw != on)
      g->addToLegend();
    else
      g->removeFromLegend();
  }
  updateSmoothed();
  plot_->replot(QCustomPlot::rpQueuedReplot);
}

void LossCurveView::updateSmoothed() {
  const double w = smoothing();
  for (auto [raw, smooth] : {std::pair{loss_, smoothLoss_}, {accuracy_, smoothAccuracy_}}) {
    if (w <= 0 || !smooth->visible()) {
      smooth->data()->clear();
      continue;
    }
    QVector<double> keys, values;
    keys.reserve(raw->data()->size());
    values.reserve(raw->data()->size());
    for (auto it = raw->data()->constBegin(); it != raw->data()->constEnd(); ++it) {
      keys << it->key;
      values << it->value;
    }
    smooth->setData(keys, debiasedEma(values, w), true);
  }
}

void LossCurveView::setAxesLocked(bool on) { lockAction_->setChecked(on); }
bool LossCurveView::axesLocked() const { return lockAction_->isChecked(); }

void LossCurveView::setFixedRanges(double maxStep, double lossLo, double lossHi) {
  setLockedQuietly(lockAction_, true);
  plot_->xAxis->setRange(0, maxStep);
  plot_->yAxis->setRange(lossLo, lossHi);
  plot_->replot(QCustomPlot::rpQueuedReplot);
}

void LossCurveView::resetAxes() {
  setLockedQuietly(lockAction_, false);
  updateRanges();
  plot_->replot(QCustomPlot::rpQueuedReplot);
}

void LossCurveView::setupPlot() {
  // A noisy mini-batch loss is thousands of segments spanning the whole height: stroked as one
  // antialiased polyline that took up to ~800 ms per replot; as separate segments, a few ms.
  plot_->setPlottingHint(QCP::phFastPolylines, true);
  plot_->plotLayout()->insertRow(0);
  plot_->plotLayout()->addElement(0, 0, new QCPTextElement(plot_, tr("Training loss")));
  loss_ = plot_->addGraph(plot_->xAxis, plot_->yAxis);
  loss_->setName(tr("loss (mini-batch)"));
  accuracy_ = plot_->addGraph(plot_->xAxis, plot_->yAxis2);
  accuracy_->setName(tr("accuracy (mini-batch)"));
  smoothLoss_ = plot_->addGraph(plot_->xAxis, plot_->yAxis);
  smoothLoss_->setName(tr("loss (smoothed)"));
  smoothAccuracy_ = plot_->addGraph(plot_->xAxis, plot_->yAxis2);
  smoothAccuracy_->setName(tr("accuracy (smoothed)"));
  plot_->xAxis->setLabel(tr("step"));
  plot_->yAxis->setLabel(tr("loss"));
  plot_->yAxis2->setLabel(tr("accuracy"));
  plot_->yAxis2->setRange(0, 1.05);
  // The legend sits in its own row under the plot: the loss falls and the accuracy rises, so
  // any corner inside the axes would cover one of them.
  placeLegendBelow(plot_, 2);
  clear();
  followPlotTheme(this, [this](const PlotTheme& theme) { applyTheme(theme); });
  setSmoothing(kDefaultSmoothing);
}

void LossCurveView::applyTheme(const PlotTheme& t) {
  t.applyFrame(plot_);
  background_ = t.background;
  lossPen_ = t.curvePen(t.loss, 1.5);
  accuracyPen_ = t.curvePen(t.accuracy, 1.5);
  smoothLoss_->setPen(t.curvePen(t.loss, 2.5));
  smoothAccuracy_->setPen(t.curvePen(t.accuracy, 2.5));
  applyCurvePens();
  plot_->replot(QCustomPlot::rpQueuedReplot);
}

// Smoothed: the raw curves faint behind the moving average.
void LossCurveView::applyCurvePens() {
  const bool on = smoothing() > 0;
  // Opaque, mixed 70 % toward the background: a translucent pen makes Qt stroke a noisy curve of
  // thousands of points as one path (over 100 ms per replot).
  auto faint = [on, bg = background_](QPen pen) {
    if (!on) return pen;
    const QColor c = pen.color();
    auto mix = [](int a, int b) { return int(0.3 * a + 0.7 * b); };
    pen.setColor(
        QColor(mix(c.red(), bg.red()), mix(c.green(), bg.green()), mix(c.blue(), bg.blue())));
    return pen;
  };
  loss_->setPen(faint(lossPen_));
  accuracy_->setPen(faint(accuracyPen_));
}

void LossCurveView::addPoints(const QVector<LossPoint>& points) {
  using Added = ThinnedSeries<LossPoint>::Added;
  bool accuracy = false, thinned = false;
  for (const LossPoint& p : points) {
    if (!std::isfinite(p.loss)) continue;  // a diverged step is reported, not drawn
    if (first_ < 0) first_ = p.step;
    const auto added = points_.add(p.step - first_, p);
    accuracy = accuracy || (p.hasAccuracy && added != Added::Dropped);
    if (added == Added::Thinned) thinned = true;
    if (added != Added::Appended || thinned) continue;  // redrawn below
    loss_->addData(double(p.step), p.loss);
    if (p.hasAccuracy) accuracy_->addData(double(p.step), p.accuracy);
  }
  if (thinned) redraw();
  if (accuracy && !accuracy_->visible()) {
    plot_->yAxis2->setVisible(true);
    accuracy_->setVisible(true);
    accuracy_->addToLegend();
    setSmoothing(smoothing());  // the smoothed accuracy joins
  }
  updateSmoothed();
  updateRanges();
  plot_->replot(QCustomPlot::rpQueuedReplot);
}

void LossCurveView::clear() {
  loss_->data()->clear();
  accuracy_->data()->clear();
  first_ = -1;
  points_.clear();
  accuracy_->setVisible(false);
  accuracy_->removeFromLegend();
  smoothLoss_->data()->clear();
  smoothAccuracy_->data()->clear();
  smoothAccuracy_->setVisible(false);
  smoothAccuracy_->removeFromLegend();
  plot_->yAxis2->setVisible(false);
  updateRanges();
  plot_->replot(QCustomPlot::rpQueuedReplot);
}

void LossCurveView::redraw() {
  QVector<QCPGraphData> loss, accuracy;
  loss.reserve(int(points_.size()));
  for (const LossPoint& p : points_.items()) {
    loss.append({double(p.step), p.loss});
    if (p.hasAccuracy) accuracy.append({double(p.step), p.accuracy});
  }
  loss_->data()->set(loss, true);
  accuracy_->data()->set(accuracy, true);
}

void LossCurveView::setLogScale(bool on) {
  const bool changed = on != logScale_;
  logScale_ = on;
  logBox_->setChecked(on);
  if (on) {
    plot_->yAxis->setScaleType(QCPAxis::stLogarithmic);
    plot_->yAxis->setTicker(QSharedPointer<QCPAxisTickerLog>::create());
  } else {
    plot_->yAxis->setScaleType(QCPAxis::stLinear);
    plot_->yAxis->setTicker(QSharedPointer<QCPAxisTicker>::create());
  }
  updateRanges();
  plot_->replot(QCustomPlot::rpQueuedReplot);
  if (changed) emit logScaleChanged(on);
}

void LossCurveView::updateRanges() {
  if (lockAction_->isChecked()) return;  // kept where the teacher put them
  bool found = false;
  const QCPRange keys = loss_->data()->keyRange(found);
  plot_->xAxis->setRange(found ? QCPRange(0, std::max(keys.upper, 1.0)) : QCPRange(0, 10));
  // On a log axis only positive losses count; a zero loss is below every decade shown.
  const QCPRange values =
      loss_->data()->valueRange(found, logScale_ ? QCP::sdPositive : QCP::sdBoth);
  if (!found) {
    plot_->yAxis->setRange(logScale_ ? QCPRange(1e-3, 1) : QCPRange(0, 1));
  } else if (logScale_) {
    plot_->yAxis->setRange(values.lower / 1.5, values.upper * 1.5);
  } else {
    plot_->yAxis->setRange(0, values.upper > 0 ? values.upper * 1.05 : 1.0);
  }
}

}  // namespace gs
