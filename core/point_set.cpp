#include "point_set.h"

#include <algorithm>
#include <cmath>
#include <limits>

namespace gs {

int PointSet::classes() const {
  if (!classification()) return 0;
  const double top = y.size() ? y.maxCoeff() : 0.0;
  return std::max(PointLimits::kClassesMin, static_cast<int>(top) + 1);
}

void PointSet::add(double a, double b, int label) {
  const Eigen::Index n = X.cols();
  X.conservativeResize(inputs, n + 1);
  y.conservativeResize(n + 1);
  X(0, n) = a;
  if (inputs == 2) X(1, n) = b;
  y(n) = inputs == 2 ? double(label) : b;
}

void PointSet::removeAt(int index) {
  const Eigen::Index n = X.cols();
  if (index < 0 || index >= n) return;
  const Eigen::Index tail = n - index - 1;
  X.middleCols(index, tail) = X.rightCols(tail).eval();
  y.segment(index, tail) = y.tail(tail).eval();
  X.conservativeResize(inputs, n - 1);
  y.conservativeResize(n - 1);
}

int PointSet::nearest(double a, double b) const {
  int best = -1;
  double bestD = std::numeric_limits<double>::infinity();
  for (int i = 0; i < size(); ++i) {
    const double dx = X(0, i) - a;
    const double dy = (inputs == 2 ? X(1, i) : y(i)) - b;
    const double d = dx * dx + dy * dy;
    if (d < bestD) {
      bestD = d;
      best = i;
    }
  }
  return best;
}

}  // namespace gs
