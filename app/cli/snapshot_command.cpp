#include "snapshot_command.h"

#include <cmath>

#include "output_file.h"
#include "snapshot_json.h"
#include "training_loop.h"

namespace gs::cli {
namespace {

int fail(Console& console, int status, const std::string& message) {
  console.err << "gradscope-cli: " << message << '\n';
  return status;
}

bool gradientsFinite(const Mlp& net) {
  for (const DenseLayer& L : net.layers())
    if (!L.dW.allFinite() || !L.db.allFinite()) return false;
  return true;
}

}  // namespace

int runSnapshot(const CliRequest& r, Console& console) {
  const bool toStdout = r.outPath == "-";
  if (!toStdout) {
    const std::string error = checkOutputPath("--out", r.outPath);
    if (!error.empty()) return fail(console, kExitUsage, error);
  }
  Trainer trainer(r.config);
  Progress progress(console.err, console.errIsTerminal, r.quiet, r.steps);
  const TrainingOutcome outcome = trainFor(trainer, r.steps, progress);
  if (outcome.diverged)
    return fail(console, kExitDiverged, outcome.problem + " No snapshot was written.");
  if (outcome.interrupted)
    return fail(console, kExitInterrupted,
                "interrupted after step " + std::to_string(outcome.stepsDone) +
                    "; no snapshot was written");
  const nlohmann::json snapshot = gradientSnapshotJson(trainer);
  const double loss = snapshot.at("loss").get<double>();
  if (!std::isfinite(loss) || !gradientsFinite(trainer.network()))
    return fail(console, kExitDiverged,
                "the snapshot batch gave a non-finite loss or gradient after step " +
                    std::to_string(outcome.stepsDone) +
                    "; no snapshot was written. Try a lower --lr or fewer --steps.");
  const std::string text = snapshot.dump() + "\n";
  if (toStdout) {
    console.out << text << std::flush;
    return kExitOk;
  }
  try {
    writeFileAtomically(r.outPath, text);
  } catch (const std::exception& e) {
    return fail(console, kExitUsage, std::string("--out ") + e.what());
  }
  if (!r.quiet)
    console.err << "wrote " << r.outPath << ": " << trainer.network().layers().size()
                << " layers, batch " << r.config.batch << ", loss " << loss << ", after "
                << outcome.stepsDone << " steps\n";
  return kExitOk;
}

}  // namespace gs::cli
