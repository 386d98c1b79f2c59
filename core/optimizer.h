// Optimisers that update an Mlp in place from the gradients left by backward().
#pragma once

#include <Eigen/Core>
#include <optional>
#include <string>
#include <vector>

#include "gradient_adjustment.h"
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
  // Updates every W, b (where used), γ and β from the gradients in `net`, read through `adjust`
  // (clipping, weight decay; the stored gradients are not changed). Returns ‖ΔW‖ per layer.
  std::vector<double> step(Mlp& net, const GradientAdjustment& adjust = {});

 private:
  struct Moments {  // first and second moments of one parameter tensor (one column for vectors)
    Eigen::MatrixXd m, v;
  };
  double update(Eigen::Ref<Eigen::MatrixXd> value, const Eigen::Ref<const Eigen::MatrixXd>& grad,
                bool isWeight, const GradientAdjustment& adjust, Moments& slot);
  void allocateMoments(const Mlp& net);

  OptimizerSettings s_;
  std::vector<Moments> slots_;         // one per trained tensor, in forEachParameter order
  Eigen::MatrixXd adjusted_, change_;  // scratch: the adjusted gradient and Adam's update
  long t_ = 0;
};

}  // namespace gs
