#include "render_setup.h"

#include <cstdio>

#include "live_translator.h"
#include "plot_theme.h"
#include "theme_palette.h"

namespace gs::cli {
namespace {

// The language of the figures' words: --lang, else the first of LANGUAGE (a list such as
// "vi:en"), LC_ALL, LC_MESSAGES, LANG that names one we have; else English.
std::string renderLanguage(const std::string& flag) {
  if (!flag.empty()) return flag;
  for (const char* name : {"LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG"}) {
    const QString value = qEnvironmentVariable(name);
    for (const QString& entry : value.split(':', Qt::SkipEmptyParts)) {
      const QString code = entry.left(2).toLower();
      if (code == QLatin1String("vi")) return "vi";
      if (code == QLatin1String("en")) return "en";
    }
  }
  return "en";
}

// --theme takes the window's ids (plot_theme.h) and "high-contrast" for "high_contrast".
ThemeColors themeColorsOf(const std::string& flag) {
  return flag == "high-contrast" ? ThemeColors::HighContrast
                                 : themeColorsFromId(QString::fromStdString(flag));
}

}  // namespace

// Qt needs a platform even to draw into an image. A figure never needs a screen, and the
// offscreen platform's fixed 96 dpi makes the output the same on every machine, so it is the
// default; QT_QPA_PLATFORM still wins when set.
std::string prepareRenderQt(std::unique_ptr<QApplication>& app) {
  if (QApplication::instance()) return {};
  const QByteArray platform = qgetenv("QT_QPA_PLATFORM");
  if (platform.isEmpty())
    qputenv("QT_QPA_PLATFORM", "offscreen");
  else if (platform.startsWith("xcb") && qEnvironmentVariableIsEmpty("DISPLAY"))
    return "QT_QPA_PLATFORM=" + platform.toStdString() +
           " needs a display but DISPLAY is not set; unset QT_QPA_PLATFORM (render then uses "
           "offscreen) or set it to offscreen";
  static int argc = 1;
  static char name[] = "gradscope-cli";
  static char* argv[] = {name, nullptr};
  // Start-up chatter about the session ("XDG_RUNTIME_DIR not set") says nothing about a figure.
  const QtMessageHandler previous =
      qInstallMessageHandler([](QtMsgType type, const QMessageLogContext&, const QString& message) {
        if (type == QtFatalMsg) std::fprintf(stderr, "%s\n", qPrintable(message));
      });
  app = std::make_unique<QApplication>(argc, argv);
  qInstallMessageHandler(previous);
  return {};
}

std::string startRenderQt(std::unique_ptr<QApplication>& app, const RenderOptions& options) {
  const std::string error = prepareRenderQt(app);
  if (!error.empty()) return error;
  LiveTranslator::install(*QCoreApplication::instance(),
                          QString::fromStdString(renderLanguage(options.language)));
  const ThemeColors colors = themeColorsOf(options.theme);
  QApplication::setPalette(themePalette(colors, QApplication::palette()));
  PlotThemes::instance().set(PlotTheme::make(colors));
  return {};
}

}  // namespace gs::cli
