// Keeps the per-step, per-layer history of the run the window shows, for the CSV export: fed with
// every snapshot the window draws (MainWindow::snapshotShown), cleared when a new run starts.
#pragma once

#include <QObject>

#include "history.h"

namespace gs {

class HistoryRecorder : public QObject {
  Q_OBJECT

 public:
  explicit HistoryRecorder(QObject* parent = nullptr, int maxColumns = 2000);

  const GradientHistory& history() const { return history_; }

 public slots:
  // A snapshot without layers (a reset) or one earlier than the last recorded step (a new run)
  // starts a new history; the same step twice is recorded once.
  void record(const gs::Snapshot& snapshot);

 private:
  GradientHistory history_;
  long lastStep_ = -1;
};

}  // namespace gs
