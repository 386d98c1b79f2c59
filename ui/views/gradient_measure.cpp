#include "gradient_measure.h"

#include <QCoreApplication>

namespace gs {

std::vector<GradientMeasure> allGradientMeasures() {
  return {GradientMeasure::WeightGradNorm, GradientMeasure::WeightGradMeanAbs,
          GradientMeasure::DeltaRms};
}

double measureValue(const LayerStats& layer, GradientMeasure measure) {
  switch (measure) {
    case GradientMeasure::WeightGradMeanAbs:
      return layer.weightGradMeanAbs;
    case GradientMeasure::DeltaRms:
      return layer.deltaRms;
    default:
      return layer.weightGradNorm;
  }
}

QString measureLabel(GradientMeasure measure) {
  switch (measure) {
    case GradientMeasure::WeightGradMeanAbs:
      return QCoreApplication::translate("gs::GradientMeasure", "mean |∂L/∂W|");
    case GradientMeasure::DeltaRms:
      return QCoreApplication::translate("gs::GradientMeasure", "RMS δ");
    default:
      return QCoreApplication::translate("gs::GradientMeasure", "‖∂L/∂W‖");
  }
}

QString measureToolTip(GradientMeasure measure) {
  switch (measure) {
    case GradientMeasure::WeightGradMeanAbs:
      return QCoreApplication::translate("gs::GradientMeasure",
                                         "The average size of one weight's gradient in the layer.");
    case GradientMeasure::DeltaRms:
      return QCoreApplication::translate(
          "gs::GradientMeasure",
          "The root-mean-square error signal δ = ∂L/∂z that reaches the layer's units.");
    default:
      return QCoreApplication::translate(
          "gs::GradientMeasure", "The length (Frobenius norm) of the layer's weight gradient.");
  }
}

QString measureId(GradientMeasure measure) {
  switch (measure) {
    case GradientMeasure::WeightGradMeanAbs:
      return QStringLiteral("weight_grad_mean_abs");
    case GradientMeasure::DeltaRms:
      return QStringLiteral("delta_rms");
    default:
      return QStringLiteral("weight_grad_norm");
  }
}

GradientMeasure measureFromId(const QString& id, GradientMeasure fallback) {
  for (GradientMeasure m : allGradientMeasures())
    if (measureId(m) == id) return m;
  return fallback;
}

}  // namespace gs
