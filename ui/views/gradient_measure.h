// Which per-layer figure of a gs::LayerStats the gradient bars show.
#pragma once

#include <QString>
#include <vector>

#include "snapshot.h"

namespace gs {

enum class GradientMeasure { WeightGradNorm, WeightGradMeanAbs, DeltaRms };

std::vector<GradientMeasure> allGradientMeasures();
double measureValue(const LayerStats& layer, GradientMeasure measure);
QString measureLabel(GradientMeasure measure);    // "‖∂L/∂W‖", for axes and menus
QString measureToolTip(GradientMeasure measure);  // one sentence
QString measureId(GradientMeasure measure);       // "weight_grad_norm", for settings
GradientMeasure measureFromId(const QString& id, GradientMeasure fallback);

}  // namespace gs
