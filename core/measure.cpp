#include "measure.h"

#include "kind_table.h"

namespace gs {
namespace {

struct MeasureRow {
  Measure kind;
  const char* id;
  const char* name;
  const char* description;
  double LayerStats::*field;
  bool gradient;  // offered by the gradient bars
  bool fraction;  // a share in [0, 1]
};

constexpr MeasureRow kMeasures[] = {
    {Measure::WeightGradNorm, "weight_grad_norm", "‖∂L/∂W‖",
     "The length (Frobenius norm) of the layer's weight gradient.", &LayerStats::weightGradNorm,
     true, false},
    {Measure::WeightGradMeanAbs, "weight_grad_mean_abs", "mean |∂L/∂W|",
     "The average size of one weight's gradient in the layer.", &LayerStats::weightGradMeanAbs,
     true, false},
    {Measure::BiasGradNorm, "bias_grad_norm", "‖∂L/∂b‖",
     "The length of the layer's bias gradient (0 when the network has no bias).",
     &LayerStats::biasGradNorm, false, false},
    {Measure::DeltaRms, "delta_rms", "RMS δ",
     "The root-mean-square error signal δ = ∂L/∂z that reaches the layer's units.",
     &LayerStats::deltaRms, true, false},
    {Measure::MeanDerivative, "mean_derivative", "mean f′(z)",
     "The average slope f′(z) of the layer's activation over its units and the batch.",
     &LayerStats::meanDerivative, false, false},
    {Measure::DeadFraction, "dead_fraction", "dead units",
     "The share of ReLU-like units whose input z is ≤ 0 for the whole batch.",
     &LayerStats::deadFraction, false, true},
    {Measure::SaturatedFraction, "saturated_fraction", "saturated units",
     "The share of units whose average slope f′(z) is below 1% of its maximum.",
     &LayerStats::saturatedFraction, false, true},
    {Measure::WeightNorm, "weight_norm", "‖W‖",
     "The length (Frobenius norm) of the layer's weights.", &LayerStats::weightNorm, false, false},
    {Measure::UpdateRatio, "update_ratio", "‖ΔW‖/‖W‖",
     "How much the last update changed the layer's weights, relative to their size.",
     &LayerStats::updateRatio, false, false},
    {Measure::GradDataRatio, "grad_data_ratio", "‖∂L/∂W‖/‖W‖",
     "The size of the layer's weight gradient relative to the size of its weights.",
     &LayerStats::gradDataRatio, false, false},
    {Measure::ActivationMean, "act_mean", "mean activation",
     "The mean of the layer's outputs a over its units and the batch.", &LayerStats::activationMean,
     false, false},
    {Measure::ActivationStd, "act_std", "std activation",
     "The standard deviation of the layer's outputs a over its units and the batch.",
     &LayerStats::activationStd, false, false},
    {Measure::PreActivationMean, "preact_mean", "mean pre-activation",
     "The mean of the activation's input (z, or n after normalisation).",
     &LayerStats::preActivationMean, false, false},
    {Measure::PreActivationStd, "preact_std", "std pre-activation",
     "The standard deviation of the activation's input (z, or n after normalisation).",
     &LayerStats::preActivationStd, false, false},
};
static_assert(table::inEnumOrder(kMeasures), "one row per Measure, in enum order");
static_assert(sizeof(kMeasures) / sizeof(kMeasures[0]) == kMeasureCount, "kMeasureCount rows");

const MeasureRow& row(Measure m) { return table::rowOf(kMeasures, m); }

}  // namespace

std::vector<Measure> allMeasures() { return table::kinds(kMeasures); }

std::vector<Measure> gradientMeasures() {
  std::vector<Measure> out;
  for (const MeasureRow& r : kMeasures)
    if (r.gradient) out.push_back(r.kind);
  return out;
}

std::string measureId(Measure m) { return row(m).id; }
std::string measureDisplayName(Measure m) { return row(m).name; }
std::string measureDescription(Measure m) { return row(m).description; }
std::optional<Measure> measureFromId(const std::string& id) { return table::fromId(kMeasures, id); }
std::string measureIdList() { return table::idList(kMeasures); }
bool measureIsFraction(Measure m) { return row(m).fraction; }
double measureOf(const LayerStats& stats, Measure m) { return stats.*(row(m).field); }

}  // namespace gs
