#include "stats.h"

#include <algorithm>
#include <cmath>

namespace gs {
namespace {

// ‖x‖ without overflow or underflow. norm() squares each entry, so a vanishing gradient of 1e-170
// per entry squares to 0 and an exploding one of 1e170 to ∞, though both norms are finite,
// showable numbers. norm() is exact whenever its result is well inside the double range, and ~3×
// cheaper than stableNorm(), which scales before squaring.
template <class M>
double safeNorm(const M& m) {
  const double n = m.norm();
  return n > 1e-140 && n < 1e140 ? n : m.stableNorm();
}

}  // namespace

Histogram histogram(const Eigen::MatrixXd& values, int bins) {
  Histogram h;
  h.counts.assign(static_cast<std::size_t>(bins), 0);
  if (values.size() == 0 || !values.allFinite()) return h;
  h.lo = values.minCoeff();
  h.hi = values.maxCoeff();
  if (h.hi - h.lo < 1e-12) {  // all equal: a unit-wide range centred on the value
    h.lo -= 0.5;
    h.hi += 0.5;
  }
  const double width = (h.hi - h.lo) / bins;
  for (Eigen::Index i = 0; i < values.size(); ++i) {
    const int bin = std::clamp(static_cast<int>((values(i) - h.lo) / width), 0, bins - 1);
    ++h.counts[static_cast<std::size_t>(bin)];
  }
  return h;
}

LayerStats layerStats(const DenseLayer& L, int index, bool bias, bool withHistogram) {
  LayerStats s;
  s.index = index;
  s.fanIn = L.fanIn();
  s.fanOut = L.fanOut();
  s.activation = L.activation.kind();
  s.residual = L.residual;
  s.weightGradNorm = safeNorm(L.dW);
  s.weightGradMeanAbs = L.dW.size() ? L.dW.cwiseAbs().mean() : 0.0;
  s.biasGradNorm = bias ? safeNorm(L.db) : 0.0;
  s.weightNorm = safeNorm(L.W);
  if (L.delta.size())
    s.deltaRms = safeNorm(L.delta) / std::sqrt(static_cast<double>(L.delta.size()));
  if (L.fprime.size()) s.meanDerivative = L.fprime.mean();

  const Eigen::Index units = L.Z.rows();
  if (units > 0 && L.Z.cols() > 0) {
    int dead = 0, saturated = 0;
    const double threshold = 0.01 * L.activation.maxDerivative();
    for (Eigen::Index u = 0; u < units; ++u) {
      if (L.activation.isReluLike() && (L.Z.row(u).array() <= 0.0).all()) ++dead;
      if (L.fprime.rows() == units && L.fprime.row(u).mean() < threshold) ++saturated;
    }
    s.deadFraction = static_cast<double>(dead) / static_cast<double>(units);
    s.saturatedFraction = static_cast<double>(saturated) / static_cast<double>(units);
  }
  if (withHistogram) s.preActivation = histogram(L.Z);
  return s;
}

std::vector<LayerStats> networkStats(const Mlp& net, bool withHistograms) {
  std::vector<LayerStats> out;
  out.reserve(net.layers().size());
  int i = 0;
  for (const DenseLayer& L : net.layers())
    out.push_back(layerStats(L, i++, net.hasBias(), withHistograms));
  return out;
}

void addPreActivationHistograms(const Mlp& net, Snapshot& snapshot) {
  const auto& layers = net.layers();
  for (std::size_t i = 0; i < snapshot.layers.size() && i < layers.size(); ++i)
    snapshot.layers[i].preActivation = histogram(layers[i].Z);
}

}  // namespace gs
