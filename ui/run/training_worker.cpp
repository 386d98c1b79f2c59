#include "training_worker.h"

#include <QThread>
#include <QTimer>
#include <algorithm>

#include "prediction_sampler.h"
#include "stats.h"
#include "unit_detail.h"

namespace gs {

void registerWorkerMetaTypes() {
  qRegisterMetaType<gs::Config>("gs::Config");
  qRegisterMetaType<gs::Snapshot>("gs::Snapshot");
  qRegisterMetaType<gs::LossPoint>("gs::LossPoint");
  qRegisterMetaType<QVector<gs::LossPoint>>("QVector<gs::LossPoint>");
  qRegisterMetaType<gs::Prediction>("gs::Prediction");
  qRegisterMetaType<gs::WalkPayload>("gs::WalkPayload");
  qRegisterMetaType<gs::GradientHistory>("gs::GradientHistory");
}

namespace {
constexpr int kRateWindowMs = 500;
constexpr int kPredictionMinMs = 100;
constexpr int kPredictionCostFactor = 10;  // spend at most ~1/10 of the time on predictions
constexpr int kWalkCostFactor = 10;        // and on walk-throughs
// Up to this many weights (4 MB) a step is captured for the walk-through even while it is hidden
// (a copy costs < 1 % of a step of batch ≥ 16), so that opening it after a run shows a step at
// once.
constexpr std::size_t kWalkAlwaysWeights = std::size_t(1) << 19;
}  // namespace

TrainingWorker::TrainingWorker(QObject* parent) : QObject(parent), timer_(new QTimer(this)) {
  registerWorkerMetaTypes();  // OpenBLAS is pinned to one thread by core (network.cpp)
  timer_->setSingleShot(true);
  timer_->setTimerType(Qt::PreciseTimer);  // a paced step due in 3 ms must not wait 20
  connect(timer_, &QTimer::timeout, this, &TrainingWorker::tick);
  paceTime_.start();
  predictionClock_.start();
  rateClock_.start();
  walkClock_.start();
  historyClock_.start();
}

TrainingWorker::~TrainingWorker() = default;

void TrainingWorker::reset(const Config& config) {
  try {
    trainer_ = std::make_unique<Trainer>(config);
  } catch (const std::exception& e) {
    emit configRejected(QString::fromStdString(e.what()));
    return;
  }
  // The histograms cost about a fifth of a small network's step: binned only for the snapshots
  // that leave the worker (publish), not for every step.
  trainer_->setLayerHistograms(false);
  trainer_->setBeforeUpdate([this](const Mlp& net, long step) { captureWalk(net, step); });
  haveLatest_ = false;
  pendingPoints_.clear();
  frameWanted_ = true;
  history_.clear();
  historyChanged_ = false;
  walk_.clear();
  walkStep_ = -1;
  target_ = -1;
  rateSteps_ = 0;
  rateClock_.restart();
  emit resetDone(config);
  publishPrediction(true);
  if (running_) scheduleNext();
}

void TrainingWorker::play() {
  if (!trainer_ || trainer_->diverged()) return;
  target_ = -1;
  setRunning(true);
}

void TrainingWorker::pause() {
  setRunning(false);
  publish(true);
}

void TrainingWorker::step() {
  if (!trainer_ || running_) return;
  trainOne();
  publish(true);
}

void TrainingWorker::runUntil(long targetStep) {
  if (!trainer_ || trainer_->diverged()) return;
  if (trainer_->steps() >= targetStep) {
    publish(true);
    return;
  }
  target_ = targetStep;
  setRunning(true);
}

void TrainingWorker::setLearningRate(double lr) {
  if (!trainer_) return;
  try {
    trainer_->setLearningRate(lr);
  } catch (const ConfigError& e) {  // the run keeps its old rate
    emit configRejected(QString::fromStdString(e.what()));
  }
}

void TrainingWorker::setPace(double stepsPerSecond) {
  pace_.start(stepsPerSecond, paceTime_.nsecsElapsed());
  if (running_) scheduleNext();
}

void TrainingWorker::requestFrame() { frameWanted_ = true; }

void TrainingWorker::setWalkEnabled(bool on) {
  walkEnabled_ = on;
  if (on && !running_) publishWalk();
}

void TrainingWorker::setWalkSample(int sample) {
  walkSample_ = std::max(0, sample);
  walkStep_ = -1;  // re-sent at once for the new sample
  publishWalk();
}

void TrainingWorker::setRunning(bool running) {
  if (running == running_) return;
  running_ = running;
  if (running_) {
    pace_.start(pace_.pace(), paceTime_.nsecsElapsed());
    rateSteps_ = 0;
    rateClock_.restart();
    scheduleNext();
  } else {
    timer_->stop();
  }
  emit runningChanged(running_);
}

void TrainingWorker::scheduleNext() {
  if (!running_) return;
  // Rounded up to whole milliseconds: waking early would only spin once more.
  const qint64 waitNs = pace_.waitNs(paceTime_.nsecsElapsed());
  timer_->start(int((waitNs + 999'999) / 1'000'000));
}

// Runs steps for at most kSliceMs (at least one), then returns to the event loop so a queued
// Pause, Reset or thread quit is handled at once; interruption is checked before every step.
void TrainingWorker::tick() {
  QElapsedTimer slice;
  slice.start();
  while (running_) {
    if (QThread::currentThread()->isInterruptionRequested()) {
      setRunning(false);
      return;
    }
    if (!pace_.due(paceTime_.nsecsElapsed())) break;
    if (!trainOne()) {
      setRunning(false);
      publish(true);
      return;
    }
    pace_.taken();
    publish(false);
    if (slice.elapsed() >= kSliceMs) break;
  }
  scheduleNext();
}

bool TrainingWorker::trainOne() {
  Snapshot s = trainer_->step();
  history_.add(s);
  historyChanged_ = true;
  if (!s.finite) {
    latest_ = s;
    haveLatest_ = true;
    emit diverged(s);
    return false;
  }
  pendingPoints_.push_back({s.step, s.loss, s.hasAccuracy, s.accuracy});
  latest_ = std::move(s);
  haveLatest_ = true;
  ++rateSteps_;
  return target_ < 0 || latest_.step < target_;
}

// Once per frame the window asked for (at a watchable pace, a step per frame or slower, that is
// every step, so the bars change step by step); the costlier walk, history and prediction keep
// their own limits.
void TrainingWorker::publish(bool force) {
  if (!force && !frameWanted_) return;
  frameWanted_ = false;
  measureRate();
  if (!pendingPoints_.isEmpty()) {
    emit lossPointsReady(pendingPoints_);
    pendingPoints_.clear();
  }
  if (haveLatest_) {
    // latest_ is the trainer's last step, whose caches the network still holds.
    if (!latest_.layers.empty() && latest_.layers.front().preActivation.counts.empty())
      addLayerHistograms(trainer_->network(), latest_);
    latest_.units = unitDetail(trainer_->network());  // the network diagram; small nets only
    emit snapshotReady(latest_);
  }
  publishWalk();
  publishHistory(force);
  publishPrediction(force);
}

// A walk costs a copy of the network and a backward recursion: a step is captured for it only
// when its frame will be shown, and rarer when that would take more than ~1/10 of the worker's
// time. Always captured: a single Step and the last step of runUntil, so a walk shown after them
// is theirs. While playing, the walk shown is the newest captured step (its step number travels
// with it).
bool TrainingWorker::walkWanted(long step) const {
  if (!running_ || (target_ >= 0 && step >= target_)) return true;
  const bool cheap = trainer_->network().parameterCount() <= kWalkAlwaysWeights;
  if (!walkEnabled_ && !cheap) return false;
  // The copy (weights and the batch's caches) counts even while nobody looks at the walk.
  return frameWanted_ && walkClock_.elapsed() >= kWalkCostFactor * (captureCostMs_ + walkCostMs_);
}

// The trainer's before-update hook: the network holds this step's weights, caches and gradients.
void TrainingWorker::captureWalk(const Mlp& netBeforeUpdate, long step) {
  if (!walkWanted(step)) return;
  QElapsedTimer cost;
  cost.start();
  walk_.capture(netBeforeUpdate, step);
  captureCostMs_ = cost.elapsed();
  walkClock_.restart();
}

// Sends the newest captured walk, once (captures are already at display rate, see walkWanted).
void TrainingWorker::publishWalk() {
  if (!walkEnabled_ || !walk_.hasCapture() || walkStep_ == walk_.step()) return;
  QElapsedTimer cost;
  cost.start();
  walkStep_ = walk_.step();
  try {
    emit walkReady({walkStep_, walk_.walk(walkSample_)});
  } catch (const std::exception&) {  // a capture without a backward pass: nothing to walk
  }
  walkCostMs_ = cost.elapsed();  // the backward recursion; the copy is captureCostMs_
}

void TrainingWorker::publishHistory(bool force) {
  if (!historyChanged_ || (!force && historyClock_.elapsed() < kHistoryMs)) return;
  emit historyReady(history_);
  historyChanged_ = false;
  historyClock_.restart();
}

// A prediction costs a forward pass over a whole grid; at depth 100 that is several training
// steps, so it is refreshed only as often as keeps it under ~10% of the worker's time.
void TrainingWorker::publishPrediction(bool force) {
  if (!trainer_) return;
  const qint64 wait = std::max<qint64>(kPredictionMinMs, kPredictionCostFactor * predictionCostMs_);
  if (!force && predictionClock_.elapsed() < wait) return;
  QElapsedTimer cost;
  cost.start();
  emit predictionReady(samplePrediction(*trainer_, predictionGridFor(*trainer_),
                                        predictionCurvePointsFor(*trainer_)));
  predictionCostMs_ = cost.elapsed();
  predictionClock_.restart();
}

void TrainingWorker::measureRate() {
  const qint64 ms = rateClock_.elapsed();
  if (!running_ || ms < kRateWindowMs) return;
  emit stepsPerSecondChanged(1000.0 * double(rateSteps_) / double(ms));
  rateSteps_ = 0;
  rateClock_.restart();
}

}  // namespace gs
