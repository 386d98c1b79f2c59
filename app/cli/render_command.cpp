#include "render_command.h"

#include <QApplication>
#include <algorithm>
#include <filesystem>
#include <memory>

#include "atomic_file.h"
#include "chain_walk.h"
#include "cli_values.h"
#include "lesson.h"
#include "prediction_sampler.h"
#include "render_animation.h"
#include "render_figures.h"
#include "render_setup.h"
#include "settings_flags.h"
#include "stop_signals.h"
#include "thinned_series.h"
#include "train_command.h"
#include "training_loop.h"
#include "unit_detail.h"

namespace gs::cli {
namespace {

constexpr long kDefaultSteps = 1000;   // as train, when neither --steps nor the lesson says
constexpr int kHeatmapColumns = 400;   // steps kept for the heatmap (evenly spaced)
constexpr int kLossPointsMax = 20000;  // points kept for the loss curve (evenly spaced)

int fail(Console& console, int status, const std::string& message) {
  console.err << "gradscope-cli: " << message << '\n';
  return status;
}

struct Target {
  std::string figure, path;
};

// `--figure all` writes OUT-curves.png, OUT-bars.png, … next to OUT.png (same extension).
std::vector<Target> targetsOf(const CliRequest& r) {
  if (r.render.figure != "all") return {{r.render.figure, r.outPath}};
  const std::string ext = std::filesystem::path(r.outPath).extension().string();
  const std::string stem = r.outPath.substr(0, r.outPath.size() - ext.size());
  std::vector<Target> targets;
  for (const std::string& f : singleFigures()) targets.push_back({f, stem + "-" + f + ext});
  return targets;
}

// Run B of the compare figure: the same data and steps with the --b- flags' B (compare_b_flags.h).
void trainRunB(const CliRequest& r, RunRecord& run, Console& console) {
  run.configB = r.configB;
  console.out << "run B of the compare figure: " << describeConfig(run.configB) << '\n';
  Trainer trainer(run.configB);
  run.historyB = GradientHistory(kHeatmapColumns);
  for (long i = 0; i < r.steps; ++i) {
    Snapshot s = trainer.step();
    if (!s.finite) break;
    run.historyB.add(s);
    run.snapshotB = std::move(s);
    run.haveB = true;
  }
}

RunRecord train(const CliRequest& r, Console& console, TrainingOutcome& outcome) {
  Trainer trainer(r.config);
  RunRecord run{r.config, false, {},    GradientHistory(kHeatmapColumns),
                {},       {},    false, {},
                false,    {},    {},    GradientHistory()};
  console.out << "training " << describeConfig(r.config) << " for " << r.steps << " steps\n";
  Progress progress(console.err, console.errIsTerminal, r.quiet, r.steps);
  // A run of any length keeps fewer than kLossPointsMax evenly spaced points.
  ThinnedSeries<LossPoint> loss(kLossPointsMax - 1);
  outcome = trainFor(trainer, r.steps, progress, [&run, &loss](long, const Snapshot& s) {
    if (!s.finite) return true;  // a diverged step is reported, not drawn
    loss.add(s.step, {s.step, s.loss, s.hasAccuracy, s.accuracy});
    run.history.add(s);
    return true;
  });
  run.loss = QVector<LossPoint>(loss.items().begin(), loss.items().end());
  const Snapshot& last = outcome.lastFinite;
  if (outcome.haveFinite && (run.loss.isEmpty() || run.loss.back().step != last.step))
    run.loss.push_back({last.step, last.loss, last.hasAccuracy, last.accuracy});
  run.haveSnapshot = outcome.haveFinite;
  run.snapshot = outcome.lastFinite;
  run.snapshot.units = unitDetail(trainer.network());  // for --figure network
  run.prediction = samplePrediction(trainer);          // updates stop at the first non-finite step
  if (outcome.haveFinite && !outcome.diverged) {  // one more batch, no update: the walk-through
    Batch batch;
    trainer.probe(batch);
    run.walk = chainWalk(trainer.network(), 0);
    run.haveWalk = true;
  }
  if (needsRunB(r.render.figure)) trainRunB(r, run, console);
  return run;
}

// Every figure is drawn to memory and written to a temporary next to its target; only when all
// are written are they renamed into place (one gs::commitAll), so a failure or a stop signal
// leaves the old files (or none) and never half a set.
std::string writeAll(const std::vector<Target>& targets, const RunRecord& run,
                     const RenderOptions& size, bool& stopped) {
  std::vector<std::unique_ptr<AtomicFile>> files;
  stopped = true;
  for (const Target& t : targets) {
    if (stopRequested()) return {};
    QByteArray bytes;
    const std::string error =
        drawFigure(t.figure, run, t.path, size.width, size.height, size.zoom, &bytes);
    if (!error.empty()) return "--out " + error;
    if (stopRequested()) return {};
    files.push_back(std::make_unique<AtomicFile>(t.path));
    AtomicFile& file = *files.back();
    // A block at a time, so a stop signal is seen while a large PNG is being written.
    for (qsizetype at = 0; file.isOpen() && at < bytes.size() && !stopRequested();
         at += AtomicFile::kBufferBytes)
      file.write(bytes.constData() + at, static_cast<std::size_t>(std::min<qsizetype>(
                                             AtomicFile::kBufferBytes, bytes.size() - at)));
    if (file.failed() || !file.isOpen()) return "--out " + file.error();
  }
  if (stopRequested()) return {};
  std::vector<AtomicFile*> all;
  for (auto& f : files) all.push_back(f.get());
  stopped = false;
  const std::string error = commitAll(all);
  return error.empty() ? error : "--out " + error;
}

}  // namespace

int runRender(const CliRequest& request, Console& console) {
  CliRequest r = request;  // a --lesson's suggested steps count as given (resolveConfigFile)
  if (!r.stepsGiven) r.steps = kDefaultSteps;
  if (r.render.animate) return runRenderAnimation(r, console);
  std::string error;
  // The path as typed first, so a missing folder is named as the user wrote it.
  std::vector<std::string> paths = {r.outPath};
  const std::vector<Target> targets = targetsOf(r);
  for (const Target& t : targets) paths.push_back(t.path);
  for (const std::string& path : paths) {
    error = outputProblem("--out", path, inputFiles(r));
    if (!error.empty()) return fail(console, kExitUsage, error);
  }
  std::unique_ptr<QApplication> app;
  error = startRenderQt(app, r.render);
  if (!error.empty()) return fail(console, kExitUsage, error);

  TrainingOutcome outcome;
  const RunRecord run = train(r, console, outcome);
  const auto interrupted = [&] {
    return fail(console, interruptedStatus(),
                "stopped by " + stopSignalName() + " after step " +
                    std::to_string(outcome.stepsDone) + " of " + std::to_string(r.steps) +
                    "; no figure written");
  };
  if (outcome.interrupted) return interrupted();
  bool stopped = false;
  error = writeAll(targets, run, r.render, stopped);
  if (!error.empty()) return fail(console, kExitUsage, oneLine(error, kMessageMax));
  if (stopped) return interrupted();
  for (const Target& t : targets)
    console.out << "wrote " << t.path << " (" << t.figure << ", " << r.render.width << " × "
                << r.render.height << ")\n";
  if (outcome.diverged) {
    const std::string& problem = outcome.problem;
    const std::string shown = run.loss.empty()
                                  ? "the network before training"
                                  : std::to_string(outcome.stepsDone) + " finite steps";
    return fail(console, kExitDiverged,
                problem + (!problem.empty() && problem.back() == '.' ? " " : ". ") +
                    "The figures show " + shown + ".");
  }
  return kExitOk;
}

}  // namespace gs::cli
