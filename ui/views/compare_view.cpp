#include "compare_view.h"

#include <qcustomplot.h>

#include <QFontMetrics>
#include <QVBoxLayout>
#include <algorithm>
#include <cmath>

#include "kind_names.h"
#include "legend_fit.h"
#include "log_axis.h"
#include "plot_style.h"
#include "plot_theme.h"

namespace gs {
namespace {

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
  followPlotTheme(this, [this](const PlotTheme& theme) { applyTheme(theme); });
  redraw();
}

void CompareView::applyTheme(const PlotTheme& t) {
  t.applyFrame(plot_);
  for (int r = 0; r < 2; ++r) {
    const QColor color = r == 0 ? t.runA : t.runB;
    bars_[r]->setBrush(color);
    loss_[r]->setPen(t.curvePen(color, 2, r == 0 ? Qt::SolidLine : Qt::DashLine));
  }
  note_->setBrush(t.noteBackground);
  note_->setFont(t.font());
  note_->setColor(t.foreground);
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
  note_->setPadding(QMargins(6, 3, 6, 3));
  // A line wider than the bars panel (a narrow window, a figure at zoom 2) breaks after its
  // "A:"/"B:" instead of being cut at both ends.
  connect(plot_, &QCustomPlot::beforeReplot, this, [this] {
    const QString text = note_->text();
    const int room = barRect_->width() - 16;
    QString fitted;
    for (const QString& line : text.split('\n')) {
      const int colon = line.indexOf(QLatin1String(": "));
      const bool fits = QFontMetrics(note_->font()).horizontalAdvance(line) <= room;
      if (!fitted.isEmpty()) fitted += '\n';
      fitted += fits || colon < 0 ? line : line.left(colon + 1) + '\n' + line.mid(colon + 2);
    }
    if (fitted != text && !text.contains(QLatin1String(":\n"))) note_->setText(fitted);
  });
  note_->setVisible(false);
}

void CompareView::setupLoss() {
  for (int r = 0; r < 2; ++r) {
    loss_[r] =
        plot_->addGraph(lossRect_->axis(QCPAxis::atBottom), lossRect_->axis(QCPAxis::atLeft));
    loss_[r]->removeFromLegend();
  }
  lossRect_->axis(QCPAxis::atBottom)->setLabel(tr("training step"));
  lossRect_->axis(QCPAxis::atLeft)->setLabel(tr("loss (log scale)"));
  usePowerOfTenAxis(lossRect_->axis(QCPAxis::atLeft));
}

QString CompareView::describeConfig(const Config& c) {
  QString s = activationName(c.hiddenActivation().kind());
  if (c.hiddenActivation().hasAlpha()) s += QStringLiteral(" α=%1").arg(c.effectiveAlpha());
  s += QStringLiteral(", ") + initName(c.init);
  if (c.initScale != 1.0) s += QStringLiteral(" ×%1").arg(c.initScale);
  if (c.residual) s += tr(", residual");
  if (c.norm != NormKind::None) s += QStringLiteral(", ") + normName(c.norm);
  if (c.clipNorm > 0) s += tr(", clip ‖g‖ ≤ %1").arg(c.clipNorm);
  if (c.clipValue > 0) s += tr(", clip |g| ≤ %1").arg(c.clipValue);
  if (c.weightDecay > 0) s += tr(", decay %1").arg(c.weightDecay);
  s += QStringLiteral(", %1×%2").arg(c.depth).arg(c.width);
  return s;
}

QString CompareView::describeAgainst(const Config& c, const Config& other) {
  QString s = describeConfig(c);
  if (c.optimizer.kind != other.optimizer.kind || c.optimizer.lr != other.optimizer.lr)
    s += QStringLiteral(", %1 lr %2").arg(optimizerName(c.optimizer.kind)).arg(c.optimizer.lr);
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
  // With no data rescale() keeps the old range: a reset run would keep the last run's steps.
  if (loss_[0]->dataCount() + loss_[1]->dataCount() == 0)
    lossRect_->axis(QCPAxis::atBottom)->setRange(0, 10);
  else
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
  note_->setPen(QPen(empty ? PlotThemes::current().muted : PlotThemes::current().dead));
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
