// The per-layer figures of a LayerStats that a view or an export can show: one vocabulary for the
// gradient bars, the heatmap, the comparison and the CSV. Names and descriptions here are English;
// the window translates them in one place (ui/kind_names.cpp).
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "snapshot.h"

namespace gs {

enum class Measure {
  WeightGradNorm,     // ‖∂L/∂W‖
  WeightGradMeanAbs,  // mean |∂L/∂W|
  BiasGradNorm,       // ‖∂L/∂b‖
  DeltaRms,           // RMS of δ = ∂L/∂z
  MeanDerivative,     // mean f′(z)
  DeadFraction,       // share of dead ReLU units
  SaturatedFraction,  // share of saturated units
  WeightNorm,         // ‖W‖
  UpdateRatio,        // ‖ΔW‖/‖W‖ of the update
  GradDataRatio,      // ‖∂L/∂W‖/‖W‖
  ActivationMean,     // mean of a
  ActivationStd,      // std of a
  PreActivationMean,  // mean of f's input (n or z)
  PreActivationStd    // std of f's input
};
constexpr int kMeasureCount = 14;

std::vector<Measure> allMeasures();
// The measures of the gradient signal itself, which the gradient bars offer.
std::vector<Measure> gradientMeasures();
std::string measureId(Measure m);           // "weight_grad_norm"
std::string measureDisplayName(Measure m);  // "‖∂L/∂W‖"
std::string measureDescription(Measure m);  // one sentence, for tooltips
std::optional<Measure> measureFromId(const std::string& id);
std::string measureIdList();  // every id, for messages and --help
// A share of the layer's units in [0, 1], drawn on a linear axis; the others on a log axis.
bool measureIsFraction(Measure m);
double measureOf(const LayerStats& stats, Measure m);

}  // namespace gs
