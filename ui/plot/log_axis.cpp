#include "log_axis.h"

#include <algorithm>
#include <cmath>

namespace gs {

LogRange logAxisRange(double lo, double hi, double margin) {
  if (!(hi > 0) || !(lo > 0)) return {1e-3, 1.0};
  lo = std::max(lo / margin, 1e-300);
  hi = std::min(hi * margin, 1e300);
  if (hi < 100 * lo) {
    const double mid = std::sqrt(lo) * std::sqrt(hi);  // no overflow for huge values
    lo = mid / 10;
    hi = mid * 10;
  }
  return {lo, hi};
}

QString powerOfTenLabel(double value) {
  static const char16_t kDigits[] = u"⁰¹²³⁴⁵⁶⁷⁸⁹";
  if (!(value > 0) || !std::isfinite(value)) return {};
  const long power = std::lround(std::log10(value));
  // Only whole powers: a tick at 2·10⁻² labelled "10⁻²" repeated the label at several heights.
  if (std::abs(std::log10(value) - double(power)) > 1e-6) return {};
  QString label = QStringLiteral("10");
  if (power < 0) label += QChar(u'⁻');
  for (QChar c : QString::number(std::labs(power))) label += QChar(kDigits[c.digitValue()]);
  return label;
}

QString PowerOfTenTicker::getTickLabel(double tick, const QLocale&, QChar, int) {
  return powerOfTenLabel(tick);
}

void usePowerOfTenAxis(QCPAxis* axis) {
  axis->setScaleType(QCPAxis::stLogarithmic);
  axis->setTicker(QSharedPointer<PowerOfTenTicker>::create());
}

}  // namespace gs
