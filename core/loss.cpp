#include "loss.h"

#include <algorithm>
#include <cmath>

#include "kind_table.h"
#include "point_set.h"

namespace gs {
namespace {

// L = (1/n) Σ (ŷ − y)², ∂L/∂ŷ = 2(ŷ − y)/n
double mse(const Eigen::MatrixXd& out, const Eigen::MatrixXd& y, Eigen::MatrixXd& grad) {
  const double n = static_cast<double>(out.size());
  grad = out - y;
  const double loss = grad.squaredNorm() / n;
  grad *= 2.0 / n;
  return loss;
}

// L = (1/n) Σ max(z,0) − z·y + log(1 + e^−|z|), ∂L/∂z = (σ(z) − y)/n
double bceLogits(const Eigen::MatrixXd& out, const Eigen::MatrixXd& y, Eigen::MatrixXd& grad) {
  const double n = static_cast<double>(out.size());
  const Eigen::ArrayXXd z = out.array();
  const double loss = (z.max(0.0) - z * y.array() + (-z.abs()).exp().log1p()).sum() / n;
  grad = (((-z).exp() + 1.0).inverse() - y.array()).matrix() / n;
  return loss;
}

// p = softmax(z) per column, L = −(1/B) Σ log p_y, ∂L/∂z = (p − y)/B
double softmaxCe(const Eigen::MatrixXd& out, const Eigen::MatrixXd& y, Eigen::MatrixXd& grad) {
  const double batch = static_cast<double>(out.cols());
  const Eigen::RowVectorXd colMax = out.colwise().maxCoeff();
  Eigen::ArrayXXd e = (out.rowwise() - colMax).array().exp();
  const Eigen::RowVectorXd sum = e.colwise().sum().matrix();
  const Eigen::ArrayXXd logp = (out.rowwise() - colMax).array().rowwise() - sum.array().log();
  const double loss = -(logp * y.array()).sum() / batch;
  grad = (logp.exp() - y.array()).matrix() / batch;
  return loss;
}

struct LossRow {
  LossKind kind;
  const char* id;
  const char* name;
  bool outputPerClass;  // true: one output unit per class (K); false: one unit
  int classesMax;
  double (*valueAndGradient)(const Eigen::MatrixXd& out, const Eigen::MatrixXd& y,
                             Eigen::MatrixXd& grad);
};

constexpr LossRow kLosses[] = {
    {LossKind::Mse, "mse", "Mean squared error", false, 2, mse},
    {LossKind::BceLogits, "bce_logits", "Binary cross-entropy", false, 2, bceLogits},
    {LossKind::SoftmaxCe, "softmax_ce", "Softmax cross-entropy", true, PointLimits::kClassesMax,
     softmaxCe},
};
static_assert(table::inEnumOrder(kLosses), "one row per LossKind, in enum order");

const LossRow& row(LossKind kind) { return table::rowOf(kLosses, kind); }

}  // namespace

std::vector<LossKind> allLossKinds() { return table::kinds(kLosses); }
std::string lossId(LossKind kind) { return row(kind).id; }
std::string lossDisplayName(LossKind kind) { return row(kind).name; }
std::optional<LossKind> lossFromId(const std::string& id) { return table::fromId(kLosses, id); }
std::string lossIdList() { return table::idList(kLosses); }
int lossOutputs(LossKind kind, int classes) {
  return row(kind).outputPerClass ? std::max(classes, PointLimits::kClassesMin) : 1;
}
int lossClassesMax(LossKind kind) { return row(kind).classesMax; }

double lossAndGradient(LossKind kind, const Eigen::MatrixXd& out, const Eigen::MatrixXd& y,
                       Eigen::MatrixXd& grad) {
  return row(kind).valueAndGradient(out, y, grad);
}

double lossValue(LossKind kind, const Eigen::MatrixXd& out, const Eigen::MatrixXd& y) {
  Eigen::MatrixXd grad;
  return lossAndGradient(kind, out, y, grad);
}

}  // namespace gs
