#include "prediction_view.h"

#include <qcustomplot.h>
#include <QVBoxLayout>
#include <algorithm>
#include <cmath>

#include "legend_fit.h"
#include "plot_style.h"

namespace gs {
namespace {
const QColor kClass0(31, 119, 180), kClass1(214, 39, 40);
}

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
  scale_ = new QCPColorScale(plot_);
  plot_->plotLayout()->addElement(1, 1, scale_);
  scale_->setType(QCPAxis::atRight);
  scale_->axis()->setLabel(tr("P(class 1)"));
  map_->setColorScale(scale_);
  QCPColorGradient gradient;
  gradient.setColorStopAt(0.0, QColor(170, 200, 235));
  gradient.setColorStopAt(0.5, QColor(245, 245, 245));
  gradient.setColorStopAt(1.0, QColor(240, 170, 170));
  map_->setGradient(gradient);
  map_->setDataRange(QCPRange(0, 1));
  map_->setInterpolate(true);
  class0_ = plot_->addGraph();
  class1_ = plot_->addGraph();
  curve_ = plot_->addGraph();  // added last: the fit is drawn over the data
  curve_->setPen(QPen(QColor(214, 39, 40), 2.5));
  curve_->setName(tr("network"));
  for (QCPGraph* g : {class0_, class1_}) {
    g->setLineStyle(QCPGraph::lsNone);
    const QColor c = g == class0_ ? kClass0 : kClass1;
    g->setPen(QPen(c));  // the legend icon
    g->setScatterStyle(QCPScatterStyle(QCPScatterStyle::ssCircle, QPen(Qt::white, 0.7), c, 6));
  }
  class0_->setName(tr("class 0"));
  class1_->setName(tr("class 1"));
  // Data cover the whole box, so the legend gets its own row under it.
  placeLegendBelow(plot_, 2);
  auto* group = new QCPMarginGroup(plot_);
  plot_->axisRect()->setMarginGroup(QCP::msBottom | QCP::msTop, group);
  scale_->setMarginGroup(QCP::msBottom | QCP::msTop, group);
  clear();
}

void PredictionView::clear() {
  prediction_ = Prediction();
  map_->data()->clear();
  map_->setVisible(false);
  scale_->setVisible(false);
  curve_->data()->clear();
  class0_->data()->clear();
  class1_->data()->clear();
  plot_->replot(QCustomPlot::rpQueuedReplot);
}

void PredictionView::setPrediction(const Prediction& prediction) {
  prediction_ = prediction;
  if (prediction.kind == Prediction::Kind::Map)
    showMap(prediction);
  else if (prediction.kind == Prediction::Kind::Curve)
    showCurve(prediction);
  else
    clear();
  plot_->replot(QCustomPlot::rpQueuedReplot);
}

void PredictionView::showMap(const Prediction& p) {
  map_->setVisible(true);
  scale_->setVisible(true);
  curve_->data()->clear();
  curve_->removeFromLegend();
  map_->data()->setSize(p.nx, p.ny);
  // Cell centres, as the sampler placed them.
  const double dx = (p.xMax - p.xMin) / p.nx, dy = (p.yMax - p.yMin) / p.ny;
  map_->data()->setRange(QCPRange(p.xMin + dx / 2, p.xMax - dx / 2),
                         QCPRange(p.yMin + dy / 2, p.yMax - dy / 2));
  for (int iy = 0; iy < p.ny; ++iy)
    for (int ix = 0; ix < p.nx; ++ix) {
      const double v = p.values[std::size_t(iy) * p.nx + ix];
      map_->data()->setCell(ix, iy, std::isfinite(v) ? v : 0.5);  // NaN is never drawn
    }
  QVector<double> x0, y0, x1, y1;
  for (std::size_t i = 0; i < p.pointX.size(); ++i) {
    const bool one = i < p.pointLabel.size() && p.pointLabel[i] > 0.5;
    (one ? x1 : x0) << p.pointX[i];
    (one ? y1 : y0) << p.pointY[i];
  }
  class0_->setData(x0, y0);
  class1_->setData(x1, y1);
  class0_->setName(tr("class 0"));
  class1_->addToLegend();
  plot_->xAxis->setLabel(tr("x₁"));
  plot_->yAxis->setLabel(tr("x₂"));
  plot_->xAxis->setRange(p.xMin, p.xMax);
  plot_->yAxis->setRange(p.yMin, p.yMax);
}

void PredictionView::showCurve(const Prediction& p) {
  map_->setVisible(false);
  scale_->setVisible(false);
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
  class0_->setData(QVector<double>(p.pointX.begin(), p.pointX.end()),
                   QVector<double>(p.pointY.begin(), p.pointY.end()));
  class0_->setName(tr("data"));
  class1_->data()->clear();
  class1_->removeFromLegend();
  plot_->xAxis->setLabel(tr("x"));
  plot_->yAxis->setLabel(tr("y"));
  plot_->xAxis->setRange(p.xMin, p.xMax);
  // A wildly wrong fit must not squash the data into a line: at most two spans beyond it.
  const double span = std::max(p.yMax - p.yMin, 1e-6);
  lo = std::max(lo, p.yMin - 2 * span);
  hi = std::min(hi, p.yMax + 2 * span);
  const double pad = 0.08 * (hi - lo);
  plot_->yAxis->setRange(lo - pad, hi + pad);
}

}  // namespace gs
