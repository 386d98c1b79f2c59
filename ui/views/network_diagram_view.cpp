#include "network_diagram_view.h"

#include <QComboBox>
#include <QContextMenuEvent>
#include <QFileDialog>
#include <QHelpEvent>
#include <QMenu>
#include <QMessageBox>
#include <QPainter>
#include <QToolTip>
#include <algorithm>
#include <map>

#include "diagram_raster.h"
#include "figure_export.h"
#include "plot_theme.h"

namespace gs {
namespace {

double distanceToSegment(const QPointF& p, const QLineF& l) {
  const QPointF d = l.p2() - l.p1();
  const double len2 = QPointF::dotProduct(d, d);
  const double t = len2 > 0 ? std::clamp(QPointF::dotProduct(p - l.p1(), d) / len2, 0.0, 1.0) : 0;
  const QPointF nearest = l.p1() + t * d;
  return std::hypot(p.x() - nearest.x(), p.y() - nearest.y());
}

// For SVG and PDF (the screen and PNGs go through paintLinksAsImage, the same picture): links
// with the same pen are drawn in one call (the layout quantises strength to kStrengthLevels, and
// its colours are opaque — a translucent pen makes Qt stroke the whole call as one path), weakest
// first, so the strong links lie on top.
void drawLinks(QPainter& p, const std::vector<LinkShape>& links) {
  std::map<std::pair<int, QRgb>, QVector<QLineF>> groups;
  for (const LinkShape& l : links)
    groups[{int(std::lround(l.width * 4)), l.colour.rgba()}].push_back(l.line);
  for (const auto& [key, lines] : groups) {
    // Faint links (light, thin) without antialiasing: their steps do not show against the
    // background, and they are most of the links; the strong ones stay smooth.
    p.setRenderHint(QPainter::Antialiasing, QColor::fromRgba(key.second).lightnessF() < 0.8);
    p.setPen(QPen(QColor::fromRgba(key.second), key.first / 4.0, Qt::SolidLine, Qt::FlatCap));
    p.drawLines(lines);
  }
}

void drawUnitDiscs(QPainter& p, const std::vector<UnitShape>& units, const DiagramColours& c) {
  for (const UnitShape& u : units) {
    p.setPen(QPen(c.ink, c.outline));
    p.setBrush(u.fill);
    p.drawEllipse(u.centre, u.radius, u.radius);
  }
}

// The hatch of a saturated unit, the ring of a dead one, over its disc.
void drawUnitMarks(QPainter& p, const std::vector<UnitShape>& units, const DiagramColours& c) {
  for (const UnitShape& u : units) {
    if (u.saturated && !u.dead) {  // a dead unit's f′ is 0 too: the ring says it
      p.setPen(Qt::NoPen);
      p.setBrush(QBrush(c.hatch, Qt::BDiagPattern));
      p.drawEllipse(u.centre, u.radius, u.radius);
    }
    if (u.dead) {
      p.setPen(QPen(c.dead, std::max(2.0 * c.outline, u.radius * 0.28)));
      p.setBrush(Qt::NoBrush);
      p.drawEllipse(u.centre, u.radius, u.radius);
    }
  }
}

// Light: Playground's colours on white. Dark: the same roles lightened (sky blue, orange, a pale
// violet for |∂L/∂w|) over a grey unit fill, so links and units stand out from the background.
// High contrast: darker inks, the weakest link still visible, thicker outlines.
DiagramColours diagramColours(const PlotTheme& t) {
  DiagramColours c;
  c.background = t.background;
  c.ink = t.foreground;
  c.outline = std::max(1.0, t.lineScale);
  if (t.colors == ThemeColors::Dark) {
    c.neutral = QColor(0x4a, 0x4a, 0x4a);
    c.positive = QColor(0x56, 0xB4, 0xE9);
    c.negative = QColor(0xE6, 0x9F, 0x00);
    c.gradient = QColor(0xD0, 0xBC, 0xFF);
    c.dead = QColor(0xFF, 0x5A, 0x5A);
    c.hatch = QColor(0xE6, 0xE6, 0xE6);
  } else if (t.colors == ThemeColors::HighContrast) {
    c.neutral = QColor(0xDD, 0xDD, 0xDD);
    c.positive = QColor(0x00, 0x5A, 0x9C);
    c.negative = QColor(0xD5, 0x5E, 0x00);
    c.gradient = QColor(0x2A, 0x10, 0x70);
    c.dead = QColor(0xB0, 0x00, 0x00);
    c.hatch = Qt::black;
    c.faintest = 0.15;
  }
  return c;
}

}  // namespace

NetworkDiagramView::NetworkDiagramView(QWidget* parent) : QWidget(parent) {
  setMouseTracking(true);
  setAttribute(Qt::WA_OpaquePaintEvent);
  modeBox_ = new QComboBox(this);
  modeBox_->addItem(QString(), int(LinkMode::Gradient));
  modeBox_->addItem(QString(), int(LinkMode::Weight));
  connect(modeBox_, &QComboBox::currentIndexChanged, this,
          [this](int i) { setMode(LinkMode(modeBox_->itemData(i).toInt())); });
  retranslate();
  followPlotTheme(this, [this](const PlotTheme& t) {
    colours_ = diagramColours(t);
    layoutValid_ = false;
    update();
  });
}

void NetworkDiagramView::setControlsVisible(bool visible) { modeBox_->setVisible(visible); }

void NetworkDiagramView::retranslate() {
  modeBox_->setItemText(0, tr("Links: |∂L/∂w|"));
  modeBox_->setItemText(1, tr("Links: weight w"));
  modeBox_->setToolTip(tr("What the width of a link shows"));
  placeModeBox();
  layoutValid_ = false;
}

// In the top right corner at its natural size (for the language and the font: presentation mode).
void NetworkDiagramView::placeModeBox() {
  modeBox_->adjustSize();
  modeBox_->move(width() - modeBox_->width() - 4, 4);
}

void NetworkDiagramView::changeEvent(QEvent* event) {
  if (event->type() == QEvent::LanguageChange) retranslate();
  if (event->type() == QEvent::FontChange) {
    layoutValid_ = false;
    placeModeBox();
  }
  QWidget::changeEvent(event);
}

void NetworkDiagramView::setSnapshot(const Snapshot& snapshot) {
  snapshot_ = snapshot;
  haveSnapshot_ = true;
  layoutValid_ = false;
  update();
}

void NetworkDiagramView::clear() {
  snapshot_ = Snapshot();
  haveSnapshot_ = false;
  layoutValid_ = false;
  update();
}

void NetworkDiagramView::setMode(LinkMode mode) {
  mode_ = mode;
  modeBox_->setCurrentIndex(mode == LinkMode::Gradient ? 0 : 1);
  layoutValid_ = false;
  update();
}

const DiagramLayout& NetworkDiagramView::currentLayout() {
  if (!layoutValid_) {
    layout_ = layoutDiagram(snapshot_, QSizeF(size()), mode_, fontMetrics().height(), colours_);
    layoutValid_ = true;
  }
  return layout_;
}

void NetworkDiagramView::resizeEvent(QResizeEvent* event) {
  layoutValid_ = false;
  placeModeBox();
  QWidget::resizeEvent(event);
}

void NetworkDiagramView::drawTo(QPainter& p, const QSizeF& size) {
  DiagramLayout other;  // at another size than the widget's (an exported figure)
  const DiagramLayout& layout =
      size == QSizeF(this->size())
          ? currentLayout()
          : (other = layoutDiagram(snapshot_, size, mode_, fontMetrics().height(), colours_));
  const QColor ink = colours_.ink;
  // The background, links and unit discs in one image where the painter rasterises (bands lie
  // over the links' place and are translucent: drawn by QPainter, as everything else then).
  const bool imageDrawn =
      layout.bands.empty() && paintDiagramAsImage(p, size, layout, colours_, diagramImage_);
  if (!imageDrawn) p.fillRect(QRectF(QPointF(0, 0), size), colours_.background);
  p.setRenderHint(QPainter::Antialiasing);
  p.setFont(font());
  QFont title = font();
  title.setBold(true);
  p.setFont(title);
  p.setPen(ink);
  p.drawText(QRectF(8, 4, size.width() - 16, fontMetrics().height() * 1.4),
             Qt::AlignLeft | Qt::AlignVCenter, tr("Network: what reaches each weight"));
  p.setFont(font());
  if (!haveSnapshot_ || snapshot_.layers.empty()) {
    p.drawText(QRectF(QPointF(0, 0), size), Qt::AlignCenter,
               tr("Press Step or Play to see the network's gradients"));
    return;
  }
  for (const BandShape& b : layout.bands) {
    p.setPen(Qt::NoPen);
    p.setBrush(b.colour);
    p.drawPolygon(b.polygon);
  }
  if (!imageDrawn) drawLinks(p, layout.links);
  p.setRenderHint(QPainter::Antialiasing);
  if (!imageDrawn) drawUnitDiscs(p, layout.units, colours_);
  drawUnitMarks(p, layout.units, colours_);
  p.setPen(ink);
  for (const DiagramLabel& l : layout.labels) {
    const double w = 200, h = fontMetrics().height();
    QRectF r(l.at, QSizeF(w, h));
    if (l.align & Qt::AlignRight) r.moveRight(l.at.x());
    if (l.align & Qt::AlignHCenter) r.moveLeft(l.at.x() - w / 2);
    if (l.align & Qt::AlignVCenter) r.moveTop(l.at.y() - h / 2);
    p.drawText(r, int(l.align), l.text);
  }
  QFont big = font();
  big.setBold(true);
  p.setFont(big);
  for (const QPointF& e : layout.unitEllipses)
    p.drawText(QRectF(e.x() - 20, e.y() - 12, 40, 24), Qt::AlignCenter, QStringLiteral("⋮"));
  for (const QPointF& e : layout.layerEllipses)
    p.drawText(QRectF(e.x() - 20, e.y() - 12, 40, 24), Qt::AlignCenter, QStringLiteral("⋯"));
  p.setFont(font());
  const double fh = fontMetrics().height();
  p.drawText(QRectF(8, size.height() - 2.3 * fh, size.width() - 16, fh * 1.1),
             Qt::AlignLeft | Qt::AlignVCenter, layout.scaleText);
  p.drawText(QRectF(8, size.height() - 1.2 * fh, size.width() - 16, fh * 1.1),
             Qt::AlignLeft | Qt::AlignVCenter, layout.fillText);
}

void NetworkDiagramView::paintEvent(QPaintEvent*) {
  QPainter p(this);
  drawTo(p, QSizeF(size()));
}

QString NetworkDiagramView::tipAt(const QPointF& at) {
  const DiagramLayout& l = currentLayout();
  for (const UnitShape& u : l.units)
    if (std::hypot(at.x() - u.centre.x(), at.y() - u.centre.y()) <= u.radius + 2) return u.tip;
  const LinkShape* best = nullptr;
  double bestDistance = 4;
  for (const LinkShape& k : l.links) {
    const double d = distanceToSegment(at, k.line);
    if (d < bestDistance) best = &k, bestDistance = d;
  }
  if (best) return linkTip(*best);
  for (const BandShape& b : l.bands)
    if (b.polygon.containsPoint(at, Qt::OddEvenFill)) return b.tip;
  return {};
}

bool NetworkDiagramView::event(QEvent* event) {
  if (event->type() == QEvent::ToolTip) {
    auto* help = static_cast<QHelpEvent*>(event);
    const QString tip = tipAt(help->pos());
    if (tip.isEmpty())
      QToolTip::hideText();
    else
      QToolTip::showText(help->globalPos(), tip, this);
    return true;
  }
  return QWidget::event(event);
}

void NetworkDiagramView::contextMenuEvent(QContextMenuEvent* event) {
  QMenu menu(this);
  menu.addAction(tr("Export figure…"), this, &NetworkDiagramView::exportFigure);
  menu.exec(event->globalPos());
}

void NetworkDiagramView::exportFigure() {
  const QString path = QFileDialog::getSaveFileName(this, tr("Export figure"), "network.png",
                                                    tr("Figures (*.png *.svg *.pdf)"));
  if (path.isEmpty()) return;
  QString error;
  setControlsVisible(false);  // the figure shows the diagram, not the control
  const bool ok = exportWidget(this, path, FigureSize(), &error);
  setControlsVisible(true);
  if (!ok) QMessageBox::warning(this, tr("Export figure"), error);
}

}  // namespace gs
