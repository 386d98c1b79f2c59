// Keeps the per-step, per-layer history of the run the window shows, for the CSV export. The
// worker's own history (every step, TrainingWorker::historyReady) is used once one has arrived;
// until then the snapshots the window draws (MainWindow::snapshotShown) are recorded. A new run
// starts a new history.
#pragma once

#include <QObject>

#include "history.h"

namespace gs {

class HistoryRecorder : public QObject {
  Q_OBJECT

 public:
  explicit HistoryRecorder(QObject* parent = nullptr, int maxColumns = 2000);

  const GradientHistory& history() const { return fromWorker_ ? worker_ : history_; }

 public slots:
  // A snapshot without layers (a reset) or one earlier than the last recorded step (a new run)
  // starts a new history; the same step twice is recorded once.
  void record(const gs::Snapshot& snapshot);
  // The worker's history of the current run (a copy).
  void setHistory(const gs::GradientHistory& history);

 private:
  GradientHistory history_;  // from the snapshots
  GradientHistory worker_;   // from the worker
  bool fromWorker_ = false;
  long lastStep_ = -1;
};

}  // namespace gs
