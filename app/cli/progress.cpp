#include "progress.h"

#include <algorithm>
#include <cstdio>

namespace gs::cli {
namespace {

std::string lossAndAccuracy(const Snapshot& s) {
  char text[96];
  if (s.hasAccuracy)
    std::snprintf(text, sizeof text, "loss %.6g  accuracy %.1f%%", s.loss, 100.0 * s.accuracy);
  else
    std::snprintf(text, sizeof text, "loss %.6g", s.loss);
  return text;
}

}  // namespace

Progress::Progress(std::ostream& os, bool terminal, bool quiet, long total)
    : os_(os),
      terminal_(terminal),
      quiet_(quiet),
      total_(total),
      every_(std::max(1L, total / 10)) {}

void Progress::update(long step, const Snapshot& s) {
  if (quiet_ || total_ <= 0) return;
  if (terminal_)
    drawBar(step, s);
  else if (step % every_ == 0 || step == total_ || !s.finite)
    printLine(step, s);
}

void Progress::drawBar(long step, const Snapshot& s) {
  // Redraw at most ~10 times a second: printing every step would cost more than training.
  const auto now = std::chrono::steady_clock::now();
  if (drawn_ && step != total_ && s.finite && now - lastDraw_ < std::chrono::milliseconds(100))
    return;
  lastDraw_ = now;
  drawn_ = true;
  constexpr int kCells = 30;
  const double done = double(step) / double(total_);
  const int filled = std::clamp(static_cast<int>(done * kCells), 0, kCells);
  char head[64];
  std::snprintf(head, sizeof head, "%3.0f%%  step %ld/%ld  ", 100.0 * done, step, total_);
  os_ << "\r[" << std::string(filled, '#') << std::string(kCells - filled, '.') << "] " << head
      << lossAndAccuracy(s) << "\x1b[K" << std::flush;
}

void Progress::printLine(long step, const Snapshot& s) {
  os_ << "step " << step << '/' << total_ << "  " << lossAndAccuracy(s) << '\n' << std::flush;
}

void Progress::finish() {
  if (drawn_) os_ << '\n' << std::flush;
  drawn_ = false;
}

}  // namespace gs::cli
