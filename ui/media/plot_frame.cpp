#include "plot_frame.h"

#include <qcustomplot.h>

#include <QCoreApplication>
#include <QPainter>
#include <algorithm>

namespace gs::media {

QImage plotFrame(QCustomPlot* plot, int width, int height, double zoom) {
  QImage image(width, height, QImage::Format_RGB32);
  image.fill(Qt::white);
  QCPPainter painter(&image);
  painter.setRenderHint(QPainter::Antialiasing);
  const int w = std::max(1, qRound(width / zoom)), h = std::max(1, qRound(height / zoom));
  if (zoom != 1.0) painter.setMode(QCPPainter::pmNonCosmetic);  // hairlines scale too
  painter.scale(double(width) / w, double(height) / h);
  plot->toPainter(&painter, w, h);
  return image;
}

void stampStep(QImage& frame, long step, double zoom) {
  QPainter painter(&frame);
  painter.setRenderHint(QPainter::Antialiasing);
  QFont font = painter.font();
  font.setPointSizeF(11 * zoom);
  font.setBold(true);
  painter.setFont(font);
  const QString text = QCoreApplication::translate("gs::media", "step %1").arg(step);
  const QFontMetrics metrics(font);
  const int pad = qRound(4 * zoom);
  QRect box(QPoint(0, 0), metrics.size(Qt::TextSingleLine, text) + QSize(2 * pad, 2 * pad));
  box.moveTopRight(QPoint(frame.width() - 1 - pad, pad));
  painter.fillRect(box, QColor(255, 255, 255, 230));
  painter.setPen(Qt::black);
  painter.drawText(box, Qt::AlignCenter, text);
}

}  // namespace gs::media
