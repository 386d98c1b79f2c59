#include "gui_options.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QRegularExpression>

#include "config.h"
#include "figure_export.h"
#include "pace.h"

namespace gs {

// The translation context gs::GuiOptionsText, the same for lupdate and at run time.
struct GuiOptionsText {
  Q_DECLARE_TR_FUNCTIONS(gs::GuiOptionsText)
};
namespace {

constexpr double kMeasureMaxSeconds = 3600;
constexpr int kSideMin = 100;  // --size: a smaller window has no room for its controls

}  // namespace

GuiOptions parseGuiOptions(const QStringList& arguments) {
  GuiOptions o;
  QCommandLineParser p;
  p.setApplicationDescription(
      GuiOptionsText::tr("GradScope: watch gradients vanish (or not), layer by layer."));
  p.addHelpOption();
  p.addVersionOption();
  p.addPositionalArgument(
      "file", GuiOptionsText::tr("A lesson or a configuration file (.json) to start from."),
      "[FILE.json]");
  const QCommandLineOption shot(
      "screenshot",
      GuiOptionsText::tr("Train --steps steps, save a picture of the "
                         "window to FILE (.png, or .svg/.pdf with the plots as vectors) and quit."),
      "FILE");
  const QCommandLineOption steps(
      "steps", GuiOptionsText::tr("Steps to train for --screenshot (1 to 10000000)."), "N", "500");
  const QCommandLineOption size(
      "size", GuiOptionsText::tr("Window size for --screenshot and --measure-stall."), "WxH",
      "1280x800");
  const QCommandLineOption measure(
      "measure-stall",
      GuiOptionsText::tr(
          "Train for SECONDS (default depth 100, width 64, batch 256, unless FILE is given), then "
          "print steps per second and the longest GUI-thread stall, and quit."),
      "SECONDS");
  const QCommandLineOption pace(
      "pace",
      GuiOptionsText::tr("Training pace for --measure-stall: steps per second (%1) or 0 for as "
                         "fast as possible (the default).")
          .arg(QString::fromStdString(paceChoicesText())),
      "STEPS", "0");
  const QCommandLineOption record(
      "record",
      GuiOptionsText::tr("With --measure-stall: record the whole window at 10 frames per second "
                         "to FILE (.gif, .mp4, .webm, or a folder ending in / for PNGs) while "
                         "measuring."),
      "FILE");
  p.addOptions({shot, steps, size, measure, pace, record});
  if (!p.parse(arguments)) {
    o.error = p.errorText();
    return o;
  }
  if (p.isSet("help") || p.isSet("version")) {
    p.isSet("help") ? p.showHelp(0) : p.showVersion();  // both exit the process
  }
  if (p.positionalArguments().size() > 1) {
    o.error = GuiOptionsText::tr("only one lesson or configuration file may be given, got %1")
                  .arg(p.positionalArguments().size());
    return o;
  }
  if (!p.positionalArguments().isEmpty()) o.configFile = p.positionalArguments().front();
  o.screenshot = p.value(shot);
  FigureFormat format;
  if (p.isSet(shot) && !figureFormatFromPath(o.screenshot, &format)) {
    o.error = GuiOptionsText::tr(
                  "--screenshot = %1 is not allowed; allowed: a file ending in "
                  ".png, .svg or .pdf")
                  .arg(o.screenshot);
    return o;
  }
  bool ok = false;
  o.steps = p.value(steps).toLong(&ok);
  if (!ok || o.steps < 1 || o.steps > Limits::kStepsMax) {
    o.error =
        GuiOptionsText::tr("--steps = %1 is not allowed; allowed: a whole number from 1 to %2")
            .arg(p.value(steps))
            .arg(Limits::kStepsMax);
    return o;
  }
  const QRegularExpressionMatch m =
      QRegularExpression("^(\\d{3,4})x(\\d{3,4})$").match(p.value(size));
  // "000x000" has the digits but not the size: each side is checked as a number too.
  if (!m.hasMatch() || m.captured(1).toInt() < kSideMin || m.captured(2).toInt() < kSideMin) {
    o.error = GuiOptionsText::tr(
                  "--size = %1 is not allowed; allowed: WIDTHxHEIGHT, each 100 to 9999, e.g. "
                  "1280x800")
                  .arg(p.value(size));
    return o;
  }
  o.size = QSize(m.captured(1).toInt(), m.captured(2).toInt());
  if (p.isSet(measure)) {
    o.measureSeconds = p.value(measure).toDouble(&ok);
    if (!ok || !(o.measureSeconds > 0) || o.measureSeconds > kMeasureMaxSeconds) {
      o.error = GuiOptionsText::tr(
                    "--measure-stall = %1 is not allowed; allowed: seconds, more than 0 and at "
                    "most %2")
                    .arg(p.value(measure))
                    .arg(kMeasureMaxSeconds);
      return o;
    }
  }
  o.pace = p.value(pace).toDouble(&ok);
  if (!ok || (o.pace != 0 && !isPaceChoice(o.pace))) {
    o.error = GuiOptionsText::tr("--pace = %1 is not allowed; allowed: 0 (as fast as possible), %2")
                  .arg(p.value(pace), QString::fromStdString(paceChoicesText()));
    return o;
  }
  o.record = p.value(record);
  if (p.isSet(record) && o.measureSeconds <= 0) {
    o.error = GuiOptionsText::tr("--record needs --measure-stall");
    return o;
  }
  if (!o.screenshot.isEmpty() && o.measureSeconds > 0)
    o.error = GuiOptionsText::tr("--screenshot and --measure-stall cannot be used together");
  return o;
}

}  // namespace gs
