// The remedies beyond activation, initialisation and skip connections, as controls: normalisation
// of the hidden layers, gradient clipping (off, by global norm, by value, and its threshold) and
// weight decay, each with a one-sentence tooltip saying what it does to the gradient. The settings
// panel shows them as a form, the compare window's B side as one row.
#pragma once

#include <QWidget>

#include "config.h"

class QComboBox;
class QDoubleSpinBox;

namespace gs {

class RemedyControls : public QWidget {
  Q_OBJECT

 public:
  enum class Arrangement { Form, Row };
  enum class Clip { Off, ByNorm, ByValue };

  // namePrefix goes before every control's object name ("" → "norm", "clip", "clip_threshold",
  // "weight_decay"; "compare_" on the compare window).
  RemedyControls(Arrangement arrangement, const QString& namePrefix, QWidget* parent = nullptr);

  // Writes norm, clip_norm, clip_value and weight_decay; per-layer norms and ε stay as they are.
  void applyTo(Config& config) const;
  void setFrom(const Config& config);  // emits nothing

  QComboBox* normBox() const { return norm_; }
  QComboBox* clipBox() const { return clip_; }
  QDoubleSpinBox* thresholdBox() const { return threshold_; }
  QDoubleSpinBox* weightDecayBox() const { return weightDecay_; }

 signals:
  void changed();

 private:
  void updateThreshold();

  QComboBox* norm_;
  QComboBox* clip_;
  QDoubleSpinBox* threshold_;
  QDoubleSpinBox* weightDecay_;
};

}  // namespace gs
