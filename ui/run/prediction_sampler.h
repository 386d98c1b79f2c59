// Samples what a trainer's network predicts, for the "what the network learned" view.
#pragma once

#include "trainer.h"
#include "worker_payloads.h"

namespace gs {

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
