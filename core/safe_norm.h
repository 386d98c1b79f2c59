// ‖x‖ without overflow or underflow, at the cost of norm() wherever that is exact.
#pragma once

namespace gs {

// norm() squares each entry, so a vanishing gradient of 1e-170 per entry squares to 0 and an
// exploding one of 1e170 to ∞, though both norms are finite, showable numbers. norm() is exact
// whenever its result is well inside the double range, and ~3× cheaper than stableNorm(), which
// scales before squaring.
template <class M>
double safeNorm(const M& m) {
  const double n = m.norm();
  return n > 1e-140 && n < 1e140 ? n : m.stableNorm();
}

}  // namespace gs
