#include "log_slider.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QSignalBlocker>
#include <QSlider>
#include <cmath>

namespace gs {

LogSlider::LogSlider(double minimum, double maximum, QWidget* parent)
    : QWidget(parent), slider_(new QSlider(Qt::Horizontal, this)), readout_(new QLabel(this)) {
  for (int e = int(std::floor(std::log10(minimum))); e <= int(std::ceil(std::log10(maximum))); ++e)
    for (double m : {1.0, 2.0, 5.0}) {
      const double v = m * std::pow(10.0, e);
      if (v >= minimum * (1 - 1e-12) && v <= maximum * (1 + 1e-12)) steps_.push_back(v);
    }
  slider_->setRange(0, int(steps_.size()) - 1);
  slider_->setPageStep(3);  // one decade
  readout_->setMinimumWidth(readout_->fontMetrics().horizontalAdvance(QStringLiteral("0.00005")));
  auto* layout = new QHBoxLayout(this);
  layout->setContentsMargins(0, 0, 0, 0);
  layout->addWidget(slider_, 1);
  layout->addWidget(readout_);
  connect(slider_, &QSlider::valueChanged, this, [this](int position) {
    value_ = steps_[std::size_t(position)];
    showValue();
    emit valueChanged(value_);
  });
  setValue(steps_.front());
}

void LogSlider::setValue(double value) {
  value_ = value;
  const QSignalBlocker block(slider_);
  slider_->setValue(nearestPosition(value));
  showValue();
}

int LogSlider::nearestPosition(double value) const {
  int best = 0;
  if (!(value > 0)) return best;
  for (std::size_t i = 1; i < steps_.size(); ++i)
    if (std::abs(std::log10(steps_[i] / value)) <
        std::abs(std::log10(steps_[std::size_t(best)] / value)))
      best = int(i);
  return best;
}

void LogSlider::showValue() { readout_->setText(QString::number(value_, 'g', 4)); }

}  // namespace gs
