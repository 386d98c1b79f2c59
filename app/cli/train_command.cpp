#include "train_command.h"

#include <cmath>
#include <cstdio>
#include <optional>
#include <sstream>

#include "csv_history.h"
#include "layer_table.h"
#include "output_file.h"
#include "training_loop.h"

namespace gs::cli {
namespace {

int fail(Console& console, int status, const std::string& message) {
  console.err << "gradscope-cli: " << message << '\n';
  return status;
}

std::string number(double v) {
  if (!std::isfinite(v)) return std::isnan(v) ? "nan (not a number)" : v > 0 ? "inf" : "-inf";
  char text[32];
  std::snprintf(text, sizeof text, "%.6g", v);
  return text;
}

std::string percent(double fraction) {
  char text[32];
  std::snprintf(text, sizeof text, "%.1f%%", 100.0 * fraction);
  return text;
}

void printClipping(std::ostream& os, const Config& c, long clippedSteps, long steps) {
  if (c.clipNorm <= 0 && c.clipValue <= 0) return;
  os << "gradient clipping changed the gradient on " << clippedSteps << " of " << steps
     << " steps\n";
}

void printResults(std::ostream& os, const Trainer& trainer, const TrainingOutcome& o) {
  if (!o.haveFinite) {
    os << "no step finished with finite numbers; no table to show\n";
    return;
  }
  const Snapshot& s = o.lastFinite;
  os << "\nper-layer gradients at step " << o.stepsDone
     << (o.diverged ? " (the last step with finite numbers)" : "")
     << (o.interrupted ? " (interrupted)" : "") << ", on its mini-batch before the update:\n";
  printLayerTable(os, s);
  os << "\nlast mini-batch: loss " << number(s.loss);
  if (s.hasAccuracy) os << ", accuracy " << percent(s.accuracy);
  const Evaluation e = trainer.evaluate();
  os << "\nwhole data set (" << trainer.data().size() << " samples): loss " << number(e.loss);
  if (e.hasAccuracy) os << ", accuracy " << percent(e.accuracy);
  os << '\n';
}

}  // namespace

std::string describeConfig(const Config& c) {
  std::ostringstream os;
  os << "depth " << c.depth << " × width " << c.width << ", " << c.hiddenActivation().id();
  if (c.hiddenActivation().hasAlpha()) os << " (α " << c.effectiveAlpha() << ")";
  os << ", " << initId(c.init) << " ×" << c.initScale << ", " << lossId(c.loss) << " on "
     << datasetId(c.dataset) << ", " << optimizerId(c.optimizer.kind) << " lr " << c.optimizer.lr
     << ", batch " << c.batch << ", seed " << c.seed << (c.bias ? "" : ", no bias")
     << (c.residual ? ", residual" : "");
  if (c.norm != NormKind::None || !c.layerNorms.empty())
    os << ", " << normId(c.norm) << " norm"
       << (c.layerNorms.empty() ? "" : " (per-layer overrides)") << " ε " << c.normEps;
  if (c.clipNorm > 0) os << ", clip norm " << c.clipNorm;
  if (c.clipValue > 0) os << ", clip value " << c.clipValue;
  if (c.weightDecay > 0) os << ", weight decay " << c.weightDecay;
  return os.str();
}

int runTrain(const CliRequest& r, Console& console) {
  if (!r.csvPath.empty()) {
    const std::string error = checkOutputPath("--csv", r.csvPath);
    if (!error.empty()) return fail(console, kExitUsage, error);
  }
  Trainer trainer(r.config);
  std::optional<AtomicOutputFile> csv;
  if (!r.csvPath.empty()) {
    csv.emplace(r.csvPath);
    if (!csv->isOpen()) return fail(console, kExitUsage, "--csv " + r.csvPath + ": cannot create");
    writeCsvHeader(csv->stream());
  }
  console.out << "training " << describeConfig(r.config) << " for " << r.steps << " steps\n";
  Progress progress(console.err, console.errIsTerminal, r.quiet, r.steps);
  long clippedSteps = 0;
  const auto record = [&](long i, const Snapshot& s) {
    clippedSteps += s.clipped;
    if (csv && (i % r.csvEvery == 0 || i == r.steps || !s.finite))
      writeCsvRows(csv->stream(), i, s);
  };
  const TrainingOutcome outcome = trainFor(trainer, r.steps, progress, record);
  printResults(console.out, trainer, outcome);
  printClipping(console.out, r.config, clippedSteps, outcome.stepsDone);
  if (csv) {
    const std::string error = csv->commit();
    if (!error.empty()) return fail(console, kExitUsage, "--csv " + error);
  }
  if (outcome.diverged) return fail(console, kExitDiverged, outcome.problem);
  if (outcome.interrupted)
    return fail(console, kExitInterrupted,
                "interrupted after step " + std::to_string(outcome.stepsDone) + " of " +
                    std::to_string(r.steps));
  return kExitOk;
}

}  // namespace gs::cli
