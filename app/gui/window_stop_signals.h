// SIGINT (Ctrl-C in the terminal that started the window), SIGTERM and SIGHUP: the window quits
// with 128 + the signal (130, 143, 129) and leaves no temporary and no half-written file — a
// recording in progress is dropped (its encoder's temporaries removed), and no animation is moved
// into place once the signal has come (core/live_temporaries.h). As in gradscope-cli
// (app/cli/stop_signals.h): the handler only records the signal and wakes a pipe; the GUI thread
// reads it (a QSocketNotifier) and leaves every event loop; should the GUI thread be stuck, a
// watchdog removes every live temporary kGraceMs after the signal (at once on a second one) and
// exits with the same status. Settings changed since the last save are not saved.
#pragma once

namespace gs {

constexpr int kWindowStopGraceMs = 1500;

// Installs the handlers, the notifier (needs the QApplication) and the watchdog.
void installWindowStopSignals();
bool windowStopRequested() noexcept;
// 128 + the signal that asked to stop; `status` when none did.
int windowExitStatus(int status) noexcept;

}  // namespace gs
