#include "plot_notice.h"

#include <QEvent>
#include <algorithm>

#include "plot_theme.h"

namespace gs {

PlotNotice::PlotNotice(QWidget* plot) : QLabel(plot) {
  setObjectName("plotNotice");
  setWordWrap(true);
  setAlignment(Qt::AlignCenter);
  setAttribute(Qt::WA_TransparentForMouseEvents);
  plot->installEventFilter(this);
  hide();
  followPlotTheme(this, [this](const PlotTheme& t) { applyTheme(t); });
}

// A light blue panel with dark blue text; dark blue with light text on the dark theme; black on
// white with a thick border in high contrast.
void PlotNotice::applyTheme(const PlotTheme& t) {
  const char* look = t.colors == ThemeColors::Dark
                         ? "background: rgba(14, 42, 66, 240); color: #d6ecff; border: 2px solid "
                           "#56b4e9;"
                     : t.colors == ThemeColors::HighContrast
                         ? "background: #ffffff; color: #000000; border: 3px solid #000000;"
                         : "background: rgba(232, 243, 255, 235); color: #0b3d6e; border: 2px "
                           "solid #1f77b4;";
  setStyleSheet(QStringLiteral("QLabel { %1 border-radius: 6px; padding: 8px 14px; "
                               "font-weight: bold; }")
                    .arg(QLatin1String(look)));
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
