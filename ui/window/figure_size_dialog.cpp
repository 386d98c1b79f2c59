#include "figure_size_dialog.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace gs {

FigureSizeDialog::FigureSizeDialog(const FigureSize& initial, bool png, QWidget* parent,
                                   bool caption)
    : QDialog(parent), png_(png) {
  setWindowTitle(tr("Figure size"));
  width_ = new QSpinBox(this);
  width_->setObjectName("figureWidth");
  height_ = new QSpinBox(this);
  height_->setObjectName("figureHeight");
  for (QSpinBox* box : {width_, height_}) {
    box->setRange(FigureSize::kMinSide, FigureSize::kMaxSide);
    box->setSuffix(png ? tr(" px") : tr(" pt"));
  }
  width_->setValue(initial.width);
  height_->setValue(initial.height);
  scale_ = new QDoubleSpinBox(this);
  scale_->setObjectName("figureScale");
  scale_->setRange(0.25, FigureSize::kMaxScale);
  scale_->setSingleStep(0.5);
  scale_->setDecimals(2);
  scale_->setValue(initial.scale);
  scale_->setEnabled(png);
  scale_->setToolTip(tr("Pixels per unit: 2 makes a sharper image for print at the same layout."));
  summary_ = new QLabel(this);
  summary_->setObjectName("figureSummary");

  auto* form = new QFormLayout;
  form->addRow(tr("&Width:"), width_);
  form->addRow(tr("&Height:"), height_);
  form->addRow(tr("&Scale:"), scale_);
  if (caption) {
    captionOn_ = new QCheckBox(tr("&Caption under the figure:"), this);
    captionOn_->setObjectName("figureCaptionOn");
    caption_ = new QLineEdit(initial.caption, this);
    caption_->setObjectName("figureCaption");
    caption_->setEnabled(false);
    caption_->setMinimumWidth(caption_->fontMetrics().horizontalAdvance(initial.caption) + 24);
    connect(captionOn_, &QCheckBox::toggled, caption_, &QWidget::setEnabled);
    form->addRow(captionOn_, caption_);
  }
  auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
  ok_ = buttons->button(QDialogButtonBox::Ok);
  connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
  connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
  auto* layout = new QVBoxLayout(this);
  layout->addLayout(form);
  layout->addWidget(summary_);
  layout->addWidget(buttons);

  connect(width_, &QSpinBox::valueChanged, this, &FigureSizeDialog::updateSummary);
  connect(height_, &QSpinBox::valueChanged, this, &FigureSizeDialog::updateSummary);
  connect(scale_, &QDoubleSpinBox::valueChanged, this, &FigureSizeDialog::updateSummary);
  updateSummary();
}

FigureSize FigureSizeDialog::size() const {
  FigureSize s;
  s.width = width_->value();
  s.height = height_->value();
  s.scale = png_ ? scale_->value() : 1.0;
  if (captionOn_ && captionOn_->isChecked()) s.caption = caption_->text();
  return s;
}

void FigureSizeDialog::updateSummary() {
  const FigureSize s = size();
  const QString bad = checkFigureSize(s);
  QString text;
  if (!bad.isEmpty())
    text = bad;
  else if (png_)
    text = tr("The image will be %1 × %2 pixels.")
               .arg(qRound(s.width * s.scale))
               .arg(qRound(s.height * s.scale));
  else
    text = tr("The page will be %1 × %2 points.").arg(s.width).arg(s.height);
  summary_->setText(text);
  ok_->setEnabled(bad.isEmpty());
}

}  // namespace gs
