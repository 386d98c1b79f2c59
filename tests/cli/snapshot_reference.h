// An independent reading of a "gradscope-snapshot/1" file: forward pass, loss and gradients
// recomputed with plain loops over std::vector (no Eigen, nothing shared with core/). The whole
// batch goes through each layer together, since a BatchNorm layer couples its samples.
#pragma once

#include <nlohmann/json.hpp>
#include <string>
#include <vector>

namespace gs::test {

using Matrix = std::vector<std::vector<double>>;  // a list of rows, as in the file

struct RefLayer {
  std::string activation;
  double alpha = 0;
  Matrix W;
  std::vector<double> b;  // empty when the file has no "b"
  bool residual = false;
  std::string norm = "none";  // "batch" or "layer" when the file has "norm"
  double eps = 0;
  std::vector<double> gamma, beta;
};

struct RefGradient {
  Matrix dW;
  std::vector<double> db;             // empty when the file has no "db"
  std::vector<double> dgamma, dbeta;  // empty without a normalisation
};

struct RefSnapshot {
  std::string loss;
  std::vector<RefLayer> layers;
  Matrix x, y;  // one row per sample
  double fileLoss = 0;
  std::vector<RefGradient> gradients;  // as written in the file
};

// Throws std::runtime_error naming the missing or malformed field.
RefSnapshot readSnapshot(const nlohmann::json& j);

// The mean loss of the batch, from the weights in s.
double referenceLoss(const RefSnapshot& s);

// Backpropagation written out per sample and per unit (per group through a normalisation).
std::vector<RefGradient> referenceGradients(const RefSnapshot& s);

}  // namespace gs::test
