#include "class_map.h"

#include <algorithm>
#include <cmath>

namespace gs {

QColor classTint(const QColor& classColor, const QColor& background, double p, int classes,
                 double strength) {
  const double chance = 1.0 / std::max(classes, 2);
  const double sure = std::isfinite(p) ? std::clamp((p - chance) / (1.0 - chance), 0.0, 1.0) : 0;
  const double w = strength * sure;
  const auto mix = [w](int a, int b) { return int(std::lround(a + w * (b - a))); };
  return QColor(mix(background.red(), classColor.red()),
                mix(background.green(), classColor.green()),
                mix(background.blue(), classColor.blue()));
}

QImage classMapImage(const Prediction& p, const QVector<QColor>& colors, const QColor& background,
                     double strength) {
  QImage image(p.nx, p.ny, QImage::Format_RGB32);
  if (p.nx <= 0 || p.ny <= 0 || colors.isEmpty()) return image;
  for (int row = 0; row < p.ny; ++row) {
    const int iy = p.ny - 1 - row;  // the image's top row is the map's largest x₂
    auto* line = reinterpret_cast<QRgb*>(image.scanLine(row));
    for (int ix = 0; ix < p.nx; ++ix) {
      const std::size_t cell = std::size_t(iy) * std::size_t(p.nx) + std::size_t(ix);
      const int k = cell < p.cellClass.size() ? p.cellClass[cell] : 0;
      const double prob = cell < p.values.size() ? p.values[cell] : 0.0;
      const QColor& c = colors[std::clamp(k, 0, int(colors.size()) - 1)];
      line[ix] = classTint(c, background, prob, p.classes, strength).rgb();
    }
  }
  return image;
}

}  // namespace gs
