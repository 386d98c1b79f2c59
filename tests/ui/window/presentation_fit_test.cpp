// Presentation mode fits the screen it is on. Run once per screen size (CMake passes an offscreen
// screen through QT_QPA_PLATFORM=offscreen:configfile=…, and QT_SCALE_FACTOR=2 for a 4K screen at
// device pixel ratio 2) and per language: with lesson 4 open and trained a little, F11 on, every
// plot title, axis label, tick label, legend entry, status field and dock tab is checked against
// the room it is drawn in (QFontMetrics), tick labels against their neighbours, the decision
// map for squareness, and the plots for a usable height. GRADSCOPE_FIT_SHOTS=DIR saves the grab.
#include <qcustomplot.h>

#include <QDir>
#include <QDockWidget>
#include <QLabel>
#include <QScreen>
#include <QSettings>
#include <QStatusBar>
#include <QTabBar>
#include <QtTest>
#include <cmath>

#include "activation_curve_view.h"
#include "classroom_docks.h"
#include "data_paths.h"
#include "gradient_bars_view.h"
#include "loss_curve_view.h"
#include "main_window.h"
#include "prediction_view.h"
#include "presentation_mode.h"
#include "run_model.h"
#include "translator_setup.h"

using namespace gs;

namespace {

constexpr int kWaitMs = 30000;

QString where(const QCustomPlot* plot) {
  for (const QCPTextElement* t : plot->findChildren<QCPTextElement*>())
    if (!t->text().isEmpty() && t->layout()) return t->text().section('\n', 0, 0);
  return plot->parentWidget() ? plot->parentWidget()->metaObject()->className() : "plot";
}

// Every text element in the layout: each line fits its rectangle, and the rectangle the plot.
void checkTitles(QCustomPlot* plot, QStringList* problems) {
  for (QCPTextElement* t : plot->findChildren<QCPTextElement*>()) {
    if (!t->layout() || !t->visible() || t->text().isEmpty()) continue;
    const QFontMetrics fm(t->font());
    for (const QString& line : t->text().split('\n'))
      if (fm.horizontalAdvance(line) > t->rect().width() + 1)
        *problems << QString("%1: title line \"%2\" is %3 px in %4 px")
                         .arg(where(plot), line)
                         .arg(fm.horizontalAdvance(line))
                         .arg(t->rect().width());
    if (!plot->viewport().contains(t->outerRect().adjusted(1, 1, -1, -1)))
      *problems << QString("%1: title \"%2\" leaves the plot").arg(where(plot), t->text());
  }
}

// Tick labels neither overlap each other nor run off the axis; the axis label fits its length.
void checkAxis(QCustomPlot* plot, QCPAxis* axis, QStringList* problems) {
  if (!axis->visible()) return;
  const QFontMetrics fm(axis->tickLabelFont());
  const bool horizontal = axis->orientation() == Qt::Horizontal;
  const QVector<double> ticks = axis->tickVector();
  const QVector<QString> labels = axis->tickVectorLabels();
  double lastEnd = -1e9;
  for (int i = 0; axis->tickLabels() && i < ticks.size() && i < labels.size(); ++i) {
    if (!axis->range().contains(ticks[i])) continue;
    const double at = axis->coordToPixel(ticks[i]);
    const double size = horizontal ? fm.horizontalAdvance(labels[i]) : fm.height();
    // Vertical axes run upwards: pixel positions fall as ticks rise.
    const double start = horizontal ? at - size / 2 : -at - size / 2;
    if (start < lastEnd - 1)
      *problems
          << QString("%1: tick label \"%2\" overlaps the one before").arg(where(plot), labels[i]);
    lastEnd = start + size;
  }
  if (!axis->label().isEmpty()) {
    const QFontMetrics lm(axis->labelFont());
    const int length = horizontal ? axis->axisRect()->width() : axis->axisRect()->height();
    // A vertical label may overhang its axis a little: it is centred on the axis rect.
    const int room = horizontal ? length : plot->viewport().height();
    if (lm.horizontalAdvance(axis->label()) > room)
      *problems << QString("%1: axis label \"%2\" is %3 px for %4 px")
                       .arg(where(plot), axis->label())
                       .arg(lm.horizontalAdvance(axis->label()))
                       .arg(room);
  }
}

void checkLegend(QCustomPlot* plot, QCPLegend* legend, QStringList* problems) {
  if (!legend->visible() || !legend->layout()) return;
  for (int i = 0; i < legend->itemCount(); ++i) {
    QCPAbstractLegendItem* item = legend->item(i);
    if (!item || !item->realVisibility()) continue;
    if (item->minimumOuterSizeHint().width() > item->outerRect().width() + 1 ||
        !plot->viewport().contains(item->outerRect()))
      *problems << QString("%1: a legend entry is cut (%2 px needed, %3 px given)")
                       .arg(where(plot))
                       .arg(item->minimumOuterSizeHint().width())
                       .arg(item->outerRect().width());
  }
}

void checkPlot(QCustomPlot* plot, QStringList* problems) {
  plot->replot(QCustomPlot::rpImmediateRefresh);
  checkTitles(plot, problems);
  for (QCPAxis* axis : plot->findChildren<QCPAxis*>()) checkAxis(plot, axis, problems);
  for (QCPLegend* legend : plot->findChildren<QCPLegend*>()) checkLegend(plot, legend, problems);
}

void checkStatusBar(QStatusBar* bar, QStringList* problems) {
  // On the screen: the window's content may not be taller than the window.
  const QRect inWindow(bar->mapTo(bar->window(), QPoint()), bar->size());
  if (!bar->window()->rect().contains(inWindow))
    *problems << QString("the status bar (%1 px down) leaves the window (%2 px tall)")
                     .arg(inWindow.bottom())
                     .arg(bar->window()->height());
  QList<QRect> taken;
  for (QLabel* label : bar->findChildren<QLabel*>()) {
    if (!label->isVisible() || label->text().isEmpty()) continue;
    const int needed = label->fontMetrics().horizontalAdvance(label->text());
    if (needed > label->contentsRect().width())
      *problems << QString("status \"%1\" is %2 px in %3 px")
                       .arg(label->text())
                       .arg(needed)
                       .arg(label->contentsRect().width());
    for (const QRect& other : taken)
      if (other.intersects(label->geometry()))
        *problems << QString("status \"%1\" overlaps another field").arg(label->text());
    taken << label->geometry();
  }
}

void checkTabs(const MainWindow& w, QStringList* problems) {
  for (QTabBar* bar : w.findChildren<QTabBar*>(QString(), Qt::FindDirectChildrenOnly)) {
    if (!bar->isVisible()) continue;
    for (int i = 0; i < bar->count(); ++i) {
      const int needed = bar->fontMetrics().horizontalAdvance(bar->tabText(i));
      if (needed > bar->tabRect(i).width() || !bar->rect().contains(bar->tabRect(i)))
        *problems << QString("tab \"%1\" is cut").arg(bar->tabText(i));
    }
  }
}

}  // namespace

class PresentationFitTest : public QObject {
  Q_OBJECT

 private slots:
  void initTestCase() {
    QCoreApplication::setOrganizationName("GradScopeTest");
    QCoreApplication::setApplicationName("GradScopePresentationFitTest");
    installTranslations(*qApp);  // LANGUAGE=vi: the Vietnamese window
  }

  // The first start (no saved settings) opens the window inside the screen, in both languages:
  // at 1024×768 it was 1,078 px wide (1,126 in Vietnamese), its left edge off the screen.
  void firstStartFitsTheScreen() {
    QSettings().clear();
    const QRect screen = QGuiApplication::primaryScreen()->availableGeometry();
    {
      MainWindow w;
      w.restoreSettings();
      w.show();
      QVERIFY(QTest::qWaitForWindowExposed(&w));
      QVERIFY2(screen.contains(w.frameGeometry()),
               qPrintable(QString("window %1x%2 at (%3, %4) on a %5x%6 screen")
                              .arg(w.frameGeometry().width())
                              .arg(w.frameGeometry().height())
                              .arg(w.frameGeometry().x())
                              .arg(w.frameGeometry().y())
                              .arg(screen.width())
                              .arg(screen.height())));
      w.close();
    }
    QSettings().clear();
  }

  void lessonFourFitsTheScreen() {
    const QRect screen = QGuiApplication::primaryScreen()->geometry();
    const QString size = QString("%1x%2@%3")
                             .arg(screen.width())
                             .arg(screen.height())
                             .arg(QGuiApplication::primaryScreen()->devicePixelRatio());
    MainWindow w;
    w.setLanguage(uiLanguage());
    w.resize(screen.size() * 0.9);
    w.show();
    QVERIFY(QTest::qWaitForWindowExposed(&w));
    w.openLesson(loadLessonFile(lessonsDir() + "/04-dead-relu.json"));
    w.run().runUntil(40);
    QTRY_VERIFY_WITH_TIMEOUT(w.run().shownStep() == 40 && !w.run().isRunning(), kWaitMs);
    w.parts().presentation->setOn(true);
    QTest::qWait(4 * RunModel::kFrameMs);
    QCOMPARE(w.geometry(), screen);
    if (const QString dir = qEnvironmentVariable("GRADSCOPE_FIT_SHOTS"); !dir.isEmpty())
      w.grab().save(QDir(dir).filePath(QString("fit-%1-%2.png").arg(size, uiLanguage())));

    QStringList problems;
    for (QCustomPlot* plot : w.findChildren<QCustomPlot*>())
      if (!plot->visibleRegion().isEmpty()) checkPlot(plot, &problems);  // not a tab behind
    checkStatusBar(w.statusBar(), &problems);
    checkTabs(w, &problems);
    // The four plots get a usable height.
    for (QWidget* view : std::initializer_list<QWidget*>{w.parts().bars, w.parts().activation,
                                                         w.parts().loss, w.parts().prediction}) {
      auto* plot = view->findChild<QCustomPlot*>();
      if (plot->axisRect()->height() < screen.height() / 6)
        problems << QString("%1: %2 px tall").arg(where(plot)).arg(plot->axisRect()->height());
    }
    // The decision map keeps its aspect: one unit is as long across as up.
    const Prediction& p = w.parts().prediction->prediction();
    QCustomPlot* map = w.parts().prediction->plot();
    const double across =
        std::abs(map->xAxis->coordToPixel(p.xMax) - map->xAxis->coordToPixel(p.xMin)) /
        (p.xMax - p.xMin);
    const double up =
        std::abs(map->yAxis->coordToPixel(p.yMax) - map->yAxis->coordToPixel(p.yMin)) /
        (p.yMax - p.yMin);
    QCOMPARE(p.kind, Prediction::Kind::Map);
    if (std::abs(across - up) > 0.03 * std::max(across, up))
      problems << QString("decision map: %1 px per unit across, %2 up").arg(across).arg(up);
    QVERIFY2(problems.isEmpty(), qPrintable(size + ":\n" + problems.join('\n')));
  }
};

QTEST_MAIN(PresentationFitTest)
#include "presentation_fit_test.moc"
