#include "network.h"

namespace gs {

Mlp::Mlp(const MlpShape& shape, std::mt19937_64& rng) : bias_(shape.bias) {
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
    }
    layers_.push_back(std::move(layer));
    in = out;
  }
}

const Eigen::MatrixXd& Mlp::forward(const Eigen::MatrixXd& X) {
  input_ = X;
  const Eigen::MatrixXd* prev = &input_;
  Eigen::ArrayXXd act;
  for (DenseLayer& L : layers_) {
    L.Z.noalias() = L.W * *prev;
    if (bias_) L.Z.colwise() += L.b;
    L.activation.apply(L.Z.array(), act);
    if (L.residual)
      L.A = prev->array() + act;  // a⁽ˡ⁾ = a⁽ˡ⁻¹⁾ + f(z⁽ˡ⁾)
    else
      L.A = act.matrix();
    prev = &L.A;
  }
  return layers_.back().Z;
}

void Mlp::backward(const Eigen::MatrixXd& dOut) {
  grad_ = dOut;  // ∂L/∂A of the output layer (linear, so A = Z)
  for (std::size_t i = layers_.size(); i-- > 0;) {
    DenseLayer& L = layers_[i];
    const Eigen::MatrixXd& prevA = i == 0 ? input_ : layers_[i - 1].A;
    L.activation.derivative(L.Z.array(), L.fprime);
    L.delta = grad_.array() * L.fprime;  // δ⁽ˡ⁾ = ∂L/∂a⁽ˡ⁾ ⊙ f'(z⁽ˡ⁾)
    L.dW.noalias() = L.delta * prevA.transpose();
    if (bias_)
      L.db = L.delta.rowwise().sum();
    else
      L.db = Eigen::VectorXd::Zero(L.b.size());
    if (i == 0) break;
    // ∂L/∂a⁽ˡ⁻¹⁾ = Wᵀδ⁽ˡ⁾ (+ ∂L/∂a⁽ˡ⁾ through the skip connection)
    if (L.residual) {
      grad_ += L.W.transpose() * L.delta;
    } else {
      gradNext_.noalias() = L.W.transpose() * L.delta;
      grad_.swap(gradNext_);
    }
  }
}

Eigen::MatrixXd Mlp::predict(const Eigen::MatrixXd& X) const {
  Eigen::MatrixXd a = X;
  Eigen::ArrayXXd act;
  for (const DenseLayer& L : layers_) {
    Eigen::MatrixXd z;
    z.noalias() = L.W * a;
    if (bias_) z.colwise() += L.b;
    L.activation.apply(z.array(), act);
    if (L.residual)
      a = a.array() + act;
    else
      a = act.matrix();
  }
  return a;
}

std::size_t Mlp::parameterCount() const {
  std::size_t n = 0;
  for (const DenseLayer& L : layers_)
    n += static_cast<std::size_t>(L.W.size()) + (bias_ ? static_cast<std::size_t>(L.b.size()) : 0);
  return n;
}

}  // namespace gs
