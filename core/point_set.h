// The user's own data: points read from a CSV file, embedded in a config or drawn in the window.
// It replaces the built-in data set of a Config (Config::data).
#pragma once

#include <Eigen/Core>
#include <cstddef>
#include <string>

namespace gs {

// Limits shared by the CSV reader, the config's "data" field and the window.
struct PointLimits {
  static constexpr int kPointsMax = 100000;              // rows of a CSV file, points of a config
  static constexpr int kClassesMin = 2;                  // a classification has at least 2 outputs
  static constexpr int kClassesMax = 8;                  // labels 0 … 7
  static constexpr double kCoordinateMax = 1e6;          // |x1|, |x2|, |x|, |y| (finite, not huge)
  static constexpr std::size_t kCsvMaxBytes = 8u << 20;  // 8 MiB: 100,000 rows of ~80 bytes
};

struct PointSet {
  // 2: a point (x1, x2) with a class label 0 … K−1 (classification);
  // 1: an x with a target y (regression).
  int inputs = 2;
  Eigen::MatrixXd X;     // inputs x n
  Eigen::RowVectorXd y;  // label or target, one per column of X
  // The CSV file it was read from ("" when drawn or embedded): a saved config refers to it
  // instead of copying the points.
  std::string csvPath;

  int size() const { return static_cast<int>(X.cols()); }
  bool classification() const { return inputs == 2; }
  // K = the largest label + 1, at least 2 (a class may have no points yet); 0 for regression.
  int classes() const;
  // Appends the point (a, b) = (x1, x2) with `label` (classification) or (x, y) (regression,
  // label unused).
  void add(double a, double b, int label = 0);
  void removeAt(int index);
  // The point nearest to (a, b) in the plot's coordinates (x1, x2) or (x, y); −1 when empty.
  int nearest(double a, double b) const;
};

}  // namespace gs
