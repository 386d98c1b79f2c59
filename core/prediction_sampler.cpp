#include "prediction_sampler.h"

#include <algorithm>
#include <cmath>

namespace gs {
namespace {

// Every k-th sample, so at most kPredictionPointsMax are drawn; the dataset is in generation
// order, so a stride keeps every class and region represented.
void addPoints(const Dataset& data, Prediction& p) {
  const int n = data.size();
  const int stride = std::max(1, (n + kPredictionPointsMax - 1) / kPredictionPointsMax);
  const bool twoD = data.inputs() >= 2;
  for (int i = 0; i < n; i += stride) {
    p.pointX.push_back(data.X(0, i));
    p.pointY.push_back(twoD ? data.X(1, i) : data.y(i));
    if (twoD) p.pointLabel.push_back(data.y(i));
  }
}

// Bounding box of row r with a margin of 10% of its span (at least 0.1).
void rangeOf(const Eigen::MatrixXd& X, int r, double& lo, double& hi) {
  lo = X.row(r).minCoeff();
  hi = X.row(r).maxCoeff();
  const double margin = std::max(0.1, 0.1 * (hi - lo));
  lo -= margin;
  hi += margin;
}

void sampleMap(const Trainer& trainer, int grid, Prediction& p) {
  const Dataset& data = trainer.data();
  p.kind = Prediction::Kind::Map;
  p.nx = p.ny = grid;
  rangeOf(data.X, 0, p.xMin, p.xMax);
  rangeOf(data.X, 1, p.yMin, p.yMax);
  Eigen::MatrixXd X(2, grid * grid);  // inputs x cells, row-major over (iy, ix)
  const double dx = (p.xMax - p.xMin) / grid, dy = (p.yMax - p.yMin) / grid;
  for (int iy = 0; iy < grid; ++iy)
    for (int ix = 0; ix < grid; ++ix) {
      X(0, iy * grid + ix) = p.xMin + (ix + 0.5) * dx;
      X(1, iy * grid + ix) = p.yMin + (iy + 0.5) * dy;
    }
  const Eigen::RowVectorXd out = trainer.predictDisplay(X);
  p.values.assign(out.data(), out.data() + out.size());
}

void sampleCurve(const Trainer& trainer, int points, Prediction& p) {
  const Dataset& data = trainer.data();
  p.kind = Prediction::Kind::Curve;
  rangeOf(data.X, 0, p.xMin, p.xMax);
  p.yMin = data.y.minCoeff();
  p.yMax = data.y.maxCoeff();
  Eigen::MatrixXd X(1, points);
  for (int i = 0; i < points; ++i)
    X(0, i) = p.xMin + (p.xMax - p.xMin) * i / std::max(1, points - 1);
  const Eigen::RowVectorXd out = trainer.predictDisplay(X);
  p.xs.assign(X.data(), X.data() + X.size());
  p.values.assign(out.data(), out.data() + out.size());
}

}  // namespace

namespace {

double macsPerSample(const Trainer& trainer) {
  double macs = 0;
  for (const DenseLayer& L : trainer.network().layers()) macs += double(L.fanIn()) * L.fanOut();
  return std::max(macs, 1.0);
}

}  // namespace

int predictionGridFor(const Trainer& trainer) {
  const double side = std::sqrt(kPredictionBudget / macsPerSample(trainer));
  return static_cast<int>(std::clamp(side, 8.0, double(kPredictionGrid)));
}

int predictionCurvePointsFor(const Trainer& trainer) {
  const double points = kPredictionBudget / macsPerSample(trainer);
  return static_cast<int>(std::clamp(points, 16.0, double(kPredictionCurve)));
}

Prediction samplePrediction(const Trainer& trainer, int grid, int curvePoints) {
  Prediction p;
  p.step = trainer.steps();
  if (trainer.data().inputs() >= 2)
    sampleMap(trainer, grid, p);
  else
    sampleCurve(trainer, curvePoints, p);
  addPoints(trainer.data(), p);
  return p;
}

}  // namespace gs
