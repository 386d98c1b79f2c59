// The step loop shared by train and snapshot: progress, a per-step callback, divergence.
#pragma once

#include <functional>
#include <string>

#include "progress.h"
#include "trainer.h"

namespace gs::cli {

struct TrainingOutcome {
  long stepsDone = 0;        // updates applied
  bool diverged = false;     // a step produced NaN/∞; training stopped there
  bool interrupted = false;  // stopped early by requestStop() (Ctrl-C)
  std::string problem;       // the trainer's message (step and a suggestion) when diverged
  bool haveFinite = false;   // lastFinite holds a step
  Snapshot lastFinite;       // statistics of the last step whose numbers were all finite
};

// Asks the running loop to stop after the current step; safe to call from a signal handler.
void requestStop() noexcept;

// Runs up to `steps` steps; onStep(i, snapshot) sees every step i = 1, 2, … including a
// diverging one.
TrainingOutcome trainFor(Trainer& trainer, long steps, Progress& progress,
                         const std::function<void(long, const Snapshot&)>& onStep = {});

}  // namespace gs::cli
