#include "chain_walk.h"

#include <algorithm>
#include <stdexcept>

#include "spectral_norm.h"

namespace gs {
namespace {

// Upstream gradient g⁽ˡ⁾ = ∂J/∂a⁽ˡ⁾ and δ⁽ˡ⁾ = ∂J/∂z⁽ˡ⁾ of every layer (units × batch).
struct Recursion {
  std::vector<Eigen::MatrixXd> upstream, delta;
  std::vector<Eigen::ArrayXXd> fprime;
};

void requireBackward(const Mlp& net) {
  const auto& layers = net.layers();
  if (layers.empty()) throw std::invalid_argument("chain walk: the network has no layers");
  const Eigen::Index batch = layers.back().delta.cols();
  if (batch == 0 || net.input().cols() != batch)
    throw std::invalid_argument(
        "chain walk: no backward pass yet; run Trainer::step() or probe() first");
  for (const DenseLayer& L : layers)
    if (L.Z.cols() != batch || L.A.cols() != batch)
      throw std::invalid_argument("chain walk: the forward cache does not match the last batch");
}

const Eigen::MatrixXd& inputOf(const Mlp& net, std::size_t i) {
  return i == 0 ? net.input() : net.layers()[i - 1].A;
}

Recursion recurse(const Mlp& net) {
  const auto& layers = net.layers();
  const std::size_t n = layers.size();
  Recursion r;
  r.upstream.resize(n);
  r.delta.resize(n);
  r.fprime.resize(n);
  // The output is linear, so its δ is ∂J/∂out itself: dJ/da⁽ᴸ⁾.
  r.upstream[n - 1] = layers[n - 1].delta;
  for (std::size_t i = n; i-- > 0;) {
    const DenseLayer& L = layers[i];
    if (i + 1 < n) {
      const DenseLayer& above = layers[i + 1];
      r.upstream[i] = above.W.transpose() * r.delta[i + 1];  // dz⁽ˡ⁺¹⁾/da⁽ˡ⁾ = W⁽ˡ⁺¹⁾
      if (above.residual) r.upstream[i] += r.upstream[i + 1];  // a⁽ˡ⁺¹⁾ = a⁽ˡ⁾ + f(z⁽ˡ⁺¹⁾)
    }
    L.activation.derivative(L.activationInput().array(), r.fprime[i]);
    r.delta[i] = (r.upstream[i].array() * r.fprime[i]).matrix();  // δ = g ⊙ f′(z)
    // Through a normalisation δ is ∂L/∂n here; every sample of the batch (BatchNorm) or every
    // unit of the sample (LayerNorm) shares μ and σ², so ∂L/∂z mixes the whole group.
    if (L.norm.on()) L.norm.inputGradient(r.delta[i]);
  }
  return r;
}

bool isScalar(const DenseLayer& L) { return L.fanIn() == 1 && L.fanOut() == 1; }

// A vector's value for the table: the signed scalar in a one-unit chain, else its norm (also for
// the one-unit output layer of a wide network, so a column never mixes signs and norms).
double shown(const Eigen::Ref<const Eigen::VectorXd>& v, bool scalar) {
  return scalar ? v(0) : v.norm();
}

}  // namespace

ChainWalk chainWalk(const Mlp& net, int sample) {
  requireBackward(net);
  const auto& layers = net.layers();
  const auto batch = static_cast<int>(layers.back().delta.cols());
  if (sample < 0 || sample >= batch)
    throw std::invalid_argument("chain walk: sample = " + std::to_string(sample) +
                                " is outside the batch; allowed: 0 to " +
                                std::to_string(batch - 1));
  const Recursion r = recurse(net);
  ChainWalk walk;
  walk.sample = sample;
  walk.batch = batch;
  walk.bias = net.hasBias();
  walk.oneUnitChain = std::all_of(layers.begin(), layers.end(), isScalar);
  const bool scalar = walk.oneUnitChain;
  for (std::size_t i = 0; i < layers.size(); ++i) {
    const double size = layers[i].delta.norm();
    if (!((r.delta[i] - layers[i].delta).norm() <= 1e-9 * size + 1e-300))
      walk.matchesBackward = false;
  }
  double fprimeProduct = 1.0, fprimeBound = 1.0;
  for (std::size_t i = layers.size(); i-- > 0;) {
    const DenseLayer& L = layers[i];
    const Eigen::VectorXd fp = r.fprime[i].col(sample).matrix();
    const Eigen::VectorXd d = r.delta[i].col(sample);
    const Eigen::VectorXd a = inputOf(net, i).col(sample);
    fprimeProduct *= fp.mean();
    fprimeBound *= L.activation.maxDerivative();

    ChainWalkRow row;
    row.layer = static_cast<int>(i);
    row.activation = L.activation.id();
    row.fanIn = L.fanIn();
    row.fanOut = L.fanOut();
    row.residual = L.residual;
    row.norm = normId(L.norm.kind);
    row.normScale = L.norm.meanScaleFactor(sample);
    row.z = shown(L.Z.col(sample), scalar);
    row.upstream = shown(r.upstream[i].col(sample), scalar);
    if (i + 1 < layers.size()) {
      const DenseLayer& above = layers[i + 1];
      row.weightAbove = scalar ? above.W(0, 0) : above.W.norm();
      if (above.W.size() <= kSpectralNormMaxWeights)
        row.weightAboveSpectral = spectralNorm(above.W);
    }
    row.fprime = fp.mean();
    row.delta = shown(d, scalar);
    row.aPrev = shown(a, scalar);
    row.gradient = scalar ? d(0) * a(0) : d.norm() * a.norm();  // ‖δaᵀ‖_F = ‖δ‖‖a‖
    row.fprimeProduct = fprimeProduct;
    row.fprimeBound = fprimeBound;
    row.weight = scalar ? L.W(0, 0) : L.W.norm();
    row.deltaBatchNorm = r.delta[i].norm();
    const Eigen::MatrixXd g = r.delta[i] * inputOf(net, i).transpose();  // Σₛ δₛaₛᵀ
    row.gradientBatch = scalar ? g(0, 0) : g.norm();
    walk.rows.push_back(std::move(row));
  }
  return walk;
}

Eigen::MatrixXd chainGradient(const Mlp& net, int layer) {
  requireBackward(net);
  const int n = static_cast<int>(net.layers().size());
  if (layer < 0 || layer >= n)
    throw std::invalid_argument("chain gradient: layer = " + std::to_string(layer) +
                                " does not exist; allowed: 0 to " + std::to_string(n - 1));
  const Recursion r = recurse(net);
  const auto i = static_cast<std::size_t>(layer);
  return r.delta[i] * inputOf(net, i).transpose();
}

}  // namespace gs
