// Samples what a trainer's network predicts, for the "what the network learned" view.
#pragma once

#include "trainer.h"
#include "worker_payloads.h"

namespace gs {

constexpr int kPredictionGrid = 64;        // cells per side of the 2-D map
constexpr int kPredictionCurve = 200;      // points on the 1-D fitted curve
constexpr int kPredictionPointsMax = 600;  // data points drawn over it

// A map of P(class 1) over the data's bounding box (2-D datasets) or the fitted curve over the
// data's x range (sine). Values come from Trainer::predictDisplay.
Prediction samplePrediction(const Trainer& trainer, int grid = kPredictionGrid,
                            int curvePoints = kPredictionCurve);

}  // namespace gs
