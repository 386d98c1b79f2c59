#include "spectral_norm.h"

#include <Eigen/Eigenvalues>
#include <algorithm>
#include <cmath>

namespace gs {

double spectralNorm(const Eigen::MatrixXd& m) {
  if (m.size() == 0) return 0.0;
  const double scale = m.cwiseAbs().maxCoeff();
  if (!(scale > 0.0) || !std::isfinite(scale)) return scale == 0.0 ? 0.0 : scale;
  const Eigen::MatrixXd s = m / scale;
  // The smaller of sᵀs and ssᵀ: both have the same non-zero eigenvalues σᵢ².
  const Eigen::MatrixXd gram =
      s.rows() < s.cols() ? Eigen::MatrixXd(s * s.transpose()) : Eigen::MatrixXd(s.transpose() * s);
  Eigen::SelfAdjointEigenSolver<Eigen::MatrixXd> solver(gram, Eigen::EigenvaluesOnly);
  const double top = solver.eigenvalues().maxCoeff();  // ascending, but be explicit
  return scale * std::sqrt(std::max(0.0, top));
}

}  // namespace gs
