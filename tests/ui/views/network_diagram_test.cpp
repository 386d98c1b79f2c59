// The network diagram: link widths follow |∂L/∂w| on the log scale (and |w| by sign in weight
// mode), dead and saturated units are marked, big networks are sampled with bands, a real deep
// sigmoid run draws thinner links near the input, and hovering answers with the numbers.
#include <QToolTip>
#include <QTranslator>
#include <QtTest>
#include <algorithm>

#include "network_diagram_layout.h"
#include "network_diagram_view.h"
#include "trainer.h"
#include "translator_setup.h"
#include "unit_detail.h"

using namespace gs;

namespace {

// 2 inputs → 3 hidden units → 1 output, with chosen gradients on the first layer.
Snapshot smallSnapshot(const std::vector<double>& firstGrads) {
  Snapshot s;
  s.step = 7;
  for (int l = 0; l < 2; ++l) {
    LayerStats st;
    st.index = l;
    st.fanIn = l == 0 ? 2 : 3;
    st.fanOut = l == 0 ? 3 : 1;
    s.layers.push_back(st);
    LayerUnits u;
    u.fanIn = st.fanIn;
    u.fanOut = st.fanOut;
    const std::size_t n = std::size_t(u.fanIn * u.fanOut);
    u.weights.assign(n, 0.5);
    u.weightGrads = l == 0 ? firstGrads : std::vector<double>(n, 1e-1);
    u.meanActivation.assign(std::size_t(u.fanOut), 0.2);
    u.dead.assign(std::size_t(u.fanOut), 0);
    u.saturated.assign(std::size_t(u.fanOut), 0);
    s.units.push_back(u);
  }
  return s;
}

Snapshot wideSnapshot(int depth, int width) {
  Config c;
  c.depth = depth;
  c.width = width;
  Trainer t(c);
  Snapshot s = t.step();
  s.units = unitDetail(t.network());
  return s;
}

}  // namespace

class NetworkDiagramTest : public QObject {
  Q_OBJECT

 private slots:
  void linkWidthsFollowTheGradient();
  void weightModeShowsSignAndSize();
  void deadAndSaturatedUnitsAreMarked();
  void largeNetworksAreSampledWithBands();
  void deepSigmoidLinksThinTowardTheInput();
  void hoverNamesTheNumbers();
  void speaksVietnamese();
  void allZeroGradientsAreSaidSo();
};

void NetworkDiagramTest::linkWidthsFollowTheGradient() {
  // First layer: 6 links (3 outputs × 2 inputs, row-major), gradients over 8 decades.
  const std::vector<double> g = {1e-1, -1e-2, 1e-4, -1e-5, 1e-7, 1e-9};
  const DiagramLayout d = layoutDiagram(smallSnapshot(g), QSizeF(600, 400), LinkMode::Gradient, 16);
  QVERIFY(!d.sampled);
  QCOMPARE(int(d.links.size()), 6 + 3);
  // Largest |∂L/∂w| is 1e-1: strength = 1 − decades below / 6.
  const double thick = d.links[0].width, thin = d.links[5].width;
  for (int k = 0; k < 6; ++k) {
    const double t = std::clamp(1.0 + (std::log10(std::abs(g[k])) + 1.0) / 6.0, 0.0, 1.0);
    QVERIFY2(std::abs(d.links[k].width - (thin + (thick - thin) * t)) < 1e-9,
             qPrintable(QString("link %1 width %2").arg(k).arg(d.links[k].width)));
  }
  QCOMPARE(thin, kMinLinkWidth);  // 8 decades below: at the floor
  QVERIFY(d.links[1].width < d.links[0].width);
  QVERIFY(d.links[2].width < d.links[1].width);
  QVERIFY(d.links[3].width < d.links[2].width);
  QVERIFY(d.links[0].colour.lightnessF() < d.links[3].colour.lightnessF());  // and the strength
  QCOMPARE(d.links[4].width, d.links[5].width);  // 1e-7 and 1e-9 are both ≥ 6 decades below
}

void NetworkDiagramTest::weightModeShowsSignAndSize() {
  Snapshot s = smallSnapshot(std::vector<double>(6, 1e-3));
  s.units[0].weights = {1.0, -0.5, 0.25, -1.0, 0.0, 2.0};
  const DiagramLayout d = layoutDiagram(s, QSizeF(600, 400), LinkMode::Weight, 16);
  QVERIFY(d.links[0].colour.blue() > d.links[0].colour.red());  // w > 0: blue
  QVERIFY(d.links[1].colour.red() > d.links[1].colour.blue());  // w < 0: orange
  QVERIFY(d.links[5].width > d.links[0].width);                 // |2| > |1|
  QVERIFY(d.links[0].width > d.links[1].width);                 // |1| > |−0.5|
  QCOMPARE(d.links[0].width, d.links[3].width);                 // |1| = |−1|
}

void NetworkDiagramTest::deadAndSaturatedUnitsAreMarked() {
  Snapshot s = smallSnapshot(std::vector<double>(6, 1e-3));
  s.units[0].dead = {0, 1, 0};
  s.units[0].saturated = {0, 0, 1};
  const DiagramLayout d = layoutDiagram(s, QSizeF(600, 400), LinkMode::Gradient, 16);
  QCOMPARE(int(d.units.size()), 2 + 3 + 1);
  QVERIFY(!d.units[2].dead && d.units[3].dead && !d.units[4].dead);
  QVERIFY(d.units[4].saturated && !d.units[3].saturated);
  QVERIFY(d.units[3].tip.contains("dead"));
  // Inputs and the output are labelled.
  QStringList labels;
  for (const DiagramLabel& l : d.labels) labels << l.text;
  QVERIFY(labels.contains("x₁") && labels.contains("x₂") && labels.contains("ŷ"));
  QVERIFY(labels.contains("input") && labels.contains("output"));
}

void NetworkDiagramTest::largeNetworksAreSampledWithBands() {
  const Snapshot wide = wideSnapshot(3, 40);
  const DiagramLayout d = layoutDiagram(wide, QSizeF(800, 500), LinkMode::Gradient, 16);
  QVERIFY(d.sampled);
  QVERIFY(d.links.empty());
  QCOMPARE(int(d.bands.size()), 4);         // one per layer
  QCOMPARE(int(d.unitEllipses.size()), 3);  // each 40-wide column
  QVERIFY(d.layerEllipses.empty());
  const DiagramLayout deep =
      layoutDiagram(wideSnapshot(30, 8), QSizeF(800, 500), LinkMode::Gradient, 16);
  QCOMPARE(int(deep.layerEllipses.size()), 1);
  QVERIFY(deep.unitEllipses.empty());
  QVERIFY(int(deep.bands.size()) < 31);  // no band across the layers left out
  QVERIFY(deep.bands.back().tip.contains("‖∂L/∂W‖"));
}

void NetworkDiagramTest::deepSigmoidLinksThinTowardTheInput() {
  const Snapshot s = wideSnapshot(8, 8);  // sigmoid, Xavier: vanishing toward the input
  const DiagramLayout d = layoutDiagram(s, QSizeF(900, 500), LinkMode::Gradient, 16);
  QVERIFY(!d.sampled);
  auto meanWidth = [&](std::size_t from, std::size_t count) {
    double sum = 0;
    for (std::size_t k = from; k < from + count; ++k) sum += d.links[k].width;
    return sum / double(count);
  };
  const double nearInput = meanWidth(0, 16), nearOutput = meanWidth(d.links.size() - 8, 8);
  QVERIFY2(nearInput < nearOutput,
           qPrintable(QString("input %1, output %2").arg(nearInput).arg(nearOutput)));
  // The same ordering as the layer norms the bars show.
  QVERIFY(s.layers.front().weightGradNorm < s.layers.back().weightGradNorm);
}

void NetworkDiagramTest::hoverNamesTheNumbers() {
  NetworkDiagramView view;
  view.resize(600, 400);
  view.setSnapshot(smallSnapshot({1e-1, -1e-2, 1e-4, -1e-5, 1e-7, 1e-9}));
  const DiagramLayout d = view.currentLayout();
  QHelpEvent unit(QEvent::ToolTip, d.units[3].centre.toPoint(), QPoint());
  QVERIFY(QCoreApplication::sendEvent(&view, &unit));
  QCOMPARE(QToolTip::text(), d.units[3].tip);
  QVERIFY(QToolTip::text().contains("mean activation 0.2"));
  const QPointF mid = d.links[0].line.center();
  QHelpEvent link(QEvent::ToolTip, mid.toPoint(), QPoint());
  QCoreApplication::sendEvent(&view, &link);
  QVERIFY2(QToolTip::text().contains("∂L/∂w = 0.1"), qPrintable(QToolTip::text()));
  QImage image(view.size(), QImage::Format_RGB32);
  view.render(&image);
  QVERIFY(image.pixelColor(d.units[3].centre.toPoint()) != QColor(Qt::white));
}

// Every text of the diagram comes back in Vietnamese: the texts were once looked up under a
// context the translation file did not have, and the diagram stayed English.
void NetworkDiagramTest::speaksVietnamese() {
  QTranslator vi;
  QVERIFY(loadTranslation(vi, "vi"));
  QCoreApplication::installTranslator(&vi);
  const DiagramLayout d =
      layoutDiagram(smallSnapshot({1, 1, 1, 1, 1, 1}), QSizeF(600, 400), LinkMode::Gradient, 16);
  const QString tip = linkTip(d.links.front());
  QCoreApplication::removeTranslator(&vi);
  QStringList labels;
  for (const DiagramLabel& l : d.labels) labels << l.text;
  QVERIFY2(labels.contains(QString("đầu vào")), qPrintable(labels.join(", ")));
  QVERIFY2(labels.contains(QString("đầu ra")), qPrintable(labels.join(", ")));
  QVERIFY2(d.fillText.startsWith(QString("màu tô")), qPrintable(d.fillText));
  QVERIFY2(d.scaleText.startsWith(QString("độ dày đường")), qPrintable(d.scaleText));
  QVERIFY2(d.units.front().tip.startsWith(QString("đầu vào")), qPrintable(d.units.front().tip));
  QVERIFY2(tip.startsWith(QString("tầng 1")), qPrintable(tip));
}

// A dead network: no "thickest 0, thinnest ≤ 0", but what it means.
void NetworkDiagramTest::allZeroGradientsAreSaidSo() {
  Snapshot s = smallSnapshot({0, 0, 0, 0, 0, 0});
  s.units[1].weightGrads.assign(3, 0.0);
  const DiagramLayout d = layoutDiagram(s, QSizeF(600, 400), LinkMode::Gradient, 16);
  QVERIFY2(d.scaleText.contains("every one is exactly 0"), qPrintable(d.scaleText));
  QVERIFY(!d.scaleText.contains("thickest"));
}

QTEST_MAIN(NetworkDiagramTest)
#include "network_diagram_test.moc"
