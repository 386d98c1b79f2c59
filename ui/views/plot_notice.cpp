#include "plot_notice.h"

#include <QEvent>
#include <algorithm>

namespace gs {

PlotNotice::PlotNotice(QWidget* plot) : QLabel(plot) {
  setObjectName("plotNotice");
  setWordWrap(true);
  setAlignment(Qt::AlignCenter);
  setAttribute(Qt::WA_TransparentForMouseEvents);
  setStyleSheet(
      "QLabel { background: rgba(232, 243, 255, 235); color: #0b3d6e; border: 2px solid #1f77b4;"
      " border-radius: 6px; padding: 8px 14px; font-weight: bold; }");
  plot->installEventFilter(this);
  hide();
}

void PlotNotice::showNotice(const QString& text) {
  QFont f = parentWidget()->font();  // a quarter larger than the plot's, in presentation mode too
  f.setPointSizeF(f.pointSizeF() * 1.25);
  setFont(f);
  setText(text);
  place();
  show();
  raise();
}

bool PlotNotice::eventFilter(QObject* watched, QEvent* event) {
  if (watched == parentWidget() && event->type() == QEvent::Resize) place();
  return QLabel::eventFilter(watched, event);
}

// Centred near the top, at most 90% of the plot's width, as tall as its wrapped text.
void PlotNotice::place() {
  const QWidget* plot = parentWidget();
  const int width = std::min(int(plot->width() * 0.9), sizeHint().width());
  const int height = heightForWidth(width) > 0 ? heightForWidth(width) : sizeHint().height();
  setGeometry((plot->width() - width) / 2, plot->height() / 8, width, height);
}

}  // namespace gs
