// The run model on its own (no window): the one owner of the run on the GUI thread. One frame per
// repaint however fast the worker trains, every step's loss delivered once and in order, a reset
// that empties the run, and the walk-through only while someone looks at it.
#include <QSignalSpy>
#include <QtTest>

#include "run_model.h"

using namespace gs;

namespace {

constexpr int kWaitMs = 20000;

Config small(int depth = 3) {
  Config c;
  c.depth = depth;
  c.width = 4;
  c.batch = 8;
  return c;
}

}  // namespace

class RunModelTest : public QObject {
  Q_OBJECT

 private slots:
  void initTestCase() { registerWorkerMetaTypes(); }

  void resetEmptiesTheRunAndReportsTheConfig() {
    RunModel run;
    QSignalSpy resets(&run, &RunModel::runReset);
    run.reset(small(5));
    QTRY_COMPARE_WITH_TIMEOUT(resets.count(), 1, kWaitMs);
    QCOMPARE(run.config().depth, 5);
    QCOMPARE(run.shownStep(), 0L);
    QVERIFY(run.snapshot().layers.empty());
    QCOMPARE(run.history().columns(), 0);
    run.runUntil(7);
    QTRY_COMPARE_WITH_TIMEOUT(run.shownStep(), 7L, kWaitMs);
    QCOMPARE(int(run.snapshot().layers.size()), 6);
    QTRY_VERIFY_WITH_TIMEOUT(run.history().columns() == 7, kWaitMs);
    run.reset(small(2));
    QTRY_COMPARE_WITH_TIMEOUT(resets.count(), 2, kWaitMs);
    QCOMPARE(run.shownStep(), 0L);
    QVERIFY(run.snapshot().layers.empty());
    QCOMPARE(run.history().columns(), 0);
  }

  // Thousands of steps a second, yet at most one frame per kFrameMs reaches the GUI thread, and
  // the frames together carry every step's loss exactly once, in order.
  void oneFramePerRepaintCarryingEveryStep() {
    RunModel run;
    run.reset(small());
    QList<long> steps;
    int frames = 0;
    connect(&run, &RunModel::frameReady, this, [&](const RunFrame& frame) {
      ++frames;
      for (const LossPoint& p : frame.loss) steps << p.step;
    });
    QElapsedTimer clock;
    clock.start();
    run.runUntil(3000);
    QTRY_VERIFY_WITH_TIMEOUT(run.shownStep() == 3000 && !run.isRunning(), kWaitMs);
    QTest::qWait(3 * RunModel::kFrameMs);
    const qint64 ms = clock.elapsed();
    QVERIFY2(frames <= ms / RunModel::kFrameMs + 2,
             qPrintable(QString("%1 frames in %2 ms").arg(frames).arg(ms)));
    QCOMPARE(steps.size(), 3000);
    for (int i = 0; i < steps.size(); ++i) QCOMPARE(steps[i], long(i + 1));
  }

  void theWalkThroughArrivesOnlyWhenWanted() {
    RunModel run;
    run.reset(small());
    run.setWalkEnabled(false);
    QSignalSpy frames(&run, &RunModel::frameReady);
    run.step();
    QTRY_COMPARE_WITH_TIMEOUT(run.shownStep(), 1L, kWaitMs);
    QTest::qWait(3 * RunModel::kFrameMs);
    QCOMPARE(run.walk().step, -1L);
    run.setWalkEnabled(true);  // the walk of the step shown arrives without another step
    QTRY_COMPARE_WITH_TIMEOUT(run.walk().step, 1L, kWaitMs);
    QVERIFY(run.walk().walk.matchesBackward);
  }

  void stopEndsTheThreadAndLaterCommandsAreIgnored() {
    RunModel run;
    run.reset(small());
    run.play();
    QTRY_VERIFY_WITH_TIMEOUT(run.shownStep() > 0, kWaitMs);
    run.stop();
    QVERIFY(!run.isThreadRunning());
    run.step();  // nothing to send it to: no crash, no change
    const long shown = run.shownStep();
    QTest::qWait(100);
    QCOMPARE(run.shownStep(), shown);
  }
};

QTEST_MAIN(RunModelTest)
#include "run_model_test.moc"
