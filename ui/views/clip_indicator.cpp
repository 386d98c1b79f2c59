#include "clip_indicator.h"

#include "plot_theme.h"

namespace gs {

ClipIndicator::ClipIndicator(QWidget* parent) : QLabel(parent) {
  setObjectName("clipIndicator");
  setToolTip(
      tr("Gradient clipping: on how many of the steps so far it shortened the gradient, "
         "and the factor ‖clipped g‖/‖g‖ of the last step (×1 = untouched)."));
  hide();
  followPlotTheme(this, [this](const PlotTheme&) { restyle(); });
}

// Orange while it fires, like a warning light (lighter on the dark theme, darker in high
// contrast); plain when the last step was untouched.
void ClipIndicator::restyle() {
  if (!clipped_) return setStyleSheet(QString());
  const ThemeColors colors = PlotThemes::current().colors;
  const char* colour = colors == ThemeColors::Dark           ? "#F0A050"
                       : colors == ThemeColors::HighContrast ? "#8A4500"
                                                             : "#B35900";
  setStyleSheet(QStringLiteral("color: %1; font-weight: bold;").arg(QLatin1String(colour)));
}

QString ClipIndicator::describe(const Snapshot& s) {
  if (!s.clipping) return {};
  const long steps = s.step;
  const double share = steps > 0 ? 100.0 * double(s.clippedSteps) / double(steps) : 0.0;
  QString text = tr("clipping: %1 of %2 steps (%3 %)")
                     .arg(s.clippedSteps)
                     .arg(steps)
                     .arg(QString::number(share, 'f', 0));
  if (s.clipped) text += tr(" · last step ×%1").arg(QString::number(s.clipFactor, 'g', 2));
  return text;
}

void ClipIndicator::setSnapshot(const Snapshot& s) {
  const QString text = describe(s);
  setText(text);
  setVisible(!text.isEmpty());
  if (s.clipped == clipped_) return;
  clipped_ = s.clipped;
  restyle();
}

}  // namespace gs
