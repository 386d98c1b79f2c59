// Optimisers that update an Mlp in place from the gradients left by backward().
#pragma once

#include <Eigen/Core>
#include <optional>
#include <string>
#include <vector>

#include "network.h"

namespace gs {

enum class OptimizerKind { Sgd, Momentum, Adam };

std::vector<OptimizerKind> allOptimizerKinds();
std::string optimizerId(OptimizerKind kind);
std::optional<OptimizerKind> optimizerFromId(const std::string& id);
std::string optimizerDisplayName(OptimizerKind kind);  // English; the window translates it
std::string optimizerIdList();                         // "sgd, momentum, adam", from the table

struct OptimizerSettings {
  OptimizerKind kind = OptimizerKind::Sgd;
  double lr = 0.1;
  double momentum = 0.9;  // β of momentum: v ← βv + g, θ ← θ − lr·v
  double beta1 = 0.9;     // Adam
  double beta2 = 0.999;
  double epsilon = 1e-8;
};

class Optimizer {
 public:
  explicit Optimizer(const OptimizerSettings& settings = {}) : s_(settings) {}
  void setLearningRate(double lr) { s_.lr = lr; }
  const OptimizerSettings& settings() const { return s_; }
  void step(Mlp& net);

 private:
  struct Slot {  // first and second moments of one layer's W and b
    Eigen::MatrixXd mW, vW;
    Eigen::VectorXd mb, vb;
  };
  OptimizerSettings s_;
  std::vector<Slot> slots_;
  long t_ = 0;
};

}  // namespace gs
