// Paces training at a steady number of steps per second without drift: step n (from 0) is due at
// anchor + n / pace, measured on a monotonic clock, so a late timer makes the next step sooner
// instead of shifting every later one. A backlog (steps slower than the pace, or the machine busy)
// is dropped rather than caught up in a burst. Pace 0 = as fast as possible (always due).
#pragma once

#include <cstdint>

namespace gs {

class PaceClock {
 public:
  static constexpr std::int64_t kMaxLagNs = 250'000'000;  // behind by more: start afresh

  // Starts counting from nowNs with nothing taken; pace in steps per second, 0 = fastest.
  void start(double pace, std::int64_t nowNs);
  double pace() const { return pace_; }
  bool fastest() const { return pace_ <= 0; }

  // Whether a step is due at nowNs (re-anchors first when more than kMaxLagNs behind).
  bool due(std::int64_t nowNs);
  void taken() { ++taken_; }
  // Nanoseconds from nowNs until the next step is due (0 when due now or fastest).
  std::int64_t waitNs(std::int64_t nowNs) const;
  long takenSinceStart() const { return taken_; }

 private:
  std::int64_t dueAt(long n) const;

  double pace_ = 0;
  std::int64_t anchorNs_ = 0;
  long taken_ = 0;
};

}  // namespace gs
