#include "gradient_histogram_view.h"

#include <qcustomplot.h>

#include <QVBoxLayout>
#include <algorithm>
#include <cmath>

#include "log_axis.h"
#include "magnitude_histogram.h"
#include "plot_style.h"
#include "plot_theme.h"

namespace gs {
namespace {

constexpr double kMinDecades = 2;  // the axis spans at least two whole decades
// The zero slot is an eighth of the decades shown (at least one), half as much again apart.
constexpr double kZeroSlotShare = 1.0 / 8;

double binWidth() { return 1.0 / kMagnitudeBinsPerDecade; }

// Powers of ten every 1, 2, 3, 5, 10 … decades (about tickCount() of them, as fitTickCounts sets it
// for the axis' length), from the lowest bin up; and the zero slot's own label. A decade closer to
// the slot than 0.6 step is left out: "0" is half as wide as "10⁻¹²", so the two labels keep at
// least the room any other two have.
class DecadeTicker : public QCPAxisTicker {
 public:
  double zeroAt = NAN, firstDecade = 0;
  QString zeroLabel;

 protected:
  double getTickStep(const QCPRange& range) override {
    const double raw = (range.upper - firstDecade) / std::max(1, tickCount());
    for (double step : {1, 2, 3, 5, 10, 20, 30, 50, 100, 200}) {
      if (step >= raw) return step;
    }
    return 500;
  }
  int getSubTickCount(double) override { return 0; }
  QVector<double> createTickVector(double step, const QCPRange& range) override {
    QVector<double> ticks;
    if (range.contains(zeroAt)) ticks << zeroAt;
    for (double d = std::ceil(std::max(range.lower, firstDecade) / step) * step; d <= range.upper;
         d += step)
      if (d - zeroAt >= 0.6 * step) ticks << d;
    return ticks;
  }
  QString getTickLabel(double tick, const QLocale&, QChar, int) override {
    return tick == zeroAt ? zeroLabel : powerOfTenLabel(std::pow(10.0, tick));
  }
};

}  // namespace

GradientHistogramView::GradientHistogramView(QWidget* parent)
    : QWidget(parent), plot_(newPlot(this)) {
  auto* layout = new QVBoxLayout(this);
  layout->setContentsMargins(0, 0, 0, 0);
  layout->addWidget(plot_);
  plot_->setMinimumSize(320, 200);
  plot_->plotLayout()->insertRow(0);
  QFont bold = font();
  bold.setBold(true);
  plot_->plotLayout()->addElement(
      0, 0, new QCPTextElement(plot_, tr("Gradient histograms per layer"), bold));
  plot_->xAxis->setLabel(tr("|∂L/∂W| of an entry (log scale)"));
  plot_->yAxis->setLabel(tr("share of the layer's entries"));
  auto ticker = QSharedPointer<DecadeTicker>::create();
  // Just "0": it fits under the slot at any size, and it cannot be read as a power of ten, which
  // are all written 10ⁿ ("exactly 0" was wider than the slot in a small figure).
  ticker->zeroLabel = QStringLiteral("0");
  plot_->xAxis->setTicker(ticker);
  scale_ = new QCPColorScale(plot_);
  plot_->plotLayout()->addElement(1, 1, scale_);
  scale_->setType(QCPAxis::atRight);
  scale_->axis()->setLabel(tr("layer"));
  auto* margins = new QCPMarginGroup(plot_);
  plot_->axisRect()->setMarginGroup(QCP::msBottom | QCP::msTop, margins);
  scale_->setMarginGroup(QCP::msBottom | QCP::msTop, margins);
  separator_ = new QCPItemStraightLine(plot_);
  plot_->yAxis->setRange(0, 1);
  placeAxis(0);
  followPlotTheme(this, [this](const PlotTheme& t) { applyTheme(t); });
}

void GradientHistogramView::applyTheme(const PlotTheme& theme) {
  scale_->setGradient(theme.layerGradient());
  for (int i = 0; i < plot_->graphCount() && i < graphLayers_.size(); ++i)
    plot_->graph(i)->setPen(QPen(theme.layerColour(graphLayers_[i], layers_)));
  for (int i = 0; i < zeroBars_.size(); ++i) {
    const QColor c = theme.layerColour(barLayers_[i], layers_);
    zeroBars_[i]->setPen(theme.pen(c, 1));
    zeroBars_[i]->setBrush(c);
  }
  separator_->setPen(theme.pen(theme.foreground, 1.5, Qt::DashLine));
  theme.applyKeepingCurveColours(plot_, 2);
}

int GradientHistogramView::curveCount() const { return plot_->graphCount(); }

QCPGraph* GradientHistogramView::curve(int layer) const {
  const int i = graphLayers_.indexOf(layer);
  return i < 0 ? nullptr : plot_->graph(i);
}

double GradientHistogramView::zeroShare(int layer) const {
  for (int i = 0; i < zeroBars_.size(); ++i)
    if (barLayers_[i] == layer && !zeroBars_[i]->data()->isEmpty())
      return zeroBars_[i]->data()->constBegin()->value;
  return 0;
}

// The outline of the bars: a point at every bin edge, up at the left edge and down at the right;
// x in decades, height = share of all the layer's entries (its zeros included).
void GradientHistogramView::addCurve(const MagnitudeHistogram& h, int layer, int layers) {
  const double total = h.total();
  const int bins = static_cast<int>(h.counts.size());
  QVector<double> keys{magnitudeBinStart(h, 0)}, values{0.0};
  for (int b = 0; b < bins; ++b) {
    const double share = h.counts[std::size_t(b)] / total;
    keys << magnitudeBinStart(h, b) << magnitudeBinStart(h, b) + binWidth();
    values << share << share;
  }
  keys << magnitudeBinStart(h, bins);
  values << 0.0;
  QCPGraph* g = plot_->addGraph();
  const PlotTheme& theme = PlotThemes::current();
  g->setPen(theme.curvePen(theme.layerColour(layer, layers), 2));
  g->setData(keys, values, true);
  graphLayers_.push_back(layer);
}

// Layer `layer`'s zeros: a bar in the slot, the layers side by side from the input's at the left.
void GradientHistogramView::addZeroBar(double share, int layer, int layers, double slotWidth) {
  auto* bars = new QCPBars(plot_->xAxis, plot_->yAxis);
  const double each = slotWidth / layers;
  bars->setWidth(0.85 * each);
  bars->addData(zeroCentre_ - slotWidth / 2 + (layer - 0.5) * each, share);
  const PlotTheme& theme = PlotThemes::current();
  const QColor c = theme.layerColour(layer, layers);
  bars->setPen(theme.pen(c, 1));
  bars->setBrush(c);
  zeroBars_.push_back(bars);
  barLayers_.push_back(layer);
}

// The decades of the bins, then the zero slot left of them behind the dashed line.
void GradientHistogramView::placeAxis(int layers) {
  if (highDecade_ - lowDecade_ < kMinDecades) highDecade_ = lowDecade_ + kMinDecades;
  const double slot = std::max(1.0, (highDecade_ - lowDecade_) * kZeroSlotShare);
  zeroCentre_ = lowDecade_ - slot;  // half a slot apart, then half the slot
  separator_->point1->setCoords(lowDecade_ - slot / 4, 0);
  separator_->point2->setCoords(lowDecade_ - slot / 4, 1);
  plot_->xAxis->setRange(zeroCentre_ - 0.65 * slot, highDecade_ + 0.1);
  auto ticker = plot_->xAxis->ticker().staticCast<DecadeTicker>();
  ticker->zeroAt = zeroCentre_;
  ticker->firstDecade = lowDecade_;
  scale_->setDataRange(QCPRange(1, std::max(2, layers)));
  scale_->axis()->setTicker(layerTicker(std::max(1, layers)));
}

void GradientHistogramView::setSnapshot(const Snapshot& s) {
  plot_->clearPlottables();
  graphLayers_.clear();
  zeroBars_.clear();
  barLayers_.clear();
  const int layers = static_cast<int>(s.layers.size());
  layers_ = layers;
  double low = INFINITY, high = -INFINITY;
  for (const LayerStats& l : s.layers) {
    const MagnitudeHistogram& h = l.weightGradient;
    if (h.counts.empty()) continue;
    low = std::min(low, double(h.lowDecade));
    high = std::max(high, magnitudeBinStart(h, int(h.counts.size())));
  }
  lowDecade_ = std::isfinite(low) ? low : -3;
  highDecade_ = std::isfinite(high) ? high : 0;
  placeAxis(layers);
  const double slot = std::max(1.0, (highDecade_ - lowDecade_) * kZeroSlotShare);
  double tallest = 0;
  // The output side first, so that the input side's curves are drawn on top.
  for (int l = layers; l-- > 0;) {
    const MagnitudeHistogram& h = s.layers[std::size_t(l)].weightGradient;
    const int total = h.total();
    if (total == 0) continue;
    if (!h.counts.empty()) addCurve(h, l + 1, layers);
    for (int c : h.counts) tallest = std::max(tallest, double(c) / total);
    if (h.zeros > 0) addZeroBar(double(h.zeros) / total, l + 1, layers, slot);
    tallest = std::max(tallest, double(h.zeros) / total);
  }
  plot_->yAxis->setRange(0, std::max(0.05, std::min(1.0, tallest * 1.1)));
  plot_->replot(QCustomPlot::rpQueuedReplot);
}

}  // namespace gs
