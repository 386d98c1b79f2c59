// Asks for the size of an exported figure: width and height (logical units; points in a PDF) and,
// for PNG, the scale (pixels per unit), showing the resulting pixel size as the values change.
#pragma once

#include <QDialog>

#include "figure_export.h"

class QDoubleSpinBox;
class QLabel;
class QPushButton;
class QSpinBox;

namespace gs {

class FigureSizeDialog : public QDialog {
  Q_OBJECT

 public:
  FigureSizeDialog(const FigureSize& initial, bool png, QWidget* parent = nullptr);

  FigureSize size() const;

 private:
  void updateSummary();

  QSpinBox* width_;
  QSpinBox* height_;
  QDoubleSpinBox* scale_;
  QLabel* summary_;
  QPushButton* ok_ = nullptr;
  bool png_;
};

}  // namespace gs
