#include "loss_curve_view.h"

#include <qcustomplot.h>
#include <QCheckBox>
#include <QHBoxLayout>
#include <QVBoxLayout>
#include <algorithm>
#include <cmath>

#include "legend_fit.h"
#include "plot_style.h"

namespace gs {

LossCurveView::LossCurveView(QWidget* parent)
    : QWidget(parent), plot_(newPlot(this)), logBox_(new QCheckBox(tr("Log scale"), this)) {
  logBox_->setToolTip(tr("Show the loss on a logarithmic axis, to see progress at small values."));
  auto* header = new QHBoxLayout;
  header->addWidget(logBox_);
  header->addStretch();
  auto* layout = new QVBoxLayout(this);
  layout->setContentsMargins(0, 0, 0, 0);
  layout->addLayout(header);
  layout->addWidget(plot_, 1);
  setupPlot();
  connect(logBox_, &QCheckBox::toggled, this, &LossCurveView::setLogScale);
}

void LossCurveView::setupPlot() {
  // A noisy mini-batch loss is thousands of segments spanning the whole height: stroked as one
  // antialiased polyline that took up to ~800 ms per replot; as separate segments, a few ms.
  plot_->setPlottingHint(QCP::phFastPolylines, true);
  plot_->plotLayout()->insertRow(0);
  plot_->plotLayout()->addElement(0, 0, new QCPTextElement(plot_, tr("Training loss")));
  loss_ = plot_->addGraph(plot_->xAxis, plot_->yAxis);
  loss_->setPen(QPen(QColor(31, 119, 180), 1.5));
  loss_->setName(tr("loss (mini-batch)"));
  accuracy_ = plot_->addGraph(plot_->xAxis, plot_->yAxis2);
  accuracy_->setPen(QPen(QColor(255, 127, 14), 1.5));
  accuracy_->setName(tr("accuracy (mini-batch)"));
  plot_->xAxis->setLabel(tr("step"));
  plot_->yAxis->setLabel(tr("loss"));
  plot_->yAxis2->setLabel(tr("accuracy"));
  plot_->yAxis2->setRange(0, 1.05);
  // The legend sits in its own row under the plot: the loss falls and the accuracy rises, so
  // any corner inside the axes would cover one of them.
  placeLegendBelow(plot_, 2);
  clear();
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
  if (accuracy) {
    plot_->yAxis2->setVisible(true);
    accuracy_->setVisible(true);
    accuracy_->addToLegend();
  }
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
