#include "training_loop.h"

#include "stop_signals.h"

namespace gs::cli {

TrainingOutcome trainFor(Trainer& trainer, long steps, Progress& progress,
                         const std::function<bool(long, const Snapshot&)>& onStep) {
  TrainingOutcome outcome;
  for (long i = 1; i <= steps; ++i) {
    if (stopRequested()) {
      outcome.interrupted = true;
      break;
    }
    const Snapshot s = trainer.step();
    if (onStep && !onStep(i, s)) {
      outcome.writeFailed = true;
      break;
    }
    progress.update(i, s);
    if (!s.finite) {
      outcome.diverged = true;
      outcome.problem = s.problem;
      break;
    }
    outcome.stepsDone = i;
    outcome.haveFinite = true;
    outcome.lastFinite = s;
  }
  // A step's numbers are taken before its update: only the weights show a last update that blew
  // up (train --steps 5 --activation elu --alpha 10).
  if (!outcome.diverged && outcome.stepsDone > 0) {
    outcome.problem = trainer.weightsProblem();
    outcome.diverged = !outcome.problem.empty();
  }
  progress.finish();
  return outcome;
}

}  // namespace gs::cli
