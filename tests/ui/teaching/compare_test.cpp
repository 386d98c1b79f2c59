// Compare mode: two runs on the same data and seed, in lock step, on the compare window's own
// worker thread; checked against two independent core trainers.
#include <qcustomplot.h>
#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QLabel>
#include <QtTest>
#include <cmath>

#include "compare_view.h"
#include "compare_window.h"
#include "compare_worker.h"
#include "config_json.h"
#include "main_window.h"
#include "run_model.h"
#include "trainer.h"

using namespace gs;

namespace {

constexpr int kWaitMs = 30000;

Config sigmoidNet() {
  Config c;
  c.depth = 6;
  c.width = 8;
  c.batch = 32;
  c.samples = 256;
  c.seed = 7;
  return c;
}

}  // namespace

class CompareTest : public QObject {
  Q_OBJECT

 private slots:
  void initTestCase() {
    QCoreApplication::setOrganizationName("GradScopeTest");
    QCoreApplication::setApplicationName("GradScopeTest");
  }

  void runBDiffersOnlyInActivationAndInit() {
    const Config a = sigmoidNet();
    const Config b = compareConfigB(a, ActivationKind::Relu, InitKind::HeNormal);
    QCOMPARE(b.activation, ActivationKind::Relu);
    QCOMPARE(b.init, InitKind::HeNormal);
    Config bBack = b;
    bBack.activation = a.activation;
    bBack.init = a.init;
    bBack.alpha = a.alpha;
    QCOMPARE(configToJson(bBack), configToJson(a));
  }

  void sameDataNoticesDifferentData() {
    const Config a = sigmoidNet();
    Config other = a;
    other.seed = a.seed + 1;  // another seed draws other points
    QVERIFY(
        sameData(Trainer(a), Trainer(compareConfigB(a, ActivationKind::Relu, InitKind::HeNormal))));
    QVERIFY(!sameData(Trainer(a), Trainer(other)));
  }

  void bothRunsTrainOnIdenticalDataInLockStep() {
    CompareWindow w;
    const Config a = sigmoidNet();
    w.setBaseConfig(a);
    QTRY_VERIFY_WITH_TIMEOUT(w.sameData(), kWaitMs);
    QVERIFY(w.dataNote()->text().contains("256"));
    QVERIFY(w.view()->legendLabel(CompareView::kRunA).contains("sigmoid", Qt::CaseInsensitive));
    QVERIFY(w.view()->legendLabel(CompareView::kRunB).contains("relu", Qt::CaseInsensitive));
    QVERIFY(w.view()->legendLabel(CompareView::kRunA).startsWith("A"));
    QVERIFY(w.view()->legendLabel(CompareView::kRunB).startsWith("B"));

    // Independent trainers on the same two configs: the same data points and the same batches,
    // so after one step each run's loss is exactly the reference's.
    Trainer refA(w.configA()), refB(w.configB());
    QVERIFY(refA.data().X == refB.data().X);
    QVERIFY(refA.data().y == refB.data().y);
    QCOMPARE(refA.config().seed, refB.config().seed);
    QCOMPARE(refA.config().batch, refB.config().batch);
    const Snapshot sA = refA.step(), sB = refB.step();

    w.stepOnce();
    QTRY_VERIFY_WITH_TIMEOUT(w.shownStep(0) == 1 && w.shownStep(1) == 1, kWaitMs);
    QCOMPARE(w.shownSnapshot(0).loss, sA.loss);
    QCOMPARE(w.shownSnapshot(1).loss, sB.loss);
    QVERIFY(w.shownSnapshot(0).loss != w.shownSnapshot(1).loss);  // they are different networks
    QCOMPARE(w.view()->bars(CompareView::kRunA)->data()->size(), a.depth + 1);
    QCOMPARE(w.view()->bars(CompareView::kRunB)->data()->size(), a.depth + 1);

    w.play();
    QTRY_VERIFY_WITH_TIMEOUT(w.shownStep(0) > 50, kWaitMs);
    w.pause();
    QTRY_VERIFY_WITH_TIMEOUT(!w.isTraining(), kWaitMs);
    QTest::qWait(200);
    QCOMPARE(w.shownStep(0), w.shownStep(1));  // lock step
    QVERIFY(w.view()->lossGraph(CompareView::kRunA)->data()->size() > 1);
    QVERIFY(w.view()->lossGraph(CompareView::kRunB)->data()->size() > 1);
  }

  void changingRunBRestartsBoth() {
    CompareWindow w;
    w.setBaseConfig(sigmoidNet());
    w.stepOnce();
    QTRY_COMPARE_WITH_TIMEOUT(w.shownStep(1), 1L, kWaitMs);
    auto* activation = w.findChild<QComboBox*>("compareActivationB");
    activation->setCurrentIndex(activation->findData(int(ActivationKind::Tanh)));
    QTRY_VERIFY_WITH_TIMEOUT(
        w.view()->legendLabel(CompareView::kRunB).contains("tanh", Qt::CaseInsensitive), kWaitMs);
    QCOMPARE(w.shownStep(0), 0L);
    QCOMPARE(w.configB().activation, ActivationKind::Tanh);
  }

  void theMainWindowOpensCompareWithItsConfig() {
    MainWindow m;
    Config c = sigmoidNet();
    c.depth = 3;
    m.applyConfig(c);
    m.parts().compareAction->trigger();
    QVERIFY(m.parts().compare->isVisible());
    QCOMPARE(configToJson(m.parts().compare->configA()), configToJson(m.config()));
    QTRY_VERIFY_WITH_TIMEOUT(m.parts().compare->sameData(), kWaitMs);
  }

  // Issue 10 item 7: A follows the main window while compare is open (a lesson opened after it).
  void aFollowsTheMainWindowLive() {
    MainWindow m;
    m.applyConfig(sigmoidNet());
    m.parts().compareAction->trigger();
    QVERIFY(m.parts().compare->isVisible());
    Config relu = sigmoidNet();
    relu.activation = ActivationKind::Relu;
    relu.init = InitKind::HeNormal;
    relu.depth = 5;
    m.applyConfig(relu);
    QCOMPARE(configToJson(m.parts().compare->configA()), configToJson(relu));
    // B's default differs from A: A is already ReLU + He, so B is leaky ReLU.
    QCOMPARE(m.parts().compare->configB().activation, ActivationKind::LeakyRelu);
    QTRY_VERIFY_WITH_TIMEOUT(
        m.parts().compare->view()->legendLabel(CompareView::kRunA).contains("ReLU"), kWaitMs);
    QVERIFY(!m.parts().compare->view()->legendLabel(CompareView::kRunA).contains("he_normal"));
    m.parts().compare->close();
  }

  // Every setting that differs between the remedies can be chosen for B.
  void bHasEveryRemedysControlsAndReadouts() {
    CompareWindow w;
    w.setBaseConfig(sigmoidNet());
    for (const char* name : {"compareActivationB", "compareInitB", "compareOptimizerB"})
      QVERIFY2(w.findChild<QComboBox*>(name), name);
    for (const char* name : {"compareAlphaB", "compareScaleB", "compareLrB"})
      QVERIFY2(w.findChild<QDoubleSpinBox*>(name), name);
    QVERIFY(w.findChild<QCheckBox*>("compareResidualB"));
    auto* activation = w.findChild<QComboBox*>("compareActivationB");
    activation->setCurrentIndex(activation->findData(int(ActivationKind::LeakyRelu)));
    w.findChild<QDoubleSpinBox*>("compareAlphaB")->setValue(0.2);
    w.findChild<QDoubleSpinBox*>("compareLrB")->setValue(0.05);
    w.findChild<QCheckBox*>("compareResidualB")->setChecked(true);
    const Config b = w.configB();
    QCOMPARE(b.activation, ActivationKind::LeakyRelu);
    QCOMPARE(b.effectiveAlpha(), 0.2);
    QCOMPARE(b.optimizer.lr, 0.05);
    QVERIFY(b.residual);
    // ELU's α goes up to 10 (the config's limit), leaky ReLU's slope up to 1.
    activation->setCurrentIndex(activation->findData(int(ActivationKind::Elu)));
    w.findChild<QDoubleSpinBox*>("compareAlphaB")->setValue(5.0);
    QCOMPARE(w.configB().effectiveAlpha(), 5.0);
    activation->setCurrentIndex(activation->findData(int(ActivationKind::LeakyRelu)));
    QVERIFY(w.configB().effectiveAlpha() <= Limits::kAlphaMaxLeaky);
    w.findChild<QDoubleSpinBox*>("compareAlphaB")->setValue(0.2);
    w.stepOnce();
    QTRY_VERIFY_WITH_TIMEOUT(w.shownStep(1) == 1, kWaitMs);
    QTRY_VERIFY_WITH_TIMEOUT(w.readout(1).startsWith("B: step 1, loss "), kWaitMs);
    QVERIFY(w.readout(0).startsWith("A: step 1, loss "));
  }

  void resetPutsTheLossAxisBackAndEscapeCloses() {
    CompareWindow w;
    w.setBaseConfig(sigmoidNet());
    w.show();
    QVERIFY(QTest::qWaitForWindowExposed(&w));
    w.play();
    QTRY_VERIFY_WITH_TIMEOUT(w.shownStep(0) > 40, kWaitMs);
    w.pause();
    QTRY_VERIFY_WITH_TIMEOUT(!w.isTraining(), kWaitMs);
    QCustomPlot* plot = w.view()->plot();
    auto lossX = [&] { return w.view()->lossGraph(CompareView::kRunA)->keyAxis()->range(); };
    QTRY_VERIFY_WITH_TIMEOUT(lossX().upper > 40, kWaitMs);
    w.restart();
    QTRY_VERIFY_WITH_TIMEOUT(lossX().upper <= 10, kWaitMs);
    Q_UNUSED(plot);
    QTest::keyClick(&w, Qt::Key_Escape);
    QTRY_VERIFY_WITH_TIMEOUT(!w.isVisible(), kWaitMs);
    w.show();
    QVERIFY(QTest::qWaitForWindowExposed(&w));
    QTest::keyClick(&w, Qt::Key_W, Qt::ControlModifier);
    QTRY_VERIFY_WITH_TIMEOUT(!w.isVisible(), kWaitMs);
  }
};

QTEST_MAIN(CompareTest)
#include "compare_test.moc"
