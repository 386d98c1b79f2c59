// The whole window with its worker thread, driven the way a teacher would, offscreen.
#include <qcustomplot.h>
#include <QAction>
#include <QComboBox>
#include <QSet>
#include <QSpinBox>
#include <QtTest>
#include <cmath>

#include "activation_curve_view.h"
#include "control_panel.h"
#include "gradient_bars_view.h"
#include "main_window.h"
#include "pace_box.h"
#include "prediction_view.h"

using namespace gs;

namespace {

constexpr int kWaitMs = 20000;

Config small(int depth = 10) {
  Config c;
  c.depth = depth;
  c.width = 8;
  c.batch = 32;
  return c;
}

bool allBarsFinite(const GradientBarsView* view) {
  for (double v : view->barValues())
    if (!std::isfinite(v) || v <= 0) return false;
  return !view->barValues().isEmpty();
}

}  // namespace

class MainWindowTest : public QObject {
  Q_OBJECT

 private slots:
  void initTestCase() {
    // Never touch a teacher's remembered settings.
    QCoreApplication::setOrganizationName("GradScopeTest");
    QCoreApplication::setApplicationName("GradScopeTest");
  }

  void stepAdvancesAndFillsOneFiniteBarPerLayer() {
    MainWindow w;
    w.applyConfig(small(10));
    w.stepAction()->trigger();
    QTRY_COMPARE_WITH_TIMEOUT(w.displayedStep(), 1L, kWaitMs);
    QCOMPARE(w.barsView()->bars()->data()->size(), 11);  // 10 hidden + output
    QVERIFY(allBarsFinite(w.barsView()));
    w.stepAction()->trigger();
    QTRY_COMPARE_WITH_TIMEOUT(w.displayedStep(), 2L, kWaitMs);
  }

  void playThenPauseStops() {
    MainWindow w;
    w.applyConfig(small(3));
    w.playAction()->trigger();
    QTRY_VERIFY_WITH_TIMEOUT(w.isTraining(), kWaitMs);
    QTRY_VERIFY_WITH_TIMEOUT(w.displayedStep() > 20, kWaitMs);
    w.playAction()->trigger();  // the same action pauses
    QTRY_VERIFY_WITH_TIMEOUT(!w.isTraining(), kWaitMs);
    // The worker publishes its last step when it pauses; after that nothing moves.
    QTest::qWait(3 * MainWindow::kFrameMs);
    const long stopped = w.displayedStep();
    QTest::qWait(500);
    QCOMPARE(w.displayedStep(), stopped);
  }

  void changingDepthChangesTheNumberOfBars() {
    MainWindow w;
    w.applyConfig(small(10));
    w.controlPanel()->findChild<QSpinBox*>("depth")->setValue(4);
    QCOMPARE(w.config().depth, 4);
    w.stepOnce();
    QTRY_COMPARE_WITH_TIMEOUT(w.barsView()->bars()->data()->size(), 5, kWaitMs);
  }

  void activationControlRedrawsTheCurve() {
    MainWindow w;
    w.applyConfig(small());
    auto* box = w.controlPanel()->findChild<QComboBox*>("activation");
    box->setCurrentIndex(box->findData(int(ActivationKind::Tanh)));
    const QCPGraph* g = w.activationView()->derivativeGraph();
    const auto at0 = g->data()->findBegin(-1e-9, false);
    QCOMPARE(at0->value, Activation(ActivationKind::Tanh).derivative(0.0));
    QCOMPARE(at0->value, 1.0);  // tanh′(0) = 1 − tanh²(0)
  }

  void boundOverlayForSigmoidOnly() {
    MainWindow w;
    w.applyConfig(small(6));
    w.stepOnce();
    QTRY_COMPARE_WITH_TIMEOUT(w.displayedStep(), 1L, kWaitMs);
    QVERIFY(w.barsView()->boundVisible());
    Config relu = small(6);
    relu.activation = ActivationKind::Relu;
    relu.init = InitKind::HeNormal;
    w.applyConfig(relu);
    QTRY_COMPARE_WITH_TIMEOUT(w.displayedStep(), 0L, kWaitMs);
    w.stepOnce();
    QTRY_COMPARE_WITH_TIMEOUT(w.displayedStep(), 1L, kWaitMs);
    QVERIFY(!w.barsView()->boundVisible());
  }

  void divergencePausesWithAPlainMessage() {
    MainWindow w;
    Config wild = small(3);
    wild.activation = ActivationKind::Relu;
    wild.init = InitKind::Normal;
    wild.initScale = 50;
    wild.optimizer.lr = 1000;
    wild.loss = LossKind::Mse;
    w.applyConfig(wild);
    w.play();
    QTRY_VERIFY_WITH_TIMEOUT(!w.problemMessage().isEmpty(), kWaitMs);
    QTRY_VERIFY_WITH_TIMEOUT(!w.isTraining(), kWaitMs);
    QVERIFY(w.problemMessage().contains("step"));
    QVERIFY(w.problemMessage().contains("learning rate"));
    for (auto it = w.barsView()->bars()->data()->begin(); it != w.barsView()->bars()->data()->end();
         ++it)
      QVERIFY(std::isfinite(it->value));
  }

  void badSettingIsReportedNotApplied() {
    MainWindow w;
    w.applyConfig(small());
    Config huge = small();
    huge.depth = Limits::kDepthMax;
    huge.width = Limits::kWidthMax;
    huge.batch = Limits::kBatchMax;  // depth × width × batch far over kCellsMax
    w.applyConfig(huge);
    QTRY_VERIFY_WITH_TIMEOUT(w.problemMessage().contains("depth × width × batch"), kWaitMs);
  }

  void windowGrabIsNotBlank() {
    MainWindow w;
    w.resize(1280, 800);
    w.show();
    w.applyConfig(small());
    w.paceBox()->setPace(0);
    w.runUntil(200);
    QTRY_VERIFY_WITH_TIMEOUT(w.displayedStep() >= 200, kWaitMs);
    QTRY_VERIFY_WITH_TIMEOUT(w.predictionView()->prediction().step >= 200, kWaitMs);
    QTest::qWait(4 * MainWindow::kFrameMs);
    const QImage image = w.grab().toImage();
    QSet<QRgb> colours;
    for (int y = 0; y < image.height(); y += 2)
      for (int x = 0; x < image.width(); x += 2) colours.insert(image.pixel(x, y));
    QVERIFY2(colours.size() > 200, qPrintable(QString::number(colours.size())));
  }

  void closingWhileTrainingStopsTheThread() {
    MainWindow w;
    w.applyConfig(small(50));
    w.play();
    QTRY_VERIFY_WITH_TIMEOUT(w.displayedStep() > 0, kWaitMs);
    QVERIFY(w.isWorkerThreadRunning());
    w.close();
    QVERIFY(!w.isWorkerThreadRunning());
  }
};

QTEST_MAIN(MainWindowTest)
#include "main_window_test.moc"
