#include "scripted_runs.h"

#include <QApplication>
#include <QBuffer>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QLayout>
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
#include "pace_box.h"
#include "prediction_view.h"
#include "recorder.h"
#include "run_model.h"
#include "save_file.h"
#include "stall_probe.h"
#include "window_stop_signals.h"

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
  // A screenshot trains as fast as it can; a stall measurement at the pace asked for.
  window.parts().pace->setPace(options.pace);
  window.layout()->activate();  // the window's minimum size as it is now, before resizing to it
  window.resize(options.size);
  window.show();
  settle(300);
  return true;
}

// The whole window at 10 fps, at its own size (even, for MP4 and WebM).
bool startRecording(media::Recorder& recorder, QWidget& window, const QString& path) {
  media::RecordSettings s;
  s.source = &window;
  s.path = path;
  s.fps = 10;
  s.width = window.width() - window.width() % 2;
  s.height = window.height() - window.height() % 2;
  const QString error = recorder.start(s);
  if (!error.isEmpty()) std::fprintf(stderr, "gradscope: --record %s\n", qPrintable(error));
  return error.isEmpty();
}

bool finishRecording(media::Recorder& recorder, const QString& path) {
  QString error;
  QObject::connect(&recorder, &media::Recorder::finished,
                   [&error](const QString&, const QString& e, bool) { error = e; });
  QElapsedTimer encode;
  encode.start();
  recorder.stop();
  waitUntil([&] { return !recorder.isBusy(); }, 600000);
  if (windowStopRequested()) return false;  // the recorder's destructor drops what is unfinished
  std::printf(
      "recorded: %s, %d frames (%d dropped), grab mean %.1f ms, longest %.1f ms, finished %.1f s "
      "after stop\n",
      qPrintable(path), recorder.framesCaptured(), recorder.framesDropped(), recorder.meanGrabMs(),
      recorder.longestGrabMs(), encode.elapsed() / 1000.0);
  if (!error.isEmpty()) std::fprintf(stderr, "gradscope: --record %s\n", qPrintable(error));
  return error.isEmpty();
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
  window.run().runUntil(options.steps);
  const long target = options.steps;
  if (!waitUntil(
          [&] { return window.run().shownStep() >= target || !window.problemMessage().isEmpty(); },
          600000)) {
    if (!windowStopRequested())
      std::fprintf(stderr, "gradscope: training did not reach step %ld in time\n", target);
    return 1;
  }
  settle(500);                          // the last prediction and the queued replots
  if (windowStopRequested()) return 1;  // stopped by a signal: no picture
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
              window.height(), window.run().shownStep());
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
  for (QCustomPlot* plot : {window.parts().bars->plot(), window.parts().activation->plot(),
                            window.parts().loss->plot(), window.parts().prediction->plot()})
    QObject::connect(plot, &QCustomPlot::afterReplot, plot, [plot, &longestReplotMs] {
      longestReplotMs = std::max(longestReplotMs, plot->replotTime(false));
    });
  media::Recorder recorder;
  if (!options.record.isEmpty() && !startRecording(recorder, window, options.record)) return 2;
  QElapsedTimer clock;
  window.run().play();
  probe.start();
  clock.start();
  settle(int(options.measureSeconds * 1000));
  const double seconds = clock.elapsed() / 1000.0;
  const long steps = window.run().shownStep();
  probe.stop();
  window.run().pause();
  if (!options.record.isEmpty() && !finishRecording(recorder, options.record)) return 1;
  std::printf("config: depth %d, width %d, batch %d, %s\n", c.depth, c.width, c.batch,
              c.hiddenActivation().id().c_str());
  std::printf("pace: %s\n", qPrintable(PaceBox::paceText(options.pace)));
  std::printf("trained: %ld steps in %.1f s = %.1f steps/s\n", steps, seconds, steps / seconds);
  std::printf("GUI thread: longest stall %.1f ms over %ld probe ticks (5 ms timer)\n",
              probe.longestGapMs(), probe.ticks());
  std::printf("GUI thread: longest single replot %.1f ms\n", longestReplotMs);
  return 0;
}

}  // namespace gs
