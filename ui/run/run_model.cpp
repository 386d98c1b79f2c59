#include "run_model.h"

#include <QCoreApplication>

#include "training_worker.h"

namespace gs {

RunModel::RunModel(QObject* parent) : QObject(parent) {
  registerWorkerMetaTypes();
  qRegisterMetaType<gs::RunFrame>("gs::RunFrame");
  walk_.step = -1;
  frameTimer_.setSingleShot(true);
  frameTimer_.setInterval(kFrameMs);
  connect(&frameTimer_, &QTimer::timeout, this, &RunModel::showFrame);
  thread_.setObjectName("training");
  worker_ = new TrainingWorker;
  worker_->moveToThread(&thread_);
  connect(&thread_, &QThread::finished, worker_, &QObject::deleteLater);
  connectWorker();
  thread_.start();
}

RunModel::~RunModel() { stop(); }

// Interrupt stops a run between two steps; quit ends the worker's event loop after that.
void RunModel::stop() {
  if (!thread_.isRunning()) return;
  thread_.requestInterruption();
  thread_.quit();
  thread_.wait();
  worker_ = nullptr;
  frameTimer_.stop();
  // What the worker sent before it stopped is dropped: the run shown stays as it is.
  QCoreApplication::removePostedEvents(this, QEvent::MetaCall);
}

template <typename Command>
void RunModel::send(Command command) {
  if (!worker_) return;
  TrainingWorker* worker = worker_;
  QMetaObject::invokeMethod(
      worker, [worker, command] { command(*worker); }, Qt::QueuedConnection);
}

void RunModel::reset(const Config& config) {
  send([config](TrainingWorker& w) { w.reset(config); });
}
void RunModel::play() {
  send([](TrainingWorker& w) { w.play(); });
}
void RunModel::pause() {
  send([](TrainingWorker& w) { w.pause(); });
}
void RunModel::step() {
  send([](TrainingWorker& w) { w.step(); });
}
void RunModel::runUntil(long step) {
  send([step](TrainingWorker& w) { w.runUntil(step); });
}
void RunModel::setLearningRate(double lr) {
  send([lr](TrainingWorker& w) { w.setLearningRate(lr); });
}
void RunModel::setPace(double stepsPerSecond) {
  send([stepsPerSecond](TrainingWorker& w) { w.setPace(stepsPerSecond); });
}
void RunModel::setWalkEnabled(bool on) {
  send([on](TrainingWorker& w) { w.setWalkEnabled(on); });
}
void RunModel::setWalkSample(int sample) {
  send([sample](TrainingWorker& w) { w.setWalkSample(sample); });
}

// Everything from the worker arrives here (queued) and waits for the next frame.
void RunModel::connectWorker() {
  TrainingWorker* w = worker_;
  connect(w, &TrainingWorker::resetDone, this, &RunModel::onResetDone);
  connect(w, &TrainingWorker::configRejected, this, &RunModel::configRejected);
  connect(w, &TrainingWorker::snapshotReady, this, [this](const Snapshot& s) {
    latest_ = s;
    pending_.snapshot = true;
    scheduleFrame();
  });
  connect(w, &TrainingWorker::lossPointsReady, this, [this](const QVector<LossPoint>& points) {
    pending_.loss += points;
    scheduleFrame();
  });
  connect(w, &TrainingWorker::predictionReady, this, [this](const Prediction& p) {
    latestPrediction_ = p;
    pending_.prediction = true;
    scheduleFrame();
  });
  connect(w, &TrainingWorker::walkReady, this, [this](const WalkPayload& walk) {
    latestWalk_ = walk;
    pending_.walk = true;
    scheduleFrame();
  });
  connect(w, &TrainingWorker::historyReady, this, [this](const GradientHistory& history) {
    latestHistory_ = history;
    pending_.history = true;
    scheduleFrame();
  });
  connect(w, &TrainingWorker::runningChanged, this, [this](bool running) {
    running_ = running;
    if (!running) stepsPerSecond_ = 0;
    emit runningChanged(running);
  });
  connect(w, &TrainingWorker::stepsPerSecondChanged, this, [this](double rate) {
    stepsPerSecond_ = rate;
    emit stepsPerSecondChanged(rate);
  });
  connect(w, &TrainingWorker::diverged, this, &RunModel::diverged);
}

void RunModel::scheduleFrame() {
  if (!frameTimer_.isActive()) frameTimer_.start();
}

// One frame: what arrived becomes the run as shown, then the worker may send the next one.
void RunModel::showFrame() {
  RunFrame frame = std::move(pending_);
  pending_ = RunFrame();
  if (frame.snapshot) snapshot_ = latest_;
  if (frame.prediction) prediction_ = std::move(latestPrediction_);
  if (frame.walk) walk_ = std::move(latestWalk_);
  if (frame.history) std::swap(history_, latestHistory_);  // the old one is overwritten next
  emit frameReady(frame);
  send([](TrainingWorker& w) { w.requestFrame(); });
}

void RunModel::onResetDone(const Config& config) {
  frameTimer_.stop();
  pending_ = RunFrame();
  config_ = config;
  latest_ = snapshot_ = Snapshot();
  history_.clear();
  walk_ = WalkPayload();
  walk_.step = -1;
  emit runReset(config);
}

}  // namespace gs
