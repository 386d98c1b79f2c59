// Presentation mode and themes: F11 hides the settings and sets the presentation theme, which every
// plot applies itself (large text, thick lines, the Okabe–Ito palette); F11 again gives back the
// very same pixels; View ▸ Theme recolours every plot and is remembered.
#include <qcustomplot.h>

#include <QAction>
#include <QCheckBox>
#include <QDir>
#include <QDockWidget>
#include <QSettings>
#include <QStyleOptionButton>
#include <QTabBar>
#include <QtTest>

#include "classroom_docks.h"
#include "data_paths.h"
#include "gradient_bars_view.h"
#include "loss_curve_view.h"
#include "main_window.h"
#include "plot_theme.h"
#include "presentation_mode.h"
#include "run_model.h"

using namespace gs;

namespace {

constexpr int kWaitMs = 30000;

// Lets every queued replot and layout happen, then grabs the whole window.
QImage settledGrab(MainWindow& w) {
  for (int i = 0; i < 3; ++i) {
    QTest::qWait(3 * RunModel::kFrameMs);
    for (QCustomPlot* plot : w.findChildren<QCustomPlot*>())
      plot->replot(QCustomPlot::rpImmediateRefresh);
  }
  return w.grab().toImage();
}

// How many pixels differ, and where the first one is.
QString difference(const QImage& a, const QImage& b) {
  if (a.size() != b.size())
    return QString("sizes %1x%2 and %3x%4")
        .arg(a.width())
        .arg(a.height())
        .arg(b.width())
        .arg(b.height());
  int count = 0;
  QPoint first;
  for (int y = 0; y < a.height(); ++y)
    for (int x = 0; x < a.width(); ++x)
      if (a.pixel(x, y) != b.pixel(x, y) && count++ == 0) first = QPoint(x, y);
  return count == 0 ? QString()
                    : QString("%1 pixels differ, the first at (%2, %3)")
                          .arg(count)
                          .arg(first.x())
                          .arg(first.y());
}

// The colour a plot shows in its top-left corner: its background.
QColor cornerOf(QCustomPlot* plot) {
  plot->replot(QCustomPlot::rpImmediateRefresh);
  return plot->grab(QRect(1, 1, 2, 2)).toImage().pixelColor(0, 0);
}

void roundTrip(MainWindow& w, const char* what) {
  const QImage before = settledGrab(w);
  QAction* f11 = w.parts().presentation->action();
  f11->trigger();
  QVERIFY(w.parts().presentation->isOn());
  const QImage during = settledGrab(w);
  QVERIFY2(!difference(before, during).isEmpty(), what);  // it did change something
  f11->trigger();
  QVERIFY(!w.parts().presentation->isOn());
  const QImage after = settledGrab(w);
  const QString diff = difference(before, after);
  if (!diff.isEmpty()) {
    before.save(QDir::temp().filePath(QString("f11-before-%1.png").arg(what)));
    after.save(QDir::temp().filePath(QString("f11-after-%1.png").arg(what)));
  }
  QVERIFY2(diff.isEmpty(), qPrintable(QString("%1: %2").arg(what, diff)));
}

}  // namespace

class PresentationModeTest : public QObject {
  Q_OBJECT

 private slots:
  void initTestCase() {
    QCoreApplication::setOrganizationName("GradScopeTest");
    QCoreApplication::setApplicationName("GradScopePresentationTest");
    QSettings().clear();
  }

  void hidesTheControlsAndEveryPlotTakesThePresentationTheme() {
    MainWindow w;
    w.resize(1400, 900);
    w.show();
    PresentationMode* mode = w.parts().presentation;
    QDockWidget* dock = w.parts().settingsDock;
    QVERIFY(dock->isVisible());
    const int fontBefore = w.font().pointSize();
    QCOMPARE(mode->action()->shortcut(), QKeySequence(Qt::Key_F11));
    mode->action()->trigger();
    QVERIFY(mode->isOn());
    QVERIFY(!dock->isVisible());
    const PlotTheme& theme = PlotThemes::current();
    QVERIFY(theme.presentation);
    QVERIFY(w.font().pointSizeF() > fontBefore);
    const QList<QCustomPlot*> plots = w.findChildren<QCustomPlot*>();
    QVERIFY(plots.size() >= 7);  // four views, heatmap, pre-activations (2), compare
    for (QCustomPlot* p : plots) {
      QCOMPARE(p->xAxis->tickLabelFont().pointSizeF(), theme.fontPoints);
      for (int i = 0; i < p->plottableCount(); ++i) {
        auto* g = qobject_cast<QCPGraph*>(p->plottable(i));
        if (!g) continue;
        if (g->pen().style() != Qt::NoPen && g->lineStyle() != QCPGraph::lsNone)
          QVERIFY2(g->pen().widthF() >= theme.minCurveWidth, qPrintable(g->name()));
        // Markers stay visible: a scatter style draws with its own pen or the graph's.
        if (!g->scatterStyle().isNone()) {
          const QPen marker = g->scatterStyle().isPenDefined() ? g->scatterStyle().pen() : g->pen();
          QVERIFY2(marker.style() != Qt::NoPen || g->scatterStyle().brush().style() != Qt::NoBrush,
                   qPrintable(g->name()));
        }
      }
    }
    QCOMPARE(w.parts().bars->bars()->brush().color(), theme.bars);
    QCOMPARE(w.parts().loss->smoothLossGraph()->pen().color(), theme.loss);  // raw: faint behind it
    mode->action()->trigger();
    QVERIFY(!mode->isOn());
    QVERIFY(dock->isVisible());
    QCOMPARE(w.font().pointSize(), fontBefore);
    QVERIFY(!PlotThemes::current().presentation);
  }

  // F11 twice gives back the same pixels: a fresh window, a lesson, and a run paused mid-way.
  void f11TwiceGivesBackTheSamePixels() {
    MainWindow w;
    w.resize(1280, 800);
    w.show();
    QVERIFY(QTest::qWaitForWindowExposed(&w));
    roundTrip(w, "fresh");
    if (QTest::currentTestFailed()) return;
    w.openLesson(loadLessonFile(lessonsDir() + "/04-dead-relu.json"));
    w.run().runUntil(1);
    QTRY_VERIFY_WITH_TIMEOUT(w.run().shownStep() == 1 && !w.run().isRunning(), kWaitMs);
    roundTrip(w, "lesson");
    if (QTest::currentTestFailed()) return;
    w.parts().play->trigger();
    QTRY_VERIFY_WITH_TIMEOUT(w.run().shownStep() > 10, kWaitMs);
    w.run().pause();
    QTRY_VERIFY_WITH_TIMEOUT(!w.run().isRunning(), kWaitMs);
    roundTrip(w, "steps");
  }

  // View ▸ Theme recolours every plot (its background shows it), is stored, and combines with
  // presentation mode.
  void everyPlotFollowsTheThemeAndTheChoiceIsKept() {
    MainWindow w;
    w.resize(1280, 800);
    w.show();
    PresentationMode* mode = w.parts().presentation;
    const QList<QCustomPlot*> plots = w.findChildren<QCustomPlot*>();
    for (ThemeColors colors : {ThemeColors::Dark, ThemeColors::HighContrast, ThemeColors::Light}) {
      mode->setColors(colors);
      const PlotTheme& theme = PlotThemes::current();
      QCOMPARE(theme.colors, colors);
      QCOMPARE(QSettings().value("theme").toString(), themeColorsId(colors));
      for (QCustomPlot* p : plots) {
        QCOMPARE(cornerOf(p), theme.background);
        QCOMPARE(p->xAxis->basePen().color(), theme.foreground);
        QCOMPARE(p->xAxis->tickLabelColor(), theme.foreground);
      }
      QCOMPARE(w.parts().bars->bars()->brush().color(), theme.bars);
    }
    mode->setColors(ThemeColors::Dark);
    mode->setOn(true);
    QVERIFY(PlotThemes::current().presentation);
    QCOMPARE(PlotThemes::current().colors, ThemeColors::Dark);
    mode->setOn(false);
    QCOMPARE(PlotThemes::current().colors, ThemeColors::Dark);
    MainWindow again;  // the next window starts with the stored choice
    QCOMPARE(again.parts().presentation->colors(), ThemeColors::Dark);
    mode->setColors(ThemeColors::Light);
  }

  // The tabbed teaching docks show whole titles in presentation mode and get their look back.
  void dockTabsShowWholeTitlesAndAreRestored() {
    MainWindow w;
    w.resize(1400, 900);
    w.show();
    QVERIFY(QTest::qWaitForWindowExposed(&w));
    QList<QTabBar*> bars = w.findChildren<QTabBar*>(QString(), Qt::FindDirectChildrenOnly);
    QVERIFY(!bars.isEmpty());
    QVector<Qt::TextElideMode> elide;
    QVector<bool> scrolls;
    for (QTabBar* bar : bars) {
      elide << bar->elideMode();
      scrolls << bar->usesScrollButtons();
    }
    PresentationMode* mode = w.parts().presentation;
    mode->setOn(true);
    for (QTabBar* bar : bars) {
      QCOMPARE(bar->elideMode(), Qt::ElideNone);
      QVERIFY(!bar->usesScrollButtons());
    }
    mode->setOn(false);
    for (int i = 0; i < bars.size(); ++i) {
      QCOMPARE(bars[i]->elideMode(), elide[i]);
      QCOMPARE(bars[i]->usesScrollButtons(), scrolls[i]);
      QVERIFY(!bars[i]->testAttribute(Qt::WA_SetFont));  // inherits the window's font again
      QCOMPARE(bars[i]->font().pointSize(), w.font().pointSize());
    }
  }

  void checkBoxesGrowAndAreRestored() {
    MainWindow w;
    w.show();
    QVERIFY(QTest::qWaitForWindowExposed(&w));
    const QList<QCheckBox*> boxes = w.findChildren<QCheckBox*>();
    QVERIFY(!boxes.isEmpty());
    auto indicatorWidth = [](QCheckBox* box) {
      QStyleOptionButton option;
      option.initFrom(box);
      return box->style()->subElementRect(QStyle::SE_CheckBoxIndicator, &option, box).width();
    };
    QVector<int> before;
    for (QCheckBox* box : boxes) before << indicatorWidth(box);
    PresentationMode* mode = w.parts().presentation;
    mode->setOn(true);
    for (int i = 0; i < boxes.size(); ++i)
      QCOMPARE(indicatorWidth(boxes[i]), before[i] * PresentationMode::kIndicatorScale);
    mode->setOn(false);
    for (int i = 0; i < boxes.size(); ++i) {
      QCOMPARE(boxes[i]->style(), QApplication::style());
      QCOMPARE(indicatorWidth(boxes[i]), before[i]);
    }
  }

  void aDockHiddenBeforeStaysHidden() {
    MainWindow w;
    w.show();
    QDockWidget* dock = w.parts().settingsDock;
    dock->hide();
    PresentationMode* mode = w.parts().presentation;
    mode->setOn(true);
    mode->setOn(false);
    QVERIFY(!dock->isVisible());
  }

  // Text in presentation mode follows the screen's height: 20 pt at 1080, 13⅓ at 720.
  void fontFollowsTheScreenHeight() {
    QCOMPARE(PresentationMode::fontPointsFor(1080), 20.0);
    QVERIFY(qAbs(PresentationMode::fontPointsFor(720) - 13.333) < 0.01);
    QCOMPARE(PresentationMode::fontPointsFor(100), PresentationMode::kMinPoints);
  }
};

QTEST_MAIN(PresentationModeTest)
#include "presentation_mode_test.moc"
