#include "figure_export.h"

#include <qcustomplot.h>

#include <QBuffer>
#include <QFileInfo>
#include <QFontInfo>
#include <QFontMetrics>
#include <QImage>
#include <QPdfWriter>
#include <QRegularExpression>
#include <QSvgGenerator>
#include <QWidget>
#include <algorithm>
#include <cmath>
#include <functional>

#include "plot_theme.h"
#include "save_file.h"

namespace gs {
namespace {

// Draws the figure into a painter whose logical coordinates are 0 … size.
using Draw = std::function<void(QCPPainter&, const QSize&)>;

// Swallows paint events: a plot's own paint is a cached bitmap.
class SkipPaint : public QObject {
 public:
  bool eventFilter(QObject*, QEvent* event) override { return event->type() == QEvent::Paint; }
};

// The widget as on screen, except that every visible plot in it is drawn as vectors (sharp in
// SVG and PDF, and in a scaled PNG) rather than as its on-screen bitmap.
void renderWithVectorPlots(QWidget* widget, QCPPainter& painter) {
  QList<QCustomPlot*> plots;
  for (QCustomPlot* plot : widget->findChildren<QCustomPlot*>())
    if (plot->isVisibleTo(widget)) plots << plot;
  SkipPaint skip;
  for (QCustomPlot* plot : plots) plot->installEventFilter(&skip);
  widget->render(&painter, QPoint(), QRegion(), QWidget::DrawChildren);
  for (QCustomPlot* plot : plots) plot->removeEventFilter(&skip);
  for (QCustomPlot* plot : plots) {
    painter.save();
    painter.translate(plot->mapTo(widget, QPoint(0, 0)));
    painter.setClipRect(QRect(QPoint(0, 0), plot->size()));
    plot->toPainter(&painter, plot->width(), plot->height());
    painter.restore();
  }
}

bool fail(QString* error, const QString& message) {
  if (error) *error = message;
  return false;
}

// dpi: the logical DPI of the widget being exported. Fonts are sized in points, so every target
// must resolve points with the same DPI as the screen did, or text grows or shrinks against the
// lines (QPdfWriter defaults to 1200 dpi, QSvgGenerator to 72).
bool renderPng(const QString& path, const QSize& size, double scale, int dpi, const Draw& draw,
               QByteArray* out, QString* error) {
  const QSize pixels(qRound(size.width() * scale), qRound(size.height() * scale));
  QImage image(pixels, QImage::Format_ARGB32_Premultiplied);
  if (image.isNull())
    return fail(error, QObject::tr("%1: not enough memory for a %2 × %3 image")
                           .arg(path)
                           .arg(pixels.width())
                           .arg(pixels.height()));
  image.fill(PlotThemes::current().background);  // under the plot's own background: no seam
  image.setDotsPerMeterX(qRound(dpi / 0.0254));
  image.setDotsPerMeterY(qRound(dpi / 0.0254));
  {
    QCPPainter painter(&image);
    painter.setRenderHint(QPainter::Antialiasing);
    if (scale != 1.0) painter.setMode(QCPPainter::pmNonCosmetic);  // hairlines scale too
    painter.scale(scale, scale);
    draw(painter, size);
  }
  QBuffer buffer(out);
  if (buffer.open(QIODevice::WriteOnly) && image.save(&buffer, "PNG")) return true;
  return fail(error, QObject::tr("%1: PNG encoding failed").arg(path));
}

bool renderSvg(const QString& path, const QSize& size, int dpi, const Draw& draw, QByteArray* out,
               QString* error) {
  QBuffer buffer(out);
  buffer.open(QIODevice::WriteOnly);
  QSvgGenerator svg;
  svg.setOutputDevice(&buffer);
  svg.setSize(size);
  svg.setViewBox(QRect(QPoint(0, 0), size));
  svg.setResolution(dpi);
  svg.setTitle(QFileInfo(path).completeBaseName());
  svg.setDescription(QStringLiteral("GradScope figure"));
  QCPPainter painter;
  if (!painter.begin(&svg))
    return fail(error, QObject::tr("%1: cannot start the SVG drawing").arg(path));
  painter.setMode(QCPPainter::pmVectorized);
  painter.setMode(QCPPainter::pmNoCaching);
  draw(painter, size);
  painter.end();
  buffer.close();
  *out = svgWithRealFontFamilies(*out);
  return true;
}

// The caption's strip: one line of the plot's font, with half a line of space around it.
int captionHeight(const QFont& font) { return int(std::ceil(QFontMetricsF(font).height() * 1.8)); }

void drawCaption(QCPPainter& painter, const QFont& font, const QRect& strip, const QString& text) {
  painter.save();
  painter.setFont(font);
  painter.setPen(PlotThemes::current().muted);
  const QString shown = QFontMetrics(font).elidedText(text, Qt::ElideMiddle, strip.width() - 8);
  painter.drawText(strip, Qt::AlignCenter, shown);
  painter.restore();
}

bool renderPdf(const QString& path, const QSize& size, int dpi, const Draw& draw, QByteArray* out,
               QString* error) {
  QBuffer buffer(out);
  buffer.open(QIODevice::WriteOnly);
  QPdfWriter pdf(&buffer);
  pdf.setCreator(QStringLiteral("GradScope"));
  pdf.setTitle(QFileInfo(path).completeBaseName());
  pdf.setResolution(dpi);
  // One page exactly the figure's size, in points; the painter's window maps size onto it.
  pdf.setPageLayout(
      QPageLayout(QPageSize(QSizeF(size), QPageSize::Point, QString(), QPageSize::ExactMatch),
                  QPageLayout::Portrait, QMarginsF(0, 0, 0, 0)));
  QCPPainter painter;
  if (!painter.begin(&pdf))
    return fail(error, QObject::tr("%1: cannot start the PDF drawing").arg(path));
  painter.setMode(QCPPainter::pmVectorized);
  painter.setMode(QCPPainter::pmNoCaching);
  painter.setWindow(QRect(QPoint(0, 0), size));
  draw(painter, size);
  painter.end();  // writes the PDF's trailer into the buffer
  return true;
}

bool renderFigure(const QString& path, const FigureSize& wanted, const QWidget& source,
                  const Draw& draw, QByteArray* bytes, QString* error) {
  const QSize own = source.size();
  const int dpi = source.logicalDpiY();
  if (path.isEmpty()) return fail(error, QObject::tr("no file name given for the figure"));
  FigureFormat format;
  if (!figureFormatFromPath(path, &format))
    return fail(error, QObject::tr("%1: unknown figure format \"%2\"; allowed: .png, .svg, .pdf")
                           .arg(path, QFileInfo(path).suffix()));
  FigureSize size = wanted;
  if (size.width == 0) size.width = own.width();
  if (size.height == 0) size.height = own.height();
  const QString bad = checkFigureSize(size);
  if (!bad.isEmpty()) return fail(error, QStringLiteral("%1: %2").arg(path, bad));
  const QSize logical(size.width, size.height);
  switch (format) {
    case FigureFormat::Png:
      return renderPng(path, logical, size.scale, dpi, draw, bytes, error);
    case FigureFormat::Svg:
      return renderSvg(path, logical, dpi, draw, bytes, error);
    case FigureFormat::Pdf:
      return renderPdf(path, logical, dpi, draw, bytes, error);
  }
  return false;
}

// A caption (when not empty) takes a strip under the plot; the figure keeps its size.
Draw plotDraw(QCustomPlot* plot, double zoom, const QString& caption) {
  return [plot, zoom, caption](QCPPainter& painter, const QSize& s) {
    // Lay the plot out smaller, then stretch it onto the whole figure (exactly, in both
    // directions, whatever the rounding); hairlines are scaled like every other line.
    const int w = std::max(1, qRound(s.width() / zoom)), h = std::max(1, qRound(s.height() / zoom));
    if (zoom != 1.0) {
      painter.setMode(QCPPainter::pmNonCosmetic);
      painter.scale(double(s.width()) / w, double(s.height()) / h);
    }
    const QFont font = plot->font();
    const int strip = caption.isEmpty() ? 0 : std::min(h / 3, captionHeight(font));
    plot->toPainter(&painter, w, h - strip);
    if (strip > 0) {
      painter.fillRect(QRect(0, h - strip, w, strip), PlotThemes::current().background);
      drawCaption(painter, font, QRect(0, h - strip, w, strip), caption);
    }
  };
}

}  // namespace

bool figureFormatFromPath(const QString& path, FigureFormat* format) {
  const QString suffix = QFileInfo(path).suffix().toLower();
  if (suffix == QLatin1String("png"))
    *format = FigureFormat::Png;
  else if (suffix == QLatin1String("svg"))
    *format = FigureFormat::Svg;
  else if (suffix == QLatin1String("pdf"))
    *format = FigureFormat::Pdf;
  else
    return false;
  return true;
}

QString checkFigureSize(const FigureSize& s) {
  auto side = [](const char* name, int v) {
    return QObject::tr("%1 = %2 is out of range; allowed: %3 to %4 (0 = the current size)")
        .arg(QLatin1String(name))
        .arg(v)
        .arg(FigureSize::kMinSide)
        .arg(FigureSize::kMaxSide);
  };
  if (s.width < FigureSize::kMinSide || s.width > FigureSize::kMaxSide)
    return side("width", s.width);
  if (s.height < FigureSize::kMinSide || s.height > FigureSize::kMaxSide)
    return side("height", s.height);
  if (!(s.scale > 0) || s.scale > FigureSize::kMaxScale)
    return QObject::tr("scale = %1 is out of range; allowed: more than 0, at most %2")
        .arg(s.scale)
        .arg(FigureSize::kMaxScale);
  if (!(s.zoom >= FigureSize::kMinZoom) || s.zoom > FigureSize::kMaxZoom)
    return QObject::tr("zoom = %1 is out of range; allowed: %2 to %3")
        .arg(s.zoom)
        .arg(FigureSize::kMinZoom)
        .arg(FigureSize::kMaxZoom);
  const double pixels = double(s.width) * s.height * s.scale * s.scale;
  if (pixels > FigureSize::kMaxPixels)
    return QObject::tr("width × height × scale² = %1 pixels is too large; allowed: at most %2")
        .arg(pixels, 0, 'g', 3)
        .arg(FigureSize::kMaxPixels, 0, 'g', 3);
  return {};
}

bool renderPlot(QCustomPlot* plot, const QString& path, const FigureSize& size, QByteArray* bytes,
                QString* error) {
  if (!plot) return fail(error, QObject::tr("%1: there is no plot to export").arg(path));
  return renderFigure(path, size, *plot, plotDraw(plot, size.zoom, size.caption.trimmed()), bytes,
                      error);
}

bool exportPlot(QCustomPlot* plot, const QString& path, const FigureSize& size, QString* error) {
  QByteArray bytes;
  return renderPlot(plot, path, size, &bytes, error) && saveFileAtomically(path, bytes, error);
}

QByteArray svgWithRealFontFamilies(const QByteArray& svg) {
  static const QRegularExpression family(QStringLiteral("font-family=\"([^\"]*)\""));
  QString text = QString::fromUtf8(svg);
  QString out;
  qsizetype last = 0;
  for (auto it = family.globalMatch(text); it.hasNext();) {
    const QRegularExpressionMatch m = it.next();
    const QString named = m.captured(1).remove('\'');
    QString real = QFontInfo(QFont(named)).family();
    if (real.isEmpty()) real = named;
    out += text.mid(last, m.capturedStart() - last);
    out += QStringLiteral("font-family=\"%1\"").arg(real.toHtmlEscaped());
    last = m.capturedEnd();
  }
  out += text.mid(last);
  return out.toUtf8();
}

bool renderWidget(QWidget* widget, const QString& path, const FigureSize& size, QByteArray* bytes,
                  QString* error) {
  if (!widget) return fail(error, QObject::tr("%1: there is no window to export").arg(path));
  widget->ensurePolished();
  const QSize own = widget->size();
  const Draw draw = [widget, own](QCPPainter& painter, const QSize& s) {
    painter.fillRect(QRect(QPoint(0, 0), s), PlotThemes::current().background);
    // Fit the widget into the figure without distorting it, centred.
    const double k = std::min(double(s.width()) / own.width(), double(s.height()) / own.height());
    painter.translate((s.width() - own.width() * k) / 2, (s.height() - own.height() * k) / 2);
    painter.scale(k, k);
    renderWithVectorPlots(widget, painter);
  };
  return renderFigure(path, size, *widget, draw, bytes, error);
}

bool exportWidget(QWidget* widget, const QString& path, const FigureSize& size, QString* error) {
  QByteArray bytes;
  return renderWidget(widget, path, size, &bytes, error) && saveFileAtomically(path, bytes, error);
}

}  // namespace gs
