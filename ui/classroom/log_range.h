// The range of a logarithmic value axis: at least two whole decades, so QCustomPlot's log ticker
// has two powers of ten to label. On a narrower range it has at most one, and a rounded label
// ("10⁰") can appear twice or the axis can show no number at all.
#pragma once

namespace gs {

struct LogRange {
  double lower;
  double upper;
};

// [lo, hi] (both > 0) widened by `margin` (a factor) on each side, then to two decades about its
// geometric middle when it is still narrower; [1e-3, 1] when nothing is positive (hi <= 0).
LogRange logAxisRange(double lo, double hi, double margin);

}  // namespace gs
