#include "optimizer.h"

#include <cmath>

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

void Optimizer::step(Mlp& net) {
  auto& layers = net.layers();
  if (slots_.size() != layers.size()) {
    // Only the moments this kind uses: at depth 200 × width 512 each copy of the weights is
    // 420 MB, which plain SGD should not pay twice.
    const bool first = row(s_.kind).firstMoment, second = row(s_.kind).secondMoment;
    slots_.assign(layers.size(), Slot{});
    for (std::size_t i = 0; i < layers.size(); ++i) {
      if (first) slots_[i].mW = Eigen::MatrixXd::Zero(layers[i].W.rows(), layers[i].W.cols());
      if (first) slots_[i].mb = Eigen::VectorXd::Zero(layers[i].b.size());
      if (second) slots_[i].vW = slots_[i].mW;
      if (second) slots_[i].vb = slots_[i].mb;
    }
    t_ = 0;
  }
  ++t_;
  const bool bias = net.hasBias();
  for (std::size_t i = 0; i < layers.size(); ++i) {
    DenseLayer& L = layers[i];
    Slot& S = slots_[i];
    switch (s_.kind) {
      case OptimizerKind::Sgd:  // θ ← θ − lr·g
        L.W -= s_.lr * L.dW;
        if (bias) L.b -= s_.lr * L.db;
        break;
      case OptimizerKind::Momentum:  // v ← βv + g, θ ← θ − lr·v (PyTorch's SGD momentum)
        S.mW = s_.momentum * S.mW + L.dW;
        L.W -= s_.lr * S.mW;
        if (bias) {
          S.mb = s_.momentum * S.mb + L.db;
          L.b -= s_.lr * S.mb;
        }
        break;
      case OptimizerKind::Adam: {  // bias-corrected first and second moments
        const double c1 = 1.0 - std::pow(s_.beta1, static_cast<double>(t_));
        const double c2 = 1.0 - std::pow(s_.beta2, static_cast<double>(t_));
        S.mW = s_.beta1 * S.mW + (1.0 - s_.beta1) * L.dW;
        S.vW = s_.beta2 * S.vW + (1.0 - s_.beta2) * L.dW.cwiseAbs2();
        L.W.array() -= s_.lr * (S.mW.array() / c1) / ((S.vW.array() / c2).sqrt() + s_.epsilon);
        if (bias) {
          S.mb = s_.beta1 * S.mb + (1.0 - s_.beta1) * L.db;
          S.vb = s_.beta2 * S.vb + (1.0 - s_.beta2) * L.db.cwiseAbs2();
          L.b.array() -= s_.lr * (S.mb.array() / c1) / ((S.vb.array() / c2).sqrt() + s_.epsilon);
        }
        break;
      }
    }
  }
}

}  // namespace gs
