#include "prediction_view.h"

#include <qcustomplot.h>

#include <QVBoxLayout>
#include <algorithm>
#include <cmath>

#include "class_map.h"
#include "framed_text_element.h"
#include "legend_fit.h"
#include "plot_style.h"
#include "plot_theme.h"
#include "point_input.h"
#include "point_set.h"

namespace gs {
namespace {

// A shape per class on a K-class map, so that classes differ by more than colour.
QCPScatterStyle::ScatterShape shapeOf(int label, int classes) {
  static const QCPScatterStyle::ScatterShape kShapes[] = {
      QCPScatterStyle::ssCircle,           QCPScatterStyle::ssSquare,
      QCPScatterStyle::ssTriangle,         QCPScatterStyle::ssDiamond,
      QCPScatterStyle::ssTriangleInverted, QCPScatterStyle::ssCrossSquare,
      QCPScatterStyle::ssPlusCircle,       QCPScatterStyle::ssStar};
  return classes > 2 ? kShapes[label % 8] : QCPScatterStyle::ssCircle;
}

}  // namespace

PredictionView::PredictionView(QWidget* parent) : QWidget(parent), plot_(newPlot(this)) {
  auto* layout = new QVBoxLayout(this);
  layout->setContentsMargins(0, 0, 0, 0);
  layout->addWidget(plot_);
  setupPlot();
}

void PredictionView::setupPlot() {
  plot_->plotLayout()->insertRow(0);
  plot_->plotLayout()->addElement(0, 0, new QCPTextElement(plot_, tr("What the network learned")));
  map_ = new QCPColorMap(plot_->xAxis, plot_->yAxis);
  map_->removeFromLegend();  // an empty entry before "class 0" otherwise
  classMap_ = new QCPItemPixmap(plot_);
  classMap_->setScaled(true, Qt::IgnoreAspectRatio, Qt::SmoothTransformation);
  classMap_->setVisible(false);
  scale_ = new QCPColorScale(plot_);
  plot_->plotLayout()->addElement(1, 1, scale_);
  scale_->setType(QCPAxis::atRight);
  scale_->axis()->setLabel(tr("P(class 1)"));
  map_->setColorScale(scale_);
  map_->setDataRange(QCPRange(0, 1));
  map_->setInterpolate(true);
  for (int k = 0; k < PointLimits::kClassesMax; ++k) {
    QCPGraph* g = plot_->addGraph();
    g->setLineStyle(QCPGraph::lsNone);
    g->setName(tr("class %1").arg(k));
    classes_.push_back(g);
  }
  curve_ = plot_->addGraph();  // added last: the fit is drawn over the data
  curve_->setName(tr("network"));
  // Under the legend, in the layout only while point input is on: inside the box it hid the top
  // points.
  hint_ = new FramedTextElement(plot_);
  hint_->setVisible(false);
  input_ = new PointInput(plot_);
  connect(input_, &PointInput::drawClassChanged, this, &PredictionView::updateHint);
  // Data cover the whole box, so the legend gets its own row under it.
  placeLegendBelow(plot_, 2);
  auto* group = new QCPMarginGroup(plot_);
  plot_->axisRect()->setMarginGroup(QCP::msBottom | QCP::msTop, group);
  scale_->setMarginGroup(QCP::msBottom | QCP::msTop, group);
  connect(plot_, &QCustomPlot::beforeReplot, this, &PredictionView::keepAspect);
  connect(plot_, &QCustomPlot::beforeReplot, this, &PredictionView::fitHint);
  // A layout that changed the axis rect's shape needs one more pass with the new shape.
  connect(plot_, &QCustomPlot::afterLayout, this, [this] {
    const QSize now = plot_->axisRect()->rect().size();
    if (prediction_.kind == Prediction::Kind::Map &&
        (std::abs(now.width() - aspectFor_.width()) > 1 ||
         std::abs(now.height() - aspectFor_.height()) > 1))
      plot_->replot(QCustomPlot::rpQueuedReplot);
  });
  clear();
  followPlotTheme(this, [this](const PlotTheme& theme) { applyTheme(theme); });
}

QCPGraph* PredictionView::pointsGraph(int label) const {
  return classes_[std::size_t(std::clamp(label, 0, int(classes_.size()) - 1))];
}

void PredictionView::applyTheme(const PlotTheme& t) {
  t.applyFrame(plot_);
  // The colour scale reports its current margins as its wish (QCPLayoutElement's default), so
  // the margin group never lets them shrink: start again from none, or the margins of large text
  // would stay after presentation mode.
  scale_->setMargins(QMargins());
  QCPColorGradient gradient;
  gradient.setColorStopAt(0.0, t.mapLow);
  gradient.setColorStopAt(0.5, t.mapMid);
  gradient.setColorStopAt(1.0, t.mapHigh);
  map_->setGradient(gradient);
  curve_->setPen(t.curvePen(t.curve, 2.5));
  styleClassPoints(t);
  hint_->setFont(t.font(false, 0.85));
  hint_->setTextColor(t.foreground);
  if (prediction_.kind == Prediction::Kind::Map && prediction_.classes > 2)
    showClassMap(prediction_);
  updateHint();
  plot_->replot(QCustomPlot::rpQueuedReplot);
}

// A colour, a shape and an outline per class; smaller markers when many points would hide the
// map under them (the 512 points of a spiral).
void PredictionView::styleClassPoints(const PlotTheme& t) {
  const int K = prediction_.classes;
  const double size = prediction_.pointX.size() > 200 ? 4.5 : 6;
  for (int k = 0; k < int(classes_.size()); ++k) {
    const QColor c = t.classColor(k);
    classes_[std::size_t(k)]->setPen(t.pen(c, 1));  // the legend icon
    // On a K-class map the tinted regions are the classes' own colours: a dark outline keeps
    // each point apart from the region it lies in.
    const QColor outline = K > 2 ? t.foreground : t.background;
    classes_[std::size_t(k)]->setScatterStyle(
        QCPScatterStyle(shapeOf(k, K), t.pen(outline, 0.7), c, t.marker(size)));
  }
}

void PredictionView::keepMapSquare(const QSize& layout) {
  if (prediction_.kind != Prediction::Kind::Map) return;
  QCPAxisRect* box = plot_->axisRect();
  box->setSizeConstraintRect(QCPLayoutElement::scrInnerRect);
  box->setMaximumSize(QWIDGETSIZE_MAX, QWIDGETSIZE_MAX);
  plot_->plotLayout()->setMargins(QMargins());
  // A hidden plot has no resize event: lay it out at the figure's size explicitly.
  plot_->setViewport(QRect(QPoint(0, 0), layout));
  plot_->replot();
  const int side = std::min(box->rect().width(), box->rect().height());
  box->setMaximumSize(side, QWIDGETSIZE_MAX);
  plot_->replot();
  // The width the map no longer takes is shared out on both sides, so the square sits centred.
  const int used = (scale_->visible() ? scale_->outerRect().right() : box->outerRect().right()) -
                   box->outerRect().left();
  const int spare = layout.width() - used;
  if (spare > 2) plot_->plotLayout()->setMargins(QMargins(spare / 2, 0, 0, 0));
  plot_->replot();
}

void PredictionView::clear() {
  prediction_ = Prediction();
  map_->data()->clear();
  map_->setVisible(false);
  classMap_->setVisible(false);
  showScale(false);
  curve_->data()->clear();
  for (QCPGraph* g : classes_) g->data()->clear();
  plot_->replot(QCustomPlot::rpQueuedReplot);
}

void PredictionView::setPrediction(const Prediction& prediction) {
  const bool restyle = prediction.classes != prediction_.classes ||
                       (prediction.pointX.size() > 200) != (prediction_.pointX.size() > 200);
  prediction_ = prediction;
  if (restyle) applyTheme(PlotThemes::current());  // shapes, outlines and sizes follow the data
  if (prediction.kind == Prediction::Kind::Map)
    showMap(prediction);
  else if (prediction.kind == Prediction::Kind::Curve)
    showCurve(prediction);
  else
    clear();
  plot_->replot(QCustomPlot::rpQueuedReplot);
}

void PredictionView::showMap(const Prediction& p) {
  const bool twoClasses = p.classes <= 2;
  map_->setVisible(twoClasses);
  showScale(twoClasses);
  curve_->data()->clear();
  curve_->removeFromLegend();
  const double dx = (p.xMax - p.xMin) / p.nx, dy = (p.yMax - p.yMin) / p.ny;
  if (twoClasses) {
    classMap_->setVisible(false);
    map_->data()->setSize(p.nx, p.ny);
    // Cell centres, as the sampler placed them.
    map_->data()->setRange(QCPRange(p.xMin + dx / 2, p.xMax - dx / 2),
                           QCPRange(p.yMin + dy / 2, p.yMax - dy / 2));
    for (int iy = 0; iy < p.ny; ++iy)
      for (int ix = 0; ix < p.nx; ++ix) {
        const double v = p.values[std::size_t(iy) * p.nx + ix];
        map_->data()->setCell(ix, iy, std::isfinite(v) ? v : 0.5);  // NaN is never drawn
      }
  } else {
    showClassMap(p);
  }
  showPoints(p);
  plot_->xAxis->setLabel(tr("x₁"));
  plot_->yAxis->setLabel(tr("x₂"));
  // Fixed tick steps: the ranges keepAspect sets move with the layout, and an automatic step
  // would flip between 0.5 and 1 with them, the labels' widths with it, the layout again.
  for (QCPAxis* axis : {plot_->xAxis, plot_->yAxis}) {
    auto ticker = QSharedPointer<QCPAxisTickerFixed>::create();
    const double span = axis == plot_->xAxis ? p.xMax - p.xMin : p.yMax - p.yMin;
    ticker->setTickStep(std::pow(10.0, std::floor(std::log10(std::max(span, 1e-9) / 2))));
    axis->setTicker(ticker);
  }
  keepAspect();
}

// K > 2: the most likely class of each cell in its colour, paler where the network is unsure.
void PredictionView::showClassMap(const Prediction& p) {
  const PlotTheme& t = PlotThemes::current();
  classMap_->setPixmap(QPixmap::fromImage(classMapImage(p, t.classes, t.background)));
  classMap_->topLeft->setCoords(p.xMin, p.yMax);
  classMap_->bottomRight->setCoords(p.xMax, p.yMin);
  classMap_->setVisible(true);
}

// The data over the map, one graph (and legend entry) per class that the data has.
void PredictionView::showPoints(const Prediction& p) {
  std::vector<QVector<double>> xs(classes_.size()), ys(classes_.size());
  for (std::size_t i = 0; i < p.pointX.size(); ++i) {
    const int label = i < p.pointLabel.size() ? int(std::lround(p.pointLabel[i])) : 0;
    const auto k = std::size_t(std::clamp(label, 0, int(classes_.size()) - 1));
    xs[k] << p.pointX[i];
    ys[k] << p.pointY[i];
  }
  const int shown = std::max(p.classes, 2);
  bool changed = false;
  for (std::size_t k = 0; k < classes_.size(); ++k) {
    QCPGraph* g = classes_[k];
    g->setData(xs[k], ys[k]);
    g->setName(tr("class %1").arg(k));
    changed |= int(k) < shown ? g->addToLegend() : g->removeFromLegend();
  }
  // Items taken from a wrapped legend leave holes that cut the names ("class 0" to "class"):
  // lay the items out again, packed.
  if (changed) plot_->legend->setFillOrder(QCPLayoutGrid::foColumnsFirst, true);
}

// A hidden element still takes its column's width in a QCPLayoutGrid, which the legend (fitted
// to the visible columns) would lose, cutting "class 0" to "class": out of the layout instead.
void PredictionView::showScale(bool on) {
  QCPLayoutGrid* grid = plot_->plotLayout();
  const bool inLayout = scale_->layout() == grid;
  if (on && !inLayout) grid->addElement(1, 1, scale_);
  if (!on && inLayout) {
    grid->take(scale_);
    grid->simplify();
  }
  scale_->setVisible(on);
}

// A spiral stays round on a wide or a tall plot: the axis with room to spare shows more than the
// data's span, centred on it.
void PredictionView::keepAspect() {
  if (prediction_.kind != Prediction::Kind::Map) return;
  const Prediction& p = prediction_;
  const QSize size = plot_->axisRect()->rect().size();
  aspectFor_ = size;
  if (size.width() <= 0 || size.height() <= 0) {
    plot_->xAxis->setRange(p.xMin, p.xMax);
    plot_->yAxis->setRange(p.yMin, p.yMax);
    return;
  }
  const double perPixel = std::max((p.xMax - p.xMin) / size.width(),  // data units per pixel
                                   (p.yMax - p.yMin) / size.height());
  const double cx = (p.xMin + p.xMax) / 2, cy = (p.yMin + p.yMax) / 2;
  plot_->xAxis->setRange(cx - perPixel * size.width() / 2, cx + perPixel * size.width() / 2);
  plot_->yAxis->setRange(cy - perPixel * size.height() / 2, cy + perPixel * size.height() / 2);
}

void PredictionView::showCurve(const Prediction& p) {
  map_->setVisible(false);
  classMap_->setVisible(false);
  showScale(false);
  QVector<double> xs, ys;
  double lo = p.yMin, hi = p.yMax;
  for (std::size_t i = 0; i < p.xs.size(); ++i) {
    if (!std::isfinite(p.values[i])) continue;
    xs << p.xs[i];
    ys << p.values[i];
    lo = std::min(lo, p.values[i]);
    hi = std::max(hi, p.values[i]);
  }
  curve_->setData(xs, ys, true);
  curve_->addToLegend();
  classes_[0]->setData(QVector<double>(p.pointX.begin(), p.pointX.end()),
                       QVector<double>(p.pointY.begin(), p.pointY.end()));
  classes_[0]->setName(tr("data"));
  classes_[0]->addToLegend();
  bool changed = false;
  for (std::size_t k = 1; k < classes_.size(); ++k) {
    classes_[k]->data()->clear();
    changed |= classes_[k]->removeFromLegend();
  }
  if (changed) plot_->legend->setFillOrder(QCPLayoutGrid::foColumnsFirst, true);
  plot_->xAxis->setLabel(tr("x"));
  plot_->yAxis->setLabel(tr("y"));
  for (QCPAxis* axis : {plot_->xAxis, plot_->yAxis})
    if (axis->ticker().dynamicCast<QCPAxisTickerFixed>())
      axis->setTicker(QSharedPointer<QCPAxisTicker>::create());
  plot_->xAxis->setRange(p.xMin, p.xMax);
  // A wildly wrong fit must not squash the data into a line: at most two spans beyond it.
  const double span = std::max(p.yMax - p.yMin, 1e-6);
  lo = std::max(lo, p.yMin - 2 * span);
  hi = std::min(hi, p.yMax + 2 * span);
  const double pad = 0.08 * (hi - lo);
  plot_->yAxis->setRange(lo - pad, hi + pad);
}

void PredictionView::setPointInputMode(PointInput::Mode mode) {
  input_->setMode(mode);
  updateHint();
}

QString PredictionView::inputHint() const {
  switch (input_->mode()) {
    case PointInput::Mode::Classes:
      return tr("Click adds class %1 (keys 0–7)").arg(input_->drawClass());
    case PointInput::Mode::Values:
      return tr("Click adds a point (x, y)");
    case PointInput::Mode::Off:
      break;
  }
  return {};
}

void PredictionView::updateHint() {
  const QString text = inputHint();
  // Not on a projector: the row took a fifth of the map's height at 1280×720 in presentation
  // mode; the plot's tooltip still lists the keys.
  showHint(!text.isEmpty() && !PlotThemes::current().presentation);
  fitHint();
  // The rest of the drawing keys, where they do not cover the map.
  const bool classes = input_->mode() == PointInput::Mode::Classes;
  plot_->setToolTip(text.isEmpty() ? QString()
                    : classes
                        ? tr("Left click: add a point of the chosen class (keys 0–7 choose it)\n"
                             "Right click: add a point of class 1\n"
                             "Shift+click: remove the nearest point\n"
                             "Ctrl+Z: undo · Edit ▸ Clear points")
                        : tr("Click: add the point (x, y)\nShift+click: remove the nearest "
                             "point\nCtrl+Z: undo · Edit ▸ Clear points"));
  const PlotTheme& t = PlotThemes::current();
  // The class a left click adds, in its colour; a plain frame for regression.
  hint_->setFrame(t.pen(classes ? t.classColor(input_->drawClass()) : t.grid, classes ? 2 : 1),
                  t.noteBackground);
  plot_->replot(QCustomPlot::rpQueuedReplot);
}

// A row of its own at the bottom, taken out while hidden (a hidden element keeps its row's height).
void PredictionView::showHint(bool show) {
  QCPLayoutGrid* grid = plot_->plotLayout();
  const bool shown = hint_->layout() == grid;
  if (show && !shown) {
    const int row = grid->rowCount();
    grid->addElement(row, 0, hint_);
    grid->setRowStretchFactor(row, 0.001);
  }
  if (!show && shown) {
    grid->take(hint_);
    grid->simplify();
  }
  hint_->setVisible(show);
}

// In the current language, on two lines when one does not fit the plot's width (Vietnamese in a
// narrow dock, presentation mode).
void PredictionView::fitHint() {
  const QString line = inputHint();
  const int cut = line.indexOf(QLatin1String(" ("));
  const bool fits = QFontMetrics(hint_->font()).horizontalAdvance(line) <=
                    plot_->viewport().width() - hint_->margins().left() - hint_->margins().right();
  const QString text = fits || cut < 0 ? line : line.left(cut) + '\n' + line.mid(cut + 1);
  if (hint_->text() != text) hint_->setText(text);
}

}  // namespace gs
