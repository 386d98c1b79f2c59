// Activation functions: value f(z) and derivative f'(z) side by side, plus the facts a view shows.
#pragma once

#include <Eigen/Core>
#include <optional>
#include <string>
#include <vector>

namespace gs {

enum class ActivationKind { Sigmoid, Tanh, Relu, LeakyRelu, Elu, Gelu, Silu, Softplus, Linear };

class Activation {
 public:
  // alpha is used by leaky_relu (slope for z < 0) and elu (scale of the negative branch);
  // a negative value means "the default for this kind" (0.01 and 1).
  explicit Activation(ActivationKind kind = ActivationKind::Sigmoid, double alpha = -1.0);

  ActivationKind kind() const { return kind_; }
  double alpha() const { return alpha_; }
  bool hasAlpha() const;    // leaky_relu and elu
  bool isReluLike() const;  // relu and leaky_relu: "dead" means z <= 0 on the whole batch
  static double defaultAlpha(ActivationKind kind);

  double value(double z) const;
  double derivative(double z) const;
  // Element-wise over a whole layer (units x batch).
  void apply(const Eigen::ArrayXXd& z, Eigen::ArrayXXd& a) const;
  void derivative(const Eigen::ArrayXXd& z, Eigen::ArrayXXd& d) const;
  // f(z) and f'(z) in one pass (one exp per element for sigmoid and tanh), for the forward pass
  // of training. a and d must already have z's shape; z may be a view such as Z.array().
  void applyWithDerivative(const Eigen::Ref<const Eigen::ArrayXXd>& z,
                           Eigen::Ref<Eigen::ArrayXXd> a, Eigen::Ref<Eigen::ArrayXXd> d) const;

  std::string id() const;           // "leaky_relu"
  std::string displayName() const;  // "Leaky ReLU"
  std::string formula() const;      // "f(z) = z for z > 0, αz for z < 0"
  std::string derivativeFormula() const;
  // sup f'(z) over the real line and where it is reached; argmax is +inf when the supremum is
  // only approached (softplus), NaN when f' is the same everywhere it attains the max (relu: z>0).
  double maxDerivative() const;
  double argmaxDerivative() const;

 private:
  ActivationKind kind_;
  double alpha_;
};

std::vector<ActivationKind> allActivationKinds();
std::string activationId(ActivationKind kind);
std::string activationDisplayName(ActivationKind kind);  // English; the window translates it
std::optional<ActivationKind> activationFromId(const std::string& id);
// "sigmoid, tanh, relu, ..." for messages and --help, from the table of activations
std::string activationIdList();

}  // namespace gs
