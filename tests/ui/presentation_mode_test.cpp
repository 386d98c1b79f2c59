// Presentation mode: the settings dock hides, every plot gets large fonts, thick lines and the
// Okabe–Ito palette, and turning it off restores every one of them exactly.
#include <qcustomplot.h>

#include <QAction>
#include <QCheckBox>
#include <QDockWidget>
#include <QStyleOptionButton>
#include <QTabBar>
#include <QtTest>

#include "gradient_bars_view.h"
#include "main_window.h"
#include "presentation_mode.h"

using namespace gs;

namespace {

PresentationMode* modeOf(MainWindow& w) { return w.parts().presentation; }

// Everything presentation mode changes on a plot, as one comparable text.
QString look(QCustomPlot* plot) {
  QString out;
  QDebug d(&out);
  for (QCPAxis* a : plot->findChildren<QCPAxis*>())
    d << a->labelFont().pointSize() << a->tickLabelFont().pointSize() << a->basePen()
      << a->ticker()->tickCount();
  for (int i = 0; i < plot->plottableCount(); ++i)
    d << plot->plottable(i)->pen() << plot->plottable(i)->brush();
  for (QCPLegend* l : plot->findChildren<QCPLegend*>()) d << l->font().pointSize() << l->iconSize();
  return out;
}

bool inPalette(const QColor& c) {
  for (QColor p : presentationPalette()) {
    p.setAlpha(c.alpha());
    if (p == c) return true;
  }
  return false;
}

}  // namespace

class PresentationModeTest : public QObject {
  Q_OBJECT

 private slots:
  void initTestCase() {
    QCoreApplication::setOrganizationName("GradScopeTest");
    QCoreApplication::setApplicationName("GradScopePresentationTest");
  }

  void hidesTheControlsEnlargesEveryPlotAndRestoresThem() {
    MainWindow w;
    w.resize(1400, 900);
    w.show();
    PresentationMode* mode = modeOf(w);
    auto* dock = w.parts().settingsDock;
    QVERIFY(dock && dock->isVisible());
    const QList<QCustomPlot*> plots = w.findChildren<QCustomPlot*>();
    QVERIFY(plots.size() >= 4);
    QStringList before;
    for (QCustomPlot* p : plots) before << look(p);
    const int fontBefore = w.font().pointSize();

    QCOMPARE(mode->action()->shortcut(), QKeySequence(Qt::Key_F11));
    mode->action()->trigger();
    QVERIFY(mode->isOn());
    QVERIFY(!dock->isVisible());
    QVERIFY(w.font().pointSize() >= PresentationMode::kFontPoints);
    for (QCustomPlot* p : plots) {
      QVERIFY(p->xAxis->tickLabelFont().pointSize() >= PresentationMode::kPlotFontPoints);
      for (int i = 0; i < p->plottableCount(); ++i) {
        const QPen pen = p->plottable(i)->pen();
        // Markers stay visible: a scatter style draws with its own pen or, without one, the
        // graph's (the sigmoid bound's circles, the "exactly 0" crosses).
        if (auto* g = qobject_cast<QCPGraph*>(p->plottable(i)); g && !g->scatterStyle().isNone()) {
          const QCPScatterStyle s = g->scatterStyle();
          const QPen markerPen = s.isPenDefined() ? s.pen() : g->pen();
          QVERIFY2(markerPen.style() != Qt::NoPen || s.brush().style() != Qt::NoBrush,
                   qPrintable(g->name()));
        }
        if (auto* g = qobject_cast<QCPGraph*>(p->plottable(i)); g && pen.style() != Qt::NoPen) {
          QVERIFY(pen.widthF() >= PresentationMode::kMinLineWidth);
          if (pen.color().hsvSaturation() >= 40)
            QVERIFY2(inPalette(pen.color()), qPrintable(g->name()));
        }
      }
    }
    // The gradient bars are drawn in a palette colour.
    QVERIFY(inPalette(w.parts().bars->bars()->brush().color()));

    mode->action()->trigger();
    QVERIFY(!mode->isOn());
    QVERIFY(dock->isVisible());
    QCOMPARE(w.font().pointSize(), fontBefore);
    QStringList after;
    for (QCustomPlot* p : plots) after << look(p);
    QCOMPARE(after, before);
  }

  // The tabbed teaching docks show whole titles ("Walk-through", not "Walk-th…") in presentation
  // mode, and get their own look back after it.
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
    PresentationMode* mode = modeOf(w);
    mode->setOn(true);
    for (QTabBar* bar : bars) {
      QCOMPARE(bar->elideMode(), Qt::ElideNone);
      QVERIFY(!bar->usesScrollButtons());
      QVERIFY(bar->font().pointSize() >= PresentationMode::kTabFontPoints);
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
    PresentationMode* mode = modeOf(w);
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
    auto* dock = w.parts().settingsDock;
    dock->hide();
    PresentationMode* mode = modeOf(w);
    mode->setOn(true);
    mode->setOn(false);
    QVERIFY(!dock->isVisible());
  }
};

QTEST_MAIN(PresentationModeTest)
#include "presentation_mode_test.moc"
