#include "plot_theme.h"

#include <qcustomplot.h>

#include <QGuiApplication>
#include <algorithm>

namespace gs {
namespace {

// Okabe & Ito (2008), "Color Universal Design": distinguishable with every common colour-vision
// deficiency. The yellow is left out: it vanishes on white under a projector.
const QColor kBlue(0x00, 0x72, 0xB2), kVermillion(0xD5, 0x5E, 0x00), kGreen(0x00, 0x9E, 0x73),
    kPurple(0xCC, 0x79, 0xA7), kOrange(0xE6, 0x9F, 0x00), kSky(0x56, 0xB4, 0xE9);

// The normal light look: Tableau's colours, which the views have always drawn with.
void lightRoles(PlotTheme& t) {
  t.bars = QColor(44, 160, 44);
  t.highlight = QColor(255, 127, 14);
  t.bound = QColor(148, 103, 189);
  t.zero = QColor(214, 39, 40);
  t.value = QColor(31, 119, 180);
  t.derivative = QColor(214, 39, 40);
  t.loss = QColor(31, 119, 180);
  t.accuracy = QColor(255, 127, 14);
  t.class0 = QColor(31, 119, 180);
  t.class1 = QColor(214, 39, 40);
  t.curve = QColor(214, 39, 40);
  t.mapLow = QColor(170, 200, 235);
  t.mapMid = QColor(245, 245, 245);
  t.mapHigh = QColor(240, 170, 170);
  t.runA = kBlue;
  t.runB = kVermillion;
  t.histogram = QColor(0x99, 0x99, 0x99);
  t.dead = kPurple;
  t.saturated = kOrange;
  t.emphasis = QColor(160, 20, 20);
}

// Okabe–Ito for every role: presentation, dark and high contrast.
void okabeItoRoles(PlotTheme& t, bool dark) {
  t.bars = kGreen;
  t.highlight = kOrange;
  t.bound = kPurple;
  t.zero = kVermillion;
  t.value = dark ? kSky : kBlue;
  t.derivative = kVermillion;
  t.loss = dark ? kSky : kBlue;
  t.accuracy = kOrange;
  t.class0 = dark ? kSky : kBlue;
  t.class1 = kVermillion;
  t.curve = kVermillion;
  t.runA = dark ? kSky : kBlue;
  t.runB = kVermillion;
  t.histogram = dark ? QColor(0x88, 0x88, 0x88) : QColor(0x99, 0x99, 0x99);
  t.dead = kPurple;
  t.saturated = kOrange;
  t.emphasis = t.warning;
  if (dark) {
    t.mapLow = QColor(0x1f, 0x3b, 0x57);
    t.mapMid = QColor(0x2a, 0x2a, 0x2a);
    t.mapHigh = QColor(0x5c, 0x2e, 0x12);
  } else {
    t.mapLow = QColor(0xB3, 0xD3, 0xEA);
    t.mapMid = QColor(0xF5, 0xF5, 0xF5);
    t.mapHigh = QColor(0xF2, 0xC6, 0xA6);
  }
}

void frameColors(PlotTheme& t) {
  switch (t.colors) {
    case ThemeColors::Light:
      t.background = Qt::white;
      t.foreground = Qt::black;
      t.grid = t.presentation ? QColor(150, 150, 150) : QColor(200, 200, 200);
      t.subGrid = QColor(220, 220, 220);
      t.muted = QColor(90, 90, 90);
      t.warning = QColor(214, 39, 40);
      t.noteBackground = QColor(255, 255, 255, 220);
      t.heatmapNan = QColor(0xDD, 0xDD, 0xDD);
      break;
    case ThemeColors::Dark:
      t.background = QColor(0x1e, 0x1e, 0x1e);
      t.foreground = QColor(0xe6, 0xe6, 0xe6);
      t.grid = QColor(0x55, 0x55, 0x55);
      t.subGrid = QColor(0x3a, 0x3a, 0x3a);
      t.muted = QColor(0xb0, 0xb0, 0xb0);
      t.warning = QColor(0xff, 0x7f, 0x50);
      t.noteBackground = QColor(0x1e, 0x1e, 0x1e, 220);
      t.heatmapNan = QColor(0x55, 0x55, 0x55);
      break;
    case ThemeColors::HighContrast:
      t.background = Qt::white;
      t.foreground = Qt::black;
      t.grid = QColor(110, 110, 110);
      t.subGrid = QColor(170, 170, 170);
      t.muted = Qt::black;
      t.warning = QColor(0xB0, 0x00, 0x00);
      t.noteBackground = Qt::white;
      t.heatmapNan = QColor(0xBB, 0xBB, 0xBB);
      break;
  }
}

QFont baseFont() { return QGuiApplication::font(); }

void styleAxis(const PlotTheme& t, QCPAxis* a) {
  const double axisWidth = t.presentation ? 2 : t.colors == ThemeColors::HighContrast ? 1.5 : 0;
  const QPen axisPen(t.foreground, axisWidth, Qt::SolidLine, Qt::SquareCap);
  a->setBasePen(axisPen);
  a->setTickPen(axisPen);
  a->setSubTickPen(axisPen);
  a->setLabelColor(t.foreground);
  a->setTickLabelColor(t.foreground);
  a->setLabelFont(t.font());
  a->setTickLabelFont(t.font());
  a->grid()->setPen(QPen(t.grid, 0, Qt::DotLine));
  a->grid()->setSubGridPen(QPen(t.subGrid, 0, Qt::DotLine));
  a->grid()->setZeroLinePen(QPen(t.grid, 0, Qt::SolidLine));
}

void styleLegend(const PlotTheme& t, QCPLegend* legend) {
  legend->setFont(t.font());
  legend->setTextColor(t.foreground);
  legend->setBrush(t.background);
  legend->setIconSize(QSize(int(32 * t.markerScale), int(18 * t.markerScale)));
  QPen border = legend->borderPen();
  if (border.style() != Qt::NoPen) {
    border.setColor(t.foreground);
    legend->setBorderPen(border);
  }
  for (int i = 0; i < legend->itemCount(); ++i)  // a legend wrapped into rows has empty cells
    if (QCPAbstractLegendItem* item = legend->item(i)) {
      item->setFont(t.font());
      item->setTextColor(t.foreground);
    }
}

}  // namespace

QString themeColorsId(ThemeColors colors) {
  switch (colors) {
    case ThemeColors::Dark:
      return QStringLiteral("dark");
    case ThemeColors::HighContrast:
      return QStringLiteral("high_contrast");
    case ThemeColors::Light:
      break;
  }
  return QStringLiteral("light");
}

ThemeColors themeColorsFromId(const QString& id) {
  if (id == QLatin1String("dark")) return ThemeColors::Dark;
  if (id == QLatin1String("high_contrast")) return ThemeColors::HighContrast;
  return ThemeColors::Light;
}

PlotTheme PlotTheme::make(ThemeColors colors, bool presentation, double fontPoints) {
  PlotTheme t;
  t.colors = colors;
  t.presentation = presentation;
  frameColors(t);
  if (colors == ThemeColors::Light && !presentation)
    lightRoles(t);
  else
    okabeItoRoles(t, colors == ThemeColors::Dark);
  t.palette = {t.runA, t.runB, kGreen, kPurple, kOrange, kSky, t.foreground};
  // Eight classes: the two class colours, then the rest of Okabe & Ito's eight (the yellow too:
  // points carry a dark outline on a K-class map, and it is the last to be used).
  const QColor kYellow(0xF0, 0xE4, 0x42);
  const bool dark = colors == ThemeColors::Dark;
  t.classes = {t.class0,
               t.class1,
               kGreen,
               kPurple,
               kOrange,
               dark ? kBlue : kSky,
               dark ? QColor(0xB0, 0xB0, 0xB0) : QColor(0x44, 0x44, 0x44),
               kYellow};
  if (presentation) {
    t.fontPoints = fontPoints > 0 ? fontPoints : 18;
    t.lineScale = 2;
    t.minCurveWidth = 4;
    t.markerScale = 1.6;
  } else if (colors == ThemeColors::HighContrast) {
    t.lineScale = 1.5;
    t.minCurveWidth = 2.5;
  }
  return t;
}

QFont PlotTheme::font(bool bold, double scale) const {
  QFont f = baseFont();
  const double points = fontPoints > 0 ? fontPoints : f.pointSizeF();
  if (scale != 1.0 || fontPoints > 0) f.setPointSizeF(std::max(1.0, points * scale));
  f.setBold(bold);
  return f;
}

QPen PlotTheme::pen(const QColor& color, double width, Qt::PenStyle style) const {
  return QPen(color, width * lineScale, style);
}

QPen PlotTheme::curvePen(const QColor& color, double width, Qt::PenStyle style) const {
  return QPen(color, std::max(minCurveWidth, width * lineScale), style);
}

void PlotTheme::applyFrame(QCustomPlot* plot) const {
  plot->setBackground(background);
  for (QCPAxis* axis : plot->findChildren<QCPAxis*>()) styleAxis(*this, axis);  // colour scales too
  for (QCPLegend* legend : plot->findChildren<QCPLegend*>()) styleLegend(*this, legend);
  for (QCPTextElement* text : plot->findChildren<QCPTextElement*>()) {
    text->setFont(font(text->font().bold()));
    text->setTextColor(foreground);
  }
}

void PlotTheme::applyKeepingCurveColours(QCustomPlot* plot, double width) const {
  applyFrame(plot);
  for (int i = 0; i < plot->graphCount(); ++i) {
    QCPGraph* g = plot->graph(i);
    g->setPen(curvePen(g->pen().color(), width, g->pen().style()));
  }
  plot->replot(QCustomPlot::rpQueuedReplot);
}

QCPColorGradient PlotTheme::heatmapGradient() const {
  QCPColorGradient g;
  g.clearColorStops();
  g.setColorStopAt(0.00, QColor(0x44, 0x01, 0x54));  // viridis: perceptually even, dark = small
  g.setColorStopAt(0.25, QColor(0x3B, 0x52, 0x8B));
  g.setColorStopAt(0.50, QColor(0x21, 0x91, 0x8C));
  g.setColorStopAt(0.75, QColor(0x5E, 0xC9, 0x62));
  g.setColorStopAt(1.00, QColor(0xFD, 0xE7, 0x25));
  g.setNanHandling(QCPColorGradient::nhNanColor);
  g.setNanColor(heatmapNan);
  return g;
}

QCPColorGradient PlotTheme::layerGradient() const {
  // Viridis' hues, each stop at least 3:1 against the background (4.5:1 in high contrast): its own
  // yellow end vanishes on white and its purple end on the dark background.
  struct Stops {
    QRgb at0, at35, at70, at100;
  };
  const Stops stops = colors == ThemeColors::Dark ? Stops{0xC3A6F2, 0x56B4E9, 0x5EC962, 0xFDE725}
                      : colors == ThemeColors::HighContrast
                          ? Stops{0x440154, 0x24457E, 0x136B4F, 0x7A5A00}
                          : Stops{0x440154, 0x31688E, 0x1F9E89, 0xB8860B};
  QCPColorGradient g;
  g.clearColorStops();
  g.setColorStopAt(0.00, QColor(stops.at0));
  g.setColorStopAt(0.35, QColor(stops.at35));
  g.setColorStopAt(0.70, QColor(stops.at70));
  g.setColorStopAt(1.00, QColor(stops.at100));
  return g;
}

QColor PlotTheme::layerColour(int layer, int layers) const {
  QCPColorGradient g = layerGradient();  // color() is not const
  return QColor::fromRgb(g.color(layer, QCPRange(1, std::max(2, layers))));
}

PlotThemes& PlotThemes::instance() {
  static PlotThemes themes;
  return themes;
}

const PlotTheme& PlotThemes::current() { return instance().theme_; }

void PlotThemes::set(const PlotTheme& theme) {
  theme_ = theme;
  emit changed(theme_);
}

}  // namespace gs
