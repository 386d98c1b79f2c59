// The prediction sampler: the grid follows the network's cost, and every sampled value is the
// network's own prediction at the cell centre or curve point it claims.
#include <gtest/gtest.h>

#include "prediction_sampler.h"

namespace gs {
namespace {

// One map stays a ~2e8 multiply-add pass: full 64×64 for the default network, the 8×8 floor at
// depth 200 × width 512.
TEST(PredictionSampler, GridFollowsNetworkCost) {
  const Trainer small{Config{}};
  EXPECT_EQ(samplePrediction(small, predictionGridFor(small), 200).nx, kPredictionGrid);
  Config huge;
  huge.depth = 200;
  huge.width = 512;
  huge.batch = 4;
  const Trainer big{huge};
  EXPECT_EQ(predictionGridFor(big), 8);
  const Prediction p = samplePrediction(big, predictionGridFor(big), 16);
  EXPECT_EQ(p.nx * p.ny, 64);
  Config sine;
  sine.dataset = DatasetKind::Sine;
  sine.loss = LossKind::Mse;
  const Trainer curve{sine};
  EXPECT_EQ(predictionCurvePointsFor(curve), kPredictionCurve);
}

TEST(PredictionSampler, MapValuesAreThePredictionAtEachCellCentre) {
  Config c;
  c.depth = 2;
  Trainer t(c);
  for (int i = 0; i < 20; ++i) t.step();
  const Prediction p = samplePrediction(t, 8, 10);
  ASSERT_EQ(p.kind, Prediction::Kind::Map);
  ASSERT_EQ(p.values.size(), 64u);
  EXPECT_EQ(p.step, 20);
  for (int iy = 0; iy < 8; iy += 3)
    for (int ix = 0; ix < 8; ix += 3) {
      Eigen::MatrixXd x(2, 1);
      x << p.xMin + (ix + 0.5) * (p.xMax - p.xMin) / 8, p.yMin + (iy + 0.5) * (p.yMax - p.yMin) / 8;
      EXPECT_NEAR(p.values[static_cast<std::size_t>(iy * 8 + ix)], t.predictDisplay(x)(0), 1e-12);
    }
  // The box covers every data point.
  EXPECT_LE(p.xMin, t.data().X.row(0).minCoeff());
  EXPECT_GE(p.yMax, t.data().X.row(1).maxCoeff());
  EXPECT_EQ(p.pointX.size(), p.pointLabel.size());
}

TEST(PredictionSampler, CurveValuesAreThePredictionAtEachPoint) {
  Config c;
  c.depth = 2;
  c.dataset = DatasetKind::Sine;
  c.loss = LossKind::Mse;
  const Trainer t(c);
  const Prediction p = samplePrediction(t, 8, 10);
  ASSERT_EQ(p.kind, Prediction::Kind::Curve);
  ASSERT_EQ(p.xs.size(), 10u);
  for (std::size_t i = 0; i < p.xs.size(); ++i) {
    Eigen::MatrixXd x(1, 1);
    x << p.xs[i];
    EXPECT_NEAR(p.values[i], t.predictDisplay(x)(0), 1e-12);  // batched vs one column
  }
  EXPECT_DOUBLE_EQ(p.xs.front(), p.xMin);
  EXPECT_DOUBLE_EQ(p.xs.back(), p.xMax);
}

}  // namespace
}  // namespace gs
