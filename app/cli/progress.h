// Training progress on stderr: a redrawn bar on a terminal, a plain line per tenth otherwise.
#pragma once

#include <chrono>
#include <ostream>

#include "snapshot.h"

namespace gs::cli {

class Progress {
 public:
  Progress(std::ostream& os, bool terminal, bool quiet, long total);
  void update(long step, const Snapshot& s);
  void finish();  // ends the bar's line

 private:
  void drawBar(long step, const Snapshot& s);
  void printLine(long step, const Snapshot& s);

  std::ostream& os_;
  bool terminal_, quiet_;
  long total_;
  long every_;  // plain lines: one per `every_` steps
  bool drawn_ = false;
  std::chrono::steady_clock::time_point lastDraw_;
};

}  // namespace gs::cli
