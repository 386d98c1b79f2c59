#include "gradient_bound.h"

#include <cmath>

namespace gs {

double boundFactor(const std::vector<LayerStats>& layers, int i) {
  return layers[i].maxDerivative * layers[i + 1].weightSpectralNorm;
}

std::vector<double> deltaRmsBound(const std::vector<LayerStats>& layers) {
  const int n = int(layers.size());
  if (n < 2) return {};
  for (int i = 0; i < n; ++i) {
    const LayerStats& l = layers[i];
    // A residual path adds an identity term, a normalisation a factor γ/√(σ² + ε) and the
    // batch coupling: the product below bounds neither.
    if (l.residual || l.norm != "none" || !std::isfinite(l.maxDerivative) || l.fanOut <= 0)
      return {};
    if (i > 0 && !(l.weightSpectralNorm >= 0)) return {};
  }
  std::vector<double> bound(n);
  const LayerStats& out = layers[n - 1];
  double product = 1.0;  // ∏ max f′ · ‖W‖₂ from the output down to layer i
  bound[n - 1] = out.deltaRms;
  for (int i = n - 2; i >= 0; --i) {
    product *= boundFactor(layers, i);
    bound[i] = product * out.deltaRms * std::sqrt(double(out.fanOut) / double(layers[i].fanOut));
  }
  return bound;
}

}  // namespace gs
