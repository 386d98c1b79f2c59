// Toy datasets: determinism per seed, shapes, balance and ranges.
#include <gtest/gtest.h>

#include <cmath>

#include "dataset.h"

namespace gs {
namespace {

constexpr double kPi = 3.14159265358979323846;

class Datasets : public ::testing::TestWithParam<DatasetKind> {};

TEST_P(Datasets, SameSeedSameDataOtherSeedOtherData) {
  const Dataset a = makeDataset(GetParam(), 200, 0.1, 17);
  const Dataset b = makeDataset(GetParam(), 200, 0.1, 17);
  const Dataset c = makeDataset(GetParam(), 200, 0.1, 18);
  EXPECT_EQ(a.X, b.X);
  EXPECT_EQ(a.y, b.y);
  EXPECT_NE(a.X, c.X);
}

TEST_P(Datasets, ShapesAndFiniteValues) {
  const Dataset d = makeDataset(GetParam(), 301, 0.2, 1);
  EXPECT_EQ(d.size(), 301);
  EXPECT_EQ(d.y.size(), 301);
  EXPECT_EQ(d.inputs(), GetParam() == DatasetKind::Sine ? 1 : 2);
  EXPECT_EQ(d.classification(), GetParam() != DatasetKind::Sine);
  EXPECT_TRUE(d.X.allFinite());
  EXPECT_TRUE(d.y.allFinite());
}

TEST_P(Datasets, ClassificationLabelsAreBalancedZeroOrOne) {
  if (GetParam() == DatasetKind::Sine) GTEST_SKIP() << "regression";
  const Dataset d = makeDataset(GetParam(), 2000, 0.05, 3);
  for (Eigen::Index i = 0; i < d.y.size(); ++i) ASSERT_TRUE(d.y(i) == 0.0 || d.y(i) == 1.0);
  // xor's labels come from the quadrant, so only about half; the others alternate exactly.
  const double ones = d.y.sum() / d.size();
  if (GetParam() == DatasetKind::Xor)
    EXPECT_NEAR(ones, 0.5, 0.05);
  else
    EXPECT_DOUBLE_EQ(ones, 0.5);
}

TEST_P(Datasets, NoiselessInputsStayInRange) {
  const Dataset d = makeDataset(GetParam(), 2000, 0.0, 4);
  if (GetParam() == DatasetKind::Sine) {
    EXPECT_GE(d.X.minCoeff(), -kPi);
    EXPECT_LE(d.X.maxCoeff(), kPi);
  } else if (GetParam() == DatasetKind::Gauss) {  // Gaussian blobs: nearly all in the box
    EXPECT_GT((d.X.array().abs() <= 1.5).cast<double>().mean(), 0.99);
  } else {
    EXPECT_LE(d.X.cwiseAbs().maxCoeff(), 1.5);
  }
}

TEST_P(Datasets, NoiseMovesThePoints) {
  const Dataset clean = makeDataset(GetParam(), 100, 0.0, 9);
  const Dataset noisy = makeDataset(GetParam(), 100, 0.3, 9);
  if (GetParam() == DatasetKind::Sine)
    EXPECT_NE(clean.y, noisy.y);
  else
    EXPECT_NE(clean.X, noisy.X);
}

INSTANTIATE_TEST_SUITE_P(All, Datasets, ::testing::ValuesIn(allDatasetKinds()),
                         [](const auto& info) { return datasetId(info.param); });

// Geometry of the noiseless sets, from their definitions.
TEST(Dataset, CirclesInnerDiscIsClassOne) {
  const Dataset d = makeDataset(DatasetKind::Circles, 1000, 0.0, 2);
  for (int i = 0; i < d.size(); ++i) {
    const double r = d.X.col(i).norm();
    if (d.y(i) == 1.0)
      ASSERT_LE(r, 0.5 + 1e-12);
    else
      ASSERT_TRUE(r >= 0.8 - 1e-12 && r <= 1.2 + 1e-12) << r;
  }
}

TEST(Dataset, XorLabelIsSameSignQuadrant) {
  const Dataset d = makeDataset(DatasetKind::Xor, 1000, 0.0, 2);
  for (int i = 0; i < d.size(); ++i) ASSERT_EQ(d.y(i), d.X(0, i) * d.X(1, i) > 0 ? 1.0 : 0.0);
}

TEST(Dataset, NoiselessSineIsExact) {
  const Dataset d = makeDataset(DatasetKind::Sine, 500, 0.0, 2);
  for (int i = 0; i < d.size(); ++i) ASSERT_DOUBLE_EQ(d.y(i), std::sin(d.X(0, i)));
}

TEST(Dataset, IdsRoundTrip) {
  for (DatasetKind k : allDatasetKinds()) {
    ASSERT_TRUE(datasetFromId(datasetId(k)).has_value());
    EXPECT_EQ(*datasetFromId(datasetId(k)), k);
    EXPECT_NE(datasetIdList().find(datasetId(k)), std::string::npos);
  }
  EXPECT_FALSE(datasetFromId("mnist").has_value());
}

}  // namespace
}  // namespace gs
