// gradscope: the desktop window. `gradscope [FILE.json]`; see --help for the scripted runs.
#include <QApplication>
#include <QMessageBox>
#include <csignal>
#include <cstdio>

#include "before_window.h"
#include "gui_options.h"
#include "main_window.h"
#include "native_path.h"
#include "scripted_runs.h"
#include "settings_guard.h"
#include "translator_setup.h"
#include "version.h"
#include "window_stop_signals.h"

int main(int argc, char** argv) {
  // Static: they hold for the QCoreApplication of runBeforeWindowSystem and for the window's.
  QCoreApplication::setOrganizationName("GradScope");
  QCoreApplication::setApplicationName("GradScope");
  QCoreApplication::setApplicationVersion(gs::kVersion);
  // Before anything reads QSettings: a FIFO in its place must not hang even --version.
  gs::avoidNonRegularSettingsFile();
  // Saving over `ulimit -f` fails with a message (QSaveFile keeps the old file) instead of
  // killing the window.
  std::signal(SIGXFSZ, SIG_IGN);
  if (const int status = gs::runBeforeWindowSystem(argc, argv); status >= 0) return status;
  QApplication app(argc, argv);
  // SIGINT, SIGTERM and SIGHUP quit with 128 + the signal, leaving no temporary (a recording too).
  gs::installWindowStopSignals();
  const QString language = gs::installTranslations(app);  // before any window is built
  // The arguments as bytes (QApplication has taken its own out of argv): a file name that is not
  // UTF-8 must still open, which QCoreApplication::arguments() cannot promise.
  QStringList arguments;
  for (int i = 0; i < argc; ++i) arguments << gs::pathFromNative(argv[i]);
  const gs::GuiOptions options = gs::parseGuiOptions(arguments);
  if (!options.error.isEmpty()) {
    std::fprintf(stderr, "gradscope: %s\nTry 'gradscope --help'.\n", qPrintable(options.error));
    return 2;
  }
  gs::MainWindow window;
  window.setLanguage(language);
  if (!options.screenshot.isEmpty())
    return gs::windowExitStatus(gs::runScreenshot(window, options));
  if (options.measureSeconds > 0)
    return gs::windowExitStatus(gs::runStallMeasurement(window, options));

  window.restoreSettings();
  window.show();
  window.activateWindow();  // keyboard shortcuts work at once, even without a window manager
  QString error;
  // A lesson when the file has a "title", else a configuration.
  if (!options.configFile.isEmpty() && !window.openFile(options.configFile, &error))
    QMessageBox::critical(&window, QObject::tr("Cannot open file"), error);
  return gs::windowExitStatus(app.exec());
}
