// Seeded toy datasets: 2-D classification (2 classes; spiral and gauss 2 … 8) and 1-D regression,
// and the user's own points (point_set.h) in the same form.
#pragma once

#include <Eigen/Core>
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace gs {

enum class DatasetKind { Circles, Xor, Spiral, Moons, Gauss, Sine };

std::vector<DatasetKind> allDatasetKinds();
std::string datasetId(DatasetKind kind);
std::optional<DatasetKind> datasetFromId(const std::string& id);
std::string datasetDisplayName(DatasetKind kind);  // English; the window translates it
std::string datasetIdList();                       // "circles, xor, …", from the table
bool isClassification(DatasetKind kind);
int datasetInputs(DatasetKind kind);  // 2 (a point in the plane) or 1 (sine's x)
// Classes the generator can make: 2 for circles, xor, moons; 8 for spiral (arms) and gauss
// (blobs); 0 for regression.
int datasetClassesMax(DatasetKind kind);

// One sample per column. Classification: X is 2 x n in roughly [−1.5, 1.5]², labels 0 … K−1.
// Regression (sine): X is 1 x n in [−π, π], target y = sin(x) + noise.
struct Dataset {
  DatasetKind kind = DatasetKind::Circles;  // the generator (unused for the user's points)
  Eigen::MatrixXd X;
  Eigen::RowVectorXd y;  // class label or regression target
  int classes = 2;       // K for classification, 0 for regression
  int inputs() const { return static_cast<int>(X.rows()); }
  int size() const { return static_cast<int>(X.cols()); }
  bool classification() const { return classes > 0; }
};

// noise: the standard deviation of the Gaussian jitter (in input units; targets for sine).
// classes: K arms of the spiral, K blobs of gauss (2 … datasetClassesMax); the others make 2.
// Sample i has label i % K, so the classes are balanced.
Dataset makeDataset(DatasetKind kind, int samples, double noise, std::uint64_t seed,
                    int classes = 2);

}  // namespace gs
