#include "activation.h"

#include <cmath>
#include <limits>

#include "exp_kernels.h"

namespace gs {
namespace {

constexpr double kInvSqrt2 = 0.70710678118654752440;
constexpr double kInvSqrt2Pi = 0.39894228040143267794;

// Numerically stable logistic function.
double sigmoid(double z) {
  if (z >= 0) return 1.0 / (1.0 + std::exp(-z));
  const double e = std::exp(z);
  return e / (1.0 + e);
}

// log(1 + e^z) without overflow.
double softplus(double z) { return z > 0 ? z + std::log1p(std::exp(-z)) : std::log1p(std::exp(z)); }

// σ'(z) = σ(z)(1 − σ(z)) = e/(1 + e)² with e = e^−|z|. The second form keeps full relative
// precision in the saturated tails, where 1 − σ(z) would round to 0 for z > 37 and report an exact
// zero instead of the tiny gradient the lesson plots on a log scale.
double sigmoidDerivative(double z) {
  const double e = std::exp(-std::abs(z));
  return e / ((1.0 + e) * (1.0 + e));
}

// tanh'(z) = 1 − tanh²(z) = 4e/(1 + e)² with e = e^−2|z|, for the same reason (1 − tanh² is 0
// for |z| > 19).
double tanhDerivative(double z) {
  const double e = std::exp(-2.0 * std::abs(z));
  return 4.0 * e / ((1.0 + e) * (1.0 + e));
}

double normalCdf(double z) { return 0.5 * std::erfc(-z * kInvSqrt2); }
double normalPdf(double z) { return kInvSqrt2Pi * std::exp(-0.5 * z * z); }

// SiLU'(z) = σ(z)(1 + z(1 − σ(z))); its maximum sits where SiLU''(z) = 0, found by bisection once.
double siluDerivative(double z) {
  const double s = sigmoid(z);
  return s * (1.0 + z * (1.0 - s));
}
double siluSecond(double z) {
  const double s = sigmoid(z);
  return s * (1.0 - s) * (2.0 + z * (1.0 - 2.0 * s));
}
double siluArgmax() {
  double lo = 1.0, hi = 4.0;  // SiLU'' > 0 at 1 and < 0 at 4
  for (int i = 0; i < 100; ++i) {
    const double mid = 0.5 * (lo + hi);
    (siluSecond(mid) > 0 ? lo : hi) = mid;
  }
  return 0.5 * (lo + hi);
}

}  // namespace

Activation::Activation(ActivationKind kind, double alpha)
    : kind_(kind), alpha_(alpha < 0 ? defaultAlpha(kind) : alpha) {}

double Activation::defaultAlpha(ActivationKind kind) {
  switch (kind) {
    case ActivationKind::LeakyRelu:
      return 0.01;
    case ActivationKind::Elu:
      return 1.0;
    default:
      return 0.0;
  }
}

bool Activation::hasAlpha() const {
  return kind_ == ActivationKind::LeakyRelu || kind_ == ActivationKind::Elu;
}

bool Activation::isReluLike() const {
  return kind_ == ActivationKind::Relu || kind_ == ActivationKind::LeakyRelu;
}

double Activation::value(double z) const {
  switch (kind_) {
    case ActivationKind::Sigmoid:
      return sigmoid(z);  // σ(z) = 1/(1+e^−z)
    case ActivationKind::Tanh:
      return std::tanh(z);  // tanh z
    case ActivationKind::Relu:
      return z > 0 ? z : 0.0;  // max(0, z)
    case ActivationKind::LeakyRelu:
      return z > 0 ? z : alpha_ * z;  // z or αz
    case ActivationKind::Elu:
      return z > 0 ? z : alpha_ * std::expm1(z);  // z or α(e^z − 1)
    case ActivationKind::Gelu:
      return z * normalCdf(z);  // zΦ(z)
    case ActivationKind::Silu:
      return z * sigmoid(z);  // zσ(z)
    case ActivationKind::Softplus:
      return softplus(z);  // log(1 + e^z)
    case ActivationKind::Linear:
      return z;
  }
  return z;
}

double Activation::derivative(double z) const {
  switch (kind_) {
    case ActivationKind::Sigmoid:  // σ'(z) = σ(z)(1 − σ(z)) ≤ 1/4
      return sigmoidDerivative(z);
    case ActivationKind::Tanh:  // tanh'(z) = 1 − tanh²(z) ≤ 1
      return tanhDerivative(z);
    case ActivationKind::Relu:
      return z > 0 ? 1.0 : 0.0;  // 1 or 0 (0 at z = 0)
    case ActivationKind::LeakyRelu:
      return z > 0 ? 1.0 : alpha_;  // 1 or α
    case ActivationKind::Elu:
      return z > 0 ? 1.0 : alpha_ * std::exp(z);  // 1 or αe^z
    case ActivationKind::Gelu:
      return normalCdf(z) + z * normalPdf(z);  // Φ(z) + zφ(z)
    case ActivationKind::Silu:
      return siluDerivative(z);  // σ(z)(1 + z(1 − σ(z)))
    case ActivationKind::Softplus:
      return sigmoid(z);  // σ(z) < 1
    case ActivationKind::Linear:
      return 1.0;
  }
  return 1.0;
}

void Activation::apply(const Eigen::ArrayXXd& z, Eigen::ArrayXXd& a) const {
  a.resize(z.rows(), z.cols());
  switch (kind_) {
    case ActivationKind::Sigmoid:
      kernels::sigmoid(z.data(), a.data(), static_cast<std::size_t>(z.size()));
      return;
    case ActivationKind::Relu:
      a = z.max(0.0);
      return;
    case ActivationKind::LeakyRelu:
      a = (z > 0).select(z, alpha_ * z);
      return;
    case ActivationKind::Tanh:
      a = z.tanh();
      return;
    case ActivationKind::Linear:
      a = z;
      return;
    default:
      a = z.unaryExpr([this](double v) { return value(v); });
  }
}

void Activation::derivative(const Eigen::ArrayXXd& z, Eigen::ArrayXXd& d) const {
  d.resize(z.rows(), z.cols());
  switch (kind_) {
    case ActivationKind::Sigmoid:
      kernels::sigmoidDerivative(z.data(), d.data(), static_cast<std::size_t>(z.size()));
      return;
    case ActivationKind::Tanh:
      kernels::tanhDerivative(z.data(), d.data(), static_cast<std::size_t>(z.size()));
      return;
    case ActivationKind::Relu:
      d = (z > 0).cast<double>();
      return;
    case ActivationKind::LeakyRelu:
      d = (z > 0).select(Eigen::ArrayXXd::Ones(z.rows(), z.cols()), alpha_);
      return;
    case ActivationKind::Linear:
      d.setOnes();
      return;
    default:
      d = z.unaryExpr([this](double v) { return derivative(v); });
  }
}

void Activation::applyWithDerivative(const Eigen::Ref<const Eigen::ArrayXXd>& z,
                                     Eigen::Ref<Eigen::ArrayXXd> a,
                                     Eigen::Ref<Eigen::ArrayXXd> d) const {
  const auto rows = static_cast<std::size_t>(z.rows());
  switch (kind_) {
    case ActivationKind::Sigmoid:  // column by column: a Ref may have an outer stride
      for (Eigen::Index c = 0; c < z.cols(); ++c)
        kernels::sigmoidWithDerivative(z.col(c).data(), a.col(c).data(), d.col(c).data(), rows);
      return;
    case ActivationKind::Tanh:
      a = z.tanh();
      for (Eigen::Index c = 0; c < z.cols(); ++c)
        kernels::tanhDerivative(z.col(c).data(), d.col(c).data(), rows);
      return;
    case ActivationKind::Relu:
      a = z.max(0.0);
      d = (z > 0).cast<double>();
      return;
    case ActivationKind::Linear:
      a = z;
      d.setOnes();
      return;
    default:
      a = z.unaryExpr([this](double v) { return value(v); });
      d = z.unaryExpr([this](double v) { return derivative(v); });
  }
}

std::string Activation::id() const { return activationId(kind_); }

std::string Activation::displayName() const {
  switch (kind_) {
    case ActivationKind::Sigmoid:
      return "Sigmoid";
    case ActivationKind::Tanh:
      return "Tanh";
    case ActivationKind::Relu:
      return "ReLU";
    case ActivationKind::LeakyRelu:
      return "Leaky ReLU";
    case ActivationKind::Elu:
      return "ELU";
    case ActivationKind::Gelu:
      return "GELU";
    case ActivationKind::Silu:
      return "SiLU";
    case ActivationKind::Softplus:
      return "Softplus";
    case ActivationKind::Linear:
      return "Linear";
  }
  return "?";
}

std::string Activation::formula() const {
  switch (kind_) {
    case ActivationKind::Sigmoid:
      return "σ(z) = 1 / (1 + e^(−z))";
    case ActivationKind::Tanh:
      return "tanh(z) = (e^z − e^(−z)) / (e^z + e^(−z))";
    case ActivationKind::Relu:
      return "f(z) = max(0, z)";
    case ActivationKind::LeakyRelu:
      return "f(z) = z for z > 0, αz for z < 0";
    case ActivationKind::Elu:
      return "f(z) = z for z > 0, α(e^z − 1) for z ≤ 0";
    case ActivationKind::Gelu:
      return "f(z) = z·Φ(z)";
    case ActivationKind::Silu:
      return "f(z) = z·σ(z)";
    case ActivationKind::Softplus:
      return "f(z) = ln(1 + e^z)";
    case ActivationKind::Linear:
      return "f(z) = z";
  }
  return "";
}

std::string Activation::derivativeFormula() const {
  switch (kind_) {
    case ActivationKind::Sigmoid:
      return "σ′(z) = σ(z)(1 − σ(z)) ≤ 1/4";
    case ActivationKind::Tanh:
      return "tanh′(z) = 1 − tanh²(z) ≤ 1";
    case ActivationKind::Relu:
      return "f′(z) = 1 for z > 0, 0 for z < 0";
    case ActivationKind::LeakyRelu:
      return "f′(z) = 1 for z > 0, α for z < 0";
    case ActivationKind::Elu:
      return "f′(z) = 1 for z > 0, αe^z for z ≤ 0";
    case ActivationKind::Gelu:
      return "f′(z) = Φ(z) + z·φ(z)";
    case ActivationKind::Silu:
      return "f′(z) = σ(z)(1 + z(1 − σ(z)))";
    case ActivationKind::Softplus:
      return "f′(z) = σ(z) < 1";
    case ActivationKind::Linear:
      return "f′(z) = 1";
  }
  return "";
}

double Activation::maxDerivative() const {
  switch (kind_) {
    case ActivationKind::Sigmoid:
      return 0.25;
    case ActivationKind::LeakyRelu:
      return std::max(1.0, alpha_);
    case ActivationKind::Elu:
      return std::max(1.0, alpha_);  // αe^z → α as z → 0⁻
    case ActivationKind::Gelu:
      return derivative(std::sqrt(2.0));  // GELU'' = φ(z)(2 − z²) = 0
    case ActivationKind::Silu:
      return derivative(argmaxDerivative());
    default:
      return 1.0;  // tanh (at 0), relu, softplus (supremum), linear
  }
}

double Activation::argmaxDerivative() const {
  const double nan = std::numeric_limits<double>::quiet_NaN();
  switch (kind_) {
    case ActivationKind::Sigmoid:
    case ActivationKind::Tanh:
      return 0.0;
    case ActivationKind::Gelu:
      return std::sqrt(2.0);
    case ActivationKind::Silu: {
      static const double at = siluArgmax();
      return at;
    }
    case ActivationKind::Softplus:
      return std::numeric_limits<double>::infinity();
    default:
      return nan;  // reached on a whole half-line (relu, elu) or everywhere (linear)
  }
}

std::vector<ActivationKind> allActivationKinds() {
  return {ActivationKind::Sigmoid,   ActivationKind::Tanh,     ActivationKind::Relu,
          ActivationKind::LeakyRelu, ActivationKind::Elu,      ActivationKind::Gelu,
          ActivationKind::Silu,      ActivationKind::Softplus, ActivationKind::Linear};
}

std::string activationId(ActivationKind kind) {
  switch (kind) {
    case ActivationKind::Sigmoid:
      return "sigmoid";
    case ActivationKind::Tanh:
      return "tanh";
    case ActivationKind::Relu:
      return "relu";
    case ActivationKind::LeakyRelu:
      return "leaky_relu";
    case ActivationKind::Elu:
      return "elu";
    case ActivationKind::Gelu:
      return "gelu";
    case ActivationKind::Silu:
      return "silu";
    case ActivationKind::Softplus:
      return "softplus";
    case ActivationKind::Linear:
      return "linear";
  }
  return "?";
}

std::optional<ActivationKind> activationFromId(const std::string& id) {
  for (ActivationKind k : allActivationKinds())
    if (activationId(k) == id) return k;
  return std::nullopt;
}

std::string activationIdList() {
  std::string out;
  for (ActivationKind k : allActivationKinds()) out += (out.empty() ? "" : ", ") + activationId(k);
  return out;
}

}  // namespace gs
