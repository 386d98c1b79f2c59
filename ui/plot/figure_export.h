// Figures for lecture notes: any QCustomPlot or any QWidget to PNG, SVG or PDF, chosen by the
// file's extension. The figure is rendered to memory, then written with saveFileAtomically
// (save_file.h), so a failed export — even a disk filling up mid-write — never leaves half a file.
#pragma once

#include <QByteArray>
#include <QString>

class QCustomPlot;
class QWidget;

namespace gs {

struct FigureSize {
  static constexpr int kMinSide = 16;
  static constexpr int kMaxSide = 10000;
  static constexpr double kMaxScale = 8.0;
  static constexpr double kMaxPixels = 1e8;  // width × height × scale²: ~400 MB of ARGB
  int width = 0;                             // logical size; 0 = the widget's current size
  int height = 0;
  double scale = 1.0;  // PNG only: pixels per logical unit (2 = "retina")
  // Plots only: laid out at (width ÷ zoom) × (height ÷ zoom) and drawn zoom times larger, so text,
  // lines and markers grow while the file keeps its size (2: figures for lecture notes).
  static constexpr double kMinZoom = 0.5;
  static constexpr double kMaxZoom = 4.0;
  double zoom = 1.0;
  // Plots only: one line under the figure, e.g. "Sigmoid, 10 × 16, Xavier normal, SGD lr 0.1 —
  // step 300"; empty = none. The figure keeps its size; the plot gives up the caption's height.
  QString caption;
};

enum class FigureFormat { Png, Svg, Pdf };

// ".png", ".svg" or ".pdf" (any case); false otherwise.
bool figureFormatFromPath(const QString& path, FigureFormat* format);
// A message naming the bad value and the allowed range, or empty when the size is fine.
QString checkFigureSize(const FigureSize& size);

// Return true on success; on failure false and *error (when given) says what and why, e.g.
// "figure.txt: unknown figure format; allowed: .png, .svg, .pdf".
// A plot is drawn at width × height (its own size when 0); PNG pixels are (w × scale, h × scale).
// PDF pages are w × h points.
bool exportPlot(QCustomPlot* plot, const QString& path, const FigureSize& size = {},
                QString* error = nullptr);
// exportPlot without the write: the file's bytes (format from path's extension) into *bytes.
bool renderPlot(QCustomPlot* plot, const QString& path, const FigureSize& size, QByteArray* bytes,
                QString* error = nullptr);
// The font families an SVG names, resolved to the installed family each one maps to ("Sans
// Serif" → "DejaVu Sans"), so librsvg and ImageMagick draw the same glyphs
// (ImageMagick does not resolve fontconfig aliases and dropped ⁻ and ‖).
QByteArray svgWithRealFontFamilies(const QByteArray& svg);
// A widget (with all its children) is drawn at its own size and fitted, centred, into
// width × height on the current theme's background.
// exportWidget without the write.
bool renderWidget(QWidget* widget, const QString& path, const FigureSize& size, QByteArray* bytes,
                  QString* error = nullptr);
bool exportWidget(QWidget* widget, const QString& path, const FigureSize& size = {},
                  QString* error = nullptr);

}  // namespace gs
