// Seeded toy datasets: 2-D binary classification and 1-D regression.
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

// One sample per column. Classification: X is 2 x n in roughly [−1.5, 1.5]², labels ∈ {0, 1}.
// Regression (sine): X is 1 x n in [−π, π], target y = sin(x) + noise.
struct Dataset {
  DatasetKind kind = DatasetKind::Circles;
  Eigen::MatrixXd X;
  Eigen::RowVectorXd y;  // class label (0/1) or regression target
  int inputs() const { return static_cast<int>(X.rows()); }
  int size() const { return static_cast<int>(X.cols()); }
  bool classification() const { return isClassification(kind); }
};

// noise: the standard deviation of the Gaussian jitter (in input units; targets for sine).
Dataset makeDataset(DatasetKind kind, int samples, double noise, std::uint64_t seed);

}  // namespace gs
