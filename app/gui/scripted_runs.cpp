#include "scripted_runs.h"

#include <QApplication>
#include <QBuffer>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QPixmap>
#include <QTimer>
#include <algorithm>
#include <cstdio>
#include <functional>

#include <qcustomplot.h>
#include "activation_curve_view.h"
#include "figure_export.h"
#include "gradient_bars_view.h"
#include "loss_curve_view.h"
#include "prediction_view.h"
#include "save_file.h"
#include "stall_probe.h"

namespace gs {
namespace {

// Runs the event loop until done() holds or timeoutMs passes; true when done() held.
bool waitUntil(const std::function<bool()>& done, int timeoutMs) {
  QElapsedTimer clock;
  clock.start();
  QEventLoop loop;
  QTimer poll;
  QObject::connect(&poll, &QTimer::timeout, &loop, [&] {
    if (done() || clock.elapsed() > timeoutMs) loop.quit();
  });
  poll.start(20);
  loop.exec();
  return done();
}

void settle(int ms) {
  waitUntil([] { return false; }, ms);
}

bool startFrom(MainWindow& window, const GuiOptions& options, const Config& fallback) {
  QString error;
  if (options.configFile.isEmpty())
    window.applyConfig(fallback);
  else if (!window.openFile(options.configFile, &error)) {
    std::fprintf(stderr, "gradscope: %s\n", qPrintable(error));
    return false;
  }
  window.resize(options.size);
  window.show();
  settle(300);
  return true;
}

// Encoded in memory, then written like every other file (a temporary, renamed when complete): a
// nearly full disk once replaced an existing screenshot with a cut one.
bool savePng(const QPixmap& pixmap, const QString& path, QString* error) {
  QByteArray bytes;
  QBuffer buffer(&bytes);
  if (!buffer.open(QIODevice::WriteOnly) || !pixmap.save(&buffer, "PNG")) {
    *error = QStringLiteral("PNG encoding failed");
    return false;
  }
  return saveFileAtomically(path, bytes, error);
}

}  // namespace

int runScreenshot(MainWindow& window, const GuiOptions& options) {
  if (!startFrom(window, options, Config())) return 1;
  window.runUntil(options.steps);
  const long target = options.steps;
  if (!waitUntil(
          [&] { return window.displayedStep() >= target || !window.problemMessage().isEmpty(); },
          600000)) {
    std::fprintf(stderr, "gradscope: training did not reach step %ld in time\n", target);
    return 1;
  }
  settle(500);  // the last prediction and the queued replots
  // PNG: the pixels on screen. SVG and PDF: the same window with every plot drawn as vectors.
  FigureFormat format = FigureFormat::Png;
  figureFormatFromPath(options.screenshot, &format);
  QString error;
  const bool saved = format == FigureFormat::Png
                         ? savePng(window.grab(), options.screenshot, &error)
                         : exportWidget(&window, options.screenshot, FigureSize(), &error);
  if (!saved) {
    std::fprintf(stderr, "gradscope: could not write %s%s%s\n", qPrintable(options.screenshot),
                 error.isEmpty() ? "" : ": ", qPrintable(error));
    return 1;
  }
  std::printf("saved %s (%dx%d, step %ld)\n", qPrintable(options.screenshot), window.width(),
              window.height(), window.displayedStep());
  return 0;
}

int runStallMeasurement(MainWindow& window, const GuiOptions& options) {
  Config bench;
  bench.depth = 100;
  bench.width = 64;
  bench.batch = 256;
  if (!startFrom(window, options, bench)) return 1;
  const Config c = window.config();
  StallProbe probe;
  // The GUI thread's own work: the longest single replot of any view (QCustomPlot times it).
  double longestReplotMs = 0;
  for (QCustomPlot* plot : {window.barsView()->plot(), window.activationView()->plot(),
                            window.lossView()->plot(), window.predictionView()->plot()})
    QObject::connect(plot, &QCustomPlot::afterReplot, plot, [plot, &longestReplotMs] {
      longestReplotMs = std::max(longestReplotMs, plot->replotTime(false));
    });
  QElapsedTimer clock;
  window.play();
  probe.start();
  clock.start();
  settle(int(options.measureSeconds * 1000));
  const double seconds = clock.elapsed() / 1000.0;
  const long steps = window.displayedStep();
  probe.stop();
  window.pause();
  std::printf("config: depth %d, width %d, batch %d, %s\n", c.depth, c.width, c.batch,
              c.hiddenActivation().id().c_str());
  std::printf("trained: %ld steps in %.1f s = %.1f steps/s\n", steps, seconds, steps / seconds);
  std::printf("GUI thread: longest stall %.1f ms over %ld probe ticks (5 ms timer)\n",
              probe.longestGapMs(), probe.ticks());
  std::printf("GUI thread: longest single replot %.1f ms\n", longestReplotMs);
  return 0;
}

}  // namespace gs
