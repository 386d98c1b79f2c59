#include "magnitude_histogram.h"

#include <algorithm>
#include <cmath>
#include <numeric>

namespace gs {

int MagnitudeHistogram::total() const {
  return std::accumulate(counts.begin(), counts.end(), zeros);
}

double magnitudeBinStart(const MagnitudeHistogram& h, int bin) {
  return h.lowDecade + double(bin) / kMagnitudeBinsPerDecade;
}

MagnitudeHistogram magnitudeHistogram(const Eigen::MatrixXd& values) {
  MagnitudeHistogram h;
  if (values.size() == 0 || !values.allFinite()) return h;
  const Eigen::ArrayXXd magnitude = values.array().abs();
  h.zeros = static_cast<int>((magnitude == 0.0).count());
  if (h.zeros == values.size()) return h;
  const double smallest = (magnitude == 0.0).select(magnitude.maxCoeff(), magnitude).minCoeff();
  h.lowDecade = static_cast<int>(std::floor(std::log10(smallest)));
  const int highDecade = static_cast<int>(std::floor(std::log10(magnitude.maxCoeff()))) + 1;
  const int bins = kMagnitudeBinsPerDecade * std::max(1, highDecade - h.lowDecade);
  h.counts.assign(static_cast<std::size_t>(bins), 0);
  for (Eigen::Index i = 0; i < magnitude.size(); ++i) {
    const double m = magnitude(i);
    if (m == 0.0) continue;
    // bin = ⌊(log₁₀|x| − lowDecade)·k⌋; the clamp only catches log10's rounding at the two ends.
    const double at = (std::log10(m) - h.lowDecade) * kMagnitudeBinsPerDecade;
    ++h.counts[static_cast<std::size_t>(std::clamp(static_cast<int>(std::floor(at)), 0, bins - 1))];
  }
  return h;
}

}  // namespace gs
