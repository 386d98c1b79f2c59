#include "network.h"

#include <cstdlib>

#ifdef GRADSCOPE_OPENBLAS
extern "C" void openblas_set_num_threads(int);
#endif

namespace gs {
namespace {

// OpenBLAS would start one thread per core for the larger products. A training step is a chain
// of small products, where those threads cost more than they bring; the GUI trains in a worker
// thread next to the event loop, and OpenBLAS's idle threads spin. So one thread, set once,
// unless the user asked for something else through OPENBLAS_NUM_THREADS.
void pinBlasToOneThread() {
#ifdef GRADSCOPE_OPENBLAS
  static const bool pinned = [] {
    if (!std::getenv("OPENBLAS_NUM_THREADS")) openblas_set_num_threads(1);
    return true;
  }();
  (void)pinned;
#endif
}

}  // namespace

Mlp::Mlp(const MlpShape& shape, std::mt19937_64& rng) : bias_(shape.bias) {
  pinBlasToOneThread();
  int in = shape.inputs;
  for (int l = 0; l <= shape.depth; ++l) {
    const bool output = l == shape.depth;
    const int out = output ? shape.outputs : shape.width;
    DenseLayer layer;
    layer.W.resize(out, in);
    initialiseWeights(layer.W, shape.init, shape.initScale, rng);
    layer.b = Eigen::VectorXd::Zero(out);
    if (output) {
      layer.activation = Activation(ActivationKind::Linear);
    } else {
      const auto idx = static_cast<std::size_t>(l);
      layer.activation = idx < shape.overrides.size() && shape.overrides[idx]
                             ? *shape.overrides[idx]
                             : shape.activation;
      layer.residual = shape.residual && in == out;
      const NormKind norm = idx < shape.normOverrides.size() && shape.normOverrides[idx]
                                ? *shape.normOverrides[idx]
                                : shape.norm;
      if (norm != NormKind::None) layer.norm = Normalization(norm, out, shape.normEps);
    }
    layer.bias = shape.bias && layer.norm.kind != NormKind::Batch;
    layers_.push_back(std::move(layer));
    in = out;
  }
}

// Every buffer keeps its shape from one step to the next, so a training step allocates nothing
// once the first one has run.
const Eigen::MatrixXd& Mlp::forward(const Eigen::MatrixXd& X) {
  input_ = X;
  const Eigen::MatrixXd* prev = &input_;
  for (DenseLayer& L : layers_) {
    L.Z.noalias() = L.W * *prev;  // Z = W·A⁽ˡ⁻¹⁾ + b
    if (L.bias) L.Z.colwise() += L.b;
    if (L.norm.on()) L.norm.forward(L.Z, L.N);  // N = γ ⊙ (Z − μ)/√(σ² + ε) + β
    L.A.resize(L.Z.rows(), L.Z.cols());
    L.fprime.resize(L.Z.rows(), L.Z.cols());
    // f′ is computed here, from the same exp as f, and kept for backward().
    L.activation.applyWithDerivative(L.activationInput().array(), L.A.array(), L.fprime);
    if (L.residual) L.A += *prev;  // a⁽ˡ⁾ = a⁽ˡ⁻¹⁾ + f(z⁽ˡ⁾)
    prev = &L.A;
  }
  return layers_.back().Z;
}

void Mlp::backward(const Eigen::MatrixXd& dOut) {
  grad_ = dOut;  // ∂L/∂A of the output layer (linear, so A = Z)
  for (std::size_t i = layers_.size(); i-- > 0;) {
    DenseLayer& L = layers_[i];
    const Eigen::MatrixXd& prevA = i == 0 ? input_ : layers_[i - 1].A;
    L.delta.array() = grad_.array() * L.fprime;  // δ⁽ˡ⁾ = ∂L/∂a⁽ˡ⁾ ⊙ f'(z⁽ˡ⁾)
    if (L.norm.on()) L.norm.backward(L.delta);  // ∂L/∂n → ∂L/∂z (and ∂L/∂γ, ∂L/∂β)
    L.dW.noalias() = L.delta * prevA.transpose();  // ∂L/∂W⁽ˡ⁾ = δ⁽ˡ⁾ a⁽ˡ⁻¹⁾ᵀ
    if (L.bias)
      L.db.noalias() = L.delta.rowwise().sum();
    else
      L.db.setZero(L.b.size());
    if (i == 0) break;
    // ∂L/∂a⁽ˡ⁻¹⁾ = W⁽ˡ⁾ᵀδ⁽ˡ⁾ (+ ∂L/∂a⁽ˡ⁾ through the skip connection)
    gradNext_.noalias() = L.W.transpose() * L.delta;
    if (L.residual)
      grad_ += gradNext_;
    else
      grad_.swap(gradNext_);
  }
}

Eigen::MatrixXd Mlp::predict(const Eigen::MatrixXd& X) const {
  Eigen::MatrixXd a = X;
  Eigen::ArrayXXd act;
  Eigen::MatrixXd z, n;
  for (const DenseLayer& L : layers_) {
    z.noalias() = L.W * a;
    if (L.bias) z.colwise() += L.b;
    if (L.norm.on()) {
      L.norm.infer(z, n);
      z.swap(n);
    }
    L.activation.apply(z.array(), act);
    if (L.residual)
      a = a.array() + act;
    else
      a = act.matrix();
  }
  return a;
}

void Mlp::updateRunningStatistics() {
  for (DenseLayer& L : layers_) L.norm.updateRunningStatistics();
}

bool Mlp::normalised() const {
  for (const DenseLayer& L : layers_)
    if (L.norm.on()) return true;
  return false;
}

std::size_t Mlp::parameterCount() const {
  std::size_t n = 0;
  for (const DenseLayer& L : layers_)
    n += static_cast<std::size_t>(L.W.size() + (L.bias ? L.b.size() : 0) +
                                  (L.norm.on() ? 2 * L.norm.gamma.size() : 0));
  return n;
}

}  // namespace gs
