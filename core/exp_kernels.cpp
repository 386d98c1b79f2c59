// Compiled twice through target_clones: a baseline x86-64 version and an x86-64-v3 (AVX2 + FMA)
// one, picked once at load time (GNU ifunc). The portable binary still runs on any x86-64 CPU,
// and gets 4-wide vectors where the CPU has them. The loops auto-vectorise because this file is
// built with -fno-trapping-math (the clamps below become min/max instructions) — see
// core/CMakeLists.txt. No Eigen here: its packet code is chosen at compile time and would be
// shared (ODR) with the baseline build.
#include "exp_kernels.h"

#include <cmath>
#include <cstdint>
#include <cstring>

#if defined(__x86_64__) && defined(__GNUC__) && !defined(__clang__) && defined(__linux__)
#define GS_CLONES __attribute__((target_clones("arch=x86-64-v3", "default")))
#else
#define GS_CLONES
#endif
#define GS_INLINE __attribute__((always_inline)) inline

namespace gs::kernels {
namespace {

// e^x as a ratio v/u, so callers can fold the division into their own (one division per element
// for σ and σ′ together). x = n·ln2 + r with n = round(x/ln2), |r| ≤ ln2/2 (Cody–Waite: ln2 split
// in two so n·C1 is exact); Cephes' Padé form e^r = (Q + rP)/(Q − rP) with P, Q polynomials in r²;
// 2^n is built in the exponent bits. Clamping to [−708, 709] keeps 2^n normal and e^x finite.
GS_INLINE void expRatio(double x, double& u, double& v) {
  x = x < 709.0 ? x : 709.0;
  x = x > -708.0 ? x : -708.0;
  constexpr double kShifter = 6755399441055744.0;  // 1.5·2^52: adding it rounds to an integer
  constexpr std::int64_t kShifterBits = 0x4338000000000000;
  const double t = x * 1.4426950408889634074 + kShifter;  // log2(e)
  const double n = t - kShifter;
  std::int64_t nBits;
  std::memcpy(&nBits, &t, sizeof nBits);
  const std::int64_t scaleBits = (nBits - kShifterBits + 1023) << 52;  // 2^n
  double scale;
  std::memcpy(&scale, &scaleBits, sizeof scale);
  double r = x - n * 0.693145751953125;
  r = r - n * 1.42860682030941723212e-6;
  const double r2 = r * r;
  const double p = r * ((1.26177193074810590878e-4 * r2 + 3.02994407707441961300e-2) * r2 + 1.0);
  const double q = ((3.00198505138664455042e-6 * r2 + 2.52448340349684104192e-3) * r2 +
                    2.27265548208155028766e-1) *
                       r2 +
                   2.0;
  u = q - p;
  v = (q + p) * scale;
}

// With e = v/u = e^−|z|: 1/(1 + e) = u/(u + v) and e/(1 + e) = v/(u + v).
GS_INLINE void sigmoidParts(double z, double& r, double& er) {
  double u, v;
  expRatio(-std::abs(z), u, v);
  const double inv = 1.0 / (u + v);
  r = u * inv;
  er = v * inv;
}

}  // namespace

GS_CLONES void exp(const double* x, double* y, std::size_t n) {
  for (std::size_t i = 0; i < n; ++i) {
    double u, v;
    expRatio(x[i], u, v);
    y[i] = v / u;
  }
}

GS_CLONES void sigmoid(const double* z, double* a, std::size_t n) {
  for (std::size_t i = 0; i < n; ++i) {
    double r, er;
    sigmoidParts(z[i], r, er);
    a[i] = z[i] >= 0 ? r : er;  // σ(z) = 1/(1 + e^−z); for z < 0 the same as e^z/(1 + e^z)
  }
}

GS_CLONES void sigmoidDerivative(const double* z, double* d, std::size_t n) {
  for (std::size_t i = 0; i < n; ++i) {
    double r, er;
    sigmoidParts(z[i], r, er);
    d[i] = er * r;  // e/(1 + e)²
  }
}

GS_CLONES void sigmoidWithDerivative(const double* z, double* a, double* d, std::size_t n) {
  for (std::size_t i = 0; i < n; ++i) {
    double r, er;
    sigmoidParts(z[i], r, er);
    a[i] = z[i] >= 0 ? r : er;
    d[i] = er * r;
  }
}

GS_CLONES void tanhDerivative(const double* z, double* d, std::size_t n) {
  for (std::size_t i = 0; i < n; ++i) {
    double u, v;
    expRatio(-2.0 * std::abs(z[i]), u, v);
    const double inv = 1.0 / (u + v);
    d[i] = 4.0 * (u * inv) * (v * inv);  // 4e/(1 + e)² with e = v/u
  }
}

}  // namespace gs::kernels
