#include "gradient_heatmap_view.h"

#include <qcustomplot.h>

#include <QFontMetrics>
#include <QVBoxLayout>
#include <cmath>
#include <limits>

#include "kind_names.h"
#include "plot_style.h"
#include "plot_theme.h"

namespace gs {

GradientHeatmapView::GradientHeatmapView(QWidget* parent)
    : QWidget(parent), plot_(newPlot(this)), history_(GradientHistory::kMinColumns) {
  auto* layout = new QVBoxLayout(this);
  layout->setContentsMargins(0, 0, 0, 0);
  layout->addWidget(plot_);
  plot_->setMinimumSize(320, 200);
  plot_->xAxis->setLabel(tr("training step"));
  plot_->yAxis->setLabel(tr("layer (1 = next to the input)"));
  // A title, so an exported heatmap says what it is.
  plot_->plotLayout()->insertRow(0);
  plot_->plotLayout()->addElement(
      0, 0,
      new QCPTextElement(plot_, tr("Gradient per layer over the run"),
                         QFont(font().family(), font().pointSize() + 1, QFont::Bold)));
  map_ = new QCPColorMap(plot_->xAxis, plot_->yAxis);
  map_->setInterpolate(false);
  // Whole cells: layer l fills l ± ½, so the first and last layers are as tall as the others.
  map_->setTightBoundary(false);
  scale_ = new QCPColorScale(plot_);
  plot_->plotLayout()->addElement(1, 1, scale_);
  scale_->setType(QCPAxis::atRight);
  map_->setColorScale(scale_);
  // Keep the plot and the colour scale the same height.
  auto* margins = new QCPMarginGroup(plot_);
  plot_->axisRect()->setMarginGroup(QCP::msBottom | QCP::msTop, margins);
  scale_->setMarginGroup(QCP::msBottom | QCP::msTop, margins);
  zeroNote_ =
      new QCPTextElement(plot_, tr("grey: exactly 0, no gradient (log₁₀ undefined)"), font());
  zeroNote_->setVisible(false);  // rebuild() puts it into the layout while there are grey cells
  // The footnote breaks onto two lines rather than being cut in a narrow dock or at a large font.
  connect(plot_, &QCustomPlot::beforeReplot, this, [this] {
    const QString line = tr("grey: exactly 0, no gradient (log₁₀ undefined)");
    const bool fits =
        QFontMetrics(zeroNote_->font()).horizontalAdvance(line) <= plot_->viewport().width() - 8;
    const int cut = line.indexOf(QLatin1String(" ("));
    const QString text = fits || cut < 0 ? line : line.left(cut) + '\n' + line.mid(cut + 1);
    if (zeroNote_->text() != text) zeroNote_->setText(text);
  });
  rebuild();
  followPlotTheme(this, [this](const PlotTheme& theme) { applyTheme(theme); });
}

void GradientHeatmapView::applyTheme(const PlotTheme& t) {
  t.applyFrame(plot_);
  // The colour scale reports its current margins as its wish (QCPLayoutElement's default), so
  // the margin group never lets them shrink: start again from none, or the margins of large text
  // would stay after presentation mode.
  scale_->setMargins(QMargins());
  map_->setGradient(t.heatmapGradient());
  zeroNote_->setTextColor(t.muted);
  plot_->replot(QCustomPlot::rpQueuedReplot);
}

bool GradientHeatmapView::isLogMeasure(Measure m) {
  return !measureIsFraction(m) && m != Measure::ActivationMean &&
         m != Measure::PreActivationMean;  // means can be negative
}

void GradientHeatmapView::setHistory(const GradientHistory& history) {
  history_ = history;
  rebuild();
}

void GradientHeatmapView::setMeasure(Measure measure) {
  measure_ = measure;
  rebuild();
}

QString GradientHeatmapView::zeroNote() const {
  return zeroNote_->layout() != nullptr ? zeroNote_->text() : QString();
}

void GradientHeatmapView::showZeroNote(bool show) {
  const bool shown = zeroNote_->layout() != nullptr;
  if (show == shown) return;
  if (show) {
    const int row = plot_->plotLayout()->rowCount();  // under the map (the title is row 0)
    plot_->plotLayout()->addElement(row, 0, zeroNote_);
    plot_->plotLayout()->setRowStretchFactor(row, 0.001);
    zeroNote_->setVisible(true);
  } else {
    zeroNote_->setVisible(false);
    plot_->plotLayout()->take(zeroNote_);
    plot_->plotLayout()->simplify();
  }
}

int GradientHeatmapView::cellCount() const {
  return map_->data()->keySize() * map_->data()->valueSize();
}

void GradientHeatmapView::rebuild() {
  const int cols = history_.columns(), layers = history_.layers();
  const bool log = isLogMeasure(measure_);
  const QString name = measureName(measure_);
  scale_->axis()->setLabel(log ? tr("log₁₀ %1").arg(name) : name);
  if (cols == 0 || layers == 0) {
    showZeroNote(false);
    map_->data()->clear();
    plot_->replot(QCustomPlot::rpQueuedReplot);
    return;
  }
  map_->data()->setSize(cols, layers);
  const double first = history_.step(0), last = history_.step(cols - 1);
  // Cell centres sit on the recorded steps and on whole layer numbers.
  map_->data()->setRange(cols > 1 ? QCPRange(first, last) : QCPRange(first - 0.5, first + 0.5),
                         layers > 1 ? QCPRange(1, layers) : QCPRange(0.5, 1.5));
  double lo = std::numeric_limits<double>::infinity(), hi = -lo;
  bool zeros = false;
  for (int c = 0; c < cols; ++c)
    for (int l = 0; l < layers; ++l) {
      const double v = history_.value(l, c, measure_);
      const double shown = !log ? v : v > 0 ? std::log10(v) : std::nan("");
      map_->data()->setCell(c, l, shown);
      zeros = zeros || (log && v == 0);
      if (std::isfinite(shown)) {
        lo = std::min(lo, shown);
        hi = std::max(hi, shown);
      }
    }
  showZeroNote(zeros);
  if (!std::isfinite(lo)) lo = hi = 0;
  if (measureIsFraction(measure_)) lo = 0, hi = std::max(hi, 1.0);
  map_->setDataRange(hi - lo < 1e-9 ? QCPRange(lo - 0.5, hi + 0.5) : QCPRange(lo, hi));
  plot_->rescaleAxes();
  plot_->yAxis->setRange(0.5, layers + 0.5);
  plot_->replot(QCustomPlot::rpQueuedReplot);
}

}  // namespace gs
