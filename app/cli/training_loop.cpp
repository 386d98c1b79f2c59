#include "training_loop.h"

namespace gs::cli {

TrainingOutcome trainFor(Trainer& trainer, long steps, Progress& progress,
                         const std::function<void(long, const Snapshot&)>& onStep) {
  TrainingOutcome outcome;
  for (long i = 1; i <= steps; ++i) {
    const Snapshot s = trainer.step();
    if (onStep) onStep(i, s);
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
  progress.finish();
  return outcome;
}

}  // namespace gs::cli
