#include "history_recorder.h"

namespace gs {

HistoryRecorder::HistoryRecorder(QObject* parent, int maxColumns)
    : QObject(parent), history_(maxColumns) {}

void HistoryRecorder::record(const Snapshot& snapshot) {
  if (snapshot.layers.empty() || snapshot.step < lastStep_) {
    history_.clear();
    fromWorker_ = false;
    lastStep_ = -1;
    if (snapshot.layers.empty()) return;
  }
  if (snapshot.step == lastStep_) return;
  lastStep_ = snapshot.step;
  history_.add(snapshot);
}

void HistoryRecorder::setHistory(const GradientHistory& history) {
  worker_ = history;
  fromWorker_ = history.columns() > 0;
}

}  // namespace gs
