// The look of every plot in one place: colours (light, dark, high contrast), the palette of the
// roles a view draws (bars, bound, loss, classes, runs, …), fonts and line widths, normal or for
// presentation (large fonts, thick lines, the Okabe–Ito palette). The window sets the current
// theme; every view follows it and re-applies it itself (followPlotTheme), so nothing restyles a
// view from outside and a theme set twice gives the same pixels.
#pragma once

#include <QColor>
#include <QFont>
#include <QObject>
#include <QPen>
#include <QString>
#include <QVector>

class QCPColorGradient;
class QCustomPlot;

namespace gs {

enum class ThemeColors { Light, Dark, HighContrast };

// "light", "dark", "high_contrast" (the settings' keys); Light for anything else.
QString themeColorsId(ThemeColors colors);
ThemeColors themeColorsFromId(const QString& id);

struct PlotTheme {
  ThemeColors colors = ThemeColors::Light;
  bool presentation = false;

  // The frame.
  QColor background, foreground, grid, subGrid, muted, warning, noteBackground;
  QColor emphasis;  // emphasised text on a plot (the activation's max-slope label)
  // What the views draw, by role.
  QColor bars, highlight, bound, zero;  // gradient bars
  QColor value, derivative;             // f and f′ (activation, pre-activations)
  QColor loss, accuracy;                // training curves
  QColor class0, class1, curve;         // decision map points, regression curve
  QColor mapLow, mapMid, mapHigh;       // decision map: P(class 1) = 0, ½, 1
  QColor runA, runB;                    // compare
  QColor histogram, dead, saturated;    // pre-activations
  QColor heatmapNan;                    // a heatmap cell without a value
  QVector<QColor> palette;              // the colour-blind-safe series colours
  QVector<QColor> classes;  // decision map classes 0 … 7: class0, class1, then Okabe–Ito

  // Sizes: plot text in points (0: the application's font), pens multiplied by lineScale and
  // at least minCurveWidth for curves, markers by markerScale.
  double fontPoints = 0;
  double lineScale = 1;
  double minCurveWidth = 0;
  double markerScale = 1;

  // Normal (presentation off) or presentation with plot text of fontPoints.
  static PlotTheme make(ThemeColors colors, bool presentation = false, double fontPoints = 0);

  // The plot text font (bold for titles); scale for text that is deliberately smaller or larger.
  QFont font(bool bold = false, double scale = 1.0) const;
  QPen pen(const QColor& color, double width, Qt::PenStyle style = Qt::SolidLine) const;
  QPen curvePen(const QColor& color, double width, Qt::PenStyle style = Qt::SolidLine) const;
  double marker(double size) const { return size * markerScale; }
  QColor classColor(int label) const { return classes.value(label, foreground); }
  // The frame of plot: background, axes (pens, fonts, label colours), grids, every legend and
  // text element. Views call this, then style what they draw themselves.
  void applyFrame(QCustomPlot* plot) const;
  QCPColorGradient heatmapGradient() const;  // viridis; NaN in heatmapNan
  // The colours of curves drawn one per layer (and their colour scale): viridis' hues, darkened on
  // white (its yellow vanishes there) and lightened on the dark background (its purple does).
  QCPColorGradient layerGradient() const;
  // Layer `layer` (1-based) of `layers` on layerGradient.
  QColor layerColour(int layer, int layers) const;
  // applyFrame, then every graph's pen at the theme's width, each keeping its own colour (curves
  // coloured by layer), and a queued replot.
  void applyKeepingCurveColours(QCustomPlot* plot, double width) const;
};

// The theme every view follows.
class PlotThemes : public QObject {
  Q_OBJECT

 public:
  static PlotThemes& instance();
  static const PlotTheme& current();
  void set(const PlotTheme& theme);  // emits changed

 signals:
  void changed(const gs::PlotTheme& theme);

 private:
  PlotTheme theme_ = PlotTheme::make(ThemeColors::Light);
};

// Applies the current theme to a view now and again whenever it changes, for as long as receiver
// lives: `followPlotTheme(this, [this](const PlotTheme& t) { applyTheme(t); });`
template <typename Apply>
void followPlotTheme(QObject* receiver, Apply apply) {
  apply(PlotThemes::current());
  QObject::connect(&PlotThemes::instance(), &PlotThemes::changed, receiver, apply);
}

}  // namespace gs
