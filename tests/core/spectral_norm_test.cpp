// ‖W‖₂ against closed forms and an independent method (Eigen's Jacobi SVD, which never forms the
// Gram matrix), at ordinary, tiny and huge scales.
#include <gtest/gtest.h>

#include <Eigen/SVD>
#include <random>

#include "spectral_norm.h"

namespace {

double svdNorm(const Eigen::MatrixXd& m) {
  return Eigen::JacobiSVD<Eigen::MatrixXd>(m).singularValues()(0);
}

Eigen::MatrixXd randomMatrix(int rows, int cols, unsigned seed) {
  std::mt19937 rng(seed);
  std::normal_distribution<double> n(0.0, 1.0);
  Eigen::MatrixXd m(rows, cols);
  for (Eigen::Index i = 0; i < m.size(); ++i) m(i) = n(rng);
  return m;
}

}  // namespace

TEST(SpectralNorm, DiagonalIsTheLargestAbsoluteEntry) {
  Eigen::MatrixXd d = Eigen::MatrixXd::Zero(3, 3);
  d.diagonal() << 0.5, -4.0, 2.0;
  EXPECT_NEAR(gs::spectralNorm(d), 4.0, 1e-12);
}

TEST(SpectralNorm, RankOneIsTheProductOfTheVectorLengths) {
  Eigen::VectorXd u(3), v(2);
  u << 1, 2, 2;  // ‖u‖ = 3
  v << 3, 4;     // ‖v‖ = 5
  EXPECT_NEAR(gs::spectralNorm(u * v.transpose()), 15.0, 1e-12);
  EXPECT_NEAR(gs::spectralNorm(v * u.transpose()), 15.0, 1e-12);
}

TEST(SpectralNorm, MatchesJacobiSvdOnRandomShapes) {
  for (auto [rows, cols] : {std::pair{16, 16}, {16, 2}, {1, 16}, {32, 20}, {7, 31}})
    for (unsigned seed : {1u, 2u, 3u}) {
      const Eigen::MatrixXd m = randomMatrix(rows, cols, seed);
      EXPECT_NEAR(gs::spectralNorm(m), svdNorm(m), 1e-10 * svdNorm(m)) << rows << "x" << cols;
      EXPECT_LE(gs::spectralNorm(m), m.norm() * (1 + 1e-12));  // ‖W‖₂ ≤ ‖W‖_F
    }
}

TEST(SpectralNorm, TinyAndHugeScalesNeitherUnderflowNorOverflow) {
  const Eigen::MatrixXd m = randomMatrix(8, 8, 7);
  const double ref = svdNorm(m);
  EXPECT_NEAR(gs::spectralNorm(m * 1e-200) / 1e-200, ref, 1e-10 * ref);
  EXPECT_NEAR(gs::spectralNorm(m * 1e200) / 1e200, ref, 1e-10 * ref);
}

TEST(SpectralNorm, EmptyAndZeroAreZero) {
  EXPECT_EQ(gs::spectralNorm(Eigen::MatrixXd()), 0.0);
  EXPECT_EQ(gs::spectralNorm(Eigen::MatrixXd::Zero(4, 3)), 0.0);
}
