// Element-wise kernels built on one vectorised exp, for the activations whose cost dominates a
// training step of a small network (sigmoid, tanh). Each runs over n contiguous doubles; the
// element-wise Activation forms call them column by column.
#pragma once

#include <cstddef>

namespace gs::kernels {

// σ(z) = 1/(1 + e^−z).
void sigmoid(const double* z, double* a, std::size_t n);
// σ′(z) = σ(z)·σ(−z) = e/(1 + e)² with e = e^−|z|: no cancellation in the saturated tails.
void sigmoidDerivative(const double* z, double* d, std::size_t n);
// Both from one exp per element (the forward pass of training keeps f′ for the backward pass).
void sigmoidWithDerivative(const double* z, double* a, double* d, std::size_t n);

// tanh′(z) = 1 − tanh²(z) = 4e/(1 + e)² with e = e^−2|z|. (tanh itself stays with std::tanh:
// (1 − e)/(1 + e) would lose relative precision near z = 0.)
void tanhDerivative(const double* z, double* d, std::size_t n);

// e^x for x in about [−708, 709] (clamped outside), within a few ulp; exposed for its test.
void exp(const double* x, double* y, std::size_t n);

}  // namespace gs::kernels
