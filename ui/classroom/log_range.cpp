#include "log_range.h"

#include <algorithm>
#include <cmath>

namespace gs {

LogRange logAxisRange(double lo, double hi, double margin) {
  if (!(hi > 0) || !(lo > 0)) return {1e-3, 1.0};
  lo = std::max(lo / margin, 1e-300);
  hi = std::min(hi * margin, 1e300);
  if (hi < 100 * lo) {
    const double mid = std::sqrt(lo) * std::sqrt(hi);  // no overflow for huge values
    lo = mid / 10;
    hi = mid * 10;
  }
  return {lo, hi};
}

}  // namespace gs
