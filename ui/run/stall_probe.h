// Measures how long the GUI thread is kept from its event loop: a 5 ms timer records the longest
// gap between two of its ticks. A gap far above 5 ms is a stall the user would feel.
#pragma once

#include <QElapsedTimer>
#include <QObject>
#include <QTimer>

namespace gs {

class StallProbe : public QObject {
  Q_OBJECT

 public:
  static constexpr int kTickMs = 5;

  explicit StallProbe(QObject* parent = nullptr);
  void start();
  void stop();
  double longestGapMs() const { return longestNs_ / 1e6; }
  long ticks() const { return ticks_; }

 private:
  void tick();

  QTimer timer_;
  QElapsedTimer clock_;
  qint64 lastNs_ = 0;
  qint64 longestNs_ = 0;
  long ticks_ = 0;
};

}  // namespace gs
