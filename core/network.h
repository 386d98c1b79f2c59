// A multi-layer perceptron: `depth` hidden dense layers and a linear output layer.
#pragma once

#include <Eigen/Core>
#include <optional>
#include <random>
#include <vector>

#include "activation.h"
#include "init.h"

namespace gs {

// One dense layer with its forward cache and its gradients. Shapes (B = batch size):
//   W: out x in, b: out, Z = W·A_prev + b: out x B, A = f(Z) (+ A_prev when residual): out x B,
//   dW, db: like W and b, delta = ∂L/∂Z: out x B.
struct DenseLayer {
  Eigen::MatrixXd W;
  Eigen::VectorXd b;
  Activation activation;
  bool residual = false;  // a = a_prev + f(z); only between layers of equal width

  Eigen::MatrixXd Z, A, delta;
  Eigen::ArrayXXd
      fprime;  // f′(Z), computed by forward() with A, used by backward and the statistics
  Eigen::MatrixXd dW;
  Eigen::VectorXd db;

  int fanIn() const { return static_cast<int>(W.cols()); }
  int fanOut() const { return static_cast<int>(W.rows()); }
};

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
  InitKind init = InitKind::XavierNormal;
  double initScale = 1.0;
};

class Mlp {
 public:
  Mlp() = default;
  Mlp(const MlpShape& shape, std::mt19937_64& rng);

  // X: inputs x B. Returns the output layer's Z (outputs x B), which is linear.
  const Eigen::MatrixXd& forward(const Eigen::MatrixXd& X);
  // dOut = ∂L/∂(output), outputs x B. Fills dW, db and delta of every layer.
  // Needs the cache of the last forward().
  void backward(const Eigen::MatrixXd& dOut);
  // Forward without touching the training cache (used for prediction maps).
  Eigen::MatrixXd predict(const Eigen::MatrixXd& X) const;

  std::vector<DenseLayer>& layers() { return layers_; }
  const std::vector<DenseLayer>& layers() const { return layers_; }
  const Eigen::MatrixXd& input() const { return input_; }
  bool hasBias() const { return bias_; }
  std::size_t parameterCount() const;

 private:
  std::vector<DenseLayer> layers_;
  Eigen::MatrixXd input_;
  Eigen::MatrixXd grad_, gradNext_;  // ∂L/∂A of the layer being processed in backward
  bool bias_ = true;
};

}  // namespace gs
