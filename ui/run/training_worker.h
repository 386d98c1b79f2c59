// Owns a gs::Trainer on its own thread. Commands arrive as queued slot calls; results leave as
// small copyable values over queued signals. Training runs at a pace in steps per second
// (PaceClock) or as fast as it can; it publishes a frame only when the window asked for one
// (requestFrame, sent by the RunModel once per repaint), so the window's frame timer is the one
// throttle and the GUI thread is never flooded. At a watchable pace (a step per frame or slower)
// every step is therefore shown.
#pragma once

#include <QElapsedTimer>
#include <QObject>
#include <QVector>
#include <memory>

#include "history.h"
#include "pace_clock.h"
#include "trainer.h"
#include "walk_capture.h"
#include "worker_payloads.h"

class QTimer;

namespace gs {

class TrainingWorker : public QObject {
  Q_OBJECT

 public:
  static constexpr int kSliceMs = 4;  // longest run of steps before queued commands are read
  // A copy of the history (heatmap, CSV) is large: it leaves at most 10 times a second.
  static constexpr int kHistoryMs = 100;

  explicit TrainingWorker(QObject* parent = nullptr);
  ~TrainingWorker() override;

  // Only call these from the worker's own thread (i.e. through queued connections).
 public slots:
  void reset(const gs::Config& config);  // new trainer from config; keeps playing if it was
  void play();
  void pause();
  void step();                          // one step, then publishes everything
  void runUntil(long targetStep);       // plays, then pauses once the step count reaches the target
  void setLearningRate(double lr);      // applies live, without a reset
  void setPace(double stepsPerSecond);  // 0 = as fast as possible (PaceClock)
  // The window is ready for the next frame: the next step trained (or now, when paused) is
  // published.
  void requestFrame();
  // The backprop walk-through: off saves its cost (a copy of the network between a step's
  // backward pass and its update, and one more backward recursion, at display rate) while nobody
  // looks at it.
  void setWalkEnabled(bool on);
  void setWalkSample(int sample);  // which sample of the batch; re-sends the last walk at once

 signals:
  void resetDone(const gs::Config& config);
  void configRejected(const QString& message);
  void snapshotReady(const gs::Snapshot& snapshot);
  void lossPointsReady(const QVector<gs::LossPoint>& points);  // every step since the last batch
  void predictionReady(const gs::Prediction& prediction);
  void runningChanged(bool running);
  void stepsPerSecondChanged(double rate);
  void diverged(const gs::Snapshot& snapshot);  // training paused because of a NaN/∞
  void walkReady(const gs::WalkPayload& walk);
  // Every step since the reset (decimated, see GradientHistory); a fresh copy at most every
  // kHistoryMs and with every forced publish.
  void historyReady(const gs::GradientHistory& history);

 private:
  void tick();
  bool trainOne();  // false when training must stop (divergence or target reached)
  void setRunning(bool running);
  void scheduleNext();
  void publish(bool force);
  void publishPrediction(bool force);
  void publishWalk();
  void publishHistory(bool force);
  void measureRate();
  bool walkWanted(long step) const;  // whether the coming step's network is captured
  void captureWalk(const Mlp& netBeforeUpdate, long step);

  std::unique_ptr<Trainer> trainer_;
  QTimer* timer_ = nullptr;
  bool running_ = false;
  PaceClock pace_;
  QElapsedTimer paceTime_;  // the monotonic clock the pace is measured on
  long target_ = -1;
  Snapshot latest_;
  bool haveLatest_ = false;
  QVector<LossPoint> pendingPoints_;
  bool frameWanted_ = true;  // the window asked for a frame and has not had it yet
  QElapsedTimer predictionClock_, rateClock_;
  long rateSteps_ = 0;
  qint64 predictionCostMs_ = 0;
  GradientHistory history_;
  bool historyChanged_ = false;
  WalkCapture walk_;  // filled by the trainer's before-update hook (captureWalk)
  bool walkEnabled_ = true;
  int walkSample_ = 0;
  long walkStep_ = -1;  // the step of the last walk sent
  QElapsedTimer walkClock_, historyClock_;
  qint64 walkCostMs_ = 0, captureCostMs_ = 0;
};

}  // namespace gs
