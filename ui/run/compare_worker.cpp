#include "compare_worker.h"

#include <QThread>
#include <QTimer>

namespace gs {

Config compareConfigB(const Config& a, ActivationKind activation, InitKind init) {
  Config b = a;
  if (b.activation != activation) b.alpha = -1.0;
  b.activation = activation;
  b.layerActivations.clear();
  b.init = init;
  return b;
}

bool sameData(const Trainer& a, const Trainer& b) {
  const Dataset &da = a.data(), &db = b.data();
  return da.kind == db.kind && da.X.rows() == db.X.rows() && da.X.cols() == db.X.cols() &&
         da.X == db.X && da.y.size() == db.y.size() && da.y == db.y &&
         a.config().batch == b.config().batch && a.config().seed == b.config().seed;
}

CompareWorker::CompareWorker(QObject* parent) : QObject(parent), timer_(new QTimer(this)) {
  registerWorkerMetaTypes();
  timer_->setSingleShot(true);
  connect(timer_, &QTimer::timeout, this, &CompareWorker::tick);
  publishClock_.start();
}

CompareWorker::~CompareWorker() = default;

void CompareWorker::reset(const Config& a, const Config& b) {
  std::unique_ptr<Trainer> fresh[2];
  try {
    fresh[0] = std::make_unique<Trainer>(a);
    fresh[1] = std::make_unique<Trainer>(b);
  } catch (const std::exception& e) {
    emit configRejected(QString::fromStdString(e.what()));
    return;
  }
  for (int r = 0; r < 2; ++r) {
    trainers_[r] = std::move(fresh[r]);
    history_[r].clear();
    latest_[r] = Snapshot();
  }
  changed_ = false;
  emit resetDone(a, b, sameData(*trainers_[0], *trainers_[1]));
  if (running_) timer_->start(0);
}

void CompareWorker::play() {
  if (trainers_[0]) setRunning(true);
}

void CompareWorker::pause() {
  setRunning(false);
  publish(true);
}

void CompareWorker::step() {
  if (!trainers_[0] || running_) return;
  trainBoth();
  publish(true);
}

void CompareWorker::setRunning(bool running) {
  if (running == running_) return;
  running_ = running;
  running_ ? timer_->start(0) : timer_->stop();
  emit runningChanged(running_);
}

void CompareWorker::tick() {
  QElapsedTimer slice;
  slice.start();
  while (running_ && slice.elapsed() < kSliceMs) {
    if (QThread::currentThread()->isInterruptionRequested() || !trainBoth()) {
      setRunning(false);
      publish(true);
      return;
    }
    publish(false);
  }
  if (running_) timer_->start(0);
}

bool CompareWorker::trainBoth() {
  bool any = false;
  for (int r = 0; r < 2; ++r) {
    if (trainers_[r]->diverged()) continue;  // the other run goes on alone
    latest_[r] = trainers_[r]->step();
    history_[r].add(latest_[r]);
    any = true;
  }
  changed_ = changed_ || any;
  return any && !(trainers_[0]->diverged() && trainers_[1]->diverged());
}

void CompareWorker::publish(bool force) {
  if (!changed_ || (!force && publishClock_.elapsed() < kPublishMs)) return;
  publishClock_.restart();
  changed_ = false;
  for (int r = 0; r < 2; ++r) emit runReady(r, latest_[r], history_[r]);
}

}  // namespace gs
