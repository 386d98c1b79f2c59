// A slider over a logarithmic range of nice values (1, 2, 5 × 10ⁿ) with a read-out, for the
// learning rate. A value set from a file is kept exactly, shown, and the slider placed nearest.
#pragma once

#include <QWidget>
#include <vector>

class QLabel;
class QSlider;

namespace gs {

class LogSlider : public QWidget {
  Q_OBJECT

 public:
  LogSlider(double minimum, double maximum, QWidget* parent = nullptr);

  double value() const { return value_; }
  void setValue(double value);  // exact; no signal
  double minimum() const { return steps_.front(); }
  double maximum() const { return steps_.back(); }
  QSlider* slider() const { return slider_; }

 signals:
  void valueChanged(double value);  // only when the user moves the slider

 private:
  void showValue();
  int nearestPosition(double value) const;

  std::vector<double> steps_;
  QSlider* slider_;
  QLabel* readout_;
  double value_ = 0;
};

}  // namespace gs
