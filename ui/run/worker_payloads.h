// Plain, copyable values the training worker sends to the GUI thread, registered with Qt's
// meta-type system so they can travel over queued connections.
#pragma once

#include <QMetaType>
#include <QVector>
#include <vector>

#include "chain_walk.h"
#include "config.h"
#include "history.h"
#include "snapshot.h"

namespace gs {

// One training step on the loss curve.
struct LossPoint {
  long step = 0;
  double loss = 0;
  bool hasAccuracy = false;
  double accuracy = 0;
};

// What the network learned, sampled by the worker for the prediction view.
struct Prediction {
  enum class Kind { None, Map, Curve };
  Kind kind = Kind::None;
  long step = 0;
  // Map (2-D classification): values[iy * nx + ix] is P(class 1) at the cell centre
  // (xMin + (ix + ½)·(xMax − xMin)/nx, yMin + (iy + ½)·(yMax − yMin)/ny).
  // Curve (1-D regression): values[i] is the prediction at xs[i].
  int nx = 0, ny = 0;
  double xMin = 0, xMax = 0, yMin = 0, yMax = 0;
  std::vector<double> values;
  std::vector<double> xs;
  // Data drawn over the prediction: (pointX, pointY) and a class label (Map), or
  // (x, target) with no label (Curve). A large dataset is thinned to a readable number.
  std::vector<double> pointX, pointY, pointLabel;
};

// The backprop walk-through of one training step: read from the network between its backward
// pass and the optimiser's update, so walk.matchesBackward holds.
struct WalkPayload {
  long step = 0;  // the snapshot step this walk belongs to (updates applied after it)
  ChainWalk walk;
};

// Registers every type above, gs::Config, gs::Snapshot and gs::GradientHistory; safe to call
// more than once.
void registerWorkerMetaTypes();

}  // namespace gs

Q_DECLARE_METATYPE(gs::Config)
Q_DECLARE_METATYPE(gs::Snapshot)
Q_DECLARE_METATYPE(gs::LossPoint)
Q_DECLARE_METATYPE(gs::Prediction)
Q_DECLARE_METATYPE(gs::WalkPayload)
Q_DECLARE_METATYPE(gs::GradientHistory)
