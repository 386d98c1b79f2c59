#include "training_loop.h"

#include <csignal>

namespace gs::cli {
namespace {

volatile std::sig_atomic_t stopRequested = 0;

}  // namespace

void requestStop() noexcept { stopRequested = 1; }

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
    if (stopRequested) {
      outcome.interrupted = i < steps;
      break;
    }
  }
  progress.finish();
  return outcome;
}

}  // namespace gs::cli
