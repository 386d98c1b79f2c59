#include "compare_view.h"

#include <qcustomplot.h>

#include <QVBoxLayout>
#include <algorithm>
#include <cmath>

#include "kind_names.h"
#include "legend_fit.h"
#include "log_axis.h"
#include "plot_style.h"

namespace gs {
namespace {

QColor colorOf(int run) { return run == 0 ? runColorA() : runColorB(); }
QString letterOf(int run) { return run == 0 ? QStringLiteral("A") : QStringLiteral("B"); }

}  // namespace

CompareView::CompareView(QWidget* parent) : QWidget(parent), plot_(newPlot(this)) {
  auto* layout = new QVBoxLayout(this);
  layout->setContentsMargins(0, 0, 0, 0);
  layout->addWidget(plot_);
  plot_->setMinimumSize(480, 240);
  plot_->setPlottingHint(QCP::phFastPolylines, true);  // noisy loss curves (see LossCurveView)
  plot_->plotLayout()->clear();
  // The two panels side by side in one row, so the legend's row below spans both.
  auto* panels = new QCPLayoutGrid;
  plot_->plotLayout()->addElement(0, 0, panels);
  barRect_ = new QCPAxisRect(plot_);
  lossRect_ = new QCPAxisRect(plot_);
  panels->addElement(0, 0, barRect_);
  panels->addElement(0, 1, lossRect_);
  labels_[0] = tr("run A");
  labels_[1] = tr("run B");
  setupBars();
  setupLoss();
  setupLegend();
  redraw();
}

void CompareView::setupLegend() {
  auto* legend = new QCPLegend;
  auto* legendRow = new QCPLayoutGrid;
  plot_->plotLayout()->addElement(1, 0, legendRow);
  legendRow->addElement(0, 0, legend);
  legendRow->setMargins(QMargins(0, 0, 0, 4));
  plot_->plotLayout()->setRowStretchFactor(1, 0.001);
  legend->setFillOrder(QCPLayoutGrid::foColumnsFirst);
  legend->setFont(font());
  legend->setBorderPen(Qt::NoPen);
  legend->setLayer(QStringLiteral("legend"));
  plot_->legend = legend;
  for (int r = 0; r < 2; ++r) legend->addItem(new QCPPlottableLegendItem(legend, bars_[r]));
  keepLegendInside(plot_, legend);
}

void CompareView::setupBars() {
  auto* group = new QCPBarsGroup(plot_);
  for (int r = 0; r < 2; ++r) {
    bars_[r] = new QCPBars(barRect_->axis(QCPAxis::atBottom), barRect_->axis(QCPAxis::atLeft));
    bars_[r]->setBrush(colorOf(r));
    bars_[r]->setPen(Qt::NoPen);
    bars_[r]->setWidth(0.4);
    bars_[r]->setBarsGroup(group);
  }
  barRect_->axis(QCPAxis::atBottom)->setLabel(tr("layer (1 = next to the input)"));
  usePowerOfTenAxis(barRect_->axis(QCPAxis::atLeft));
  QSharedPointer<QCPAxisTickerFixed> ticker(new QCPAxisTickerFixed);
  ticker->setTickStep(1.0);
  ticker->setScaleStrategy(QCPAxisTickerFixed::ssMultiples);
  barRect_->axis(QCPAxis::atBottom)->setTicker(ticker);
  // Says why a run has no bars at all: every gradient exactly 0 has no place on a log axis.
  note_ = new QCPItemText(plot_);
  note_->setClipAxisRect(barRect_);
  note_->position->setAxisRect(barRect_);
  note_->position->setType(QCPItemPosition::ptAxisRectRatio);
  note_->position->setCoords(0.5, 0.04);
  note_->setPositionAlignment(Qt::AlignTop | Qt::AlignHCenter);
  note_->setTextAlignment(Qt::AlignLeft);
  note_->setBrush(QColor(255, 255, 255, 220));
  note_->setPen(QPen(deadColor()));
  note_->setPadding(QMargins(6, 3, 6, 3));
  note_->setVisible(false);
}

void CompareView::setupLoss() {
  for (int r = 0; r < 2; ++r) {
    loss_[r] =
        plot_->addGraph(lossRect_->axis(QCPAxis::atBottom), lossRect_->axis(QCPAxis::atLeft));
    loss_[r]->setPen(QPen(colorOf(r), 2, r == 0 ? Qt::SolidLine : Qt::DashLine));
    loss_[r]->removeFromLegend();
  }
  lossRect_->axis(QCPAxis::atBottom)->setLabel(tr("training step"));
  lossRect_->axis(QCPAxis::atLeft)->setLabel(tr("loss (log scale)"));
  usePowerOfTenAxis(lossRect_->axis(QCPAxis::atLeft));
}

QString CompareView::describeConfig(const Config& c) {
  QString s = QString::fromStdString(activationId(c.activation));
  if (c.hiddenActivation().hasAlpha()) s += QStringLiteral(" α=%1").arg(c.effectiveAlpha());
  s += QStringLiteral(", ") + QString::fromStdString(initId(c.init));
  if (c.initScale != 1.0) s += QStringLiteral(" ×%1").arg(c.initScale);
  if (c.residual) s += tr(", residual");
  s += QStringLiteral(", %1×%2").arg(c.depth).arg(c.width);
  return s;
}

QString CompareView::legendLabel(Run run) const {
  return QStringLiteral("%1: %2").arg(letterOf(run), labels_[run]);
}

void CompareView::setRunLabel(Run run, const QString& label) {
  labels_[run] = label;
  redraw();
}

void CompareView::setRun(Run run, const Snapshot& latest, const GradientHistory& history) {
  latest_[run] = latest;
  QVector<double> steps, loss;
  for (int c = 0; c < history.columns(); ++c) {
    if (!(history.loss(c) > 0) || !std::isfinite(history.loss(c))) continue;  // log axis
    steps << history.step(c);
    loss << history.loss(c);
  }
  loss_[run]->setData(steps, loss, true);
  redraw();
}

void CompareView::clearRun(Run run) {
  latest_[run] = Snapshot();
  loss_[run]->data()->clear();
  redraw();
}

void CompareView::setMeasure(Measure measure) {
  measure_ = measure;
  redraw();
}

QString CompareView::note() const { return note_->visible() ? note_->text() : QString(); }

void CompareView::redraw() {
  redrawBars();
  lossRect_->axis(QCPAxis::atBottom)->rescale();
  if (loss_[0]->dataCount() + loss_[1]->dataCount() > 0) {
    auto* left = lossRect_->axis(QCPAxis::atLeft);
    left->rescale();
    const LogRange r = logAxisRange(left->range().lower, left->range().upper, 1.5);
    left->setRange(r.lower, r.upper);
  }
  plot_->replot(QCustomPlot::rpQueuedReplot);
}

void CompareView::redrawBars() {
  const QString name = measureName(measure_);
  barRect_->axis(QCPAxis::atLeft)->setLabel(tr("%1 (log scale)").arg(name));
  double lo = 1e300, hi = 0;
  int layers = 1;
  QStringList dead;
  for (int r = 0; r < 2; ++r) {
    QVector<double> keys, values;
    bool allZero = !latest_[r].layers.empty();
    for (const LayerStats& s : latest_[r].layers) {
      const double v = measureOf(s, measure_);
      keys << s.index + 1;
      values << v;  // zero and below are not drawn on a log axis
      if (v > 0 && std::isfinite(v)) lo = std::min(lo, v), hi = std::max(hi, v);
      allZero = allZero && v == 0;
    }
    layers = std::max(layers, static_cast<int>(keys.size()));
    bars_[r]->setData(keys, values, true);
    bars_[r]->setName(legendLabel(static_cast<Run>(r)));
    if (allZero) dead << tr("%1: every gradient is 0 (dead units)").arg(letterOf(r));
  }
  const bool empty = latest_[0].layers.empty() && latest_[1].layers.empty();
  note_->setText(empty ? tr("No training step yet: press Play or Step\n"
                            "to train both networks on the same data.")
                       : dead.join(QLatin1Char('\n')));
  note_->setPen(QPen(empty ? QColor(0x88, 0x88, 0x88) : deadColor()));
  note_->setTextAlignment(empty ? Qt::AlignHCenter : Qt::AlignLeft);
  note_->setVisible(empty || !dead.isEmpty());
  if (hi <= 0) lo = 1e-3, hi = 1;
  barRect_->axis(QCPAxis::atBottom)->setRange(0.4, layers + 0.6);
  // Whole decades (at least one, so two are labelled) with a little room: both runs' bars sit
  // on one comparable scale.
  const double floorDecade = std::floor(std::log10(lo));
  const double ceilDecade = std::max(std::ceil(std::log10(hi)), floorDecade + 1);
  barRect_->axis(QCPAxis::atLeft)
      ->setRange(std::pow(10, floorDecade - 0.2), std::pow(10, ceilDecade + 0.2));
}

}  // namespace gs
