#include "before_window.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <cstdio>
#include <cstring>

#include "gui_options.h"
#include "translator_setup.h"

namespace gs {

// The translation context gs::BeforeWindowText, the same for lupdate and at run time.
struct BeforeWindowText {
  Q_DECLARE_TR_FUNCTIONS(gs::BeforeWindowText)
};
namespace {

bool asksForText(int argc, char** argv) {
  for (int i = 1; i < argc; ++i) {
    const char* a = argv[i];
    if (std::strcmp(a, "--") == 0) return false;
    for (const char* flag : {"-h", "--help", "-?", "--help-all", "-v", "--version"})
      if (std::strcmp(a, flag) == 0) return true;
  }
  return false;
}

bool hasPlatformArgument(int argc, char** argv) {
  for (int i = 1; i < argc; ++i)
    if (std::strcmp(argv[i], "-platform") == 0 || std::strcmp(argv[i], "--platform") == 0)
      return true;
  return false;
}

// True when no window system can possibly be reached: no platform chosen by hand, no X display
// and no Wayland socket. (Qt would print a hint and abort with a core dump.)
bool displayIsMissing(int argc, char** argv) {
#if defined(Q_OS_LINUX) || defined(Q_OS_FREEBSD)
  if (!qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM") || hasPlatformArgument(argc, argv))
    return false;
  if (!qEnvironmentVariableIsEmpty("DISPLAY") || !qEnvironmentVariableIsEmpty("WAYLAND_DISPLAY"))
    return false;
  const QString runtime = qEnvironmentVariable("XDG_RUNTIME_DIR");
  return runtime.isEmpty() || !QFileInfo::exists(QDir(runtime).filePath("wayland-0"));
#else
  Q_UNUSED(argc);
  Q_UNUSED(argv);
  return false;
#endif
}

}  // namespace

int runBeforeWindowSystem(int& argc, char** argv) {
  // With -platform the QApplication (which understands that argument) answers --help itself.
  const bool text = asksForText(argc, argv) && !hasPlatformArgument(argc, argv);
  const bool noDisplay = displayIsMissing(argc, argv);
  if (!text && !noDisplay) return -1;
  QCoreApplication core(argc, argv);  // names and version are set by main()
  installTranslations(core);
  // --help and --version print and exit inside; a bad command line is reported first.
  const GuiOptions options = parseGuiOptions(QCoreApplication::arguments());
  if (!options.error.isEmpty()) {
    std::fprintf(stderr, "gradscope: %s\nTry 'gradscope --help'.\n", qPrintable(options.error));
    return 2;
  }
  std::fprintf(stderr, "gradscope: %s\n",
               qPrintable(BeforeWindowText::tr(
                   "no display found: DISPLAY and WAYLAND_DISPLAY are not set. Start GradScope "
                   "from a desktop session; for figures and training without a screen use "
                   "gradscope-cli, or set QT_QPA_PLATFORM=offscreen with --screenshot.")));
  return 2;
}

}  // namespace gs
