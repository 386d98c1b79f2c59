// "Lock axes" on the gradient bars and a lesson's "bars_axis" (issue 10 item 10): locked, the bars
// keep their value range across new steps, resets, runs and lessons, on a log and a linear axis;
// a bar outside the locked range is marked, never drawn at a height it does not have; Reset axes
// unlocks and fits again; lessons 2 and 3 open on the same range.
#include <qcustomplot.h>
#include <QAction>
#include <QDir>
#include <QMenu>
#include <QtTest>
#include <memory>

#include "config_json.h"
#include "data_paths.h"
#include "gradient_bars_view.h"
#include "lesson.h"
#include "loss_curve_view.h"
#include "main_window.h"
#include "pace_box.h"
#include "plot_context_menu.h"
#include "run_model.h"

using namespace gs;

namespace {

constexpr int kWaitMs = 30000;

// ReLU hidden layers: no σ′-only reference line, so the fitted range comes from the bars alone.
Snapshot snapshotOf(const std::vector<double>& norms) {
  Snapshot s;
  s.step = 1;
  for (std::size_t i = 0; i < norms.size(); ++i) {
    LayerStats l;
    l.index = int(i);
    l.activation = i + 1 == norms.size() ? ActivationKind::Linear : ActivationKind::Relu;
    l.weightGradNorm = norms[i];
    s.layers.push_back(l);
  }
  return s;
}

QCPRange rangeOf(const GradientBarsView& view) { return view.plot()->yAxis->range(); }

bool sameRange(const QCPRange& r, double lo, double hi) {
  return std::abs(r.lower - lo) <= 1e-12 * std::abs(lo) && std::abs(r.upper - hi) <= 1e-12 * hi;
}

QString shown(const QCPRange& r) { return QString("[%1, %2]").arg(r.lower).arg(r.upper); }

QVector<double> barKeys(const GradientBarsView& view) {
  QVector<double> keys;
  for (auto it = view.bars()->data()->begin(); it != view.bars()->data()->end(); ++it)
    keys << it->key;
  return keys;
}

bool sameConfig(const Config& a, const Config& b) { return configToJson(a) == configToJson(b); }

// Waits until the window shows a fresh run of `config` (the reset reached the GUI).
bool waitForFreshRun(MainWindow& w, const Config& config) {
  return QTest::qWaitFor(
      [&] {
        return sameConfig(w.config(), config) && w.run().shownStep() == 0 &&
               w.run().snapshot().layers.empty();
      },
      kWaitMs);
}

Lesson builtInLesson(const QString& file) {
  return loadLessonFile(QDir(QString::fromStdString(lessonsDir())).filePath(file).toStdString());
}

}  // namespace

class BarsLockTest : public QObject {
  Q_OBJECT

 private slots:
  void initTestCase() {
    QCoreApplication::setOrganizationName("GradScopeTest");
    QCoreApplication::setApplicationName("GradScopeTest");
  }

  void unlockedBarsFitEachSnapshot() {  // the behaviour the lock changes
    GradientBarsView view;
    view.setSnapshot(snapshotOf({1e-3, 1e-2, 1e-1}));
    const QCPRange fitted = rangeOf(view);
    view.setSnapshot(snapshotOf({1e-8, 1e-5, 1e-1}));
    QVERIFY(rangeOf(view).lower < 1e-8);
    QVERIFY(!sameRange(rangeOf(view), fitted.lower, fitted.upper));
    QVERIFY(view.belowAxisLayers().isEmpty());
  }

  void lockedLogBarsKeepTheirRangeAndMarkBarsOutsideIt() {
    GradientBarsView view;
    view.setSnapshot(snapshotOf({1e-3, 1e-2, 1e-1}));
    const QCPRange fitted = rangeOf(view);  // 1e-3/3 … 0.3
    view.setAxesLocked(true);
    QVERIFY(view.axesLocked());
    view.setSnapshot(snapshotOf({1e-8, 1e-5, 1e-1}));
    QVERIFY2(sameRange(rangeOf(view), fitted.lower, fitted.upper),
             qPrintable(shown(rangeOf(view))));
    // Under the floor: no bar (it would claim the floor's value), a ▼ at the floor, the value on
    // hover.
    QCOMPARE(view.belowAxisLayers(), QVector<int>({0, 1}));
    QCOMPARE(barKeys(view), QVector<double>({3}));
    const double marker = view.belowAxisGraph()->data()->begin()->value;
    QVERIFY(marker > fitted.lower && marker < fitted.lower * 2);
    QVERIFY(view.barToolTip(0).contains("= 1e-08"));
    QVERIFY(view.barToolTip(0).contains("below the locked axis"));
    QVERIFY(!view.barToolTip(2).contains("locked axis"));
    // Over the top: the bar is cut at the top, with a ▲.
    view.setSnapshot(snapshotOf({1e-2, 2, 50}));
    QCOMPARE(view.aboveAxisLayers(), QVector<int>({1, 2}));
    QCOMPARE(barKeys(view), QVector<double>({1, 2, 3}));
    QVERIFY(view.barToolTip(2).contains("above the locked axis"));
    // A reset (no step yet) keeps it too.
    view.clear();
    QVERIFY(sameRange(rangeOf(view), fitted.lower, fitted.upper));
    QVERIFY(view.belowAxisLayers().isEmpty() && view.aboveAxisLayers().isEmpty());
    // Reset axes: unlocked, fitted to the bars again.
    view.setSnapshot(snapshotOf({1e-8, 1e-5, 1e-1}));
    view.resetAxes();
    QVERIFY(!view.axesLocked());
    QVERIFY(rangeOf(view).lower < 1e-8);
    QVERIFY(view.belowAxisLayers().isEmpty());
    QCOMPARE(barKeys(view), QVector<double>({1, 2, 3}));
  }

  void lockedLinearBarsKeepTheirOwnRange() {
    GradientBarsView view;
    view.setSnapshot(snapshotOf({1e-3, 1e-2, 1e-1}));
    view.setAxesLocked(true);
    const QCPRange log = rangeOf(view);
    view.setLogScale(false);  // locked on log: the linear axis fits once, then keeps that
    const QCPRange linear = rangeOf(view);
    QVERIFY2(sameRange(linear, 0, 0.11), qPrintable(shown(linear)));
    view.setSnapshot(snapshotOf({0.5, 0.05, 0.01}));
    QVERIFY(sameRange(rangeOf(view), 0, 0.11));
    QCOMPARE(view.aboveAxisLayers(), QVector<int>({0}));
    view.setLogScale(true);
    QVERIFY(sameRange(rangeOf(view), log.lower, log.upper));
    view.setLogScale(false);
    QVERIFY(sameRange(rangeOf(view), 0, 0.11));
  }

  void fixedRangeLocksLogAndLinear() {
    GradientBarsView view;
    view.setFixedRange(1e-9, 1);
    QVERIFY(view.axesLocked());
    QVERIFY(sameRange(rangeOf(view), 1e-9, 1));
    view.setSnapshot(snapshotOf({1e-4, 1e-3, 1e-2}));
    QVERIFY(sameRange(rangeOf(view), 1e-9, 1));
    view.setLogScale(false);
    QVERIFY(sameRange(rangeOf(view), 0, 1));
  }

  // The same action and wording as the loss plot's, in the bars plot's right-click menu; ticking it
  // there locks, the menu's Reset axes unlocks.
  void lockAxesIsInTheBarsMenuAsOnTheLossPlot() {
    MainWindow w;
    auto* menus = w.findChild<PlotContextMenus*>();
    QVERIFY(menus);
    GradientBarsView* bars = w.parts().bars;
    std::unique_ptr<QMenu> menu(menus->menuFor(bars->plot()));
    QAction* lock = bars->lockAxesAction();
    QVERIFY(menu->actions().contains(lock));
    QCOMPARE(lock->objectName(), QString("lockAxes"));
    QVERIFY(lock->isCheckable());
    QCOMPARE(lock->text(), w.parts().loss->lockAxesAction()->text());
    QCOMPARE(lock->toolTip(), w.parts().loss->lockAxesAction()->toolTip());
    bars->setSnapshot(snapshotOf({1e-3, 1e-2, 1e-1}));
    const QCPRange fitted = rangeOf(*bars);
    lock->trigger();
    QVERIFY(bars->axesLocked());
    bars->setSnapshot(snapshotOf({1e-7, 1e-2, 1e-1}));
    QVERIFY(sameRange(rangeOf(*bars), fitted.lower, fitted.upper));
    menu->findChild<QAction*>("resetAxes")->trigger();
    QVERIFY(!bars->axesLocked());
    QVERIFY(rangeOf(*bars).lower < 1e-7);
  }

  // Lessons 2 and 3 open on their "bars_axis", which stays through steps, a reset and the next
  // lesson; a lesson without one keeps what is locked.
  void lessonBarsAxisIsAppliedAndKept() {
    MainWindow w;
    w.resize(1280, 800);
    w.show();
    QVERIFY(QTest::qWaitForWindowExposed(&w));
    const Lesson sigmoid = builtInLesson("02-deep-sigmoid.json");
    const Lesson relu = builtInLesson("03-relu-fixes-it.json");
    const Lesson chain = builtInLesson("01-sigmoid-chain.json");
    QVERIFY(sigmoid.hasBarsAxis() && !chain.hasBarsAxis());
    const double lo = sigmoid.barsAxisLo, hi = sigmoid.barsAxisHi;
    GradientBarsView* bars = w.parts().bars;
    QVERIFY(!bars->axesLocked());
    auto stepTwice = [&] {
      w.parts().pace->setPace(0);
      const long from = w.run().shownStep();
      w.run().step();
      QTRY_VERIFY_WITH_TIMEOUT(w.run().shownStep() >= from + 1, kWaitMs);
      w.run().step();
      QTRY_VERIFY_WITH_TIMEOUT(w.run().shownStep() >= from + 2, kWaitMs);
      QVERIFY(!bars->barValues().isEmpty());
    };
    w.openLesson(sigmoid);
    QVERIFY(waitForFreshRun(w, sigmoid.config));
    QVERIFY(bars->axesLocked());
    QVERIFY2(sameRange(rangeOf(*bars), lo, hi), qPrintable(shown(rangeOf(*bars))));
    stepTwice();
    QVERIFY2(sameRange(rangeOf(*bars), lo, hi), qPrintable(shown(rangeOf(*bars))));
    w.parts().reset->trigger();
    QVERIFY(waitForFreshRun(w, sigmoid.config));
    QVERIFY(sameRange(rangeOf(*bars), lo, hi));
    w.openLesson(relu);
    QVERIFY(waitForFreshRun(w, relu.config));
    stepTwice();
    QVERIFY2(sameRange(rangeOf(*bars), relu.barsAxisLo, relu.barsAxisHi),
             qPrintable(shown(rangeOf(*bars))));
    w.openLesson(chain);  // no bars_axis: what is locked stays
    QVERIFY(waitForFreshRun(w, chain.config));
    stepTwice();
    QVERIFY(bars->axesLocked());
    QVERIFY(sameRange(rangeOf(*bars), lo, hi));
    bars->resetAxes();
    QVERIFY(!sameRange(rangeOf(*bars), lo, hi));
  }
};

QTEST_MAIN(BarsLockTest)
#include "bars_lock_test.moc"
