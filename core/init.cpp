#include "init.h"

#include <cmath>

namespace gs {
namespace {

template <class Dist>
void fill(Eigen::MatrixXd& W, Dist dist, std::mt19937_64& rng) {
  // Fill row by row so the result does not depend on Eigen's storage order.
  for (Eigen::Index r = 0; r < W.rows(); ++r)
    for (Eigen::Index c = 0; c < W.cols(); ++c) W(r, c) = dist(rng);
}

}  // namespace

std::vector<InitKind> allInitKinds() {
  return {InitKind::XavierUniform, InitKind::XavierNormal, InitKind::HeUniform, InitKind::HeNormal,
          InitKind::LecunNormal,   InitKind::Normal,       InitKind::Uniform,   InitKind::Constant};
}

std::string initId(InitKind kind) {
  switch (kind) {
    case InitKind::XavierUniform:
      return "xavier_uniform";
    case InitKind::XavierNormal:
      return "xavier_normal";
    case InitKind::HeUniform:
      return "he_uniform";
    case InitKind::HeNormal:
      return "he_normal";
    case InitKind::LecunNormal:
      return "lecun_normal";
    case InitKind::Normal:
      return "normal";
    case InitKind::Uniform:
      return "uniform";
    case InitKind::Constant:
      return "constant";
  }
  return "?";
}

std::optional<InitKind> initFromId(const std::string& id) {
  for (InitKind k : allInitKinds())
    if (initId(k) == id) return k;
  return std::nullopt;
}

std::string initIdList() {
  std::string out;
  for (InitKind k : allInitKinds()) out += (out.empty() ? "" : ", ") + initId(k);
  return out;
}

std::string initScaleMeaning(InitKind kind) {
  switch (kind) {
    case InitKind::Normal:
      return "standard deviation σ";
    case InitKind::Uniform:
      return "half-width a of U(−a, a)";
    case InitKind::Constant:
      return "the value of every weight";
    default:
      return "gain multiplying the initialiser's spread";
  }
}

void initialiseWeights(Eigen::MatrixXd& W, InitKind kind, double scale, std::mt19937_64& rng) {
  const double in = static_cast<double>(W.cols());
  const double out = static_cast<double>(W.rows());
  using Normal = std::normal_distribution<double>;
  using Uniform = std::uniform_real_distribution<double>;
  // The distributions need a strictly positive spread; a zero scale means all-zero weights.
  if (kind != InitKind::Constant && !(scale > 0)) {
    W.setZero();
    return;
  }
  switch (kind) {
    case InitKind::XavierUniform: {
      const double a = scale * std::sqrt(6.0 / (in + out));
      fill(W, Uniform(-a, a), rng);
      return;
    }
    case InitKind::XavierNormal:
      fill(W, Normal(0.0, scale * std::sqrt(2.0 / (in + out))), rng);
      return;
    case InitKind::HeUniform: {
      const double a = scale * std::sqrt(6.0 / in);
      fill(W, Uniform(-a, a), rng);
      return;
    }
    case InitKind::HeNormal:
      fill(W, Normal(0.0, scale * std::sqrt(2.0 / in)), rng);
      return;
    case InitKind::LecunNormal:
      fill(W, Normal(0.0, scale * std::sqrt(1.0 / in)), rng);
      return;
    case InitKind::Normal:
      fill(W, Normal(0.0, scale), rng);
      return;
    case InitKind::Uniform:
      fill(W, Uniform(-scale, scale), rng);
      return;
    case InitKind::Constant:
      W.setConstant(scale);
      return;
  }
}

}  // namespace gs
