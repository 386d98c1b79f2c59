// The temporaries this process is writing — files (AtomicFile) and the media encoders' files and
// folders (gs::media::TemporaryPath) — in one registry, so that a stop-signal watchdog about to
// _exit can remove them all and no output lands after a stop: every rename into place happens
// under the registry's lock, after asking the stop check (a signal already received: nothing is
// moved), and removeLiveTemporaries keeps the lock for good.
#pragma once

#include <functional>
#include <string>
#include <vector>

namespace gs {

// Runs create() under the lock and registers path when it returns true, so a temporary is never
// on disk unregistered. False when create() fails or the temporaries were already removed.
bool createTemporary(const std::string& path, const std::function<bool()>& create);

// Removes path (a file, or a folder with everything in it) and forgets it.
void removeTemporary(const std::string& path);

// Runs moveIntoPlace (the renames of the temporaries to their targets) under the lock; with
// refuseAfterStop, not when the stop check says a stop was requested (then returns
// kStoppedBeforeCommit and moves nothing: an animation is all or nothing, while a CLI run stopped
// by Ctrl-C still writes the CSV of the steps done). Afterwards forgets every one of paths that
// is gone (renamed). Returns moveIntoPlace's error.
std::string commitTemporaries(const std::vector<std::string>& paths,
                              const std::function<std::string()>& moveIntoPlace,
                              bool refuseAfterStop);
extern const char* const kStoppedBeforeCommit;

// What commitTemporaries(…, refuseAfterStop) asks before moving anything: a program that stops on
// signals sets its "stop requested" here (async-signal-safe reads only). nullptr: never stopped.
void setCommitStopCheck(bool (*stopRequested)() noexcept);

// For a stop-signal watchdog about to _exit: removes every registered temporary and blocks any
// later commit or creation. Safe to call from any thread, once.
void removeLiveTemporaries() noexcept;

}  // namespace gs
