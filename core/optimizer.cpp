#include "optimizer.h"

#include <cmath>
#include <limits>

#include "safe_norm.h"

#include "kind_table.h"

namespace gs {

namespace {

struct OptimizerRow {
  OptimizerKind kind;
  const char* id;
  const char* name;
  bool firstMoment;   // keeps a running mean of the gradient (momentum's v, Adam's m)
  bool secondMoment;  // keeps a running mean of its square (Adam's v)
};

constexpr OptimizerRow kOptimizers[] = {
    {OptimizerKind::Sgd, "sgd", "SGD", false, false},
    {OptimizerKind::Momentum, "momentum", "SGD with momentum", true, false},
    {OptimizerKind::Adam, "adam", "Adam", true, true},
};
static_assert(table::inEnumOrder(kOptimizers), "one row per OptimizerKind, in enum order");

const OptimizerRow& row(OptimizerKind kind) { return table::rowOf(kOptimizers, kind); }

}  // namespace

std::vector<OptimizerKind> allOptimizerKinds() { return table::kinds(kOptimizers); }
std::string optimizerId(OptimizerKind kind) { return row(kind).id; }
std::string optimizerDisplayName(OptimizerKind kind) { return row(kind).name; }
std::optional<OptimizerKind> optimizerFromId(const std::string& id) {
  return table::fromId(kOptimizers, id);
}
std::string optimizerIdList() { return table::idList(kOptimizers); }

void Optimizer::allocateMoments(const Mlp& net) {
  std::size_t count = 0;
  for (const DenseLayer& L : net.layers())
    forEachParameter(L, [&](const auto&, const auto&, bool) { ++count; });
  if (slots_.size() == count) return;
  // Only the moments this kind uses: at depth 200 × width 512 each copy of the weights is
  // 420 MB, which plain SGD should not pay twice.
  const bool first = row(s_.kind).firstMoment, second = row(s_.kind).secondMoment;
  slots_.assign(count, Moments{});
  std::size_t k = 0;
  for (const DenseLayer& L : net.layers())
    forEachParameter(L, [&](const auto& value, const auto&, bool) {
      Moments& S = slots_[k++];
      if (first) S.m = Eigen::MatrixXd::Zero(value.rows(), value.cols());
      if (second) S.v = S.m;
    });
  t_ = 0;
}

std::vector<double> Optimizer::step(Mlp& net, const GradientAdjustment& adjust) {
  allocateMoments(net);
  ++t_;
  std::vector<double> weightChanges;
  weightChanges.reserve(net.layers().size());
  std::size_t k = 0;
  for (DenseLayer& L : net.layers()) {
    double change = 0;
    forEachParameter(L, [&](auto& value, const auto& grad, bool isWeight) {
      const double n = update(value, grad, isWeight, adjust, slots_[k++]);
      if (isWeight) change = n;
    });
    weightChanges.push_back(change);
  }
  return weightChanges;
}

// One tensor: g = adjusted gradient, then the rule of the kind. Returns ‖Δθ‖ for weight matrices
// (0 for the others, which no diagnostic reads).
double Optimizer::update(Eigen::Ref<Eigen::MatrixXd> value,
                         const Eigen::Ref<const Eigen::MatrixXd>& grad, bool isWeight,
                         const GradientAdjustment& adjust, Moments& S) {
  const bool changed = adjust.changesGradient(isWeight);
  if (changed) {
    adjusted_ = adjust.scale * grad;
    if (adjust.clipValue < std::numeric_limits<double>::infinity())
      adjusted_ = adjusted_.cwiseMax(-adjust.clipValue).cwiseMin(adjust.clipValue);
    if (isWeight && adjust.weightDecay != 0) adjusted_ += adjust.weightDecay * value;  // + λW
  }
  const Eigen::Ref<const Eigen::MatrixXd> g =
      changed ? Eigen::Ref<const Eigen::MatrixXd>(adjusted_) : grad;
  double changeNorm = 0;
  switch (s_.kind) {
    case OptimizerKind::Sgd:  // θ ← θ − lr·g
      if (isWeight) changeNorm = s_.lr * safeNorm(g);
      value -= s_.lr * g;
      break;
    case OptimizerKind::Momentum:  // v ← βv + g, θ ← θ − lr·v (PyTorch's SGD momentum)
      S.m = s_.momentum * S.m + g;
      if (isWeight) changeNorm = s_.lr * safeNorm(S.m);
      value -= s_.lr * S.m;
      break;
    case OptimizerKind::Adam: {  // bias-corrected first and second moments
      const double c1 = 1.0 - std::pow(s_.beta1, static_cast<double>(t_));
      const double c2 = 1.0 - std::pow(s_.beta2, static_cast<double>(t_));
      S.m = s_.beta1 * S.m + (1.0 - s_.beta1) * g;
      S.v = s_.beta2 * S.v + (1.0 - s_.beta2) * g.cwiseAbs2();
      change_ = (-s_.lr * (S.m.array() / c1) / ((S.v.array() / c2).sqrt() + s_.epsilon)).matrix();
      if (isWeight) changeNorm = safeNorm(change_);
      value += change_;
      break;
    }
  }
  return changeNorm;
}

}  // namespace gs
