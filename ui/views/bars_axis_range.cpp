#include "bars_axis_range.h"

#include <algorithm>
#include <cmath>

#include "log_axis.h"

namespace gs {

QCPRange fitBarsRange(const QVector<double>& values, bool log) {
  double lo = HUGE_VAL, hi = 0;
  for (double v : values)
    if (std::isfinite(v) && v > 0) {
      lo = std::min(lo, v);
      hi = std::max(hi, v);
    }
  if (log) {
    const LogRange r = logAxisRange(lo, hi, 3.0);
    return QCPRange(r.lower, r.upper);
  }
  return QCPRange(0, hi > 0 ? hi * 1.1 : 1.0);
}

double heightInRange(const QCPRange& range, bool log, double fraction) {
  return log ? range.lower * std::pow(range.upper / range.lower, fraction)
             : range.lower + fraction * range.size();
}

}  // namespace gs
