#include "normalization.h"

namespace gs {
namespace {

struct NormInfo {
  NormKind kind;
  const char* id;
};

const NormInfo kNorms[] = {
    {NormKind::None, "none"},
    {NormKind::Batch, "batch"},
    {NormKind::Layer, "layer"},
};

}  // namespace

std::vector<NormKind> allNormKinds() {
  std::vector<NormKind> out;
  for (const NormInfo& n : kNorms) out.push_back(n.kind);
  return out;
}

std::string normId(NormKind kind) {
  for (const NormInfo& n : kNorms)
    if (n.kind == kind) return n.id;
  return "?";
}

std::optional<NormKind> normFromId(const std::string& id) {
  for (const NormInfo& n : kNorms)
    if (id == n.id) return n.kind;
  return std::nullopt;
}

std::string normIdList() {
  std::string out;
  for (const NormInfo& n : kNorms) out += (out.empty() ? "" : ", ") + std::string(n.id);
  return out;
}

Normalization::Normalization(NormKind k, int units, double e) : kind(k), eps(e) {
  gamma = Eigen::VectorXd::Ones(units);
  beta = Eigen::VectorXd::Zero(units);
  dgamma = Eigen::VectorXd::Zero(units);
  dbeta = Eigen::VectorXd::Zero(units);
  if (kind == NormKind::Batch) {
    runningMean = Eigen::VectorXd::Zero(units);
    runningVar = Eigen::VectorXd::Ones(units);
  }
}

void Normalization::forward(const Eigen::MatrixXd& Z, Eigen::MatrixXd& N) {
  if (kind == NormKind::Batch) {  // μ, σ² per unit (row) over the batch
    mean = Z.rowwise().mean();
    xhat = Z.colwise() - mean;
    var = xhat.array().square().rowwise().mean();
    invStd = (var.array() + eps).rsqrt();
    xhat.array().colwise() *= invStd.array();
  } else {  // μ, σ² per sample (column) over the units
    mean = Z.colwise().mean().transpose();
    xhat = Z.rowwise() - mean.transpose();
    var = xhat.array().square().colwise().mean().transpose();
    invStd = (var.array() + eps).rsqrt();
    xhat.array().rowwise() *= invStd.array().transpose();
  }
  N.resize(Z.rows(), Z.cols());
  N.array() = (xhat.array().colwise() * gamma.array()).colwise() + beta.array();  // n = γx̂ + β
}

void Normalization::infer(const Eigen::MatrixXd& Z, Eigen::MatrixXd& N) const {
  if (kind == NormKind::Batch) {
    const Eigen::ArrayXd scale = gamma.array() * (runningVar.array() + eps).rsqrt();
    N.array() = ((Z.colwise() - runningMean).array().colwise() * scale).colwise() + beta.array();
    return;
  }
  const Eigen::RowVectorXd mu = Z.colwise().mean();
  N = Z.rowwise() - mu;
  const Eigen::ArrayXXd inv = (N.array().square().colwise().mean() + eps).rsqrt();  // 1 x B
  N.array().rowwise() *= inv.row(0);
  N.array() = (N.array().colwise() * gamma.array()).colwise() + beta.array();
}

namespace {

// With g = ∂L/∂x̂ = γ ⊙ ∂L/∂n and m the group size (B for batch, U for layer):
//   ∂L/∂z = (1/√(σ² + ε)) · (g − mean(g) − x̂ ⊙ mean(g ⊙ x̂)), means over the group.
// In place on grad (∂L/∂n in, ∂L/∂z out); mean1, mean2 are scratch.
void normInputGradient(const Normalization& n, Eigen::MatrixXd& grad, Eigen::VectorXd& mean1,
                       Eigen::VectorXd& mean2) {
  const auto xhat = n.xhat.array();
  grad.array().colwise() *= n.gamma.array();
  if (n.kind == NormKind::Batch) {
    const double m = static_cast<double>(grad.cols());
    mean1 = grad.rowwise().sum() / m;
    mean2 = (grad.array() * xhat).rowwise().sum() / m;
    grad.array() = (grad.array() - xhat.colwise() * mean2.array()).colwise() - mean1.array();
    grad.array().colwise() *= n.invStd.array();
  } else {
    const double m = static_cast<double>(grad.rows());
    mean1 = grad.colwise().sum().transpose() / m;
    mean2 = (grad.array() * xhat).colwise().sum().transpose() / m;
    grad.array() = (grad.array() - xhat.rowwise() * mean2.array().transpose()).rowwise() -
                   mean1.array().transpose();
    grad.array().rowwise() *= n.invStd.array().transpose();
  }
}

}  // namespace

// ∂L/∂γ = Σ_samples ∂L/∂n ⊙ x̂, ∂L/∂β = Σ_samples ∂L/∂n, then ∂L/∂z as above.
void Normalization::backward(Eigen::MatrixXd& grad) {
  dgamma = (grad.array() * xhat.array()).rowwise().sum();
  dbeta = grad.rowwise().sum();
  normInputGradient(*this, grad, sum1_, sum2_);
}

void Normalization::inputGradient(Eigen::MatrixXd& grad) const {
  Eigen::VectorXd mean1, mean2;
  normInputGradient(*this, grad, mean1, mean2);
}

void Normalization::updateRunningStatistics() {
  if (kind != NormKind::Batch || mean.size() != runningMean.size()) return;
  const double B = static_cast<double>(xhat.cols());
  const double unbiased = B > 1 ? B / (B - 1) : 1.0;
  runningMean = (1 - kBatchNormMomentum) * runningMean + kBatchNormMomentum * mean;
  runningVar = (1 - kBatchNormMomentum) * runningVar + (kBatchNormMomentum * unbiased) * var;
}

double Normalization::meanScaleFactor(int sample) const {
  if (!on() || invStd.size() == 0) return 1.0;
  if (kind == NormKind::Batch) return (gamma.array() * invStd.array()).mean();
  return gamma.mean() * invStd(sample);
}

}  // namespace gs
