// A multi-layer perceptron: `depth` hidden dense layers and a linear output layer.
#pragma once

#include <Eigen/Core>
#include <optional>
#include <random>
#include <vector>

#include "activation.h"
#include "init.h"
#include "normalization.h"

namespace gs {

// One dense layer with its forward cache and its gradients. Shapes (B = batch size):
//   W: out x in, b: out, Z = W·A_prev + b: out x B, N = norm(Z): out x B (when normalised),
//   A = f(N or Z) (+ A_prev when residual): out x B, dW, db: like W and b,
//   delta = ∂L/∂Z: out x B.
struct DenseLayer {
  Eigen::MatrixXd W;
  Eigen::VectorXd b;
  Activation activation;
  bool residual = false;  // a = a_prev + f(z); only between layers of equal width
  // b is used: false with bias off and on a BatchNorm layer (β takes its place; b stays 0, db 0).
  bool bias = true;
  Normalization norm;  // kind None on the output layer and wherever it is off

  Eigen::MatrixXd Z, N, A, delta;
  Eigen::ArrayXXd fprime;  // f′ of the activation's input, computed by forward() with A
  Eigen::MatrixXd dW;
  Eigen::VectorXd db;

  // What f is applied to: n = norm(z) when normalised, else z.
  const Eigen::MatrixXd& activationInput() const { return norm.on() ? N : Z; }

  int fanIn() const { return static_cast<int>(W.cols()); }
  int fanOut() const { return static_cast<int>(W.rows()); }
};

// Calls f(value, gradient, isWeight) for every tensor the optimiser trains in L: W, then b where
// it is used, then γ and β of a normalisation. Works on const and non-const layers.
template <class Layer, class F>
void forEachParameter(Layer& L, F&& f) {
  f(L.W, L.dW, true);
  if (L.bias) f(L.b, L.db, false);
  if (L.norm.on()) {
    f(L.norm.gamma, L.norm.dgamma, false);
    f(L.norm.beta, L.norm.dbeta, false);
  }
}

struct MlpShape {
  int inputs = 2;
  int outputs = 1;
  int depth = 10;  // hidden layers
  int width = 16;
  Activation activation;
  // Per hidden layer override (index 0 = first hidden layer); shorter than depth is fine.
  std::vector<std::optional<Activation>> overrides;
  bool bias = true;
  bool residual = false;
  NormKind norm = NormKind::None;  // every hidden layer; the output layer is never normalised
  std::vector<std::optional<NormKind>> normOverrides;  // per hidden layer, like overrides
  double normEps = kDefaultNormEps;
  InitKind init = InitKind::XavierNormal;
  double initScale = 1.0;
};

class Mlp {
 public:
  Mlp() = default;
  Mlp(const MlpShape& shape, std::mt19937_64& rng);

  // X: inputs x B. Returns the output layer's Z (outputs x B), which is linear. Training mode:
  // BatchNorm layers normalise with this batch's statistics.
  const Eigen::MatrixXd& forward(const Eigen::MatrixXd& X);
  // dOut = ∂L/∂(output), outputs x B. Fills dW, db and delta of every layer.
  // Needs the cache of the last forward().
  void backward(const Eigen::MatrixXd& dOut);
  // Forward in evaluation mode (BatchNorm uses its running averages) without touching the
  // training cache: prediction maps, whole-data-set loss and accuracy.
  Eigen::MatrixXd predict(const Eigen::MatrixXd& X) const;
  // Folds the last forward()'s batch statistics into the BatchNorm running averages; the trainer
  // calls it once per applied update.
  void updateRunningStatistics();

  std::vector<DenseLayer>& layers() { return layers_; }
  const std::vector<DenseLayer>& layers() const { return layers_; }
  const Eigen::MatrixXd& input() const { return input_; }
  bool hasBias() const { return bias_; }  // the config's bias switch (see DenseLayer::bias)
  bool normalised() const;                // some layer has a normalisation
  std::size_t parameterCount() const;

 private:
  std::vector<DenseLayer> layers_;
  Eigen::MatrixXd input_;
  Eigen::MatrixXd grad_, gradNext_;  // ∂L/∂A of the layer being processed in backward
  bool bias_ = true;
};

}  // namespace gs
