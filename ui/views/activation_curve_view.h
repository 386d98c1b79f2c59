// f(z) and f′(z) of the hidden activation over z ∈ [−6, 6], with the maximum of f′ marked.
// Every value comes from gs::Activation; this view only draws.
#pragma once

#include <QWidget>

#include "activation.h"

class QCustomPlot;
class QCPGraph;
class QCPItemText;
class QCPItemStraightLine;

namespace gs {

struct PlotTheme;

class ActivationCurveView : public QWidget {
  Q_OBJECT

 public:
  static constexpr double kZMin = -6.0, kZMax = 6.0;
  static constexpr int kSamples = 601;  // 0.02 apart, so z = 0 and whole numbers are sampled

  explicit ActivationCurveView(QWidget* parent = nullptr);

  void setActivation(const Activation& activation);
  const Activation& activation() const { return activation_; }

  QCustomPlot* plot() const { return plot_; }
  QCPGraph* valueGraph() const { return value_; }
  QCPGraph* derivativeGraph() const { return derivative_; }
  QString maxLabel() const;  // "max σ′ = 0.25 at z = 0"

 private:
  void applyTheme(const PlotTheme& theme);
  void setupPlot();
  void markMaximum();

  QCustomPlot* plot_;
  QCPGraph* value_ = nullptr;
  QCPGraph* derivative_ = nullptr;
  QCPGraph* maxPoint_ = nullptr;
  QCPItemStraightLine* maxLine_ = nullptr;
  QCPItemText* maxText_ = nullptr;
  Activation activation_;
};

// The symbol a lesson uses for the activation: "σ" for sigmoid, "tanh", "ReLU", ….
QString activationSymbol(const Activation& activation);
// "max σ′ = 0.25 at z = 0", "max ReLU′ = 1 for z > 0", "sup softplus′ = 1 as z → ∞".
QString maxDerivativeLabel(const Activation& activation);

}  // namespace gs
