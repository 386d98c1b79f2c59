// The whole window with its worker thread, driven the way a teacher would, offscreen.
#include <qcustomplot.h>
#include <QAction>
#include <QComboBox>
#include <QDockWidget>
#include <QMenu>
#include <QMenuBar>
#include <QSet>
#include <QSpinBox>
#include <QtTest>
#include <cmath>

#include "activation_curve_view.h"
#include "classroom_docks.h"
#include "control_panel.h"
#include "file_actions.h"
#include "gradient_bars_view.h"
#include "language_menu.h"
#include "main_window.h"
#include "pace_box.h"
#include "prediction_view.h"
#include "presentation_mode.h"
#include "run_model.h"

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
    w.parts().step->trigger();
    QTRY_COMPARE_WITH_TIMEOUT(w.run().shownStep(), 1L, kWaitMs);
    QCOMPARE(w.parts().bars->bars()->data()->size(), 11);  // 10 hidden + output
    QVERIFY(allBarsFinite(w.parts().bars));
    w.parts().step->trigger();
    QTRY_COMPARE_WITH_TIMEOUT(w.run().shownStep(), 2L, kWaitMs);
  }

  void playThenPauseStops() {
    MainWindow w;
    w.applyConfig(small(3));
    w.parts().play->trigger();
    QTRY_VERIFY_WITH_TIMEOUT(w.run().isRunning(), kWaitMs);
    QTRY_VERIFY_WITH_TIMEOUT(w.run().shownStep() > 20, kWaitMs);
    w.parts().play->trigger();  // the same action pauses
    QTRY_VERIFY_WITH_TIMEOUT(!w.run().isRunning(), kWaitMs);
    // The worker publishes its last step when it pauses; after that nothing moves.
    QTest::qWait(3 * RunModel::kFrameMs);
    const long stopped = w.run().shownStep();
    QTest::qWait(500);
    QCOMPARE(w.run().shownStep(), stopped);
  }

  void changingDepthChangesTheNumberOfBars() {
    MainWindow w;
    w.applyConfig(small(10));
    w.parts().controls->findChild<QSpinBox*>("depth")->setValue(4);
    QCOMPARE(w.config().depth, 4);
    w.run().step();
    QTRY_COMPARE_WITH_TIMEOUT(w.parts().bars->bars()->data()->size(), 5, kWaitMs);
  }

  void activationControlRedrawsTheCurve() {
    MainWindow w;
    w.applyConfig(small());
    auto* box = w.parts().controls->findChild<QComboBox*>("activation");
    box->setCurrentIndex(box->findData(int(ActivationKind::Tanh)));
    const QCPGraph* g = w.parts().activation->derivativeGraph();
    const auto at0 = g->data()->findBegin(-1e-9, false);
    QCOMPARE(at0->value, Activation(ActivationKind::Tanh).derivative(0.0));
    QCOMPARE(at0->value, 1.0);  // tanh′(0) = 1 − tanh²(0)
  }

  void boundOverlayForSigmoidOnly() {
    MainWindow w;
    w.applyConfig(small(6));
    w.run().step();
    QTRY_COMPARE_WITH_TIMEOUT(w.run().shownStep(), 1L, kWaitMs);
    QVERIFY(w.parts().bars->boundVisible());
    Config relu = small(6);
    relu.activation = ActivationKind::Relu;
    relu.init = InitKind::HeNormal;
    w.applyConfig(relu);
    QTRY_COMPARE_WITH_TIMEOUT(w.run().shownStep(), 0L, kWaitMs);
    w.run().step();
    QTRY_COMPARE_WITH_TIMEOUT(w.run().shownStep(), 1L, kWaitMs);
    QVERIFY(!w.parts().bars->boundVisible());
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
    w.run().play();
    QTRY_VERIFY_WITH_TIMEOUT(!w.problemMessage().isEmpty(), kWaitMs);
    QTRY_VERIFY_WITH_TIMEOUT(!w.run().isRunning(), kWaitMs);
    QVERIFY(w.problemMessage().contains("step"));
    QVERIFY(w.problemMessage().contains("learning rate"));
    for (auto it = w.parts().bars->bars()->data()->begin();
         it != w.parts().bars->bars()->data()->end(); ++it)
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
    w.parts().pace->setPace(0);
    w.run().runUntil(200);
    QTRY_VERIFY_WITH_TIMEOUT(w.run().shownStep() >= 200, kWaitMs);
    QTRY_VERIFY_WITH_TIMEOUT(w.parts().prediction->prediction().step >= 200, kWaitMs);
    QTest::qWait(4 * RunModel::kFrameMs);
    const QImage image = w.grab().toImage();
    QSet<QRgb> colours;
    for (int y = 0; y < image.height(); y += 2)
      for (int x = 0; x < image.width(); x += 2) colours.insert(image.pixel(x, y));
    QVERIFY2(colours.size() > 200, qPrintable(QString::number(colours.size())));
  }

  // The window builds its menus itself: Ctrl+O is one action, File ▸ Open of FileActions (which
  // also records the recent file), and every helper's entry sits in the window's own menus.
  void menusHoldEveryHelpersEntryAndOneOpenAction() {
    MainWindow w;
    QList<QAction*> opens;
    for (QAction* a : w.findChildren<QAction*>())
      if (a->shortcut() == QKeySequence(QKeySequence::Open)) opens << a;
    QCOMPARE(opens.size(), 1);
    QCOMPARE(opens.front(), w.parts().files->openAction());
    QMap<QString, QMenu*> menus;
    for (QAction* a : w.menuBar()->actions())
      if (a->menu()) menus[a->menu()->title().remove('&')] = a->menu();
    QVERIFY(menus.contains("File") && menus.contains("View") && menus.contains("Help"));
    const QList<QAction*> file = menus["File"]->actions();
    for (QAction* a :
         {w.parts().files->openAction(), w.parts().files->saveAction(),
          w.parts().files->recentMenu()->menuAction(), w.parts().files->exportMenu()->menuAction()})
      QVERIFY2(file.contains(a), qPrintable(a->text()));
    const QList<QAction*> view = menus["View"]->actions();
    QVERIFY(view.contains(w.parts().presentation->action()));
    QVERIFY(view.contains(w.parts().languages->menu()->menuAction()));
    QCOMPARE(menus["Help"]->actions().size(), 3);  // Keyboard shortcuts, Lessons…, About…
  }

  // View ▸ Walk-through on a panel that is open but behind the explanation's tab brings it to the
  // front (Qt's toggle hid it: it counts as shown); chosen again, in front, it closes.
  void viewBringsAPanelBehindATabToTheFront() {
    MainWindow w;  // the offscreen screen is narrow: the teaching panels are tabs
    w.show();
    QVERIFY(QTest::qWaitForWindowExposed(&w));
    QDockWidget* walk = w.parts().classroom->walkthroughDock();
    w.parts().classroom->explanationDock()->raise();
    QTRY_VERIFY(!walk->isHidden() && walk->visibleRegion().isEmpty());  // open, behind a tab
    walk->toggleViewAction()->trigger();
    QTRY_VERIFY(!walk->isHidden() && !walk->visibleRegion().isEmpty());
    QVERIFY(walk->toggleViewAction()->isChecked());
    walk->toggleViewAction()->trigger();
    QTRY_VERIFY(walk->isHidden());
    walk->toggleViewAction()->trigger();  // and back, in front
    QTRY_VERIFY(!walk->isHidden() && !walk->visibleRegion().isEmpty());
    // The settings too.
    QDockWidget* settings = w.parts().settingsDock;
    QTRY_VERIFY(!settings->isHidden() && settings->visibleRegion().isEmpty());
    settings->toggleViewAction()->trigger();
    QTRY_VERIFY(!settings->isHidden() && !settings->visibleRegion().isEmpty());
  }

  void closingWhileTrainingStopsTheThread() {
    MainWindow w;
    w.applyConfig(small(50));
    w.run().play();
    QTRY_VERIFY_WITH_TIMEOUT(w.run().shownStep() > 0, kWaitMs);
    QVERIFY(w.run().isThreadRunning());
    w.close();
    QVERIFY(!w.run().isThreadRunning());
  }
};

QTEST_MAIN(MainWindowTest)
#include "main_window_test.moc"
