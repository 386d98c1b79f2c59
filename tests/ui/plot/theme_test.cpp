// View ▸ Theme (light, dark, high contrast), with and without presentation mode (F11), reaches
// every view: each QCustomPlot anywhere in the window (found, not listed, so a new view that does
// not follow the theme fails here), the network diagram (its own painter), the per-layer curves
// (legible on the dark background), plot notices and the clip indicator. Checked after a few
// training steps of the dead-ReLU lesson, with every dock open.
#include <qcustomplot.h>

#include <QDockWidget>
#include <QProcess>
#include <QRegularExpression>
#include <QSettings>
#include <QTemporaryDir>
#include <QtTest>
#include <cmath>

#include "classroom_docks.h"
#include "clip_indicator.h"
#include "data_paths.h"
#include "diagnostics_docks.h"
#include "gradient_histogram_view.h"
#include "layer_series_view.h"
#include "main_window.h"
#include "network_diagram_view.h"
#include "plot_notice.h"
#include "plot_theme.h"
#include "presentation_mode.h"
#include "run_model.h"

using namespace gs;

namespace {

constexpr int kWaitMs = 30000;

// WCAG 2 relative luminance and contrast ratio (1 … 21); 3 is the least for large text and lines.
double luminance(const QColor& c) {
  auto channel = [](double v) {
    return v <= 0.03928 ? v / 12.92 : std::pow((v + 0.055) / 1.055, 2.4);
  };
  return 0.2126 * channel(c.redF()) + 0.7152 * channel(c.greenF()) + 0.0722 * channel(c.blueF());
}

double contrast(const QColor& a, const QColor& b) {
  const double la = luminance(a), lb = luminance(b);
  return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}

QColor pixelAt(QWidget* w, const QPoint& at) {
  return w->grab(QRect(at, QSize(1, 1))).toImage().pixelColor(0, 0);
}

QString name(QObject* object) {
  QStringList path;
  for (QObject* o = object; o; o = o->parent())
    if (!o->objectName().isEmpty()) path.prepend(o->objectName());
  return path.join('/') + " (" + object->metaObject()->className() + ")";
}

// The frame of one plot: background, every axis (colour scales too), legend and title text.
void checkPlot(QCustomPlot* p, const PlotTheme& t) {
  p->replot(QCustomPlot::rpImmediateRefresh);
  const QString what = name(p->parentWidget());
  QVERIFY2(pixelAt(p, QPoint(1, 1)) == t.background, qPrintable(what));
  for (QCPAxis* a : p->findChildren<QCPAxis*>()) {
    QVERIFY2(a->tickLabelColor() == t.foreground, qPrintable(what));
    QVERIFY2(a->labelColor() == t.foreground, qPrintable(what));
    QVERIFY2(a->basePen().color() == t.foreground, qPrintable(what));
  }
  for (QCPLegend* l : p->findChildren<QCPLegend*>())
    QVERIFY2(l->textColor() == t.foreground, qPrintable(what));
  for (QCPTextElement* e : p->findChildren<QCPTextElement*>())  // titles, muted notes
    QVERIFY2(contrast(e->textColor(), t.background) >= 4.5, qPrintable(what + ": " + e->text()));
  // Labels drawn on the plot (notes, the reference value) stay readable on their own background.
  for (QCPItemText* text : p->findChildren<QCPItemText*>()) {
    if (!text->visible() || text->text().isEmpty()) continue;
    const QColor under =
        text->brush().style() == Qt::NoBrush ? t.background : text->brush().color();
    QVERIFY2(contrast(text->color(), under) >= 3, qPrintable(what + ": " + text->text()));
  }
}

// Curves coloured by layer stand out from the background: viridis' dark end does not on dark.
void checkLayerCurves(QCustomPlot* p, const PlotTheme& t) {
  QVERIFY(p->graphCount() > 0);
  for (int i = 0; i < p->graphCount(); ++i) {
    const QPen pen = p->graph(i)->pen();
    QVERIFY2(contrast(pen.color(), t.background) >= 3, qPrintable(pen.color().name()));
    QVERIFY(pen.widthF() >= std::max(t.minCurveWidth, 2.0) - 1e-9);
  }
}

void checkDiagram(NetworkDiagramView* d, const PlotTheme& t) {
  QCOMPARE(pixelAt(d, QPoint(1, d->height() - 2)), t.background);
  QCOMPARE(d->colours().background, t.background);
  QCOMPARE(d->colours().ink, t.foreground);
  const DiagramLayout& layout = d->currentLayout();
  QVERIFY(!layout.links.empty());
  double strongest = 0;
  for (const LinkShape& l : layout.links)
    strongest = std::max(strongest, contrast(l.colour, t.background));
  QVERIFY2(strongest >= 3, qPrintable(QString::number(strongest)));
  for (const UnitShape& u : layout.units)
    QVERIFY(contrast(d->colours().ink, u.fill) >= 3);  // the outline around every unit shows
  QVERIFY(contrast(d->colours().dead, t.background) >= 3);
  QVERIFY(d->colours().outline >= t.lineScale);
}

// A notice's panel is dark on the dark theme and light otherwise, its text readable on it.
void checkNotice(PlotNotice* n, const PlotTheme& t) {
  n->showNotice(QStringLiteral("Every gradient is exactly 0"));
  const QImage shot = n->grab().toImage();
  const QColor panel = shot.pixelColor(shot.width() / 2, shot.height() - 5);
  QCOMPARE(luminance(panel) < 0.2, t.colors == ThemeColors::Dark);
  const QRegularExpression textColour("[^-]color: (#[0-9a-fA-F]{6})");
  const auto m = textColour.match(n->styleSheet());
  QVERIFY2(m.hasMatch(), qPrintable(n->styleSheet()));
  QVERIFY(contrast(QColor(m.captured(1)), panel) >= 4.5);
  n->hide();
}

void checkClipIndicator(ClipIndicator* c) {
  Snapshot s;
  s.clipping = s.clipped = true;
  s.step = 4;
  s.clippedSteps = 2;
  s.clipFactor = 0.5;
  c->setSnapshot(s);
  const QRegularExpression textColour("color: (#[0-9a-fA-F]{6})");
  const auto m = textColour.match(c->styleSheet());
  QVERIFY2(m.hasMatch(), qPrintable(c->styleSheet()));
  const QColor window = c->palette().color(QPalette::Window);
  QVERIFY2(contrast(QColor(m.captured(1)), window) >= 3, qPrintable(m.captured(1)));
}

}  // namespace

class ThemeTest : public QObject {
  Q_OBJECT

 private slots:
  void initTestCase() {
    QCoreApplication::setOrganizationName("GradScopeTest");
    QCoreApplication::setApplicationName("GradScopeThemeTest");
    QSettings().clear();
  }

  void everyViewFollowsEveryTheme_data() {
    QTest::addColumn<int>("colors");
    QTest::addColumn<bool>("presentation");
    for (bool f11 : {false, true})
      for (ThemeColors c : {ThemeColors::Dark, ThemeColors::HighContrast, ThemeColors::Light})
        QTest::addRow("%s%s", qPrintable(themeColorsId(c)), f11 ? " F11" : "") << int(c) << f11;
  }

  void everyViewFollowsEveryTheme() {
    QFETCH(int, colors);
    QFETCH(bool, presentation);
    MainWindow w;
    w.resize(1400, 900);
    w.show();
    w.openLesson(loadLessonFile(lessonsDir() + "/04-dead-relu.json"));
    for (QDockWidget* dock : w.parts().classroom->docks()) dock->show();
    w.run().runUntil(5);
    QTRY_VERIFY_WITH_TIMEOUT(w.run().shownStep() == 5 && !w.run().isRunning(), kWaitMs);
    QTest::qWait(3 * RunModel::kFrameMs);
    PresentationMode* mode = w.parts().presentation;
    mode->setColors(ThemeColors(colors));
    mode->setOn(presentation);
    const PlotTheme& t = PlotThemes::current();
    QCOMPARE(int(t.colors), colors);
    QCOMPARE(t.presentation, presentation);
    QTest::qWait(2 * RunModel::kFrameMs);

    QList<QCustomPlot*> plots;
    for (QWidget* top : QApplication::topLevelWidgets()) plots << top->findChildren<QCustomPlot*>();
    QVERIFY(plots.size() >= 11);  // four views, heatmap, pre-activations (2), compare, diagnostics
    for (QCustomPlot* p : plots) {
      checkPlot(p, t);
      if (QTest::currentTestFailed()) return;
    }
    DiagnosticsDocks* diagnostics = w.parts().classroom->diagnostics();
    for (QCustomPlot* p :
         {diagnostics->updateRatios()->plot(), diagnostics->activationMeans()->plot(),
          diagnostics->gradientHistograms()->plot()})
      checkLayerCurves(p, t);
    checkDiagram(w.parts().classroom->network(), t);
    const QList<PlotNotice*> notices = w.findChildren<PlotNotice*>();
    QVERIFY(!notices.isEmpty());
    for (PlotNotice* n : notices) checkNotice(n, t);
    for (ClipIndicator* c : w.findChildren<ClipIndicator*>()) checkClipIndicator(c);
    mode->setOn(false);
    mode->setColors(ThemeColors::Light);
  }

  // `gradscope --theme dark` draws this run dark (a screenshot's plots are) and leaves the stored
  // choice as it was.
  void commandLineThemeIsForThisRunOnly() {
    QTemporaryDir config;
    QVERIFY(config.isValid());
    QProcess gui;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert("QT_QPA_PLATFORM", "offscreen");
    env.insert("XDG_CONFIG_HOME", config.path());
    gui.setProcessEnvironment(env);
    const QString shot = config.filePath("dark.png");
    gui.start(GRADSCOPE_GUI_EXE, {"--theme", "dark", "--screenshot", shot, "--steps", "2"});
    QVERIFY(gui.waitForFinished(60000));
    QCOMPARE(gui.exitCode(), 0);
    const QImage image(shot);
    QVERIFY(!image.isNull());
    double sum = 0;  // the mean luminance: mostly dark panels and plots
    for (int y = 0; y < image.height(); y += 4)
      for (int x = 0; x < image.width(); x += 4) sum += luminance(image.pixelColor(x, y));
    const double mean = sum / ((image.height() + 3) / 4) / ((image.width() + 3) / 4);
    QVERIFY2(mean < 0.15, qPrintable(QString::number(mean)));
    QSettings stored(config.filePath("GradScope/GradScope.conf"), QSettings::IniFormat);
    QVERIFY(!stored.contains("theme"));
  }
};

QTEST_MAIN(ThemeTest)
#include "theme_test.moc"
