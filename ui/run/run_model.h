// The run the window shows, owned once on the GUI thread. The run model is the only object
// connected to the TrainingWorker: it starts the worker's thread, sends it the commands, keeps what
// arrives (the last snapshot, the gradient history, the prediction, the walk-through) and, once per
// repaint, emits frameReady with what changed since the last frame. The window, the teaching docks,
// the exporters and every view read the run from here.
//
// One throttle: a single-shot timer of kFrameMs. When it fires the model emits one frameReady and
// asks the worker for the next frame, so the worker publishes at most one frame per repaint and
// never floods the GUI thread, however fast it trains.
//
// Adding a view: connect to frameReady (and runReset for a new run) and read what the frame says
// changed, e.g.
//   connect(&run, &RunModel::frameReady, view, [&run, view](const RunFrame& f) {
//     if (f.snapshot) view->setSnapshot(run.snapshot());
//   });
#pragma once

#include <QObject>
#include <QThread>
#include <QTimer>
#include <QVector>

#include "config.h"
#include "history.h"
#include "snapshot.h"
#include "worker_payloads.h"

namespace gs {

class TrainingWorker;

// What changed since the previous frame; the values themselves are read from the RunModel.
struct RunFrame {
  bool snapshot = false;    // RunModel::snapshot() is newer
  bool prediction = false;  // RunModel::prediction()
  bool walk = false;        // RunModel::walk()
  bool history = false;     // RunModel::history()
  QVector<LossPoint> loss;  // every step trained since the previous frame, in order
};

class RunModel : public QObject {
  Q_OBJECT

 public:
  static constexpr int kFrameMs = 25;  // the one repaint interval: at most 40 frames a second

  explicit RunModel(QObject* parent = nullptr);  // starts the worker's thread
  ~RunModel() override;                          // stops it

  // Commands (queued to the worker).
  void reset(const Config& config);  // a fresh run; runReset follows once the worker has it
  void play();
  void pause();
  void step();
  void runUntil(long step);  // plays until the step count reaches step, then pauses
  void setLearningRate(double lr);
  void setPace(double stepsPerSecond);  // steps per second; 0 = as fast as possible
  void setWalkEnabled(bool on);      // the walk-through costs nothing while nobody looks at it
  void setWalkSample(int sample);
  // Ends the worker's thread (the window closing); commands after this do nothing.
  void stop();
  bool isThreadRunning() const { return thread_.isRunning(); }

  // The run as last shown (frameReady): what every view draws.
  const Config& config() const { return config_; }  // of the current run
  bool isRunning() const { return running_; }
  long shownStep() const { return snapshot_.step; }
  const Snapshot& snapshot() const { return snapshot_; }  // no layers before the first step
  const GradientHistory& history() const { return history_; }
  const Prediction& prediction() const { return prediction_; }
  const WalkPayload& walk() const { return walk_; }  // walk().step < 0: none yet
  double stepsPerSecond() const { return stepsPerSecond_; }

 signals:
  void runReset(const gs::Config& config);  // a new run: views clear
  void frameReady(const gs::RunFrame& changed);
  void runningChanged(bool running);
  void stepsPerSecondChanged(double rate);
  void diverged(const gs::Snapshot& snapshot);  // training paused on a NaN/∞
  void configRejected(const QString& message);  // the previous run is kept

 private:
  void connectWorker();
  template <typename Command>
  void send(Command command);  // runs command(worker) on the worker's thread
  void scheduleFrame();
  void showFrame();
  void onResetDone(const Config& config);

  QThread thread_;
  TrainingWorker* worker_ = nullptr;
  QTimer frameTimer_;
  RunFrame pending_;  // arrived since the last frame

  Config config_;
  bool running_ = false;
  // Newest from the worker, shown at the next frame.
  Snapshot latest_;
  Prediction latestPrediction_;
  WalkPayload latestWalk_;
  GradientHistory latestHistory_;
  Snapshot snapshot_;
  GradientHistory history_;
  Prediction prediction_;
  WalkPayload walk_;
  double stepsPerSecond_ = 0;
};

}  // namespace gs

Q_DECLARE_METATYPE(gs::RunFrame)
