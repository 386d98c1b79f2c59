// Run B's settings in the compare window: every choice that differs between the remedies a lesson
// compares — activation (with α for leaky ReLU / ELU), initialiser and its scale, optimiser and
// learning rate, residual connections. B is A with these applied (same data, depth, width, seed).
// Until the teacher changes one, B follows gs::defaultCompareB (compare_default.h): ReLU + He for
// a saturating A, leaky ReLU for a ReLU A, sigmoid + Xavier otherwise.
#pragma once

#include <QWidget>

#include "config.h"

class QCheckBox;
class QComboBox;
class QDoubleSpinBox;

namespace gs {

class CompareChoice : public QWidget {
  Q_OBJECT

 public:
  explicit CompareChoice(QWidget* parent = nullptr);

  // B for this A: A with B's choices applied.
  Config configB(const Config& a) const;
  // Shows the default B for a (unless the teacher chose B already).
  void followA(const Config& a);
  // B's choices as a config would hold them; marks B as chosen.
  void setChoice(const Config& b);
  bool chosen() const { return chosen_; }
  static Config defaultB(const Config& a);  // gs::defaultCompareB

 signals:
  void changed();  // the teacher changed one of B's settings

 private:
  void display(const Config& b);
  void updateAlpha();

  QComboBox* activation_;
  QDoubleSpinBox* alpha_;
  QComboBox* init_;
  QDoubleSpinBox* scale_;
  QComboBox* optimizer_;
  QDoubleSpinBox* lr_;
  QCheckBox* residual_;
  bool chosen_ = false;
};

}  // namespace gs
