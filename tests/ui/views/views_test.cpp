// The views draw what core computes: curves from gs::Activation, bars from gs::Snapshot.
#include <qcustomplot.h>
#include <QtTest>
#include <cmath>
#include <limits>

#include "activation_curve_view.h"
#include "gradient_bars_view.h"
#include "legend_fit.h"
#include "log_axis.h"
#include "loss_curve_view.h"

using namespace gs;

namespace {

// The graph's value at key z (sampled exactly there: 0.02 apart from −6).
double valueAt(QCPGraph* g, double z) {
  auto it = g->data()->findBegin(z - 1e-9, false);
  if (it == g->data()->constEnd() || std::abs(it->key - z) > 1e-9) return NAN;
  return it->value;
}

Snapshot snapshotOf(const std::vector<double>& norms, const std::string& hidden) {
  Snapshot s;
  s.step = 7;
  for (std::size_t i = 0; i < norms.size(); ++i) {
    LayerStats l;
    l.index = int(i);
    l.activation = i + 1 == norms.size() ? ActivationKind::Linear : *activationFromId(hidden);
    l.weightGradNorm = norms[i];
    l.weightGradMeanAbs = norms[i] / 10;
    l.deltaRms = norms[i] / 100;
    s.layers.push_back(l);
  }
  return s;
}

}  // namespace

class ViewsTest : public QObject {
  Q_OBJECT

 private slots:
  void sigmoidCurveMatchesClosedForm() {
    ActivationCurveView view;
    view.setActivation(Activation(ActivationKind::Sigmoid));
    // σ(0) = ½, σ′(0) = ¼, σ(2) = 1/(1 + e⁻²) written out independently of core.
    QCOMPARE(valueAt(view.valueGraph(), 0.0), 0.5);
    QCOMPARE(valueAt(view.derivativeGraph(), 0.0), 0.25);
    QVERIFY(std::abs(valueAt(view.valueGraph(), 2.0) - 1.0 / (1.0 + std::exp(-2.0))) < 1e-12);
    QCOMPARE(view.derivativeGraph()->data()->size(), ActivationCurveView::kSamples);
    QCOMPARE(view.maxLabel(), QString("max σ′ = 0.25 at z = 0"));
  }

  void changingActivationChangesCurves() {
    ActivationCurveView view;
    view.setActivation(Activation(ActivationKind::Sigmoid));
    view.setActivation(Activation(ActivationKind::Relu));
    const Activation relu(ActivationKind::Relu);
    for (double z : {-3.0, -0.5, 0.5, 2.0, 6.0}) {
      QCOMPARE(valueAt(view.valueGraph(), z), relu.value(z));
      QCOMPARE(valueAt(view.derivativeGraph(), z), relu.derivative(z));
    }
    QCOMPARE(valueAt(view.derivativeGraph(), 2.0), 1.0);  // ReLU′ = 1 for z > 0
    QCOMPARE(view.maxLabel(), QString("max ReLU′ = 1 for z > 0"));
    view.setActivation(Activation(ActivationKind::LeakyRelu, 0.3));
    QCOMPARE(valueAt(view.derivativeGraph(), -2.0), 0.3);  // the slope α for z < 0
    QCOMPARE(valueAt(view.valueGraph(), -2.0), -0.6);
  }

  void barsShowTheChosenMeasureInputFirst() {
    GradientBarsView view;
    view.setSnapshot(snapshotOf({1e-6, 1e-4, 1e-2, 1.0}, "relu"));
    QCOMPARE(view.bars()->data()->size(), 4);
    QCOMPARE(view.bars()->data()->at(0)->key, 1.0);
    QCOMPARE(view.bars()->data()->at(0)->value, 1e-6);  // input side on the left
    QCOMPARE(view.bars()->data()->at(3)->value, 1.0);
    view.setMeasure(Measure::DeltaRms);
    QCOMPARE(view.bars()->data()->at(3)->value, 0.01);
    QVERIFY(view.barToolTip(3).contains("0.01"));
    QVERIFY(view.barToolTip(3).contains("output layer"));
    QCOMPARE(view.plot()->yAxis->scaleType(), QCPAxis::stLogarithmic);
    view.setLogScale(false);
    QCOMPARE(view.plot()->yAxis->scaleType(), QCPAxis::stLinear);
  }

  void nonFiniteAndZeroValuesAreNotDrawnOnLog() {
    GradientBarsView view;
    view.setSnapshot(snapshotOf({NAN, 0.0, INFINITY, 0.5}, "relu"));
    QCOMPARE(view.bars()->data()->size(), 1);
    QCOMPARE(view.bars()->data()->at(0)->value, 0.5);
    QVERIFY(std::isfinite(view.plot()->yAxis->range().lower));
    QVERIFY(std::isfinite(view.plot()->yAxis->range().upper));
  }

  // A dead layer's gradient is exactly 0: no bar on a log axis, so a cross on the axis floor and
  // a legend entry say so; when every layer is 0 a note in the plot says nothing can learn.
  void zeroGradientsAreMarkedNotLeftBlank() {
    GradientBarsView view;
    QVERIFY2(view.noteText().contains("Play"), qPrintable(view.noteText()));  // no step yet
    view.setSnapshot(snapshotOf({0.0, 1e-3, 0.0, 0.5}, "relu"));
    QCOMPARE(view.zeroLayers(), (QVector<int>{0, 2}));
    QCOMPARE(view.noteText(), QString());
    QVERIFY(view.plot()->legend->itemWithPlottable(view.zerosGraph()) != nullptr);
    QVERIFY(view.barToolTip(0).contains("0 exactly"));
    QVERIFY(!view.barToolTip(1).contains("0 exactly"));
    view.setLogScale(false);
    QCOMPARE(view.zeroLayers(), (QVector<int>{0, 2}));
    view.setSnapshot(snapshotOf({0.0, 0.0, 0.0}, "relu"));
    QCOMPARE(view.zeroLayers(), (QVector<int>{0, 1, 2}));
    QVERIFY2(view.noteText().contains("exactly 0"), qPrintable(view.noteText()));
    view.setSnapshot(snapshotOf({1e-4, 1e-3, 0.5}, "relu"));
    QVERIFY(view.zeroLayers().isEmpty());
    QCOMPARE(view.noteText(), QString());
    QCOMPARE(view.plot()->legend->itemWithPlottable(view.zerosGraph()), nullptr);
    view.clear();
    QVERIFY(view.zeroLayers().isEmpty());
    QVERIFY(view.noteText().contains("Play"));
  }

  void boundOverlayForSigmoidOnly() {
    GradientBarsView view;
    view.setSnapshot(snapshotOf({1e-4, 1e-3, 1e-2, 0.8}, "relu"));
    QVERIFY(!view.boundVisible());
    view.setSnapshot(snapshotOf({1e-4, 1e-3, 1e-2, 0.8}, "sigmoid"));
    QVERIFY(view.boundVisible());
    // k layers below the output: 0.8 × 0.25ᵏ → 0.8, 0.2, 0.05, 0.0125 from the output back.
    auto data = view.boundGraph()->data();
    QCOMPARE(data->size(), 4);
    QCOMPARE(data->at(3)->value, 0.8);
    QCOMPARE(data->at(2)->value, 0.2);
    QCOMPARE(data->at(0)->value, 0.0125);
  }

  // At 1280 px the bars view is ~480 px wide; in presentation mode its fonts are 18 pt. The
  // legend wraps into rows instead of running past the plot's edge.
  void boundLegendStaysInsideANarrowPlot() {
    for (int points : {0, 18}) {
      GradientBarsView view;
      if (points) {
        QFont big = view.plot()->legend->font();
        big.setPointSize(points);
        view.plot()->legend->setFont(big);
        for (int i = 0; i < view.plot()->legend->itemCount(); ++i)
          if (auto* item = view.plot()->legend->item(i)) item->setFont(big);
      }
      view.resize(420, 320);
      view.show();
      QVERIFY(QTest::qWaitForWindowExposed(&view));
      view.setSnapshot(snapshotOf({1e-4, 1e-3, 1e-2, 0.8}, "sigmoid"));
      view.plot()->replot();
      QCPLegend* legend = view.plot()->legend;
      QCOMPARE(legend->itemCount() >= 2, true);
      for (int i = 0; i < legend->elementCount(); ++i) {
        QCPLayoutElement* item = legend->elementAt(i);
        if (!item) continue;
        const QRect r = item->outerRect();
        QVERIFY2(r.left() >= 0 && r.right() <= view.plot()->width(),
                 qPrintable(QString("%1 pt: item %2 at %3..%4 in %5 px")
                                .arg(points)
                                .arg(i)
                                .arg(r.left())
                                .arg(r.right())
                                .arg(view.plot()->width())));
      }
      // The long explanation moved to the bound entry's tooltip.
      QCPAbstractLegendItem* bound = legend->itemWithPlottable(view.boundGraph());
      QVERIFY(bound);
      QCOMPARE(view.hoverTip(bound->outerRect().center()), view.boundToolTip());
      QVERIFY(view.boundToolTip().contains("k layers below the output"));
    }
    QCOMPARE(legendColumnsThatFit({100, 200}, 8, 308), 2);
    QCOMPARE(legendColumnsThatFit({100, 200}, 8, 307), 1);
    QCOMPARE(legendColumnsThatFit({50, 50, 50}, 10, 110), 2);
    QCOMPARE(legendColumnsThatFit({}, 8, 10), 1);
  }

  // Vietnamese writes 1E-02; the log axis must still read 10⁻², as in English.
  void logAxisLabelsArePowersOfTenInEveryLocale() {
    QCOMPARE(powerOfTenLabel(0.001), QString("10⁻³"));
    QCOMPARE(powerOfTenLabel(1.0), QString("10⁰"));
    QCOMPARE(powerOfTenLabel(1e12), QString("10¹²"));
    QCOMPARE(powerOfTenLabel(0.0), QString());
    QCOMPARE(powerOfTenLabel(0.02), QString());  // not a power of ten: no label, never "10⁻²"
    GradientBarsView view;
    view.plot()->setLocale(QLocale(QLocale::Vietnamese));
    view.setSnapshot(snapshotOf({1e-4, 1e-3, 1e-2, 0.8}, "sigmoid"));
    view.plot()->replot();
    const QVector<QString> labels = view.plot()->yAxis->tickVectorLabels();
    QVERIFY(labels.size() >= 2);
    for (const QString& label : labels) QVERIFY2(label.startsWith("10"), qPrintable(label));
  }

  void lossCurveSkipsNonFiniteAndShowsAccuracy() {
    LossCurveView view;
    view.addPoints({{1, 0.7, true, 0.5}, {2, NAN, true, 0.5}, {3, 0.6, true, 0.75}});
    QCOMPARE(view.lossGraph()->data()->size(), 2);
    QCOMPARE(view.accuracyGraph()->data()->size(), 2);
    QVERIFY(view.accuracyGraph()->visible());
    view.clear();
    view.addPoints({{1, 0.3, false, 0}});
    QVERIFY(!view.accuracyGraph()->visible());
  }

  void lossCurveStaysBounded() {
    LossCurveView view;
    QVector<LossPoint> many;
    for (int i = 1; i <= LossCurveView::kMaxPoints + 10; ++i) many.push_back({i, 1.0 / i});
    view.addPoints(many);
    QVERIFY(view.lossGraph()->data()->size() <= LossCurveView::kMaxPoints);
    QVERIFY(view.lossGraph()->data()->size() > LossCurveView::kMaxPoints / 4);
  }

  // Frame after frame of a long run: the kept points stay evenly spaced from the first step to the
  // last (halving the stored points alone left the start of a long run ever sparser).
  void lossCurveSamplesALongRunEvenly() {
    LossCurveView view;
    long step = 1;
    for (int frame = 0; frame < 500; ++frame) {
      QVector<LossPoint> batch;
      for (int i = 0; i < 400; ++i, ++step) batch.push_back({step, 1.0 / step, true, 0.5});
      view.addPoints(batch);
    }
    const auto* data = view.lossGraph()->data().data();
    QVERIFY(data->size() <= LossCurveView::kMaxPoints);
    QVERIFY(data->size() > LossCurveView::kMaxPoints / 2);
    QCOMPARE(data->constBegin()->key, 1.0);  // the first step is kept
    const double gap = double(view.stride());
    QCOMPARE(gap, 16.0);  // 200,000 steps in at most 20,000 points
    for (auto it = data->constBegin() + 1; it != data->constEnd(); ++it)
      QCOMPARE(it->key - (it - 1)->key, gap);
    QCOMPARE(view.accuracyGraph()->data()->size(), data->size());
    view.clear();
    QCOMPARE(view.stride(), 1L);
  }

  // A fast, noisy run (a small network at thousands of steps per second, or lr 100) fills the
  // loss curve with segments spanning the whole height. Stroked as one antialiased polyline they
  // took 80–270 ms per replot and froze the window; drawn as separate segments, a few ms.
  void noisyLossCurveReplotsQuickly() {
    LossCurveView view;
    view.resize(470, 330);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    QVector<LossPoint> noisy;
    for (int i = 1; i <= LossCurveView::kMaxPoints; ++i)
      noisy.push_back({i, i % 2 ? 50.0 : 0.01, true, i % 3 ? 1.0 : 0.0});
    view.addPoints(noisy);
    qint64 fastest = std::numeric_limits<qint64>::max();
    for (int round = 0; round < 3; ++round) {
      QElapsedTimer clock;
      clock.start();
      view.plot()->replot(QCustomPlot::rpImmediateRefresh);
      fastest = std::min(fastest, clock.elapsed());
    }
    qInfo("noisy loss curve, %d points: fastest replot %lld ms", LossCurveView::kMaxPoints,
          fastest);
    QVERIFY2(fastest < 40, qPrintable(QString::number(fastest)));
  }
};

QTEST_MAIN(ViewsTest)
#include "views_test.moc"
