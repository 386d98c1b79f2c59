// What `gradscope` can answer before it needs a window system: --help, --version, a bad command
// line seen there, and a clear message (instead of Qt's abort) when there is no display at all.
#pragma once

namespace gs {

// Returns the exit status when the program should end before building a QApplication, or -1
// when it should go on. Builds its own QCoreApplication (with translations) only when needed; the
// application's names must be set before.
int runBeforeWindowSystem(int& argc, char** argv);

}  // namespace gs
