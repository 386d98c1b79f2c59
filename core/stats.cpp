#include "stats.h"

#include <algorithm>
#include <cmath>
#include <limits>

#include "magnitude_histogram.h"
#include "safe_norm.h"
#include "spectral_norm.h"

namespace gs {

bool saturationDefined(const Activation& activation) {
  return activation.kind() == ActivationKind::Sigmoid || activation.kind() == ActivationKind::Tanh;
}

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

namespace {

void meanAndStd(const Eigen::MatrixXd& m, double& mean, double& sd) {
  if (m.size() == 0) return;
  mean = m.mean();
  sd = std::sqrt((m.array() - mean).square().mean());
}

// The figures of issue 11: ratios to ‖W‖, moments and histograms of a and of f's input, and the
// normalisation's own gradients.
void addDiagnostics(LayerStats& s, const DenseLayer& L) {
  s.gradDataRatio =
      s.weightNorm > 0 ? s.weightGradNorm / s.weightNorm : std::numeric_limits<double>::quiet_NaN();
  meanAndStd(L.A, s.activationMean, s.activationStd);
  meanAndStd(L.activationInput(), s.preActivationMean, s.preActivationStd);
  s.norm = normId(L.norm.kind);
  if (L.norm.on()) {
    s.gammaGradNorm = safeNorm(L.norm.dgamma);
    s.betaGradNorm = safeNorm(L.norm.dbeta);
    s.normScale = L.norm.meanScaleFactor(0);
  }
}

// The three histograms: of f's input (z, or the normalised n), of log₁₀|∂L/∂W| and of a.
void addHistograms(LayerStats& s, const DenseLayer& L) {
  s.preActivation = histogram(L.activationInput());
  s.weightGradient = magnitudeHistogram(L.dW);
  s.activations = histogram(L.A);
}

}  // namespace

LayerStats layerStats(const DenseLayer& L, int index, bool bias, bool withHistogram) {
  LayerStats s;
  s.index = index;
  s.fanIn = L.fanIn();
  s.fanOut = L.fanOut();
  s.activation = L.activation.kind();
  s.residual = L.residual;
  s.weightGradNorm = safeNorm(L.dW);
  s.weightGradMeanAbs = L.dW.size() ? L.dW.cwiseAbs().mean() : 0.0;
  s.biasGradNorm = bias && L.bias ? safeNorm(L.db) : 0.0;
  s.weightNorm = safeNorm(L.W);
  if (L.W.size() <= kSpectralNormMaxWeights) s.weightSpectralNorm = spectralNorm(L.W);
  s.maxDerivative = L.activation.maxDerivative();
  if (L.delta.size())
    s.deltaRms = safeNorm(L.delta) / std::sqrt(static_cast<double>(L.delta.size()));
  if (L.fprime.size()) s.meanDerivative = L.fprime.mean();

  const Eigen::MatrixXd& Z = L.activationInput();
  const Eigen::Index units = Z.rows();
  if (units > 0 && Z.cols() > 0) {
    int dead = 0, saturated = 0;
    const double threshold = 0.01 * L.activation.maxDerivative();
    for (Eigen::Index u = 0; u < units; ++u) {
      if (L.activation.isReluLike() && (Z.row(u).array() <= 0.0).all()) ++dead;
      if (L.fprime.rows() == units && L.fprime.row(u).mean() < threshold) ++saturated;
    }
    s.deadFraction = static_cast<double>(dead) / static_cast<double>(units);
    s.saturatedFraction = saturationDefined(L.activation)
                              ? static_cast<double>(saturated) / static_cast<double>(units)
                              : std::numeric_limits<double>::quiet_NaN();
  }
  addDiagnostics(s, L);
  if (withHistogram) addHistograms(s, L);
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

void addLayerHistograms(const Mlp& net, Snapshot& snapshot) {
  const auto& layers = net.layers();
  for (std::size_t i = 0; i < snapshot.layers.size() && i < layers.size(); ++i)
    addHistograms(snapshot.layers[i], layers[i]);
}

}  // namespace gs
