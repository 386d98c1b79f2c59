// Plain, copyable values the training worker sends to the GUI thread, registered with Qt's
// meta-type system so they can travel over queued connections.
#pragma once

#include <QMetaType>
#include <QVector>
#include <vector>

#include "chain_walk.h"
#include "config.h"
#include "history.h"
#include "prediction_sampler.h"
#include "snapshot.h"

namespace gs {

// One training step on the loss curve.
struct LossPoint {
  long step = 0;
  double loss = 0;
  bool hasAccuracy = false;
  double accuracy = 0;
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
