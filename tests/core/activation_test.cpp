// Each activation's derivative against finite differences of its value, the element-wise forms
// against the scalar ones, and the known maximum of f′ against a dense grid search.
#include <gtest/gtest.h>

#include <cmath>
#include <limits>

#include "activation.h"
#include "finite_difference.h"

namespace gs {
namespace {

using test::centralDifference;

// A grid over [−8, 8] shifted by a quarter step, so no point sits on the kink at z = 0.
Eigen::ArrayXd grid(int n) {
  return Eigen::ArrayXd::LinSpaced(n, -8.0, 8.0) + 0.25 * 16.0 / (n - 1);
}

class ActivationKinds : public ::testing::TestWithParam<ActivationKind> {};

TEST_P(ActivationKinds, DerivativeMatchesFiniteDifferenceOfValue) {
  const Activation f(GetParam());
  const Eigen::ArrayXd z = grid(801);
  for (Eigen::Index i = 0; i < z.size(); ++i) {
    const double numeric = centralDifference([&](double v) { return f.value(v); }, z(i), 1e-4);
    EXPECT_NEAR(f.derivative(z(i)), numeric, 1e-9) << f.id() << " at z = " << z(i);
  }
}

TEST_P(ActivationKinds, ArrayFormsEqualScalarForms) {
  for (double alpha : {-1.0, 0.2}) {  // the default α and a custom one
    const Activation f(GetParam(), alpha);
    const Eigen::ArrayXXd z = grid(400).reshaped(20, 20);
    Eigen::ArrayXXd a, d;
    f.apply(z, a);
    f.derivative(z, d);
    ASSERT_EQ(a.rows(), 20);
    ASSERT_EQ(d.cols(), 20);
    for (Eigen::Index i = 0; i < z.size(); ++i) {
      EXPECT_DOUBLE_EQ(a(i), f.value(z(i))) << f.id() << " at z = " << z(i);
      EXPECT_DOUBLE_EQ(d(i), f.derivative(z(i))) << f.id() << " at z = " << z(i);
    }
  }
}

// sup f′ by brute force on a fine grid over [−10, 10] (and far out for the saturating ones).
TEST_P(ActivationKinds, MaxDerivativeMatchesGridSearch) {
  const Activation f(GetParam());
  double best = -std::numeric_limits<double>::infinity(), at = 0;
  for (int i = 0; i <= 2000000; ++i) {
    const double z = -10.0 + 20.0 * i / 2000000.0;
    const double d = f.derivative(z);
    if (d > best) best = d, at = z;
  }
  best = std::max(best, f.derivative(50.0));  // softplus only approaches 1
  EXPECT_NEAR(f.maxDerivative(), best, 1e-9) << f.id();
  const double argmax = f.argmaxDerivative();
  if (std::isfinite(argmax)) {
    EXPECT_NEAR(argmax, at, 1e-4) << f.id();
  }
}

TEST_P(ActivationKinds, IdRoundTripsAndTextsAreFilledIn) {
  const Activation f(GetParam());
  ASSERT_TRUE(activationFromId(f.id()).has_value());
  EXPECT_EQ(*activationFromId(f.id()), GetParam());
  EXPECT_NE(activationIdList().find(f.id()), std::string::npos);
  EXPECT_FALSE(f.displayName().empty());
  EXPECT_FALSE(f.formula().empty());
  EXPECT_FALSE(f.derivativeFormula().empty());
}

INSTANTIATE_TEST_SUITE_P(All, ActivationKinds, ::testing::ValuesIn(allActivationKinds()),
                         [](const auto& info) { return activationId(info.param); });

TEST(Activation, UnknownIdIsRejected) {
  EXPECT_FALSE(activationFromId("Sigmoid").has_value());
  EXPECT_FALSE(activationFromId("").has_value());
}

TEST(Activation, AlphaDefaultsAndCustomValues) {
  EXPECT_DOUBLE_EQ(Activation(ActivationKind::LeakyRelu).alpha(), 0.01);
  EXPECT_DOUBLE_EQ(Activation(ActivationKind::Elu).alpha(), 1.0);
  EXPECT_DOUBLE_EQ(Activation(ActivationKind::Elu, 0.5).value(-1.0), 0.5 * std::expm1(-1.0));
  EXPECT_TRUE(Activation(ActivationKind::LeakyRelu).hasAlpha());
  EXPECT_FALSE(Activation(ActivationKind::Tanh).hasAlpha());
}

// Closed forms at a few points, computed by hand.
TEST(Activation, HandComputedValues) {
  EXPECT_DOUBLE_EQ(Activation(ActivationKind::Sigmoid).value(0.0), 0.5);
  EXPECT_NEAR(Activation(ActivationKind::Sigmoid).value(2.0), 1.0 / (1.0 + std::exp(-2.0)), 1e-15);
  EXPECT_NEAR(Activation(ActivationKind::Gelu).value(1.0), 0.8413447460685429, 1e-15);  // Φ(1)
  EXPECT_NEAR(Activation(ActivationKind::Softplus).value(0.0), std::log(2.0), 1e-15);
  EXPECT_NEAR(Activation(ActivationKind::Silu).value(1.0), 0.7310585786300049, 1e-15);
  EXPECT_NEAR(Activation(ActivationKind::Tanh).derivative(0.5), 1 - std::pow(std::tanh(0.5), 2),
              1e-15);
}

// Saturated units are the lesson's subject: their tiny f′ must keep its relative precision, not
// round to an exact 0. References: σ′(z) = σ(z)·σ(−z) and tanh′(z) = 1/cosh²(z), both without
// cancellation.
TEST(Activation, SaturatedTailsKeepRelativePrecision) {
  const Activation sigmoid(ActivationKind::Sigmoid), tanh(ActivationKind::Tanh);
  Eigen::ArrayXXd z(1, 8), d;
  z << 5, 20, 37, 40, 100, 300, -40, -300;
  for (Eigen::Index i = 0; i < z.size(); ++i) {
    const double x = z(i);
    const double ref = 1.0 / (1.0 + std::exp(-x)) / (1.0 + std::exp(x));
    EXPECT_NEAR(sigmoid.derivative(x) / ref, 1.0, 1e-13) << "σ′ at " << x;
    const double refTanh = 1.0 / std::pow(std::cosh(x), 2);
    if (refTanh > 0) {
      EXPECT_NEAR(tanh.derivative(x) / refTanh, 1.0, 1e-13) << "tanh′ at " << x;
    }
  }
  sigmoid.derivative(z, d);
  EXPECT_GT(d.minCoeff(), 0.0) << "the element-wise form must not round to 0 either";
}

// Far in the tails the stable forms must stay finite (the naive e^−z overflows at z = −1000).
TEST(Activation, ExtremeInputsStayFinite) {
  for (ActivationKind k : allActivationKinds()) {
    const Activation f(k);
    for (double z : {-1000.0, -50.0, 50.0, 1000.0}) {
      EXPECT_TRUE(std::isfinite(f.value(z))) << f.id() << " at " << z;
      EXPECT_TRUE(std::isfinite(f.derivative(z))) << f.id() << " at " << z;
    }
  }
  EXPECT_NEAR(Activation(ActivationKind::Softplus).value(1000.0), 1000.0, 1e-12);
  EXPECT_EQ(Activation(ActivationKind::Sigmoid).value(-1000.0), 0.0);
}

}  // namespace
}  // namespace gs
