#include "snapshot_command.h"

#include <unistd.h>

#include <cerrno>
#include <optional>

#include "atomic_file.h"
#include "cli_values.h"
#include "snapshot_json.h"
#include "stop_signals.h"
#include "training_loop.h"

namespace gs::cli {
namespace {

int fail(Console& console, int status, const std::string& message) {
  console.err << "gradscope-cli: " << message << '\n';
  return status;
}

// Standard output, written block by block with each write checked (`>/dev/full`, a closed pipe).
struct StdoutSink {
  std::string error;
  bool operator()(const char* data, std::size_t size) {
    while (size > 0) {
      const ssize_t n = ::write(STDOUT_FILENO, data, size);
      if (n < 0 && errno == EINTR) continue;
      if (n <= 0) {
        error = "--out -: cannot write to standard output (" +
                writeErrorText(n < 0 ? errno : ENOSPC) + ")";
        return false;
      }
      data += n;
      size -= static_cast<std::size_t>(n);
    }
    return true;
  }
};

}  // namespace

int runSnapshot(const CliRequest& r, Console& console) {
  const bool toStdout = r.outPath == "-";
  if (!toStdout) {
    const std::string error = outputProblem("--out", r.outPath, inputFiles(r));
    if (!error.empty()) return fail(console, kExitUsage, error);
  }
  Trainer trainer(r.config);
  Progress progress(console.err, console.errIsTerminal, r.quiet, r.steps);
  const TrainingOutcome outcome = trainFor(trainer, r.steps, progress);
  if (outcome.diverged)
    return fail(console, kExitDiverged, outcome.problem + " No snapshot was written.");
  const auto interrupted = [&] {
    return fail(console, interruptedStatus(),
                "stopped by " + stopSignalName() + " after step " +
                    std::to_string(outcome.stepsDone) + "; no snapshot was written");
  };
  if (outcome.interrupted) return interrupted();
  std::optional<AtomicFile> file;
  StdoutSink out;
  SnapshotSink sink = std::ref(out);
  if (!toStdout) {
    file.emplace(r.outPath);
    if (!file->isOpen()) return fail(console, kExitUsage, "--out " + file->error());
    sink = [&file](const char* data, std::size_t size) { return file->write(data, size); };
    console.out.flush();
  }
  const SnapshotStatus status =
      writeGradientSnapshot(trainer, sink, [] { return stopRequested(); });
  switch (status) {
    case SnapshotStatus::NonFinite:
      return fail(console, kExitDiverged,
                  "the snapshot batch gave a non-finite loss or gradient after step " +
                      std::to_string(outcome.stepsDone) +
                      "; no snapshot was written. Try a lower --lr or fewer --steps.");
    case SnapshotStatus::Stopped:
      return interrupted();  // the AtomicFile's destructor removes the temporary
    case SnapshotStatus::WriteFailed:
      return fail(console, kExitUsage, toStdout ? out.error : "--out " + file->error());
    case SnapshotStatus::Written:
      break;
  }
  if (file) {
    const std::string error = file->commit();
    if (!error.empty()) return fail(console, kExitUsage, "--out " + error);
  }
  if (!r.quiet && !toStdout)
    console.err << "wrote " << r.outPath << ": " << trainer.network().layers().size()
                << " layers, batch " << r.config.batch << ", after " << outcome.stepsDone
                << " steps\n";
  return kExitOk;
}

}  // namespace gs::cli
