// What `gradscope` can answer before it needs a window system: --help, --version, a bad command
// line seen there, and a clear message (instead of Qt's abort) when there is no display at all.
#pragma once

namespace gs {

// Returns the exit status when the program should end before building a QApplication, or -1
// when it should go on. Sets up its own QCoreApplication (names, translations) only when needed.
int runBeforeWindowSystem(int& argc, char** argv);

}  // namespace gs
