#include "train_command.h"

#include <cmath>
#include <cstdio>
#include <optional>
#include <sstream>

#include "atomic_file.h"
#include "cli_values.h"
#include "csv_history.h"
#include "layer_table.h"
#include "stop_signals.h"
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

void printClipping(std::ostream& os, const Config& c, const TrainingOutcome& o) {
  if ((c.clipNorm <= 0 && c.clipValue <= 0) || !o.haveFinite) return;
  os << "gradient clipping changed the gradient on " << o.lastFinite.clippedSteps << " of "
     << o.stepsDone << " steps\n";
}

void printEvaluation(std::ostream& os, const Evaluation& e) {
  if (e.interrupted) {
    os << "\ndata set: not evaluated (interrupted)\n";
    return;
  }
  if (e.samplesTotal == 0) return;  // not evaluated: training diverged in its last update
  if (e.sampled())
    os << "\ndata set, " << e.samplesUsed << " evenly spaced of " << e.samplesTotal
       << " samples (the evaluation is bounded like a step): loss " << number(e.loss);
  else
    os << "\nwhole data set (" << e.samplesTotal << " samples): loss " << number(e.loss);
  if (e.hasAccuracy) os << ", accuracy " << percent(e.accuracy);
  os << '\n';
}

void printResults(std::ostream& os, const TrainingOutcome& o, const Evaluation& e) {
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
  printEvaluation(os, e);
}

// The data set after the last update, unless a stop came first or the weights blew up.
Evaluation evaluateAfter(const Trainer& trainer, TrainingOutcome& o) {
  if (!o.haveFinite || o.interrupted || !trainer.weightsProblem().empty()) return {};
  Evaluation e = trainer.evaluate([] { return stopRequested(); });
  if (!e.interrupted && !o.diverged && !std::isfinite(e.loss)) {
    o.diverged = true;
    o.problem = "the loss on the data set became " + number(e.loss) + " after the update of step " +
                std::to_string(o.stepsDone) + ". Try a lower learning rate or fewer steps.";
  }
  return e;
}

// "spiral", "spiral (3 classes)", "your data (3 classes, 240 points)", "your data (x,y, 50 points)"
std::string dataName(const Config& c) {
  const std::string k = std::to_string(c.numClasses()) + " classes";
  if (c.data)
    return "your data (" + (c.classification() ? k : std::string("x,y")) + ", " +
           std::to_string(c.data->size()) + " points)";
  return datasetId(c.dataset) + (c.numClasses() > 2 ? " (" + k + ")" : "");
}

}  // namespace

std::string describeConfig(const Config& c) {
  std::ostringstream os;
  os << "depth " << c.depth << " × width " << c.width << ", " << c.hiddenActivation().id();
  if (c.hiddenActivation().hasAlpha()) os << " (α " << c.effectiveAlpha() << ")";
  os << ", " << initId(c.init) << " ×" << c.initScale << ", " << lossId(c.loss) << " on "
     << dataName(c) << ", " << optimizerId(c.optimizer.kind) << " lr " << c.optimizer.lr
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
    const std::string error = outputProblem("--csv", r.csvPath, inputFiles(r));
    if (!error.empty()) return fail(console, kExitUsage, error);
  }
  Trainer trainer(r.config);
  std::optional<AtomicFile> csv;
  if (!r.csvPath.empty()) {
    csv.emplace(r.csvPath);
    if (!csv->isOpen() || !csv->write(csvHeader()))
      return fail(console, kExitUsage, "--csv " + csv->error());
  }
  console.out << "training " << describeConfig(r.config) << " for " << r.steps << " steps\n";
  Progress progress(console.err, console.errIsTerminal, r.quiet, r.steps);
  std::string rows;
  const auto record = [&](long i, const Snapshot& s) {
    if (!csv || !(i % r.csvEvery == 0 || i == r.steps || !s.finite)) return true;
    rows.clear();
    appendCsvRows(rows, i, s);
    return csv->write(rows);  // a full disk or `ulimit -f` stops the run here, not at the end
  };
  TrainingOutcome outcome = trainFor(trainer, r.steps, progress, record);
  if (outcome.writeFailed) return fail(console, kExitUsage, "--csv " + csv->error());
  const Evaluation evaluation = evaluateAfter(trainer, outcome);
  printResults(console.out, outcome, evaluation);
  printClipping(console.out, r.config, outcome);
  if (csv) {
    const std::string error = csv->commit();
    if (!error.empty()) return fail(console, kExitUsage, "--csv " + error);
  }
  if (outcome.diverged) return fail(console, kExitDiverged, outcome.problem);
  if (outcome.interrupted || evaluation.interrupted)
    return fail(console, interruptedStatus(),
                "stopped by " + stopSignalName() + " after step " +
                    std::to_string(outcome.stepsDone) + " of " + std::to_string(r.steps));
  return kExitOk;
}

}  // namespace gs::cli
