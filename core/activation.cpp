#include "activation.h"

#include <algorithm>
#include <cmath>
#include <limits>

#include "exp_kernels.h"
#include "kind_table.h"

namespace gs {
namespace {

constexpr double kInvSqrt2 = 0.70710678118654752440;
constexpr double kSqrt2 = 1.41421356237309504880;
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
double siluArgmaxBySearch() {
  double lo = 1.0, hi = 4.0;  // SiLU'' > 0 at 1 and < 0 at 4
  for (int i = 0; i < 100; ++i) {
    const double mid = 0.5 * (lo + hi);
    (siluSecond(mid) > 0 ? lo : hi) = mid;
  }
  return 0.5 * (lo + hi);
}
double siluArgmax() {
  static const double at = siluArgmaxBySearch();
  return at;
}

// ---- Element-wise forms over a whole layer (units × batch); z may have an outer stride. ----

using ArrayIn = Eigen::Ref<const Eigen::ArrayXXd>;
using ArrayOut = Eigen::Ref<Eigen::ArrayXXd>;

// Runs kernel(z, out, n) over contiguous doubles: once over the whole layer when neither array
// has gaps between its columns, else column by column.
template <class Kernel>
void byColumns(const ArrayIn& z, ArrayOut out, Kernel kernel) {
  const auto rows = static_cast<std::size_t>(z.rows());
  if (z.outerStride() == z.rows() && out.outerStride() == out.rows())
    return kernel(z.data(), out.data(), rows * static_cast<std::size_t>(z.cols()));
  for (Eigen::Index c = 0; c < z.cols(); ++c) kernel(z.col(c).data(), out.col(c).data(), rows);
}

void sigmoidArray(const ArrayIn& z, ArrayOut a, double) { byColumns(z, a, kernels::sigmoid); }
void sigmoidDerivativeArray(const ArrayIn& z, ArrayOut d, double) {
  byColumns(z, d, kernels::sigmoidDerivative);
}
void sigmoidBoth(const ArrayIn& z, ArrayOut a, ArrayOut d, double) {
  for (Eigen::Index c = 0; c < z.cols(); ++c)
    kernels::sigmoidWithDerivative(z.col(c).data(), a.col(c).data(), d.col(c).data(),
                                   static_cast<std::size_t>(z.rows()));
}
void tanhArray(const ArrayIn& z, ArrayOut a, double) { a = z.tanh(); }
void tanhDerivativeArray(const ArrayIn& z, ArrayOut d, double) {
  byColumns(z, d, kernels::tanhDerivative);
}
void reluArray(const ArrayIn& z, ArrayOut a, double) { a = z.max(0.0); }
void reluDerivativeArray(const ArrayIn& z, ArrayOut d, double) { d = (z > 0).cast<double>(); }
void leakyArray(const ArrayIn& z, ArrayOut a, double alpha) { a = (z > 0).select(z, alpha * z); }
void leakyDerivativeArray(const ArrayIn& z, ArrayOut d, double alpha) {
  d = (z > 0).select(Eigen::ArrayXXd::Ones(z.rows(), z.cols()), alpha);
}
void linearArray(const ArrayIn& z, ArrayOut a, double) { a = z; }
void onesArray(const ArrayIn&, ArrayOut d, double) { d.setOnes(); }

// ---- The table: one row per ActivationKind, every fact about it side by side. ----

using ScalarFn = double (*)(double z, double alpha);
using ArrayFn = void (*)(const ArrayIn& z, ArrayOut out, double alpha);
using BothFn = void (*)(const ArrayIn& z, ArrayOut a, ArrayOut d, double alpha);
using OfAlphaFn = double (*)(double alpha);

struct ActivationRow {
  ActivationKind kind;
  const char* id;
  const char* name;
  const char* formula;
  const char* derivativeFormula;
  ScalarFn f, df;       // f(z) and f′(z)
  ArrayFn fArray;       // f over a layer; nullptr = f element by element
  ArrayFn dfArray;      // f′ over a layer; nullptr = f′ element by element
  BothFn both;          // f and f′ in one pass; nullptr = fArray then dfArray
  double defaultAlpha;  // α when none is given (0: the kind has no α)
  bool reluLike;        // "dead" means z ≤ 0 on the whole batch
  OfAlphaFn maxDf;      // sup f′ over the real line
  OfAlphaFn argmaxDf;   // where; +∞ when only approached, NaN when reached on a whole interval
};

constexpr double kNan = std::numeric_limits<double>::quiet_NaN();
constexpr double kInf = std::numeric_limits<double>::infinity();

// Columns: kind, id, name, formula, derivative formula, f, f′, array f, array f′, f and f′ in one
// pass, default α, relu-like, sup f′(α), where.
// clang-format off
constexpr ActivationRow kActivations[] = {
    {ActivationKind::Sigmoid, "sigmoid", "Sigmoid",
     "σ(z) = 1 / (1 + e^(−z))", "σ′(z) = σ(z)(1 − σ(z)) ≤ 1/4",
     [](double z, double) { return sigmoid(z); },
     [](double z, double) { return sigmoidDerivative(z); },
     sigmoidArray, sigmoidDerivativeArray, sigmoidBoth, 0.0, false,
     [](double) { return 0.25; }, [](double) { return 0.0; }},
    {ActivationKind::Tanh, "tanh", "Tanh",
     "tanh(z) = (e^z − e^(−z)) / (e^z + e^(−z))", "tanh′(z) = 1 − tanh²(z) ≤ 1",
     [](double z, double) { return std::tanh(z); },
     [](double z, double) { return tanhDerivative(z); },
     tanhArray, tanhDerivativeArray, nullptr, 0.0, false,
     [](double) { return 1.0; }, [](double) { return 0.0; }},
    {ActivationKind::Relu, "relu", "ReLU",
     "f(z) = max(0, z)", "f′(z) = 1 for z > 0, 0 for z < 0",
     [](double z, double) { return z > 0 ? z : 0.0; },
     [](double z, double) { return z > 0 ? 1.0 : 0.0; },  // 0 at the kink z = 0
     reluArray, reluDerivativeArray, nullptr, 0.0, true,
     [](double) { return 1.0; }, [](double) { return kNan; }},  // on all of z > 0
    {ActivationKind::LeakyRelu, "leaky_relu", "Leaky ReLU",
     "f(z) = z for z > 0, αz for z < 0", "f′(z) = 1 for z > 0, α for z < 0",
     [](double z, double a) { return z > 0 ? z : a * z; },
     [](double z, double a) { return z > 0 ? 1.0 : a; },
     leakyArray, leakyDerivativeArray, nullptr, 0.01, true,
     [](double a) { return std::max(1.0, a); }, [](double) { return kNan; }},
    {ActivationKind::Elu, "elu", "ELU",
     "f(z) = z for z > 0, α(e^z − 1) for z ≤ 0", "f′(z) = 1 for z > 0, αe^z for z ≤ 0",
     [](double z, double a) { return z > 0 ? z : a * std::expm1(z); },
     [](double z, double a) { return z > 0 ? 1.0 : a * std::exp(z); },
     nullptr, nullptr, nullptr, 1.0, false,
     [](double a) { return std::max(1.0, a); },  // αe^z → α as z → 0⁻
     [](double) { return kNan; }},
    {ActivationKind::Gelu, "gelu", "GELU",
     "f(z) = z·Φ(z)", "f′(z) = Φ(z) + z·φ(z)",
     [](double z, double) { return z * normalCdf(z); },
     [](double z, double) { return normalCdf(z) + z * normalPdf(z); },
     nullptr, nullptr, nullptr, 0.0, false,
     [](double) { return normalCdf(kSqrt2) + kSqrt2 * normalPdf(kSqrt2); },  // f″ = φ(z)(2 − z²)
     [](double) { return kSqrt2; }},
    {ActivationKind::Silu, "silu", "SiLU",
     "f(z) = z·σ(z)", "f′(z) = σ(z)(1 + z(1 − σ(z)))",
     [](double z, double) { return z * sigmoid(z); },
     [](double z, double) { return siluDerivative(z); },
     nullptr, nullptr, nullptr, 0.0, false,
     [](double) { return siluDerivative(siluArgmax()); }, [](double) { return siluArgmax(); }},
    {ActivationKind::Softplus, "softplus", "Softplus",
     "f(z) = ln(1 + e^z)", "f′(z) = σ(z) < 1",
     [](double z, double) { return softplus(z); },
     [](double z, double) { return sigmoid(z); },
     nullptr, nullptr, nullptr, 0.0, false,
     [](double) { return 1.0; }, [](double) { return kInf; }},  // approached as z → ∞
    {ActivationKind::Linear, "linear", "Linear",
     "f(z) = z", "f′(z) = 1",
     [](double z, double) { return z; },
     [](double, double) { return 1.0; },
     linearArray, onesArray, nullptr, 0.0, false,
     [](double) { return 1.0; }, [](double) { return kNan; }},  // everywhere
};
// clang-format on
static_assert(table::inEnumOrder(kActivations), "one row per ActivationKind, in enum order");

const ActivationRow& row(ActivationKind kind) { return table::rowOf(kActivations, kind); }

}  // namespace

Activation::Activation(ActivationKind kind, double alpha)
    : kind_(kind), alpha_(alpha < 0 ? defaultAlpha(kind) : alpha) {}

double Activation::defaultAlpha(ActivationKind kind) { return row(kind).defaultAlpha; }
bool Activation::hasAlpha() const { return row(kind_).defaultAlpha > 0; }
bool Activation::isReluLike() const { return row(kind_).reluLike; }

double Activation::value(double z) const { return row(kind_).f(z, alpha_); }
double Activation::derivative(double z) const { return row(kind_).df(z, alpha_); }

void Activation::apply(const Eigen::ArrayXXd& z, Eigen::ArrayXXd& a) const {
  a.resize(z.rows(), z.cols());
  const ActivationRow& r = row(kind_);
  if (r.fArray)
    r.fArray(z, a, alpha_);
  else
    a = z.unaryExpr([&](double v) { return r.f(v, alpha_); });
}

void Activation::derivative(const Eigen::ArrayXXd& z, Eigen::ArrayXXd& d) const {
  d.resize(z.rows(), z.cols());
  const ActivationRow& r = row(kind_);
  if (r.dfArray)
    r.dfArray(z, d, alpha_);
  else
    d = z.unaryExpr([&](double v) { return r.df(v, alpha_); });
}

void Activation::applyWithDerivative(const Eigen::Ref<const Eigen::ArrayXXd>& z,
                                     Eigen::Ref<Eigen::ArrayXXd> a,
                                     Eigen::Ref<Eigen::ArrayXXd> d) const {
  const ActivationRow& r = row(kind_);
  if (r.both) return r.both(z, a, d, alpha_);
  if (r.fArray)
    r.fArray(z, a, alpha_);
  else
    a = z.unaryExpr([&](double v) { return r.f(v, alpha_); });
  if (r.dfArray)
    r.dfArray(z, d, alpha_);
  else
    d = z.unaryExpr([&](double v) { return r.df(v, alpha_); });
}

std::string Activation::id() const { return row(kind_).id; }
std::string Activation::displayName() const { return row(kind_).name; }
std::string Activation::formula() const { return row(kind_).formula; }
std::string Activation::derivativeFormula() const { return row(kind_).derivativeFormula; }
double Activation::maxDerivative() const { return row(kind_).maxDf(alpha_); }
double Activation::argmaxDerivative() const { return row(kind_).argmaxDf(alpha_); }

std::vector<ActivationKind> allActivationKinds() { return table::kinds(kActivations); }
std::string activationId(ActivationKind kind) { return row(kind).id; }
std::string activationDisplayName(ActivationKind kind) { return row(kind).name; }
std::optional<ActivationKind> activationFromId(const std::string& id) {
  return table::fromId(kActivations, id);
}
std::string activationIdList() { return table::idList(kActivations); }

}  // namespace gs
