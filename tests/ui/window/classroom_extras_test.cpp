// Issue 10 item 10: what a lecturer reached for — smoothed loss and accuracy (a debiased EMA
// against hand-computed values, the raw curve faint behind), lock axes, Help ▸ Keyboard
// shortcuts, presenter-remote keys (PageDown/PageUp, B, Esc), clickable lessons in Help ▸ Lessons,
// the "no lesson open" panel pointing to lesson 1, and the heatmap's title.
#include <qcustomplot.h>

#include <QAction>
#include <QCheckBox>
#include <QMenu>
#include <QTextBrowser>
#include <QMenuBar>
#include <QtTest>

#include "classroom_docks.h"
#include "control_panel.h"
#include "ema_smoothing.h"
#include "explanation_panel.h"
#include "gradient_bars_view.h"
#include "gradient_heatmap_view.h"
#include "help_menu.h"
#include "measure.h"
#include "layer_activations_edit.h"
#include "lesson.h"
#include "loss_curve_view.h"
#include "main_window.h"
#include "pace_box.h"
#include "pre_activation_view.h"
#include "presentation_mode.h"
#include "presenter_keys.h"
#include "trainer.h"
#include "walkthrough_panel.h"
#include "run_model.h"

using namespace gs;

namespace {
constexpr int kWaitMs = 20000;

QVector<LossPoint> noisyLoss(int n) {
  QVector<LossPoint> points;
  for (int i = 0; i < n; ++i)
    points.push_back(
        {long(i + 1), 1.0 / (1 + i) + (i % 2 ? 0.3 : -0.3), true, 0.5 + (i % 2) * 0.2});
  return points;
}
}  // namespace

class ClassroomExtrasTest : public QObject {
  Q_OBJECT

 private slots:
  void initTestCase() {
    QCoreApplication::setOrganizationName("GradScopeTest");
    QCoreApplication::setApplicationName("GradScopeClassroomExtrasTest");
  }

  // s₁ = 0.1·x₁ → s̃₁ = x₁; s₂ = 0.9·s₁ + 0.1·x₂, s̃₂ = s₂ / (1 − 0.81): by hand.
  void emaMatchesHandComputedValues() {
    const QVector<double> out = debiasedEma({4.0, 2.0, NAN, 1.0}, 0.9);
    QCOMPARE(out.size(), 4);
    QCOMPARE(out[0], 4.0);
    const double s1 = 0.4, s2 = 0.9 * s1 + 0.2;
    QVERIFY(std::abs(out[1] - s2 / (1 - 0.81)) < 1e-12);
    QCOMPARE(out[2], out[1]);  // a NaN keeps the last smoothed value
    const double s3 = 0.9 * s2 + 0.1;
    QVERIFY(std::abs(out[3] - s3 / (1 - 0.729)) < 1e-12);
    QCOMPARE(debiasedEma({3.0, 5.0}, 0.0), QVector<double>({3.0, 5.0}));
  }

  void lossIsSmoothedByDefaultWithTheRawCurveFaintBehind() {
    LossCurveView view;
    view.addPoints(noisyLoss(200));
    QCOMPARE(view.smoothing(), LossCurveView::kDefaultSmoothing);
    QVERIFY(view.smoothLossGraph()->visible());
    QVERIFY(view.smoothAccuracyGraph()->visible());
    QCOMPARE(view.smoothLossGraph()->dataCount(), 200);
    QVERIFY(view.lossGraph()->pen().color().lightness() >
            view.smoothLossGraph()->pen().color().lightness());  // faint: paler than the average
    QCOMPARE(view.smoothLossGraph()->pen().color().alpha(), 255);
    // The smoothed curve swings far less than the raw ±0.3 zig-zag.
    double rawSwing = 0, smoothSwing = 0;
    for (int i = 150; i < 199; ++i) {
      rawSwing += std::abs(view.lossGraph()->data()->at(i + 1)->value -
                           view.lossGraph()->data()->at(i)->value);
      smoothSwing += std::abs(view.smoothLossGraph()->data()->at(i + 1)->value -
                              view.smoothLossGraph()->data()->at(i)->value);
    }
    QVERIFY2(smoothSwing < rawSwing / 5,
             qPrintable(QString("%1 vs %2").arg(smoothSwing).arg(rawSwing)));
    view.setSmoothing(0);
    QVERIFY(!view.smoothLossGraph()->visible());
    QCOMPARE(view.lossGraph()->pen().color(), view.smoothLossGraph()->pen().color());
  }

  void lockedAxesStayUntilReset() {
    LossCurveView view;
    view.addPoints(noisyLoss(50));
    view.setFixedRanges(300, 0, 2);
    QVERIFY(view.axesLocked());
    view.addPoints(noisyLoss(400).mid(50));
    QCOMPARE(view.plot()->xAxis->range().upper, 300.0);
    QCOMPARE(view.plot()->yAxis->range().upper, 2.0);
    view.resetAxes();
    QVERIFY(!view.axesLocked());
    QVERIFY(view.plot()->xAxis->range().upper >= 400);
  }

  void presenterKeysStepTheWalkThroughBlankAndLeavePresentation() {
    MainWindow w;
    w.resize(1280, 800);
    w.show();
    QVERIFY(QTest::qWaitForWindowExposed(&w));
    w.parts().pace->setPace(0);
    w.run().step();
    QTRY_VERIFY_WITH_TIMEOUT(w.run().shownStep() >= 1, kWaitMs);
    w.parts().classroom->walkthroughDock()->show();
    w.parts().classroom->walkthroughDock()->raise();
    QTRY_VERIFY_WITH_TIMEOUT(!w.parts().classroom->walkthrough()->walk().rows.empty(), kWaitMs);
    const int before = w.parts().classroom->walkthrough()->revealedRows();
    QTest::keyClick(&w, Qt::Key_PageDown);
    QCOMPARE(w.parts().classroom->walkthrough()->revealedRows(), before + 1);
    QTest::keyClick(&w, Qt::Key_PageUp);
    QCOMPARE(w.parts().classroom->walkthrough()->revealedRows(), before);
    auto* keys = w.findChild<PresenterKeys*>();
    QVERIFY(keys);
    QTest::keyClick(&w, Qt::Key_B);
    QVERIFY(keys->blanked());
    const QImage blank = w.centralWidget()->grab().toImage();
    QCOMPARE(QColor(blank.pixel(blank.width() / 2, blank.height() / 2)), QColor(Qt::black));
    QTest::keyClick(&w, Qt::Key_B);
    QVERIFY(!keys->blanked());
    auto* mode = w.findChild<PresentationMode*>();
    QVERIFY(mode);
    mode->setOn(true);
    QVERIFY(mode->isOn());
    QTest::keyClick(&w, Qt::Key_Escape);
    QTRY_VERIFY_WITH_TIMEOUT(!mode->isOn(), kWaitMs);
  }

  void helpListsTheShortcutsAndLinksTheLessons() {
    MainWindow w;
    QAction* shortcuts = w.findChild<QAction*>("shortcutsAction");
    QVERIFY(shortcuts);
    QVERIFY(shortcuts->shortcut() == QKeySequence(QKeySequence::HelpContents));
    bool inHelp = false;  // it is an entry of the Help menu
    for (QAction* menu : w.menuBar()->actions())
      if (menu->menu() && menu->menu()->actions().contains(shortcuts)) inHelp = true;
    QVERIFY(inHelp);
    const QString html = PresenterKeys::shortcutsHtml();
    for (const char* key : {"Space", "Page Down", "F11", "Esc", "+ / −"})
      QVERIFY2(html.contains(key), key);
    const QString lessons = lessonsHelpText(GRADSCOPE_LESSON_DIR, "en");
    QVERIFY2(lessons.contains("href=\"lesson:01-sigmoid-chain\""), qPrintable(lessons));
  }

  void noLessonPanelPointsToLessonOne() {
    ExplanationPanel panel;
    QVERIFY(panel.body()->toPlainText().contains("The sigmoid chain"));
    QVERIFY(panel.body()->toPlainText().contains("lesson 1"));
  }

  // Issue 10 item 5: over lessons 1–2 and the default settings, several seeds and many steps, no
  // bar exceeds a line whose legend calls it a bound; the σ′-only line is not called one.
  void noBarExceedsALineCalledABound() {
    std::vector<Config> configs = {
        loadLessonFile(GRADSCOPE_LESSON_DIR "/01-sigmoid-chain.json").config,
        loadLessonFile(GRADSCOPE_LESSON_DIR "/02-deep-sigmoid.json").config, Config()};
    GradientBarsView view;
    int trueBounds = 0, references = 0;
    for (const Config& base : configs)
      for (std::uint64_t seed : {1u, 42u, 99u}) {
        Config c = base;
        c.seed = seed;
        Trainer t(c);
        for (int step = 0; step < 300; ++step) {
          const Snapshot s = t.step();
          if (step % 20 != 19) continue;
          for (Measure m : gradientMeasures()) {
            view.setMeasure(m);
            view.setSnapshot(s);
            if (!view.boundVisible()) continue;
            const QString name = view.boundGraph()->name();
            if (!name.contains("bound", Qt::CaseInsensitive)) {
              ++references;
              QVERIFY(name.contains("reference"));
              continue;
            }
            ++trueBounds;
            const QVector<double> bars = view.barValues();
            int i = 0;
            for (auto it = view.boundGraph()->data()->constBegin();
                 it != view.boundGraph()->data()->constEnd(); ++it, ++i)
              QVERIFY2(bars[i] <= it->value * (1 + 1e-12),
                       qPrintable(QString("seed %1 step %2 layer %3: %4 > %5")
                                      .arg(seed)
                                      .arg(s.step)
                                      .arg(i)
                                      .arg(bars[i])
                                      .arg(it->value)));
          }
        }
      }
    QVERIFY(trueBounds > 0 && references > 0);
    view.setMeasure(Measure::WeightGradNorm);
    QVERIFY(view.barToolTip(0).contains("‖W‖₂ = "));
    QVERIFY(view.barToolTip(0).contains("mean f′ = "));
  }

  void perLayerActivationsInTheWindow() {
    LayerActivations layers;
    QCOMPARE(LayerActivationsEdit::parse("sigmoid, ReLU, -, tanh", &layers), QString());
    QCOMPARE(int(layers.size()), 4);
    QCOMPARE(*layers[1], ActivationKind::Relu);
    QVERIFY(!layers[2]);
    const QString bad = LayerActivationsEdit::parse("sigmoid, foo", nullptr);
    QVERIFY2(bad.contains("layer 2") && bad.contains("foo") && bad.contains("leaky_relu"),
             qPrintable(bad));
    MainWindow w;
    w.parts().pace->setPace(0);
    auto* edit = w.parts().controls->findChild<LayerActivationsEdit*>("layerActivations");
    QVERIFY(edit);
    edit->setText("relu, relu");
    emit edit->editingFinished();
    QCOMPARE(int(w.config().layerActivations.size()), 2);
    w.run().step();
    QTRY_VERIFY_WITH_TIMEOUT(w.run().shownStep() >= 1, kWaitMs);
    QVERIFY(w.run().snapshot().layers[0].activation == ActivationKind::Relu);
    QVERIFY(w.run().snapshot().layers[2].activation == ActivationKind::Sigmoid);
  }

  // Issue 10 item 6: a dead layer's z all in [−1.2, −0.9] is drawn as wide filled bars (each at
  // least 1/40 of the axis), every count kept, all of them left of zero.
  void narrowHistogramIsDrawnAsReadableFilledBars() {
    Snapshot s;
    LayerStats l;
    l.activation = ActivationKind::Relu;
    l.fanIn = l.fanOut = 4;
    l.saturatedFraction = std::nan("");  // as core reports it for ReLU
    l.preActivation.lo = -1.2;
    l.preActivation.hi = -0.9;
    l.preActivation.counts.assign(40, 0);
    l.preActivation.counts[3] = 50;
    l.preActivation.counts[30] = 14;
    s.layers = {l, l};
    PreActivationView view;
    view.resize(640, 480);
    view.setSnapshot(s);
    view.setLayer(0);
    const QCPRange axis = view.plot()->xAxis->range();
    QVERIFY(view.histogramBars()->width() >= axis.size() / 40 - 1e-9);
    QVERIFY(view.histogramBars()->pen().style() != Qt::NoPen);
    double total = 0;
    for (auto it = view.histogramBars()->data()->constBegin();
         it != view.histogramBars()->data()->constEnd(); ++it) {
      total += it->value;
      if (it->value > 0) QVERIFY(it->key + view.histogramBars()->width() / 2 <= 0);
    }
    QCOMPARE(total, 64.0);
    QVERIFY(view.statusText().contains("dead"));
    QVERIFY(!view.statusText().contains("saturated"));
  }

  void heatmapHasATitle() {
    GradientHeatmapView view;
    QStringList texts;
    for (QCPTextElement* e : view.plot()->findChildren<QCPTextElement*>())
      if (e->visible()) texts << e->text();
    QVERIFY2(texts.contains("Gradient per layer over the run"), qPrintable(texts.join(" | ")));
  }
};

QTEST_MAIN(ClassroomExtrasTest)
#include "classroom_extras_test.moc"
