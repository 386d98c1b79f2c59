// The gradient histogram view on an axis of decades: a vanishing network's first layer is drawn
// decades left of its output layer and as a spread, not a spike; exact zeros get their own bars;
// the histogram and update-ratio plots carry titles.
#include <qcustomplot.h>

#include <QtTest>
#include <cmath>
#include <memory>

#include "gradient_histogram_view.h"
#include "layer_series_view.h"
#include "trainer.h"

using namespace gs;

namespace {

// Share-weighted mean x of a step outline, and the x extent where it is above 0.
struct Spread {
  double centre = 0, from = INFINITY, to = -INFINITY;
};
Spread spreadOf(QCPGraph* g) {
  Spread s;
  double weight = 0;
  const auto data = g->data();
  for (auto it = data->constBegin(); it + 1 != data->constEnd(); ++it) {
    const auto next = it + 1;
    if (it->value <= 0 || next->value != it->value) continue;  // one bin: two points, same height
    const double mid = (it->key + next->key) / 2;
    s.centre += it->value * mid;
    weight += it->value;
    s.from = std::min(s.from, it->key);
    s.to = std::max(s.to, next->key);
  }
  s.centre /= weight;
  return s;
}

QStringList titlesOf(QCustomPlot* plot) {
  QStringList titles;
  for (QCPTextElement* t : plot->findChildren<QCPTextElement*>()) titles << t->text();
  return titles;
}

}  // namespace

class GradientHistogramTest : public QObject {
  Q_OBJECT

 private slots:
  // Lesson 2's network: 10 sigmoid layers of 16, Xavier.
  void vanishingFirstLayerIsDecadesLeftAndNotOneBin() {
    Config c;
    c.depth = 10;
    c.activation = ActivationKind::Sigmoid;
    Trainer trainer(c);
    const Snapshot s = trainer.step();
    GradientHistogramView view;
    view.resize(800, 500);
    view.setSnapshot(s);
    const int layers = int(s.layers.size());
    QCOMPARE(view.curveCount(), layers);
    const Spread first = spreadOf(view.curve(1));
    const Spread out = spreadOf(view.curve(layers));
    // Decades apart (the x axis is log₁₀|∂L/∂W|)...
    QVERIFY2(first.centre < out.centre - 4,
             qPrintable(QString("%1 vs %2").arg(first.centre).arg(out.centre)));
    // ...and the first layer a spread over a decade or more, a visible share of the axis.
    QVERIFY2(first.to - first.from >= 1.0, qPrintable(QString::number(first.to - first.from)));
    QVERIFY((first.to - first.from) / view.plot()->xAxis->range().size() > 0.05);
    // Every layer inside the axis.
    QVERIFY(view.plot()->xAxis->range().lower < first.from);
    QVERIFY(view.plot()->xAxis->range().upper >= out.to);
    QCOMPARE(view.zeroShare(1), 0.0);  // sigmoid: no exact zeros
  }

  void exactZerosHaveTheirOwnBars() {
    Snapshot s;
    for (int l = 0; l < 3; ++l) s.layers.emplace_back();
    // Layer 1: 2 of 8 entries exactly 0, 6 in the bin [10⁻⁶, 10^−5.75); layer 2: none; layer 3:
    // all 5 zero (no bin at all).
    s.layers[0].weightGradient.lowDecade = -6;
    s.layers[0].weightGradient.counts = {6, 0, 0, 0};
    s.layers[0].weightGradient.zeros = 2;
    s.layers[1].weightGradient.lowDecade = -2;
    s.layers[1].weightGradient.counts = {1, 2, 0, 1};
    s.layers[2].weightGradient.zeros = 5;
    GradientHistogramView view;
    view.resize(800, 500);
    view.setSnapshot(s);
    QCOMPARE(view.curveCount(), 2);  // layer 3 has no nonzero entry to bin
    QVERIFY(view.curve(1) && view.curve(2) && !view.curve(3));
    QCOMPARE(view.zeroShare(1), 0.25);
    QCOMPARE(view.zeroShare(2), 0.0);
    QCOMPARE(view.zeroShare(3), 1.0);
    QCOMPARE(view.lowDecade(), -6.0);
    QCOMPARE(view.highDecade(), -1.0);
    // The zero slot is left of every bin, inside the axis.
    QVERIFY(view.zeroSlotCentre() < view.lowDecade());
    QVERIFY(view.plot()->xAxis->range().lower < view.zeroSlotCentre());
    // Layer 1's curve: 6 of 8 entries in its first bin.
    QCOMPARE(spreadOf(view.curve(1)).from, -6.0);
    QCOMPARE(view.curve(1)->data()->at(1)->value, 0.75);
    view.plot()->toPixmap(800, 500);  // lays the axes out and makes their ticks
    // Under the slot 0; powers of ten on the rest.
    const QVector<double> ticks = view.plot()->xAxis->tickVector();
    const QVector<QString> labels = view.plot()->xAxis->tickVectorLabels();
    QVERIFY(ticks.size() >= 3);
    QCOMPARE(ticks.front(), view.zeroSlotCentre());
    QCOMPARE(labels.front(), QString("0"));
    for (int i = 1; i < labels.size(); ++i)
      QCOMPARE(labels[i], QString("10") + (ticks[i] < 0 ? "⁻" : "") +
                              QString("⁰¹²³⁴⁵⁶⁷⁸⁹").at(int(std::abs(ticks[i]))));
  }

  void histogramAndRatioPlotsHaveTitles() {
    GradientHistogramView histograms;
    QVERIFY(titlesOf(histograms.plot()).contains("Gradient histograms per layer"));
    std::unique_ptr<LayerSeriesView> ratios(LayerSeriesView::updateRatios());
    QCOMPARE(ratios->title(), QString("Update-to-data ratio per layer over the run"));
    QVERIFY(titlesOf(ratios->plot()).contains(ratios->title()));
    QCOMPARE(ratios->referenceValue(), 1e-3);
    // The title sits above the plot and its colour scale, which stay side by side.
    QCOMPARE(ratios->plot()->plotLayout()->rowCount(), 2);
    QCOMPARE(
        ratios->plot()->plotLayout()->elementAt(ratios->plot()->plotLayout()->rowColToIndex(1, 1)),
        static_cast<QCPLayoutElement*>(ratios->colorScale()));
  }
};

QTEST_MAIN(GradientHistogramTest)
#include "gradient_histogram_test.moc"
