// gradscope: the desktop window. `gradscope [FILE.json]`; see --help for the scripted runs.
#include <QApplication>
#include <QMessageBox>
#include <cstdio>

#include "gui_options.h"
#include "main_window.h"
#include "scripted_runs.h"
#include "version.h"

int main(int argc, char** argv) {
  QApplication app(argc, argv);
  QCoreApplication::setOrganizationName("GradScope");
  QCoreApplication::setApplicationName("GradScope");
  QCoreApplication::setApplicationVersion(gs::kVersion);
  const gs::GuiOptions options = gs::parseGuiOptions(QCoreApplication::arguments());
  if (!options.error.isEmpty()) {
    std::fprintf(stderr, "gradscope: %s\nTry 'gradscope --help'.\n", qPrintable(options.error));
    return 2;
  }
  gs::MainWindow window;
  if (!options.screenshot.isEmpty()) return gs::runScreenshot(window, options);
  if (options.measureSeconds > 0) return gs::runStallMeasurement(window, options);

  window.restoreSettings();
  window.show();
  window.activateWindow();  // keyboard shortcuts work at once, even without a window manager
  QString error;
  if (!options.configFile.isEmpty() && !window.loadConfig(options.configFile, &error))
    QMessageBox::critical(&window, QObject::tr("Cannot open configuration"), error);
  return app.exec();
}
