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

// The user's points (a few drawn ones, say) are shown on at least [−1.5, 1.5]², the built-in
// data sets' area, so there is room to draw more.
void widen(const Trainer& trainer, double& lo, double& hi) {
  if (!trainer.config().data) return;
  lo = std::min(lo, -1.5);
  hi = std::max(hi, 1.5);
}

void sampleMap(const Trainer& trainer, int grid, Prediction& p) {
  const Dataset& data = trainer.data();
  p.kind = Prediction::Kind::Map;
  p.nx = p.ny = grid;
  rangeOf(data.X, 0, p.xMin, p.xMax);
  rangeOf(data.X, 1, p.yMin, p.yMax);
  widen(trainer, p.xMin, p.xMax);
  widen(trainer, p.yMin, p.yMax);
  Eigen::MatrixXd X(2, grid * grid);  // inputs x cells, row-major over (iy, ix)
  const double dx = (p.xMax - p.xMin) / grid, dy = (p.yMax - p.yMin) / grid;
  for (int iy = 0; iy < grid; ++iy)
    for (int ix = 0; ix < grid; ++ix) {
      X(0, iy * grid + ix) = p.xMin + (ix + 0.5) * dx;
      X(1, iy * grid + ix) = p.yMin + (iy + 0.5) * dy;
    }
  p.classes = data.classes;
  p.cellClass.resize(std::size_t(X.cols()));
  if (p.classes == 2) {  // P(class 1), as it always was for two classes
    const Eigen::RowVectorXd out = trainer.predictDisplay(X);
    p.values.assign(out.data(), out.data() + out.size());
    for (std::size_t c = 0; c < p.values.size(); ++c) p.cellClass[c] = p.values[c] > 0.5;
    return;
  }
  const Eigen::MatrixXd prob = trainer.predictProbabilities(X);
  p.values.resize(std::size_t(X.cols()));
  for (Eigen::Index c = 0; c < X.cols(); ++c) {
    Eigen::Index k = 0;
    p.values[std::size_t(c)] = prob.col(c).maxCoeff(&k);
    p.cellClass[std::size_t(c)] = static_cast<int>(k);
  }
}

void sampleCurve(const Trainer& trainer, int points, Prediction& p) {
  const Dataset& data = trainer.data();
  p.kind = Prediction::Kind::Curve;
  rangeOf(data.X, 0, p.xMin, p.xMax);
  p.yMin = data.y.minCoeff();
  p.yMax = data.y.maxCoeff();
  widen(trainer, p.xMin, p.xMax);
  widen(trainer, p.yMin, p.yMax);
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
