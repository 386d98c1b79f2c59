#include "pace_clock.h"

#include <algorithm>
#include <cmath>

namespace gs {

void PaceClock::start(double pace, std::int64_t nowNs) {
  pace_ = std::max(0.0, pace);
  anchorNs_ = nowNs;
  taken_ = 0;
}

std::int64_t PaceClock::dueAt(long n) const {
  return anchorNs_ + std::int64_t(std::llround(double(n) * 1e9 / pace_));
}

bool PaceClock::due(std::int64_t nowNs) {
  if (fastest()) return true;
  if (nowNs - dueAt(taken_) > kMaxLagNs) start(pace_, nowNs);
  return nowNs >= dueAt(taken_);
}

std::int64_t PaceClock::waitNs(std::int64_t nowNs) const {
  if (fastest()) return 0;
  return std::max<std::int64_t>(0, dueAt(taken_) - nowNs);
}

}  // namespace gs
