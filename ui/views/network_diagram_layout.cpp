#include "network_diagram_layout.h"

#include <QCoreApplication>
#include <algorithm>
#include <cmath>

namespace gs {
namespace {

// Strength in steps of 1/kStrengthLevels: links of equal look share a pen (one draw call each),
// finer than the eye tells apart.
double quantised(double t) { return std::round(t * kStrengthLevels) / kStrengthLevels; }

QString number(double v) { return QString::number(v, 'g', 3); }

QString subscript(int n) {
  QString out;
  for (QChar c : QString::number(n)) out += QChar(0x2080 + c.digitValue());
  return out;
}

QColor blend(const QColor& a, const QColor& b, double t) {
  t = std::clamp(t, 0.0, 1.0);
  return QColor::fromRgbF(float(a.redF() + (b.redF() - a.redF()) * t),
                          float(a.greenF() + (b.greenF() - a.greenF()) * t),
                          float(a.blueF() + (b.blueF() - a.blueF()) * t));
}

// Indices shown out of n, -1 where an ellipsis stands for those left out.
std::vector<int> sample(int n, int max) {
  std::vector<int> out;
  if (n <= max) {
    for (int i = 0; i < n; ++i) out.push_back(i);
    return out;
  }
  const int head = max / 2 - 1, tail = max - head - 2;
  for (int i = 0; i < head; ++i) out.push_back(i);
  out.push_back(-1);
  for (int i = n - tail; i < n; ++i) out.push_back(i);
  return out;
}

struct Column {
  int index = -1;  // 0 = inputs, c = outputs of layer c − 1; -1 = layers left out
  double x = 0;
  std::vector<int> units;    // shown unit indices (-1 = ellipsis)
  std::vector<double> ys;    // per shown entry
  std::vector<int> shapeAt;  // index into layout.units per shown entry (-1 for the ellipsis)
};

class Builder {
  // One translation context for every text of the diagram, which lupdate sees too.
  Q_DECLARE_TR_FUNCTIONS(gs::NetworkDiagram)

 public:
  Builder(const Snapshot& s, const QSizeF& size, LinkMode mode, double fh,
          const DiagramColours& colours)
      : s_(s), size_(size), mode_(mode), fh_(fh), colours_(colours) {}

  DiagramLayout build() {
    if (s_.layers.empty()) return out_;
    placeColumns();
    scale();
    for (Column& c : columns_) placeUnits(c);
    for (std::size_t k = 0; k + 1 < columns_.size(); ++k) connect(columns_[k], columns_[k + 1]);
    caption();
    return out_;
  }

 private:
  int units(int column) const {
    return column == 0 ? s_.layers.front().fanIn : s_.layers[std::size_t(column - 1)].fanOut;
  }
  const LayerUnits* detail(int layer) const {
    return std::size_t(layer) < s_.units.size() ? &s_.units[std::size_t(layer)] : nullptr;
  }

  void placeColumns() {
    const int layers = int(s_.layers.size()), hidden = layers - 1;
    std::vector<int> shown;
    shown.push_back(0);
    for (int h : sample(hidden, kMaxLayers)) shown.push_back(h < 0 ? -1 : h + 1);
    shown.push_back(layers);
    const double left = 3.5 * fh_, right = size_.width() - 3 * fh_;
    const double step = (right - left) / std::max<std::size_t>(1, shown.size() - 1);
    for (std::size_t k = 0; k < shown.size(); ++k) {
      Column c;
      c.index = shown[k];
      c.x = left + step * double(k);
      if (c.index >= 0) c.units = sample(units(c.index), kMaxUnits);
      out_.sampled = out_.sampled || c.index < 0 ||
                     std::find(c.units.begin(), c.units.end(), -1) != c.units.end();
      columns_.push_back(c);
    }
    colStep_ = step;
  }

  void scale() {
    double maxAbs = 0;
    if (mode_ == LinkMode::Gradient) {
      for (const LayerUnits& u : s_.units)
        for (double g : u.weightGrads) maxAbs = std::max(maxAbs, std::abs(g));
      for (const LayerStats& l : s_.layers) bandMax_ = std::max(bandMax_, l.weightGradNorm);
    } else {
      for (const LayerUnits& u : s_.units)
        for (double w : u.weights) maxAbs = std::max(maxAbs, std::abs(w));
      for (const LayerStats& l : s_.layers) bandMax_ = std::max(bandMax_, l.weightNorm);
    }
    linkMax_ = maxAbs;
    logScale_.maxLog = maxAbs > 0 ? std::log10(maxAbs) : 0;
    bandScale_.maxLog = bandMax_ > 0 ? std::log10(bandMax_) : 0;
  }

  // Gradient: log scale; weight: linear in |w| (as Playground).
  double strength(double v, bool band) const {
    if (mode_ == LinkMode::Gradient) return (band ? bandScale_ : logScale_).strength(std::abs(v));
    const double max = band ? bandMax_ : linkMax_;
    return max > 0 ? std::abs(v) / max : 0;
  }

  void placeUnits(Column& c) {
    const double top = 2.2 * fh_, bottom = size_.height() - 4.6 * fh_;
    const int count = std::max<int>(1, int(c.units.size()));
    const double gap = (bottom - top) / std::max(count, 4);
    radius_ = std::clamp(std::min(0.32 * gap, 0.22 * colStep_), 2.0, 16.0);
    const double y0 = (top + bottom) / 2 - gap * (count - 1) / 2;
    if (c.index < 0) {
      out_.layerEllipses.push_back(QPointF(c.x, (top + bottom) / 2));
      return;
    }
    for (std::size_t k = 0; k < c.units.size(); ++k) {
      const double y = y0 + gap * double(k);
      c.ys.push_back(y);
      if (c.units[k] < 0) {
        out_.unitEllipses.push_back(QPointF(c.x, y));
        c.shapeAt.push_back(-1);
        continue;
      }
      c.shapeAt.push_back(int(out_.units.size()));
      out_.units.push_back(unitShape(c, c.units[k], QPointF(c.x, y)));
      label(c, c.units[k], QPointF(c.x, y));
    }
  }

  UnitShape unitShape(const Column& c, int unit, QPointF at) const {
    UnitShape u;
    u.centre = at;
    u.radius = radius_;
    u.fill = colours_.neutral;
    const bool output = c.index == int(s_.layers.size());
    if (c.index == 0) {
      u.tip = tr("input x%1").arg(unit + 1);
      return u;
    }
    const LayerUnits* d = detail(c.index - 1);
    u.tip =
        output ? tr("output %1").arg(unit + 1) : tr("layer %1, unit %2").arg(c.index).arg(unit + 1);
    if (!d) return u;
    const auto i = std::size_t(unit);
    const double a = d->meanActivation[i];
    u.fill = blend(colours_.neutral, a >= 0 ? colours_.positive : colours_.negative, std::abs(a));
    u.dead = d->dead[i];
    u.saturated = d->saturated[i];
    u.tip += "\n" + tr("mean activation %1").arg(number(a));
    if (u.dead) u.tip += "\n" + tr("dead: z ≤ 0 for the whole batch, so no gradient passes");
    if (u.saturated) u.tip += "\n" + tr("saturated: mean f′(z) below 1% of its maximum");
    return u;
  }

  void label(const Column& c, int unit, QPointF at) {
    const double off = radius_ + 0.4 * fh_;
    if (c.index == 0)
      out_.labels.push_back({at - QPointF(off, 0), QStringLiteral("x") + subscript(unit + 1),
                             Qt::AlignRight | Qt::AlignVCenter});
    else if (c.index == int(s_.layers.size()))
      out_.labels.push_back(
          {at + QPointF(off, 0),
           units(c.index) == 1 ? QStringLiteral("ŷ") : QStringLiteral("ŷ%1").arg(unit + 1),
           Qt::AlignLeft | Qt::AlignVCenter});
  }

  void connect(const Column& from, const Column& to) {
    if (from.index < 0 || to.index < 0) return;  // across the layers left out: nothing drawn
    const int layer = to.index - 1;
    if (out_.sampled || !detail(layer)) return band(from, to, layer);
    const LayerUnits& d = *detail(layer);
    for (std::size_t o = 0; o < to.units.size(); ++o)
      for (std::size_t i = 0; i < from.units.size(); ++i)
        out_.links.push_back(linkShape(d, from, i, to, o, layer));
  }

  LinkShape linkShape(const LayerUnits& d, const Column& from, std::size_t i, const Column& to,
                      std::size_t o, int layer) const {
    const std::size_t at =
        std::size_t(to.units[o]) * std::size_t(d.fanIn) + std::size_t(from.units[i]);
    const double w = d.weights[at], g = d.weightGrads[at];
    const double t = quantised(strength(mode_ == LinkMode::Gradient ? g : w, false));
    LinkShape l;
    l.line = QLineF(QPointF(from.x + radius_, from.ys[i]), QPointF(to.x - radius_, to.ys[o]));
    l.width = kMinLinkWidth + (maxLinkWidth() - kMinLinkWidth) * t;
    const QColor ink = mode_ == LinkMode::Gradient ? colours_.gradient
                       : w >= 0                    ? colours_.positive
                                                   : colours_.negative;
    // Many links between two columns overlap: each is fainter, so the strong ones still stand out.
    const double most =
        std::clamp(9.0 / std::sqrt(double(from.units.size() * to.units.size())), 0.55, 0.9);
    const double faintest = colours_.faintest;
    l.colour = blend(colours_.background, ink, faintest + (most - faintest) * t);
    l.layer = layer;
    l.from = from.units[i];
    l.to = to.units[o];
    l.weight = w;
    l.grad = g;
    return l;
  }

  // Dense columns get thinner links, so 256 links into 16 units stay lines, not a blot.
  double maxLinkWidth() const { return std::clamp(0.45 * radius_, 1.2, kMaxLinkWidth); }

  void band(const Column& from, const Column& to, int layer) {
    const LayerStats& st = s_.layers[std::size_t(layer)];
    const double v = mode_ == LinkMode::Gradient ? st.weightGradNorm : st.weightNorm;
    const double t = strength(v, true);
    const double mid = (2.2 * fh_ + size_.height() - 4.6 * fh_) / 2;
    const double half = 0.5 * (1.0 + t * 0.6 * (size_.height() - 6.8 * fh_)) / 2;
    const double x0 = from.x + radius_, x1 = to.x - radius_;
    BandShape b;
    b.polygon << QPointF(x0, mid - half) << QPointF(x1, mid - half) << QPointF(x1, mid + half)
              << QPointF(x0, mid + half);
    b.colour = mode_ == LinkMode::Gradient ? colours_.gradient : colours_.positive;
    b.colour.setAlphaF(float(0.15 + 0.7 * t));
    b.tip = mode_ == LinkMode::Gradient ? tr("layer %1: ‖∂L/∂W‖ = %2").arg(layer + 1).arg(number(v))
                                        : tr("layer %1: ‖W‖ = %2").arg(layer + 1).arg(number(v));
    out_.bands.push_back(b);
  }

  void caption() {
    const double y = size_.height() - 4.0 * fh_;
    for (const Column& c : columns_) {
      if (c.index < 0) continue;
      const QString text = c.index == 0                       ? tr("input")
                           : c.index == int(s_.layers.size()) ? tr("output")
                                                              : QString::number(c.index);
      out_.labels.push_back({QPointF(c.x, y), text, Qt::AlignHCenter | Qt::AlignTop});
    }
    const QString fill =
        tr("fill: mean activation (blue > 0, orange < 0); red ring: dead; hatch: saturated");
    if (mode_ == LinkMode::Gradient) {
      const double max = out_.sampled ? bandMax_ : linkMax_;
      out_.scaleText =
          (out_.sampled ? tr("band width: ‖∂L/∂W‖ per layer, log scale")
                        : tr("line width: |∂L/∂w|, log scale")) +
          "  " +
          (max > 0 ? tr("thickest %1, thinnest ≤ %2")
                         .arg(number(max), number(max * std::pow(10.0, -LogScale::kDecades)))
                   : tr("every one is exactly 0: all drawn thinnest"));
    } else {
      out_.scaleText =
          out_.sampled
              ? tr("band width: ‖W‖ per layer")
              : tr("line width: |w| (largest %1); blue w > 0, orange w < 0").arg(number(linkMax_));
    }
    out_.fillText = fill;
  }

  const Snapshot& s_;
  QSizeF size_;
  LinkMode mode_;
  double fh_;
  DiagramColours colours_;
  DiagramLayout out_;
  std::vector<Column> columns_;
  double colStep_ = 0, radius_ = 8, linkMax_ = 0, bandMax_ = 0;
  LogScale logScale_, bandScale_;
};

}  // namespace

QString linkTip(const LinkShape& l) {
  return Builder::tr("layer %1, unit %2 → %3\nw = %4\n∂L/∂w = %5")
      .arg(l.layer + 1)
      .arg(l.from + 1)
      .arg(l.to + 1)
      .arg(number(l.weight), number(l.grad));
}

double LogScale::strength(double value) const {
  if (!(value > 0) || !std::isfinite(value)) return 0;
  return std::clamp((std::log10(value) - (maxLog - kDecades)) / kDecades, 0.0, 1.0);
}

DiagramLayout layoutDiagram(const Snapshot& snapshot, const QSizeF& size, LinkMode mode,
                            double fontHeight, const DiagramColours& colours) {
  return Builder(snapshot, size, mode, fontHeight, colours).build();
}

}  // namespace gs
