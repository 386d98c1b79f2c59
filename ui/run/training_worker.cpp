#include "training_worker.h"

#include <QThread>
#include <QTimer>
#include <algorithm>

#include "prediction_sampler.h"
#include "unit_detail.h"

#ifdef EIGEN_USE_BLAS
extern "C" void openblas_set_num_threads(int threads);  // OpenBLAS's own API (core links it)
#endif

namespace gs {

// The worker trains on one core and the GUI thread needs the other (two-core classroom laptops):
// OpenBLAS's own threads would compete with both. Measured at depth 100, width 64, batch 256 on
// two busy cores: 5 steps/s with OpenBLAS's default threads, 14 steps/s with one. An explicit
// OPENBLAS_NUM_THREADS in the environment still wins.
void useSingleThreadedBlas() {
#ifdef EIGEN_USE_BLAS
  if (qEnvironmentVariableIsEmpty("OPENBLAS_NUM_THREADS")) openblas_set_num_threads(1);
#endif
}

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
// Up to this many weights (4 MB) the pre-step weights are kept even while the walk-through is
// hidden: a copy costs < 1 % of a step of batch ≥ 16 (the step is ~6 × batch flops per weight).
constexpr std::size_t kWalkAlwaysWeights = std::size_t(1) << 19;
}  // namespace

TrainingWorker::TrainingWorker(QObject* parent) : QObject(parent), timer_(new QTimer(this)) {
  registerWorkerMetaTypes();
  useSingleThreadedBlas();
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
  if (on && !running_ && haveLatest_) publishWalk(true);
}

void TrainingWorker::setWalkSample(int sample) {
  walkSample_ = std::max(0, sample);
  if (walkEnabled_ && walk_.hasCapture()) {
    try {
      emit walkReady({walkStep_, walk_.walk(walkSample_)});
    } catch (const std::exception&) {  // no backward pass in the capture: nothing to show
    }
  }
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
  // The pre-step weights are copied when a walk may be shown for this step (a single Step, or
  // Play with the walk-through visible) or when the copy is cheap next to the step (every
  // built-in lesson): then opening the walk-through after a run shows its last step at once.
  // Otherwise stale weights are dropped, so a walk is never rebuilt from another step's weights.
  if (walkEnabled_ || !running_ || trainer_->network().parameterCount() <= kWalkAlwaysWeights)
    walk_.rememberWeights(trainer_->network());
  else
    walk_.forgetWeights();
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
    latest_.units = unitDetail(trainer_->network());  // the network diagram; small nets only
    emit snapshotReady(latest_);
  }
  publishWalk(force);
  publishHistory(force);
  publishPrediction(force);
}

// A walk costs a copy of the network and a backward recursion: taken at display rate at most, and
// rarer when that would take more than ~1/10 of the worker's time.
void TrainingWorker::publishWalk(bool force) {
  if (!walkEnabled_ || !haveLatest_ || !trainer_ || walkStep_ == latest_.step) return;
  const qint64 wait = kWalkCostFactor * walkCostMs_;
  if (!force && walkClock_.elapsed() < wait) return;
  QElapsedTimer cost;
  cost.start();
  if (!walk_.capture(trainer_->network())) return;
  walkStep_ = latest_.step;
  try {
    emit walkReady({walkStep_, walk_.walk(walkSample_)});
  } catch (const std::exception&) {  // no backward pass yet: nothing to walk through
  }
  walkCostMs_ = cost.elapsed();
  walkClock_.restart();
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
