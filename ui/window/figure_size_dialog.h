// Asks for the size of an exported figure: width and height (logical units; points in a PDF) and,
// for PNG, the scale (pixels per unit), showing the resulting pixel size as the values change;
// for a plot, an optional caption under it (settings and step, editable).
#pragma once

#include <QDialog>

#include "figure_export.h"

class QCheckBox;
class QDoubleSpinBox;
class QLineEdit;
class QLabel;
class QPushButton;
class QSpinBox;

namespace gs {

class FigureSizeDialog : public QDialog {
  Q_OBJECT

 public:
  // A caption row when `caption` is true; initial.caption is the suggested text (off at first).
  FigureSizeDialog(const FigureSize& initial, bool png, QWidget* parent = nullptr,
                   bool caption = false);

  FigureSize size() const;

 private:
  void updateSummary();

  QSpinBox* width_;
  QSpinBox* height_;
  QDoubleSpinBox* scale_;
  QLabel* summary_;
  QCheckBox* captionOn_ = nullptr;
  QLineEdit* caption_ = nullptr;
  QPushButton* ok_ = nullptr;
  bool png_;
};

}  // namespace gs
