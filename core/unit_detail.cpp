#include "unit_detail.h"

namespace gs {
namespace {

// Row-major copy of an out × in matrix (Eigen stores column-major).
std::vector<double> rowMajor(const Eigen::MatrixXd& m) {
  std::vector<double> out(static_cast<std::size_t>(m.size()));
  Eigen::Map<Eigen::Matrix<double, Eigen::Dynamic, Eigen::Dynamic, Eigen::RowMajor>>(
      out.data(), m.rows(), m.cols()) = m;
  return out;
}

LayerUnits layerUnits(const DenseLayer& L) {
  LayerUnits u;
  u.fanIn = L.fanIn();
  u.fanOut = L.fanOut();
  u.weights = rowMajor(L.W);
  u.weightGrads = L.dW.size() == L.W.size() ? rowMajor(L.dW) : std::vector<double>(L.W.size());
  const auto units = static_cast<std::size_t>(u.fanOut);
  u.meanActivation.assign(units, 0.0);
  u.dead.assign(units, 0);
  u.saturated.assign(units, 0);
  if (L.A.rows() != L.W.rows() || L.A.cols() == 0) return u;
  // The same tests as the per-layer fractions (gs::layerStats).
  const double threshold = 0.01 * L.activation.maxDerivative();
  for (Eigen::Index o = 0; o < L.A.rows(); ++o) {
    const auto i = static_cast<std::size_t>(o);
    u.meanActivation[i] = L.A.row(o).mean();
    u.dead[i] = L.activation.isReluLike() && (L.Z.row(o).array() <= 0.0).all();
    u.saturated[i] = L.fprime.rows() == L.A.rows() && L.fprime.row(o).mean() < threshold;
  }
  return u;
}

}  // namespace

std::vector<LayerUnits> unitDetail(const Mlp& net, std::size_t maxWeights) {
  std::size_t weights = 0;
  for (const DenseLayer& L : net.layers()) weights += static_cast<std::size_t>(L.W.size());
  std::vector<LayerUnits> out;
  if (weights > maxWeights) return out;
  out.reserve(net.layers().size());
  for (const DenseLayer& L : net.layers()) out.push_back(layerUnits(L));
  return out;
}

}  // namespace gs
