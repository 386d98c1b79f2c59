// Trains two configurations in lock step on one thread for the compare window: one step of A,
// one step of B, so both curves always reach the same step. Both trainers get the same data and
// the same seed (compareConfigs), so any difference comes from what differs: the activation and
// the initialiser. Like TrainingWorker, commands arrive as queued slot calls, results leave as
// copies at display rate, and the thread returns to its event loop every few milliseconds.
#pragma once

#include <QElapsedTimer>
#include <QObject>
#include <memory>

#include "history.h"
#include "trainer.h"
#include "worker_payloads.h"

class QTimer;

namespace gs {

// Run B is run A with another hidden activation (every hidden layer, α its default) and another
// initialiser; the dataset, samples, noise, batch, optimiser and seed stay A's.
Config compareConfigB(const Config& a, ActivationKind activation, InitKind init);
// True when both trainers hold exactly the same data points and labels.
bool sameData(const Trainer& a, const Trainer& b);

class CompareWorker : public QObject {
  Q_OBJECT

 public:
  static constexpr int kPublishMs = 40;
  static constexpr int kSliceMs = 4;

  explicit CompareWorker(QObject* parent = nullptr);
  ~CompareWorker() override;

 public slots:
  void reset(const gs::Config& a, const gs::Config& b);
  void play();
  void pause();
  void step();  // one step of each run, then publishes

 signals:
  void resetDone(const gs::Config& a, const gs::Config& b, bool sameData);
  void configRejected(const QString& message);
  // run 0 = A, 1 = B: its latest snapshot and every step since the reset.
  void runReady(int run, const gs::Snapshot& latest, const gs::GradientHistory& history);
  void runningChanged(bool running);

 private:
  void tick();
  bool trainBoth();  // false once both runs stopped (diverged)
  void setRunning(bool running);
  void publish(bool force);

  std::unique_ptr<Trainer> trainers_[2];
  GradientHistory history_[2];
  Snapshot latest_[2];
  bool changed_ = false;
  bool running_ = false;
  QTimer* timer_;
  QElapsedTimer publishClock_;
};

}  // namespace gs
