#include "stats.h"

#include <algorithm>
#include <cmath>

namespace gs {

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

LayerStats layerStats(const DenseLayer& L, int index, bool bias) {
  LayerStats s;
  s.index = index;
  s.fanIn = L.fanIn();
  s.fanOut = L.fanOut();
  s.activation = L.activation.id();
  s.residual = L.residual;
  s.weightGradNorm = L.dW.norm();
  s.weightGradMeanAbs = L.dW.size() ? L.dW.cwiseAbs().mean() : 0.0;
  s.biasGradNorm = bias ? L.db.norm() : 0.0;
  s.weightNorm = L.W.norm();
  if (L.delta.size())
    s.deltaRms = std::sqrt(L.delta.squaredNorm() / static_cast<double>(L.delta.size()));
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
  s.preActivation = histogram(L.Z);
  return s;
}

std::vector<LayerStats> networkStats(const Mlp& net) {
  std::vector<LayerStats> out;
  out.reserve(net.layers().size());
  int i = 0;
  for (const DenseLayer& L : net.layers()) out.push_back(layerStats(L, i++, net.hasBias()));
  return out;
}

}  // namespace gs
