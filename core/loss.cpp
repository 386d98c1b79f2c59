#include "loss.h"

#include <cmath>

namespace gs {

std::vector<LossKind> allLossKinds() {
  return {LossKind::Mse, LossKind::BceLogits, LossKind::SoftmaxCe};
}

std::string lossId(LossKind kind) {
  switch (kind) {
    case LossKind::Mse:
      return "mse";
    case LossKind::BceLogits:
      return "bce_logits";
    case LossKind::SoftmaxCe:
      return "softmax_ce";
  }
  return "?";
}

std::optional<LossKind> lossFromId(const std::string& id) {
  for (LossKind k : allLossKinds())
    if (lossId(k) == id) return k;
  return std::nullopt;
}

std::string lossIdList() { return "mse, bce_logits, softmax_ce"; }

double lossAndGradient(LossKind kind, const Eigen::MatrixXd& out, const Eigen::MatrixXd& y,
                       Eigen::MatrixXd& grad) {
  const double n = static_cast<double>(out.size());
  const double batch = static_cast<double>(out.cols());
  switch (kind) {
    case LossKind::Mse: {
      // L = (1/n) Σ (ŷ − y)², ∂L/∂ŷ = 2(ŷ − y)/n
      grad = out - y;
      const double loss = grad.squaredNorm() / n;
      grad *= 2.0 / n;
      return loss;
    }
    case LossKind::BceLogits: {
      // L = (1/n) Σ max(z,0) − z·y + log(1 + e^−|z|), ∂L/∂z = (σ(z) − y)/n
      const Eigen::ArrayXXd z = out.array();
      const double loss = (z.max(0.0) - z * y.array() + (-z.abs()).exp().log1p()).sum() / n;
      grad = (((-z).exp() + 1.0).inverse() - y.array()).matrix() / n;
      return loss;
    }
    case LossKind::SoftmaxCe: {
      // p = softmax(z) per column, L = −(1/B) Σ log p_y, ∂L/∂z = (p − y)/B
      const Eigen::RowVectorXd colMax = out.colwise().maxCoeff();
      Eigen::ArrayXXd e = (out.rowwise() - colMax).array().exp();
      const Eigen::RowVectorXd sum = e.colwise().sum().matrix();
      const Eigen::ArrayXXd logp = (out.rowwise() - colMax).array().rowwise() - sum.array().log();
      const double loss = -(logp * y.array()).sum() / batch;
      grad = (logp.exp() - y.array()).matrix() / batch;
      return loss;
    }
  }
  return 0.0;
}

double lossValue(LossKind kind, const Eigen::MatrixXd& out, const Eigen::MatrixXd& y) {
  Eigen::MatrixXd grad;
  return lossAndGradient(kind, out, y, grad);
}

}  // namespace gs
