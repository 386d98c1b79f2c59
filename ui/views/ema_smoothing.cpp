#include "ema_smoothing.h"

#include <cmath>

namespace gs {

QVector<double> debiasedEma(const QVector<double>& values, double weight) {
  QVector<double> out(values.size());
  double s = 0, decay = 1;  // decay = wᵗ
  double last = values.isEmpty() ? 0 : values.front();
  for (int i = 0; i < values.size(); ++i) {
    if (std::isfinite(values[i])) {
      s = weight * s + (1 - weight) * values[i];
      decay *= weight;
      last = decay < 1 ? s / (1 - decay) : values[i];
    }
    out[i] = last;
  }
  return out;
}

}  // namespace gs
