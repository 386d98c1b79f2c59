// The network diagram's own rasteriser (links and unit discs straight into pixels, issue 12's
// repaint speed) against QPainter drawing the same shapes antialiased: the same ink on the same
// pixels; SVG, PDF and rotated painters keep QPainter's vectors; and the view on screen shows
// exactly the rasteriser's picture.
#include <QPicture>
#include <QtTest>
#include <cmath>

#include "diagram_raster.h"
#include "network_diagram_view.h"
#include "trainer.h"
#include "unit_detail.h"

using namespace gs;

namespace {

const QSize kSize(240, 200);

LinkShape link(QPointF a, QPointF b, double width, QColor colour) {
  LinkShape l;
  l.line = QLineF(a, b);
  l.width = width;
  l.colour = colour;
  return l;
}

// Steep, flat, diagonal, vertical and horizontal links from hairline to the widest, going
// either way, some off the image's edge.
DiagramLayout someLinks() {
  DiagramLayout d;
  const QColor violet(60, 40, 110), pale(200, 190, 225), blue(8, 119, 189);
  d.links = {link({20, 20}, {60, 180}, 0.4, pale),      link({30, 180}, {80, 25}, 1.0, violet),
             link({90, 30}, {230, 60}, 2.5, blue),      link({230, 90}, {95, 150}, 6.0, violet),
             link({100, 100}, {170, 171}, 3.2, pale),   link({200, 20}, {200, 120}, 2.0, blue),
             link({110, 190}, {230, 190}, 1.4, violet), link({-20, 60}, {40, 90}, 2.0, blue)};
  return d;
}

DiagramLayout someUnits() {
  DiagramLayout d;
  const QColor fills[] = {QColor(235, 235, 235), QColor(8, 119, 189), QColor(245, 147, 34)};
  for (int k = 0; k < 9; ++k) {
    UnitShape u;
    u.centre = QPointF(30 + 22.3 * k, 40 + 15.7 * k);
    u.radius = 2 + 1.7 * k;
    u.fill = fills[k % 3];
    d.units.push_back(u);
  }
  return d;
}

// What QPainter draws: links by width then colour (the order paintDiagramAsImage promises),
// antialiased, flat caps; discs filled and outlined.
QImage byQPainter(const DiagramLayout& d, const DiagramColours& c, double scale = 1) {
  QImage image(kSize * scale, QImage::Format_RGB32);
  image.fill(c.background);
  QPainter p(&image);
  p.scale(scale, scale);
  p.setRenderHint(QPainter::Antialiasing);
  std::vector<LinkShape> links = d.links;
  std::stable_sort(links.begin(), links.end(), [](const LinkShape& a, const LinkShape& b) {
    return a.width != b.width ? a.width < b.width : a.colour.rgb() < b.colour.rgb();
  });
  for (const LinkShape& l : links) {
    p.setPen(QPen(l.colour, l.width, Qt::SolidLine, Qt::FlatCap));
    p.drawLine(l.line);
  }
  for (const UnitShape& u : d.units) {
    p.setPen(QPen(c.ink, c.outline));
    p.setBrush(u.fill);
    p.drawEllipse(u.centre, u.radius, u.radius);
  }
  return image;
}

QImage byRaster(const DiagramLayout& d, const DiagramColours& c, double scale = 1) {
  QImage image(kSize * scale, QImage::Format_RGB32);
  image.fill(Qt::red);  // the rasteriser paints the background itself
  QPainter p(&image);
  p.scale(scale, scale);
  QImage buffer;
  if (!paintDiagramAsImage(p, QSizeF(kSize), d, c, buffer)) return {};
  return image;
}

// Ink: how far from the background, summed over the image and its channels.
double ink(const QImage& image, const QColor& background) {
  double sum = 0;
  for (int y = 0; y < image.height(); ++y)
    for (int x = 0; x < image.width(); ++x) {
      const QColor c = image.pixelColor(x, y);
      sum += std::abs(c.red() - background.red()) + std::abs(c.green() - background.green()) +
             std::abs(c.blue() - background.blue());
    }
  return sum;
}

struct Difference {
  double mean = 0;  // per pixel and channel, 0 … 255
  int far = 0;      // pixels off by more than 96 in some channel
};

Difference difference(const QImage& a, const QImage& b) {
  Difference d;
  for (int y = 0; y < a.height(); ++y)
    for (int x = 0; x < a.width(); ++x) {
      const QColor p = a.pixelColor(x, y), q = b.pixelColor(x, y);
      const int dr = std::abs(p.red() - q.red()), dg = std::abs(p.green() - q.green()),
                dbl = std::abs(p.blue() - q.blue());
      d.mean += dr + dg + dbl;
      d.far += std::max({dr, dg, dbl}) > 96;
    }
  d.mean /= 3.0 * a.width() * a.height();
  return d;
}

void compareWithQPainter(const DiagramLayout& d, const DiagramColours& c, double scale) {
  const QImage reference = byQPainter(d, c, scale), ours = byRaster(d, c, scale);
  QVERIFY(!ours.isNull());
  const double want = ink(reference, c.background), got = ink(ours, c.background);
  // (A 1-pixel outline comes out a shade darker than QPainter's cosmetic one: 5 % on discs.)
  QVERIFY2(std::abs(got - want) < 0.07 * want,
           qPrintable(QString("ink %1, QPainter's %2").arg(got).arg(want)));
  const Difference diff = difference(reference, ours);
  // Only edge pixels differ, and by part of a pixel's coverage.
  QVERIFY2(
      diff.mean < 1.5 && diff.far < 0.002 * reference.width() * reference.height(),
      qPrintable(QString("mean difference %1, %2 pixels far off").arg(diff.mean).arg(diff.far)));
}

Snapshot network(int depth, int width) {
  Config c;
  c.depth = depth;
  c.width = width;
  Trainer t(c);
  Snapshot s = t.step();
  s.units = unitDetail(t.network());
  return s;
}

}  // namespace

class DiagramRasterTest : public QObject {
  Q_OBJECT

 private slots:
  void linksAsQPainterDrawsThem() { compareWithQPainter(someLinks(), DiagramColours(), 1); }
  void unitsAsQPainterDrawsThem() { compareWithQPainter(someUnits(), DiagramColours(), 1); }
  void scaledPaintersDrawAtDeviceResolution();
  void darkBackgroundsToo();
  void vectorAndRotatedPaintersKeepQPainter();
  void theViewOnScreenIsTheRasterisersPicture();
};

// An exported PNG at zoom 2 is drawn at twice the pixels, not an upscaled image.
void DiagramRasterTest::scaledPaintersDrawAtDeviceResolution() {
  DiagramLayout d = someLinks();
  d.units = someUnits().units;
  compareWithQPainter(d, DiagramColours(), 2);
  // The thinnest link at zoom 2 is 0.8 pixels wide, not a blurred 0.4 doubled.
  const QImage twice = byRaster(someLinks(), DiagramColours(), 2);
  const QImage once = byRaster(someLinks(), DiagramColours(), 1);
  QCOMPARE(twice.size(), kSize * 2);
  QVERIFY(std::abs(ink(twice, Qt::white) - 4 * ink(once, Qt::white)) <
          0.05 * ink(twice, Qt::white));
}

void DiagramRasterTest::darkBackgroundsToo() {
  DiagramColours dark;
  dark.background = QColor(0x1e, 0x1e, 0x1e);
  dark.ink = QColor(0xe6, 0xe6, 0xe6);
  DiagramLayout d = someLinks();
  d.units = someUnits().units;
  compareWithQPainter(d, dark, 1);
}

void DiagramRasterTest::vectorAndRotatedPaintersKeepQPainter() {
  QImage buffer;
  QPicture picture;  // as an SVG or PDF painter: vectors, not pixels
  {
    QPainter p(&picture);
    QVERIFY(!paintDiagramAsImage(p, QSizeF(kSize), someLinks(), DiagramColours(), buffer));
  }
  QImage image(kSize, QImage::Format_RGB32);
  QPainter p(&image);
  p.rotate(10);
  QVERIFY(!paintDiagramAsImage(p, QSizeF(kSize), someLinks(), DiagramColours(), buffer));
}

// A 10 × 16 network (2,352 links) through the widget's own paint: exactly what the rasteriser
// draws wherever no text, hatch or ring lies over it — the repaint does take this path.
void DiagramRasterTest::theViewOnScreenIsTheRasterisersPicture() {
  NetworkDiagramView view;
  view.setControlsVisible(false);
  view.resize(600, 400);
  view.setSnapshot(network(10, 16));
  const DiagramLayout& layout = view.currentLayout();
  QCOMPARE(int(layout.links.size()), 2 * 16 + 9 * 16 * 16 + 16);
  QImage shown(view.size(), QImage::Format_RGB32);
  view.render(&shown);
  QImage raster(view.size(), QImage::Format_RGB32);
  {
    QPainter p(&raster);
    QImage buffer;
    QVERIFY(paintDiagramAsImage(p, QSizeF(view.size()), layout, view.colours(), buffer));
  }
  // Between the first hidden column and the last: only links and discs.
  const double left = layout.units[2].centre.x(), right = layout.units.back().centre.x() - 30;
  const double top = layout.units[2].centre.y(), bottom = top + 200;
  int same = 0, all = 0;
  for (int y = int(top); y < int(bottom); ++y)
    for (int x = int(left); x < int(right); ++x, ++all)
      same += shown.pixel(x, y) == raster.pixel(x, y);
  QVERIFY2(same > 0.99 * all, qPrintable(QString("%1 of %2 pixels the same").arg(same).arg(all)));
}

QTEST_MAIN(DiagramRasterTest)
#include "diagram_raster_test.moc"
