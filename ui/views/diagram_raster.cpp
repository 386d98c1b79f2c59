#include "diagram_raster.h"

#include <QPaintEngine>
#include <algorithm>
#include <cmath>

namespace gs {
namespace {

// dst ← src·a + dst·(1 − a) with a in 256ths, red and blue in one multiply, green in another.
inline void blend(QRgb& dst, QRgb src, unsigned a) {
  if (a == 0) return;
  if (a >= 256) {
    dst = src;
    return;
  }
  const unsigned b = 256 - a;
  const QRgb rb = (((src & 0xff00ffu) * a + (dst & 0xff00ffu) * b) >> 8) & 0xff00ffu;
  const QRgb g = (((src & 0x00ff00u) * a + (dst & 0x00ff00u) * b) >> 8) & 0x00ff00u;
  dst = 0xff000000u | rb | g;
}

// The same with a in 16ths and the colour's shades src·a/16 made once per link: blue, red and
// green in 16-bit lanes of one 64-bit word, so one multiply blends all three.
class Shades {
  static constexpr quint64 kLanes = 0x000000ff00ff00ffull;
  static quint64 spread(QRgb p) { return (p & 0x00ff00ffu) | (quint64(p & 0x0000ff00u) << 24); }

 public:
  explicit Shades(QRgb colour) : colour_(colour | 0xff000000u) {
    for (unsigned a = 0; a <= 16; ++a) shade_[a] = spread(colour_) * a;
  }
  void blend(QRgb& dst, unsigned a) const {
    if (a >= 16) {
      dst = colour_;
      return;
    }
    const quint64 r = ((shade_[a] + spread(dst) * (16 - a)) >> 4) & kLanes;
    dst = 0xff000000u | QRgb(r & 0x00ff00ffu) | (QRgb(r >> 24) & 0x0000ff00u);
  }

 private:
  QRgb colour_;
  quint64 shade_[17];
};

inline unsigned share256(double share) {
  return unsigned(std::clamp(share, 0.0, 1.0) * 256.0 + 0.5);
}

class Pixels {
 public:
  explicit Pixels(QImage& image)
      : bits_(image.bits()), stride_(image.bytesPerLine()), w_(image.width()), h_(image.height()) {}
  int width() const { return w_; }
  int height() const { return h_; }
  qsizetype step(bool alongRow) const { return alongRow ? 1 : stride_ / qsizetype(sizeof(QRgb)); }
  QRgb* at(int x, int y) const {
    return reinterpret_cast<QRgb*>(bits_ + qsizetype(y) * stride_) + x;
  }

 private:
  uchar* bits_;  // fetched once: QImage::scanLine() checks for sharing on every call
  qsizetype stride_;
  int w_, h_;
};

// One link, walked along its long axis: the pixel rows of a steep line, the columns of a flat
// one. On each, the line's cross-section is [c − hw, c + hw] with hw = (w/2)/cos θ; each pixel
// takes the share of it that it holds, the inside ones all. In 1/65,536 pixel steps, integers
// only (`across`: half the cross-section), so a row costs a few dozen instructions.
class LinkWalker {
  static constexpr int kBits = 16;
  static constexpr long kOne = 1L << kBits;

 public:
  explicit LinkWalker(const Pixels& pixels) : px_(pixels) {}

  void draw(QPointF a, QPointF b, double width, QRgb colour) {
    const double dx = b.x() - a.x(), dy = b.y() - a.y();
    const double length = std::hypot(dx, dy);
    if (!(length > 0) || !std::isfinite(length) || !std::isfinite(a.x() + a.y())) return;
    const bool steep = std::abs(dy) >= std::abs(dx);
    if (!steep) a = a.transposed(), b = b.transposed();  // walk x as if it were y
    if (a.y() > b.y()) std::swap(a, b);
    const long across =
        std::lround(kOne * width / 2 * length / std::max(std::abs(dx), std::abs(dy)));
    const int minorEnd = steep ? px_.width() : px_.height();
    const int first = std::max(0, int(std::ceil(a.y() - 0.5)));
    const int last =
        std::min((steep ? px_.height() : px_.width()) - 1, int(std::floor(b.y() - 0.5)));
    if (first > last) return;
    const double slope = (b.x() - a.x()) / (b.y() - a.y());
    const long fixedSlope = std::lround(slope * kOne), limit = long(minorEnd) << kBits;
    long centre = std::lround((a.x() + (first + 0.5 - a.y()) * slope) * kOne);
    const qsizetype step = px_.step(steep), majorStep = px_.step(!steep);
    const Shades shades(colour);
    const QRgb solid = colour | 0xff000000u;
    // Fixed point → 16ths, rounded.
    auto share = [](long part) { return unsigned((part + (1L << (kBits - 5))) >> (kBits - 4)); };
    // `start`: the pixel at minor 0 of the row (column) being walked.
    QRgb* start = steep ? px_.at(0, first) : px_.at(first, 0);
    for (int m = first; m <= last; ++m, centre += fixedSlope, start += majorStep) {
      const long lo = std::max(0L, centre - across), hi = std::min(limit, centre + across);
      if (hi <= lo) continue;
      const int from = int(lo >> kBits), to = std::min(minorEnd - 1, int(hi >> kBits));
      QRgb* pixel = start + from * step;
      if (from == to) {
        shades.blend(*pixel, share(hi - lo));
        continue;
      }
      shades.blend(*pixel, share((long(from + 1) << kBits) - lo));
      for (int k = from + 1; k < to; ++k) *(pixel += step) = solid;
      shades.blend(*(pixel + step), share(hi - (long(to) << kBits)));
    }
  }

 private:
  const Pixels& px_;
};

// A unit: its fill inside the radius R and over it its outline, a ring `outline` wide centred on
// R; a pixel whose centre lies at distance r takes each in proportion to how much of
// [r − ½, r + ½] lies inside it.
void drawDisc(const Pixels& px, const UnitShape& u, double scale, QRgb ink, double outline) {
  const double cx = u.centre.x() * scale, cy = u.centre.y() * scale, r0 = u.radius * scale;
  const double half = outline * scale / 2, reach = r0 + half + 1;
  if (!std::isfinite(cx + cy + reach)) return;
  const int x0 = std::max(0, int(std::floor(cx - reach))),
            x1 = std::min(px.width() - 1, int(cx + reach));
  const int y0 = std::max(0, int(std::floor(cy - reach))),
            y1 = std::min(px.height() - 1, int(cy + reach));
  const QRgb fill = u.fill.rgb() | 0xff000000u;
  ink |= 0xff000000u;
  for (int y = y0; y <= y1; ++y)
    for (int x = x0; x <= x1; ++x) {
      const double dx = x + 0.5 - cx, dy = y + 0.5 - cy;
      const double r = std::sqrt(dx * dx + dy * dy);  // not hypot: a tenth of the time
      if (r > reach) continue;
      QRgb* pixel = px.at(x, y);
      blend(*pixel, fill, share256(r0 - r + 0.5));
      blend(*pixel, ink, share256(std::min(r + 0.5, r0 + half) - std::max(r - 0.5, r0 - half)));
    }
}

struct Keyed {
  double width;
  QRgb colour;
  const LinkShape* link;
};

}  // namespace

bool paintDiagramAsImage(QPainter& painter, const QSizeF& size, const DiagramLayout& layout,
                         const DiagramColours& colours, QImage& buffer) {
  const QTransform t = painter.deviceTransform();
  const double scale = t.m11();
  if (!painter.paintEngine() || painter.paintEngine()->type() != QPaintEngine::Raster ||
      t.type() > QTransform::TxScale || !(scale > 0) || std::abs(t.m22() - scale) > 1e-9)
    return false;
  const QSizeF pixels = size * scale;
  const QSize need(int(std::ceil(pixels.width())), int(std::ceil(pixels.height())));
  if (buffer.size() != need || buffer.format() != QImage::Format_RGB32)
    buffer = QImage(need, QImage::Format_RGB32);
  if (buffer.isNull()) return false;  // too large to allocate: QPainter's lines then
  buffer.fill(colours.background);
  std::vector<Keyed> order;
  order.reserve(layout.links.size());
  for (const LinkShape& l : layout.links) order.push_back({l.width, l.colour.rgb(), &l});
  std::sort(order.begin(), order.end(), [](const Keyed& a, const Keyed& b) {
    return a.width != b.width ? a.width < b.width : a.colour < b.colour;
  });
  const Pixels px(buffer);
  LinkWalker walker(px);
  for (const Keyed& k : order)
    walker.draw(k.link->line.p1() * scale, k.link->line.p2() * scale, k.width * scale, k.colour);
  for (const UnitShape& u : layout.units)
    drawDisc(px, u, scale, colours.ink.rgb(), colours.outline);
  painter.drawImage(QRectF(QPointF(0, 0), size), buffer, QRectF(QPointF(0, 0), pixels));
  return true;
}

}  // namespace gs
