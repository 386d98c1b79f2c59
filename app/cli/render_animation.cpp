#include "render_animation.h"

#include <algorithm>

#include "animation_writer.h"
#include "figure_animator.h"
#include "render_setup.h"
#include "stop_signals.h"
#include "train_command.h"
#include "training_loop.h"

namespace gs::cli {
namespace {

int fail(Console& console, int status, const std::string& message) {
  console.err << "gradscope-cli: " << message << '\n';
  return status;
}

media::AnimationSpec specOf(const CliRequest& r) {
  return {r.outPath, r.render.width, r.render.height, int(r.render.fps)};
}

// Everything that can be refused before training: frames against steps, the size for the format,
// the folder.
std::string checkAnimation(const CliRequest& r) {
  if (r.render.frames > r.steps)
    return "--frames " + std::to_string(r.render.frames) + ": more frames than the " +
           std::to_string(r.steps) + " steps; allowed: 1 to --steps (each frame is another step)";
  const std::string error = media::animationSpecError(specOf(r));
  if (!error.empty()) return "--" + error;  // names the field: fps, width or height
  const std::string path = media::animationPathError(r.outPath);
  return path.empty() ? path : "--out " + path;
}

struct Recording {
  long framesWritten = 0;
  long nextFrame = 0;
  std::string error;  // the first write error; later frames are skipped
};

}  // namespace

int runRenderAnimation(const CliRequest& request, Console& console) {
  CliRequest r = request;
  if (!r.render.framesGiven) r.render.frames = std::min(r.render.frames, r.steps);
  std::string error = checkAnimation(r);
  if (!error.empty()) return fail(console, kExitUsage, error);
  std::unique_ptr<QApplication> app;
  error = startRenderQt(app, r.render);
  if (!error.empty()) return fail(console, kExitUsage, error);
  std::unique_ptr<media::AnimationWriter> writer = media::openAnimationWriter(specOf(r), error);
  if (!writer) return fail(console, kExitUsage, "--out " + error);

  Trainer trainer(r.config);
  FigureAnimator animator(r.render.figure, r.config);
  console.out << "training " << describeConfig(r.config) << " for " << r.steps << " steps\n";
  Progress progress(console.err, console.errIsTerminal, r.quiet, r.steps);
  Recording rec;
  const long frames = r.render.frames;
  const TrainingOutcome outcome =
      trainFor(trainer, r.steps, progress, [&](long, const Snapshot& s) {
        if (!s.finite) return true;  // a diverged step is reported, not drawn
        animator.observe(s);
        if (rec.nextFrame >= frames || s.step != frameStep(rec.nextFrame, frames, r.steps))
          return true;
        ++rec.nextFrame;
        const QImage image =
            animator.frame(s, trainer, r.render.width, r.render.height, r.render.zoom);
        rec.error = writer->addFrame(image);
        rec.framesWritten += rec.error.empty();
        return rec.error.empty();  // a failed write stops the run
      });
  if (outcome.interrupted)
    return fail(console, interruptedStatus(),
                "stopped by " + stopSignalName() + " after step " +
                    std::to_string(outcome.stepsDone) + " of " + std::to_string(r.steps) +
                    "; no animation written");
  const auto stoppedWhileEncoding = [&console] {
    return fail(console, interruptedStatus(),
                "stopped by " + stopSignalName() + " while encoding; no animation written");
  };
  if (!rec.error.empty()) return fail(console, kExitUsage, "--out " + rec.error);
  if (rec.framesWritten == 0)
    return fail(console, kExitDiverged, outcome.problem + " No frame to write.");
  if (stopRequested()) return stoppedWhileEncoding();
  error = writer->finish();  // the watchdog removes its temporaries if it takes too long
  if (stopRequested() && !error.empty()) return stoppedWhileEncoding();
  if (!error.empty()) return fail(console, kExitUsage, "--out " + error);
  console.out << "wrote " << r.outPath << " (" << rec.framesWritten << " frames of "
              << r.render.figure << ", " << r.render.width << " × " << r.render.height << ", "
              << r.render.fps << " fps)\n";
  if (outcome.diverged)
    return fail(console, kExitDiverged,
                outcome.problem + " The animation stops at step " +
                    std::to_string(outcome.stepsDone) + ".");
  return kExitOk;
}

}  // namespace gs::cli
