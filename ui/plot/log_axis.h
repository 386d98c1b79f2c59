// A logarithmic value axis that reads the same in every language. Its range spans at least two
// whole decades, so QCustomPlot's log ticker has two powers of ten to label (on a narrower range
// a rounded label such as "10⁰" can appear twice, or no number at all). Its labels are written
// as 10⁻³ directly: QCustomPlot's own "eb" format only recognises a lower-case 'e', and locales
// such as Vietnamese write 1E-03, which then showed as "1E-03".
#pragma once

#include <qcustomplot.h>

#include <QString>

namespace gs {

struct LogRange {
  double lower;
  double upper;
};

// [lo, hi] (both > 0) widened by `margin` (a factor) on each side, then to two decades about its
// geometric middle when it is still narrower; [1e-3, 1] when nothing is positive (hi <= 0).
LogRange logAxisRange(double lo, double hi, double margin);

// "10⁻³" for 0.001, "10⁰" for 1: ten to the nearest whole power, in Unicode superscripts.
QString powerOfTenLabel(double value);  // "" for a value that is not a whole power of ten

// QCPAxisTickerLog (powers of ten) labelled with powerOfTenLabel.
class PowerOfTenTicker : public QCPAxisTickerLog {
 protected:
  QString getTickLabel(double tick, const QLocale& locale, QChar formatChar,
                       int precision) override;
};

// Logarithmic scale, PowerOfTenTicker.
void usePowerOfTenAxis(QCPAxis* axis);

}  // namespace gs
