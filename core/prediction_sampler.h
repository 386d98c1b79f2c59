// Samples what a trainer's network predicts, for the "what the network learned" view and the
// CLI's `render`.
#pragma once

#include <vector>

#include "trainer.h"

namespace gs {

// What the network learned: a map of P(class 1) or the fitted curve, with the data over it.
struct Prediction {
  enum class Kind { None, Map, Curve };
  Kind kind = Kind::None;
  long step = 0;
  // Map (2-D classification): values[iy * nx + ix] is P(class 1) at the cell centre
  // (xMin + (ix + ½)·(xMax − xMin)/nx, yMin + (iy + ½)·(yMax − yMin)/ny) when classes == 2;
  // with more classes it is the probability of the most likely class, cellClass[…] that class.
  // Curve (1-D regression): values[i] is the prediction at xs[i].
  int nx = 0, ny = 0;
  double xMin = 0, xMax = 0, yMin = 0, yMax = 0;
  int classes = 0;  // K of a map, 0 for a curve
  std::vector<double> values;
  std::vector<int> cellClass;  // Map: the most likely class of each cell (any K)
  std::vector<double> xs;
  // Data drawn over the prediction: (pointX, pointY) and a class label (Map), or
  // (x, target) with no label (Curve). A large dataset is thinned to a readable number.
  std::vector<double> pointX, pointY, pointLabel;
};

constexpr int kPredictionGrid = 64;        // cells per side of the 2-D map
constexpr int kPredictionCurve = 200;      // points on the 1-D fitted curve
constexpr int kPredictionPointsMax = 600;  // data points drawn over it

// Cells per side (or curve points) so that one prediction costs about kPredictionBudget
// multiply-adds: 64×64 for small networks, down to 8×8 (16 points) for depth 200 × width 512,
// where a full 64×64 map would be a 200-GFLOP forward pass that blocks Pause for seconds.
constexpr double kPredictionBudget = 2e8;
int predictionGridFor(const Trainer& trainer);
int predictionCurvePointsFor(const Trainer& trainer);

// A map of P(class 1) over the data's bounding box (2-D datasets) or the fitted curve over the
// data's x range (sine). Values come from Trainer::predictDisplay.
Prediction samplePrediction(const Trainer& trainer, int grid = kPredictionGrid,
                            int curvePoints = kPredictionCurve);

}  // namespace gs
