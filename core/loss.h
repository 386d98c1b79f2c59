// Losses, each the mean over the batch, with their gradient w.r.t. the network output.
#pragma once

#include <Eigen/Core>
#include <optional>
#include <string>
#include <vector>

namespace gs {

enum class LossKind {
  Mse,        // mean over all elements of (ŷ − y)², like PyTorch's MSELoss()
  BceLogits,  // binary cross-entropy on logits, mean over all elements (BCEWithLogitsLoss)
  SoftmaxCe   // softmax cross-entropy, y one-hot, mean over samples (CrossEntropyLoss)
};

std::vector<LossKind> allLossKinds();
std::string lossId(LossKind kind);
std::optional<LossKind> lossFromId(const std::string& id);
std::string lossDisplayName(LossKind kind);  // English; the window translates it
std::string lossIdList();                    // "mse, bce_logits, softmax_ce", from the table
// Output units for a data set of `classes` classes (0 = regression): one logit per class for
// softmax_ce, else 1.
int lossOutputs(LossKind kind, int classes);
// The most classes the loss handles: 8 (PointLimits::kClassesMax) for softmax_ce, 2 for
// bce_logits and mse (one output: 0/1).
int lossClassesMax(LossKind kind);

// out, y: outputs x B. Returns the loss and writes ∂L/∂out into grad (same shape).
double lossAndGradient(LossKind kind, const Eigen::MatrixXd& out, const Eigen::MatrixXd& y,
                       Eigen::MatrixXd& grad);
double lossValue(LossKind kind, const Eigen::MatrixXd& out, const Eigen::MatrixXd& y);

}  // namespace gs
