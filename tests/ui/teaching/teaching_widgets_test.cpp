// Each classroom widget gets real data and shows it (Qt Test, offscreen).
#include <qcustomplot.h>

#include <QLabel>
#include <QPushButton>
#include <QScrollArea>
#include <QScrollBar>
#include <QSignalSpy>
#include <QTableWidget>
#include <QTextBrowser>
#include <QtTest>
#include <cmath>

#include "compare_view.h"
#include "explanation_panel.h"
#include "formula_html.h"
#include "gradient_heatmap_view.h"
#include "pre_activation_view.h"
#include "teaching_fixtures.h"
#include "walkthrough_panel.h"

using namespace gs;

class ClassroomWidgetsTest : public QObject {
  Q_OBJECT

 private slots:
  void formulaHtmlUsesRealSuperscriptsAndFractions();
  void explanationPanelShowsLessonInBothLanguages();
  void heatmapHasOneCellPerLayerAndStep();
  void heatmapDrawsZeroGradientsAsMissingOnTheLogScale();
  void preActivationHistogramCountsEveryUnitAndSample();
  void preActivationCurvesComeFromTheActivation();
  void walkthroughStepsFromTheOutputToTheInput();
  void walkthroughFormatsTinyNumbersForAClass();
  void walkthroughButtonsWrapInsteadOfBeingCut();
  void walkthroughFitsItsDockWithoutScrollingAndResetsOnANewLesson();
  void compareViewLabelsBothRunsOnOneLogAxis();
  void compareViewSaysWhyADeadRunHasNoBars();
  void explanationFormulaScrollsInANarrowDock();
  void explanationFormulaShrinksToFitBeforeScrolling();
};

void ClassroomWidgetsTest::formulaHtmlUsesRealSuperscriptsAndFractions() {
  QCOMPARE(inlineFormulaHtml(QStringLiteral("0.25ᵏ")), QStringLiteral("0.25<sup>k</sup>"));
  QCOMPARE(inlineFormulaHtml(QStringLiteral("a⁽ᴸ⁻¹⁾ < nᵢₙ")),
           QStringLiteral("a<sup>(L−1)</sup> &lt; n<sub>in</sub>"));
  const QString f = formulaHtml(QStringLiteral("dJ/dw⁽ˡ⁾ = σ′ ≤ 1/4 and 2/(nᵢₙ+nₒᵤₜ)"));
  QCOMPARE(f.count(QStringLiteral("border-collapse")), 3);  // three stacked fractions
  QVERIFY(f.contains(QStringLiteral(">dJ</td>")));
  QVERIFY(f.contains(QStringLiteral(">dw<sup>(l)</sup></td>")));
  QVERIFY(f.contains(QStringLiteral(">n<sub>in</sub>+n<sub>out</sub></td>")));  // brackets dropped
  QVERIFY(!f.contains(QStringLiteral("⁽")));
  QCOMPARE(formulaHtml(QStringLiteral("a = b     c")).count(QStringLiteral("width=\"40\"")), 1);
  QCOMPARE(formulaHtml(QStringLiteral("a = b  c")).count(QStringLiteral("width=")), 0);
  const QString t = lessonTextHtml(QStringLiteral("One\nline.\n\n- a\n- b"));
  QCOMPARE(t, QStringLiteral("<p>One line.</p><ul><li>a</li><li>b</li></ul>"));
}

void ClassroomWidgetsTest::explanationPanelShowsLessonInBothLanguages() {
  const Lesson lesson = loadLessonFile(GRADSCOPE_LESSON_DIR "/01-sigmoid-chain.json");
  ExplanationPanel panel;
  panel.resize(520, 640);
  panel.setLesson(lesson);
  QCOMPARE(panel.titleText(), QStringLiteral("The sigmoid chain"));
  QVERIFY(panel.html().contains(QStringLiteral("What to look for")));
  QVERIFY(panel.body()->toPlainText().contains(QStringLiteral("0.25k")));  // 0.25<sup>k</sup>
  QVERIFY(!panel.body()->toPlainText().contains(QStringLiteral("ᵏ")));
  gs::testing::saveShot(panel, QStringLiteral("explanation-en"));
  panel.setLanguage(QStringLiteral("vi"));
  QCOMPARE(panel.titleText(), QStringLiteral("Chuỗi sigmoid"));
  // The glossary's term (glossary-vi.md): "tiêu biến", not the old "bốc hơi".
  QVERIFY(panel.body()->toPlainText().contains(QStringLiteral("tiêu biến")));
  gs::testing::saveShot(panel, QStringLiteral("explanation-vi"));
  panel.clear();
  QCOMPARE(panel.titleText(), QStringLiteral("No lesson open"));
}

void ClassroomWidgetsTest::heatmapHasOneCellPerLayerAndStep() {
  const auto run = gs::testing::train(gs::testing::smallConfig(ActivationKind::Sigmoid, 6), 40);
  GradientHeatmapView view;
  view.resize(640, 360);
  QCOMPARE(view.cellCount(), 0);
  view.setHistory(run.history);
  QCOMPARE(view.cellCount(), 7 * 40);
  QCOMPARE(view.colorMap()->data()->keySize(), 40);
  QCOMPARE(view.colorMap()->data()->valueSize(), 7);
  // The colour is log₁₀ of the measure: cell (step 40, layer 1) holds log₁₀ ‖∂L/∂W⁽¹⁾‖.
  const double v = run.history.value(0, 39, Measure::WeightGradNorm);
  QCOMPARE(view.colorMap()->data()->cell(39, 0), std::log10(v));
  QVERIFY(view.zeroNote().isEmpty());  // no exact zeros: no grey, no key
  QVERIFY(view.colorScale()->axis()->label().startsWith(QStringLiteral("log₁₀")));
  view.setMeasure(Measure::SaturatedFraction);
  QVERIFY(!view.colorScale()->axis()->label().contains(QStringLiteral("log")));
  view.setMeasure(Measure::WeightGradNorm);
  gs::testing::saveShot(view, QStringLiteral("heatmap"));
}

void ClassroomWidgetsTest::heatmapDrawsZeroGradientsAsMissingOnTheLogScale() {
  GradientHistory h(10);
  Snapshot s;
  s.layers.resize(2);
  s.layers[0].weightGradNorm = 0.0;
  s.layers[1].weightGradNorm = 1e-3;
  h.add(s);
  GradientHeatmapView view;
  view.setHistory(h);
  QCOMPARE(view.cellCount(), 2);
  QVERIFY(std::isnan(view.colorMap()->data()->cell(0, 0)));
  QCOMPARE(view.colorMap()->data()->cell(0, 1), -3.0);
  // A key under the plot says what grey means, on the log scale only.
  QVERIFY(view.zeroNote().contains(QStringLiteral("exactly 0")));
  QCOMPARE(view.plot()->plotLayout()->rowCount(), 3);  // title, map, key
  view.setMeasure(Measure::DeadFraction);
  QVERIFY(view.zeroNote().isEmpty());
  QCOMPARE(view.plot()->plotLayout()->rowCount(), 2);
}

void ClassroomWidgetsTest::preActivationHistogramCountsEveryUnitAndSample() {
  const Config c = gs::testing::smallConfig(ActivationKind::Relu, 5, 12, 48);
  const auto run = gs::testing::train(c, 20);
  PreActivationView view;
  view.resize(640, 560);
  view.setSnapshot(run.last);
  QCOMPARE(view.layer(), 4);  // by default the last hidden layer (5 hidden + the output)
  QSignalSpy changed(&view, &PreActivationView::layerChanged);
  view.setLayer(2);
  QCOMPARE(changed.count(), 1);
  double total = 0;
  for (auto it = view.histogramBars()->data()->constBegin();
       it != view.histogramBars()->data()->constEnd(); ++it)
    total += it->value;
  QCOMPARE(total, 12.0 * 48.0);                  // units × batch
  QCOMPARE(view.deadBars()->data()->size(), 5);  // the hidden ReLU layers, not the linear output
  // Issue 10 item 6: a ReLU has no "saturated" share (it would repeat the dead one).
  QCOMPARE(view.saturatedBars()->data()->size(), 0);
  const LayerStats& l = run.last.layers[2];
  QCOMPARE(view.deadBars()->data()->at(2)->value, 100.0 * l.deadFraction);
  QVERIFY2(view.statusText().startsWith(QStringLiteral("layer 3 (ReLU): dead ")),
           qPrintable(view.statusText()));
  QVERIFY(!view.statusText().contains("saturated"));
  // The legends sit under the plots (inside, they covered bars), and a title too wide for the
  // plot breaks after the layer's name instead of being cut at both ends.
  QCOMPARE(view.plot()->legend->layout(), view.plot()->plotLayout());
  QCOMPARE(view.summaryPlot()->legend->layout(), view.summaryPlot()->plotLayout());
  view.show();
  QVERIFY(QTest::qWaitForWindowExposed(&view));
  view.plot()->replot();
  QCOMPARE(view.statusElement()->text(), view.statusText());
  const QFont normal = view.statusElement()->font();
  QFont big = normal;
  big.setPointSize(48);  // presentation mode's title on a narrow dock, roughly
  view.statusElement()->setFont(big);
  view.plot()->replot();
  QCOMPARE(view.statusElement()->text(), view.statusText().replace(": ", ":\n"));
  view.statusElement()->setFont(normal);
  view.plot()->replot();
  QCOMPARE(view.statusElement()->text(), view.statusText());
  view.setLayer(99);  // clamped to the output layer
  QCOMPARE(view.layer(), 5);
  view.setLayer(2);
  view.setSnapshot(Snapshot());  // a reset: nothing to show …
  QCOMPARE(view.layer(), 0);
  view.setSnapshot(run.last);  // … then the layer asked for comes back
  QCOMPARE(view.layer(), 2);
  view.followLastHiddenLayer();
  QCOMPARE(view.layer(), 4);
  view.setLayer(2);
  gs::testing::saveShot(view, QStringLiteral("preactivation-relu"));
}

void ClassroomWidgetsTest::preActivationCurvesComeFromTheActivation() {
  const auto run = gs::testing::train(gs::testing::smallConfig(ActivationKind::Sigmoid), 10);
  PreActivationView view;
  view.resize(640, 560);
  view.setSnapshot(run.last);
  QCustomPlot* plot = view.plot();
  QCOMPARE(plot->graphCount(), 2);
  const Activation sigmoid(ActivationKind::Sigmoid);
  for (auto it = plot->graph(1)->data()->constBegin(); it != plot->graph(1)->data()->constEnd();
       ++it) {
    // σ′(z) = σ(z)(1 − σ(z)) from the closed form, not from the view
    const double s = 1 / (1 + std::exp(-it->key));
    QVERIFY(std::abs(it->value - s * (1 - s)) < 1e-12);
  }
  QVERIFY(plot->xAxis->range().lower <= -5 && plot->xAxis->range().upper >= 5);
  gs::testing::saveShot(view, QStringLiteral("preactivation-sigmoid"));
}

void ClassroomWidgetsTest::walkthroughStepsFromTheOutputToTheInput() {
  Config c = gs::testing::smallConfig(ActivationKind::Sigmoid, 10, 1, 16);
  c.dataset = DatasetKind::Sine;
  c.loss = LossKind::Mse;
  c.bias = false;
  const auto run = gs::testing::train(c, 5);
  WalkthroughPanel panel;
  panel.resize(1100, 480);
  QSignalSpy selected(&panel, &WalkthroughPanel::layerSelected);
  panel.setWalk(run.walk);
  QCOMPARE(panel.table()->rowCount(), 11);
  QCOMPARE(panel.revealedRows(), 1);
  QCOMPARE(panel.currentLayer(), 10);  // the output layer first
  QVERIFY(!panel.table()->isRowHidden(0));
  QVERIFY(panel.table()->isRowHidden(1));
  // Columns are as wide as their widest cell, rows not yet revealed included: "−1.75×10⁻¹¹" in
  // the input row is not cut when the class gets there.
  const QFontMetrics metrics(panel.table()->font());
  for (int r = 0; r < 11; ++r)
    for (int col : {int(WalkthroughPanel::kDelta), int(WalkthroughPanel::kGradient)})
      QVERIFY2(panel.table()->columnWidth(col) >=
                   metrics.horizontalAdvance(panel.table()->item(r, col)->text()),
               qPrintable(panel.table()->item(r, col)->text()));
  panel.next();
  panel.next();
  QCOMPARE(panel.currentLayer(), 8);
  QCOMPARE(selected.count(), 2);
  QCOMPARE(selected.last().at(0).toInt(), 8);
  panel.previous();
  QCOMPARE(panel.currentLayer(), 9);
  QCOMPARE(panel.table()->item(1, WalkthroughPanel::kDelta)->text(),
           WalkthroughPanel::formatNumber(run.walk.rows[1].delta));
  panel.setShowAll(true);
  for (int r = 0; r < 11; ++r) QVERIFY(!panel.table()->isRowHidden(r));
  gs::testing::saveShot(panel, QStringLiteral("walkthrough"));
  panel.setWalk(run.walk);  // a new step of the same network keeps the place
  QVERIFY(panel.showingAll());
  QSignalSpy sample(&panel, &WalkthroughPanel::sampleRequested);
  panel.findChild<QSpinBox*>()->setValue(3);
  QCOMPARE(sample.count(), 1);
  QCOMPARE(sample.last().at(0).toInt(), 2);
}

// In a narrow dock (or at presentation mode's 20 pt) the buttons move onto more rows; each keeps
// the width its text needs.
void ClassroomWidgetsTest::walkthroughButtonsWrapInsteadOfBeingCut() {
  WalkthroughPanel panel;
  QFont big = panel.font();
  big.setPointSize(20);
  panel.setFont(big);
  panel.resize(1400, 400);
  panel.show();
  QVERIFY(QTest::qWaitForWindowExposed(&panel));
  const QList<QPushButton*> buttons = panel.findChildren<QPushButton*>();
  QCOMPARE(buttons.size(), 3);
  auto rows = [&] {
    QSet<int> tops;
    for (QPushButton* b : buttons) {
      if (b->width() < b->sizeHint().width()) return -1;  // squeezed: the text is cut
      tops << b->y();
    }
    return static_cast<int>(tops.size());
  };
  QCoreApplication::processEvents();
  QCOMPARE(rows(), 1);  // wide: one row
  panel.resize(buttons[0]->sizeHint().width() + 40, 400);
  QCoreApplication::processEvents();
  QCOMPARE(rows(), 3);                                            // one button per row, none cut
  QVERIFY(panel.table()->y() > buttons[2]->geometry().bottom());  // the table stays below
}

// Issue 10 item 6: the product's seven columns fit a 460 px dock (1280×800) and a 20 pt
// presentation font in 900 px without a horizontal scroll bar; the extra columns are optional;
// a walk of another shape (a new lesson) starts scrolled back to the layer column.
void ClassroomWidgetsTest::walkthroughFitsItsDockWithoutScrollingAndResetsOnANewLesson() {
  for (const char* id : {"01-sigmoid-chain", "02-deep-sigmoid", "04-dead-relu"})
    for (auto [points, width] : {std::pair{0, 460}, {20, 900}}) {
      const Lesson lesson =
          loadLessonFile(QString(GRADSCOPE_LESSON_DIR "/%1.json").arg(id).toStdString());
      WalkthroughPanel panel;
      if (points) {
        QFont big = panel.font();
        big.setPointSize(points);
        panel.setFont(big);
      }
      panel.resize(width, 600);
      panel.show();
      QVERIFY(QTest::qWaitForWindowExposed(&panel));
      panel.setWalk(testing::train(lesson.config, 20).walk);
      panel.setShowAll(true);
      QCoreApplication::processEvents();
      QScrollBar* bar = panel.table()->horizontalScrollBar();
      QVERIFY2(bar->maximum() == 0, qPrintable(QString("%1 at %2 pt, %3 px: scrolls %4 px")
                                                   .arg(id)
                                                   .arg(points)
                                                   .arg(width)
                                                   .arg(bar->maximum())));
      testing::saveShot(panel, QString("walk-%1-%2").arg(id).arg(points));
      panel.setExtraColumns(true);
      QCoreApplication::processEvents();
      if (bar->maximum() > 0) {
        bar->setValue(bar->maximum());
        panel.setWalk(testing::train(testing::smallConfig(ActivationKind::Tanh, 3), 2).walk);
        QCOMPARE(bar->value(), 0);
      }
    }
}

void ClassroomWidgetsTest::walkthroughFormatsTinyNumbersForAClass() {
  QCOMPARE(WalkthroughPanel::formatNumber(3.1e-5), QStringLiteral("3.1e−5"));
  QCOMPARE(WalkthroughPanel::formatNumber(-6.56e-4), QStringLiteral("−6.6e−4"));
  QCOMPARE(WalkthroughPanel::formatNumber(-9.999e-5), QStringLiteral("−1.0e−4"));
  QCOMPARE(WalkthroughPanel::formatNumber(0.25), QStringLiteral("0.25"));
  QCOMPARE(WalkthroughPanel::formatNumber(0.0), QStringLiteral("0"));
  QCOMPARE(WalkthroughPanel::formatNumber(2e12), QStringLiteral("2.0e12"));
  QCOMPARE(WalkthroughPanel::formatNumber(1234.0), QStringLiteral("1.2e3"));  // not "1.23e+03"
  QCOMPARE(WalkthroughPanel::formatNumber(999.0), QStringLiteral("999"));
  // Compact (a narrow dock at presentation size): two significant digits.
  QCOMPARE(WalkthroughPanel::formatNumber(0.0966, true), QStringLiteral("0.097"));
  QCOMPARE(WalkthroughPanel::formatNumber(-0.00439, true), QStringLiteral("−4.4e−3"));
  QCOMPARE(WalkthroughPanel::formatNumber(0.247, true), QStringLiteral("0.25"));
  QCOMPARE(WalkthroughPanel::formatNumber(99.7, true), QStringLiteral("1.0e2"));  // not "1e+02"
  QCOMPARE(WalkthroughPanel::formatNumber(-1.69, true), QStringLiteral("−1.7"));
}

void ClassroomWidgetsTest::compareViewLabelsBothRunsOnOneLogAxis() {
  Config a = gs::testing::smallConfig(ActivationKind::Sigmoid, 8, 16, 64);
  Config b = a;
  b.activation = ActivationKind::Relu;
  b.init = InitKind::HeNormal;
  const auto ra = gs::testing::train(a, 60), rb = gs::testing::train(b, 60);
  CompareView view;
  view.resize(960, 420);
  view.setRunLabel(CompareView::kRunA, CompareView::describeConfig(a));
  view.setRunLabel(CompareView::kRunB, CompareView::describeConfig(b));
  view.setRun(CompareView::kRunA, ra.last, ra.history);
  view.setRun(CompareView::kRunB, rb.last, rb.history);
  // Display names, not ids (issue 10 item 7).
  QCOMPARE(view.legendLabel(CompareView::kRunA),
           QStringLiteral("A: Sigmoid, Xavier/Glorot normal, 8×16"));
  QCOMPARE(view.legendLabel(CompareView::kRunB),
           QStringLiteral("B: ReLU, He/Kaiming normal, 8×16"));
  Config adam = b;
  adam.optimizer.kind = OptimizerKind::Adam;
  adam.optimizer.lr = 0.01;
  QCOMPARE(CompareView::describeAgainst(adam, a),
           QStringLiteral("ReLU, He/Kaiming normal, 8×16, Adam lr 0.01"));
  QCOMPARE(CompareView::describeAgainst(a, adam),
           QStringLiteral("Sigmoid, Xavier/Glorot normal, 8×16, SGD lr 0.1"));
  QCOMPARE(view.bars(CompareView::kRunA)->data()->size(), 9);
  QCOMPARE(view.bars(CompareView::kRunB)->data()->size(), 9);
  QCOMPARE(view.lossGraph(CompareView::kRunA)->data()->size(), 60);
  // One value axis for both runs' bars, logarithmic and covering both.
  QCPAxis* axis = view.bars(CompareView::kRunA)->valueAxis();
  QCOMPARE(view.bars(CompareView::kRunB)->valueAxis(), axis);
  QCOMPARE(axis->scaleType(), QCPAxis::stLogarithmic);
  QVERIFY(axis->range().contains(ra.last.layers.front().weightGradNorm));
  QVERIFY(axis->range().contains(rb.last.layers.front().weightGradNorm));
  gs::testing::saveShot(view, QStringLiteral("compare"));
}

// A dead ReLU chain: every gradient exactly 0, nothing to draw on a log axis — the view says so.
void ClassroomWidgetsTest::compareViewSaysWhyADeadRunHasNoBars() {
  Config a = gs::testing::smallConfig(ActivationKind::Sigmoid, 4, 8, 32);
  const auto ra = gs::testing::train(a, 20);
  Snapshot dead = ra.last;
  for (LayerStats& s : dead.layers) s.weightGradNorm = s.weightGradMeanAbs = s.deltaRms = 0;
  CompareView view;
  view.resize(960, 420);
  QVERIFY(view.note().startsWith(QStringLiteral("No training step yet")));  // says how to start
  view.setRun(CompareView::kRunA, ra.last, ra.history);
  QCOMPARE(view.note(), QString());
  view.setRun(CompareView::kRunB, dead, ra.history);
  QCOMPARE(view.note(), QStringLiteral("B: every gradient is 0 (dead units)"));
  // The bars' log axis still labels two whole powers of ten.
  const QCPRange range = view.bars(CompareView::kRunA)->valueAxis()->range();
  QVERIFY2(range.upper / range.lower >= 10, qPrintable(QString::number(range.upper)));
  gs::testing::saveShot(view, QStringLiteral("compare-dead"));
  view.clearRun(CompareView::kRunB);
  QCOMPARE(view.note(), QString());
  view.clearRun(CompareView::kRunA);
  QVERIFY(view.note().startsWith(QStringLiteral("No training step yet")));
}

// A formula wider than the dock can be scrolled to, and nothing of it is cut off vertically.
void ClassroomWidgetsTest::explanationFormulaScrollsInANarrowDock() {
  const Lesson lesson = loadLessonFile(GRADSCOPE_LESSON_DIR "/01-sigmoid-chain.json");
  ExplanationPanel panel;
  panel.setLesson(lesson);
  panel.resize(220, 600);
  panel.show();
  QVERIFY(QTest::qWaitForWindowExposed(&panel));
  QScrollArea* area = panel.formulaArea();
  const int full = panel.formula()->sizeHint().width();
  QVERIFY2(full > area->viewport()->width(), qPrintable(QString::number(full)));
  QVERIFY(panel.formula()->width() >= full);  // not squeezed
  QVERIFY(area->horizontalScrollBar()->isVisible());
  QCOMPARE(area->horizontalScrollBar()->maximum(),
           panel.formula()->width() - area->viewport()->width());
  QVERIFY(area->viewport()->height() >= panel.formula()->sizeHint().height());
  panel.resize(1400, 600);
  QTRY_VERIFY(!area->horizontalScrollBar()->isVisible());  // fits: no scroll bar
  QVERIFY(area->viewport()->height() >= panel.formula()->sizeHint().height());
  // Presentation mode enlarges the window's font: the formula grows with it, still whole.
  QFont big = panel.font();
  big.setPointSize(24);
  panel.setFont(big);
  QVERIFY2(panel.formula()->font().pointSizeF() > 24,
           qPrintable(QString::number(panel.formula()->font().pointSizeF())));
  QTRY_VERIFY(area->viewport()->height() >= panel.formula()->sizeHint().height());
}

// A dock a little narrower than the formula (presentation mode's 20 pt font in a 30 % column):
// the formula's font shrinks so the whole chain rule stays in view, without a scroll bar.
void ClassroomWidgetsTest::explanationFormulaShrinksToFitBeforeScrolling() {
  const Lesson lesson = loadLessonFile(GRADSCOPE_LESSON_DIR "/01-sigmoid-chain.json");
  ExplanationPanel panel;
  panel.setLesson(lesson);
  panel.resize(1400, 600);
  panel.show();
  QVERIFY(QTest::qWaitForWindowExposed(&panel));
  const double base = panel.font().pointSizeF();
  QCOMPARE(panel.formula()->font().pointSizeF(), base * 1.25);
  QScrollArea* area = panel.formulaArea();
  const int natural = panel.formula()->sizeHint().width();
  panel.resize(panel.width() - area->width() + natural * 85 / 100, 600);
  QTRY_VERIFY(panel.formula()->font().pointSizeF() < base * 1.25);
  QVERIFY(panel.formula()->font().pointSizeF() >= base * 0.8);
  QVERIFY2(
      panel.formula()->sizeHint().width() <= area->width(),
      qPrintable(QString("%1 > %2").arg(panel.formula()->sizeHint().width()).arg(area->width())));
  QTRY_VERIFY(!area->horizontalScrollBar()->isVisible());
  QVERIFY(area->viewport()->height() >= panel.formula()->sizeHint().height());
  panel.resize(1400, 600);
  QTRY_COMPARE(panel.formula()->font().pointSizeF(), base * 1.25);  // room again: full size
}

QTEST_MAIN(ClassroomWidgetsTest)
#include "teaching_widgets_test.moc"
