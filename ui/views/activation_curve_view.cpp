#include "activation_curve_view.h"

#include "kind_names.h"
#include "legend_fit.h"
#include "plot_style.h"
#include "plot_theme.h"

#include <qcustomplot.h>
#include <QVBoxLayout>
#include <algorithm>
#include <cmath>

namespace gs {

QString activationSymbol(const Activation& activation) {
  switch (activation.kind()) {
    case ActivationKind::Sigmoid:
      return QStringLiteral("σ");
    case ActivationKind::Tanh:
      return QStringLiteral("tanh");
    case ActivationKind::Softplus:
      return QStringLiteral("softplus");
    case ActivationKind::Linear:
      return QStringLiteral("f");
    default:
      return activationName(activation.kind()).remove(QLatin1Char(' '));
  }
}

namespace {
QString number(double v) { return QString::number(v, 'g', 4); }
}  // namespace

QString maxDerivativeLabel(const Activation& a) {
  const double m = a.maxDerivative(), at = a.argmaxDerivative();
  const QString f = activationSymbol(a) + QStringLiteral("′");
  const QString maxText = ActivationCurveView::tr("max %1 = %2").arg(f, number(m));
  if (std::isfinite(at)) return ActivationCurveView::tr("%1 at z = %2").arg(maxText, number(at));
  if (std::isinf(at))
    return ActivationCurveView::tr("sup %1 = %2 as z → %3").arg(f, number(m), at > 0 ? "∞" : "−∞");
  // The maximum holds on a half-line or everywhere (relu, leaky relu, linear), or is only
  // approached next to zero (elu with α > 1).
  const bool right = a.derivative(1.0) == m, left = a.derivative(-1.0) == m;
  if (right && left) return ActivationCurveView::tr("%1 for every z").arg(maxText);
  if (right) return ActivationCurveView::tr("%1 for z > 0").arg(maxText);
  if (left) return ActivationCurveView::tr("%1 for z < 0").arg(maxText);
  return ActivationCurveView::tr("sup %1 = %2 as z → 0⁻").arg(f, number(m));
}

ActivationCurveView::ActivationCurveView(QWidget* parent) : QWidget(parent), plot_(newPlot(this)) {
  auto* layout = new QVBoxLayout(this);
  layout->setContentsMargins(0, 0, 0, 0);
  layout->addWidget(plot_);
  setupPlot();
  setActivation(activation_);
}

void ActivationCurveView::setupPlot() {
  plot_->plotLayout()->insertRow(0);
  plot_->plotLayout()->addElement(
      0, 0, new QCPTextElement(plot_, tr("Activation f(z) and derivative f′(z)")));
  value_ = plot_->addGraph();
  derivative_ = plot_->addGraph();
  maxPoint_ = plot_->addGraph();
  maxPoint_->setLineStyle(QCPGraph::lsNone);
  maxPoint_->removeFromLegend();
  maxLine_ = new QCPItemStraightLine(plot_);
  maxText_ = new QCPItemText(plot_);
  maxText_->setPositionAlignment(Qt::AlignRight | Qt::AlignTop);
  maxText_->position->setType(QCPItemPosition::ptAxisRectRatio);
  maxText_->position->setCoords(0.98, 0.03);
  plot_->xAxis->setLabel(tr("pre-activation z"));
  plot_->xAxis->setRange(kZMin, kZMax);
  // Legend under the plot: inside, it covered the max label or the curves (ReLU, ELU).
  placeLegendBelow(plot_, 2);
  followPlotTheme(this, [this](const PlotTheme& theme) { applyTheme(theme); });
}

void ActivationCurveView::applyTheme(const PlotTheme& t) {
  t.applyFrame(plot_);
  value_->setPen(t.curvePen(t.value, 2));
  derivative_->setPen(t.curvePen(t.derivative, 2));
  maxPoint_->setScatterStyle(QCPScatterStyle(QCPScatterStyle::ssDisc, t.derivative, t.marker(9)));
  QColor line = t.derivative;
  line.setAlpha(140);
  maxLine_->setPen(t.pen(line, 1, Qt::DashLine));
  maxText_->setColor(t.emphasis);
  maxText_->setFont(t.font(true));
  plot_->replot(QCustomPlot::rpQueuedReplot);
}

void ActivationCurveView::setActivation(const Activation& activation) {
  activation_ = activation;
  QVector<double> z(kSamples), f(kSamples), df(kSamples);
  for (int i = 0; i < kSamples; ++i) {
    z[i] = kZMin + (kZMax - kZMin) * i / (kSamples - 1);
    f[i] = activation.value(z[i]);
    df[i] = activation.derivative(z[i]);
  }
  value_->setData(z, f, true);
  derivative_->setData(z, df, true);
  const QString sym = activationSymbol(activation);
  value_->setName(tr("%1(z)").arg(sym));
  derivative_->setName(tr("%1′(z)").arg(sym));
  const auto [fLo, fHi] = std::minmax_element(f.begin(), f.end());
  const auto [dLo, dHi] = std::minmax_element(df.begin(), df.end());
  const double lo = std::min({*fLo, *dLo, 0.0}), hi = std::max({*fHi, *dHi, 1.0});
  const double pad = 0.08 * (hi - lo);
  plot_->yAxis->setRange(lo - pad, hi + 2.5 * pad);  // room for the label above the curves
  markMaximum();
  plot_->replot(QCustomPlot::rpQueuedReplot);
}

void ActivationCurveView::markMaximum() {
  const double m = activation_.maxDerivative(), at = activation_.argmaxDerivative();
  maxLine_->point1->setCoords(kZMin, m);
  maxLine_->point2->setCoords(kZMax, m);
  if (std::isfinite(at))
    maxPoint_->setData(QVector<double>{at}, QVector<double>{m});
  else
    maxPoint_->data()->clear();
  maxText_->setText(maxLabel());
}

QString ActivationCurveView::maxLabel() const { return maxDerivativeLabel(activation_); }

}  // namespace gs
