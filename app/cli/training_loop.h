// The step loop shared by train, snapshot and render: progress, a per-step callback, divergence
// (also in the last update), and a stop request between steps.
#pragma once

#include <functional>
#include <string>

#include "progress.h"
#include "trainer.h"

namespace gs::cli {

struct TrainingOutcome {
  long stepsDone = 0;        // updates applied
  bool diverged = false;     // a step or the last update produced NaN/∞; training stopped there
  bool interrupted = false;  // stopped early by a stop signal (stop_signals.h)
  bool writeFailed = false;  // onStep returned false (its output could not be written)
  std::string problem;       // the trainer's message (step and a suggestion) when diverged
  bool haveFinite = false;   // lastFinite holds a step
  Snapshot lastFinite;       // statistics of the last step whose numbers were all finite
};

// Runs up to `steps` steps; onStep(i, snapshot) sees every step i = 1, 2, … including a
// diverging one, and returns false to stop (a failed write).
TrainingOutcome trainFor(Trainer& trainer, long steps, Progress& progress,
                         const std::function<bool(long, const Snapshot&)>& onStep = {});

}  // namespace gs::cli
