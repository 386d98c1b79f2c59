// Stopping gradscope-cli with SIGINT (Ctrl-C), SIGTERM or SIGHUP in any phase: training,
// evaluation, serialising, drawing, writing.
//
// The handler only records the signal. Every long loop checks stopRequested() at least every
// ~0.3 s (a step, an evaluation chunk, a snapshot row, a figure, a write block), stops, removes
// its temporaries and returns interruptedStatus() (128 + the signal: 130, 143, 129). For work
// that cannot be cut (a single huge step, one 8000 × 8000 figure, a video encoder's flush), a
// watchdog removes every live temporary (AtomicFile's and the media encoders', see
// core/live_temporaries.h) kStopGraceMs after the signal (at once on a second one) and exits with
// the same status, so the program is gone within about a second and leaves nothing behind.
#pragma once

#include <string>

namespace gs::cli {

constexpr int kStopGraceMs = 700;

// Installs the handlers and starts the watchdog. Also ignores SIGXFSZ and SIGPIPE, so that a
// write over `ulimit -f` or into a closed pipe fails with a message instead of killing silently.
void installStopSignals();

// What the handlers do (async-signal-safe); tests call it directly. The first signal wins.
void requestStop(int signal) noexcept;
bool stopRequested() noexcept;
// 128 + the signal that asked to stop (130 for SIGINT); 130 when none did.
int interruptedStatus() noexcept;
// "SIGINT (Ctrl-C)", "SIGTERM", "SIGHUP" for messages.
std::string stopSignalName();
// Forgets a stop request (tests run several commands in one process).
void clearStopRequest() noexcept;

}  // namespace gs::cli
