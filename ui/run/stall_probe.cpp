#include "stall_probe.h"

#include <algorithm>

namespace gs {

StallProbe::StallProbe(QObject* parent) : QObject(parent) {
  timer_.setTimerType(Qt::PreciseTimer);
  timer_.setInterval(kTickMs);
  connect(&timer_, &QTimer::timeout, this, &StallProbe::tick);
}

void StallProbe::start() {
  longestNs_ = 0;
  ticks_ = 0;
  clock_.start();
  lastNs_ = clock_.nsecsElapsed();
  timer_.start();
}

void StallProbe::stop() { timer_.stop(); }

void StallProbe::tick() {
  const qint64 now = clock_.nsecsElapsed();
  longestNs_ = std::max(longestNs_, now - lastNs_);
  lastNs_ = now;
  ++ticks_;
}

}  // namespace gs
