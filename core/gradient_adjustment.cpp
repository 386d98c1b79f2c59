#include "gradient_adjustment.h"

#include <algorithm>
#include <cmath>

#include "safe_norm.h"

namespace gs {
namespace {

// Σ over tensors of ‖gᵢ‖², kept as scale²·sum so that neither 1e-170 nor 1e170 entries under- or
// overflow (as Eigen's stableNorm, across tensors).
struct NormAccumulator {
  double scale = 0, sum = 1;
  void add(double norm) {
    if (norm == 0 || std::isnan(norm)) {
      if (std::isnan(norm)) scale = norm;
      return;
    }
    if (norm > scale) {
      sum = 1 + sum * (scale / norm) * (scale / norm);
      scale = norm;
    } else {
      sum += (norm / scale) * (norm / scale);
    }
  }
  double value() const { return scale == 0 ? 0.0 : scale * std::sqrt(sum); }
};

}  // namespace

double globalGradientNorm(const Mlp& net) {
  NormAccumulator total;
  for (const DenseLayer& L : net.layers())
    forEachParameter(L, [&](const auto&, const auto& g, bool) { total.add(safeNorm(g)); });
  return total.value();
}

GradientAdjustment planAdjustment(const Mlp& net, const ClipSettings& s, ClipReport& report) {
  GradientAdjustment a;
  a.weightDecay = s.weightDecay;
  report = ClipReport{};
  report.totalNorm = globalGradientNorm(net);
  if (s.maxNorm > 0) {
    // clip_grad_norm_: g ← g · c/(‖g‖ + 1e-6) when that factor is below 1
    const double factor = s.maxNorm / (report.totalNorm + kClipNormEpsilon);
    if (factor < 1.0) {
      a.scale = factor;
      report.clipped = true;
      report.factor = factor;  // ‖g′‖/‖g‖ = factor exactly
    }
  } else if (s.maxValue > 0) {
    // clip_grad_value_: each entry clamped to [−v, v]
    a.clipValue = s.maxValue;
    NormAccumulator clipped;
    for (const DenseLayer& L : net.layers())
      forEachParameter(L, [&](const auto&, const auto& g, bool) {
        if (g.size() == 0) return;
        if (g.cwiseAbs().maxCoeff() > s.maxValue) report.clipped = true;
        clipped.add(safeNorm(g.cwiseMax(-s.maxValue).cwiseMin(s.maxValue).eval()));
      });
    if (report.clipped && report.totalNorm > 0) report.factor = clipped.value() / report.totalNorm;
  }
  return a;
}

}  // namespace gs
