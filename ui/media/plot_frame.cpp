#include "plot_frame.h"

#include <qcustomplot.h>

#include <QCoreApplication>
#include <QPainter>
#include <algorithm>

namespace gs::media {

QImage plotFrame(QCustomPlot* plot, int width, int height, double zoom, const QColor& background) {
  QImage image(width, height, QImage::Format_RGB32);
  image.fill(background);
  QCPPainter painter(&image);
  painter.setRenderHint(QPainter::Antialiasing);
  const int w = std::max(1, qRound(width / zoom)), h = std::max(1, qRound(height / zoom));
  if (zoom != 1.0) painter.setMode(QCPPainter::pmNonCosmetic);  // hairlines scale too
  painter.scale(double(width) / w, double(height) / h);
  plot->toPainter(&painter, w, h);
  return image;
}

void stampStep(QImage& frame, long step, double zoom, const QColor& plate, const QColor& text) {
  QPainter painter(&frame);
  painter.setRenderHint(QPainter::Antialiasing);
  QFont font = painter.font();
  font.setPointSizeF(11 * zoom);
  font.setBold(true);
  painter.setFont(font);
  const QString label = QCoreApplication::translate("gs::media", "step %1").arg(step);
  const QFontMetrics metrics(font);
  const int pad = qRound(4 * zoom);
  QRect box(QPoint(0, 0), metrics.size(Qt::TextSingleLine, label) + QSize(2 * pad, 2 * pad));
  box.moveTopRight(QPoint(frame.width() - 1 - pad, pad));
  QColor translucent = plate;
  translucent.setAlpha(230);
  painter.fillRect(box, translucent);
  painter.setPen(text);
  painter.drawText(box, Qt::AlignCenter, label);
}

}  // namespace gs::media
