#include "compare_choice.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QHBoxLayout>
#include <QLabel>

#include "compare_default.h"
#include "flow_layout.h"
#include "kind_names.h"

namespace gs {
namespace {

QWidget* labelled(QWidget* parent, const QString& label, QWidget* field) {
  auto* box = new QWidget(parent);  // the label stays next to its field when the row wraps
  auto* row = new QHBoxLayout(box);
  row->setContentsMargins(0, 0, 0, 0);
  row->addWidget(new QLabel(label, box));
  field->setParent(box);
  row->addWidget(field);
  return box;
}

}  // namespace

CompareChoice::CompareChoice(QWidget* parent)
    : QWidget(parent),
      activation_(new QComboBox),
      alpha_(new QDoubleSpinBox),
      init_(new QComboBox),
      scale_(new QDoubleSpinBox),
      optimizer_(new QComboBox),
      lr_(new QDoubleSpinBox),
      residual_(new QCheckBox(tr("residual"), this)) {
  for (ActivationKind k : allActivationKinds())
    activation_->addItem(activationChoiceName(k), int(k));
  for (InitKind k : allInitKinds()) init_->addItem(initName(k), int(k));
  for (OptimizerKind k : allOptimizerKinds()) optimizer_->addItem(optimizerName(k), int(k));
  activation_->setObjectName("compareActivationB");
  alpha_->setObjectName("compareAlphaB");
  init_->setObjectName("compareInitB");
  scale_->setObjectName("compareScaleB");
  optimizer_->setObjectName("compareOptimizerB");
  lr_->setObjectName("compareLrB");
  residual_->setObjectName("compareResidualB");
  alpha_->setRange(0.001, Limits::kAlphaMaxLeaky);
  alpha_->setDecimals(3);
  alpha_->setSingleStep(0.01);
  scale_->setRange(0.01, 10.0);
  scale_->setSingleStep(0.1);
  lr_->setRange(1e-5, 10.0);
  lr_->setDecimals(5);
  lr_->setSingleStep(0.01);
  auto* layout = new FlowLayout(this);
  layout->setContentsMargins(0, 0, 0, 0);
  layout->addWidget(new QLabel(tr("B:"), this));
  layout->addWidget(labelled(this, tr("activation"), activation_));
  layout->addWidget(labelled(this, tr("α"), alpha_));
  layout->addWidget(labelled(this, tr("init"), init_));
  layout->addWidget(labelled(this, tr("scale"), scale_));
  layout->addWidget(labelled(this, tr("optimiser"), optimizer_));
  layout->addWidget(labelled(this, tr("learning rate"), lr_));
  layout->addWidget(residual_);
  auto touched = [this] {
    chosen_ = true;
    updateAlpha();
    emit changed();
  };
  for (QComboBox* c : {activation_, init_, optimizer_})
    connect(c, &QComboBox::currentIndexChanged, this, touched);
  for (QDoubleSpinBox* s : {alpha_, scale_, lr_})
    connect(s, &QDoubleSpinBox::valueChanged, this, touched);
  connect(residual_, &QCheckBox::toggled, this, touched);
  display(defaultB(Config()));
}

Config CompareChoice::defaultB(const Config& a) { return defaultCompareB(a); }

Config CompareChoice::configB(const Config& a) const {
  Config b = a;
  b.layerActivations.clear();
  b.activation = ActivationKind(activation_->currentData().toInt());
  b.alpha = Activation(b.activation).hasAlpha() ? alpha_->value() : -1.0;
  b.init = InitKind(init_->currentData().toInt());
  b.initScale = scale_->value();
  b.optimizer.kind = OptimizerKind(optimizer_->currentData().toInt());
  b.optimizer.lr = lr_->value();
  b.residual = residual_->isChecked();
  return b;
}

void CompareChoice::followA(const Config& a) {
  if (!chosen_) display(defaultB(a));
}

void CompareChoice::setChoice(const Config& b) {
  display(b);
  chosen_ = true;
}

void CompareChoice::display(const Config& b) {
  const QSignalBlocker b1(activation_), b2(alpha_), b3(init_), b4(scale_), b5(optimizer_), b6(lr_),
      b7(residual_);
  activation_->setCurrentIndex(activation_->findData(int(b.activation)));
  updateAlpha();  // the range of this activation's α first, so its value is not clamped
  alpha_->setValue(b.hiddenActivation().hasAlpha() ? b.effectiveAlpha() : 0.01);
  init_->setCurrentIndex(init_->findData(int(b.init)));
  scale_->setValue(b.initScale);
  optimizer_->setCurrentIndex(optimizer_->findData(int(b.optimizer.kind)));
  lr_->setValue(b.optimizer.lr);
  residual_->setChecked(b.residual);
  updateAlpha();
}

void CompareChoice::updateAlpha() {
  const auto kind = ActivationKind(activation_->currentData().toInt());
  alpha_->setEnabled(Activation(kind).hasAlpha());
  // The config's limits: leaky ReLU's slope up to 1, ELU's α up to 10.
  const QSignalBlocker block(alpha_);
  alpha_->setMaximum(kind == ActivationKind::Elu ? Limits::kAlphaMaxElu : Limits::kAlphaMaxLeaky);
}

}  // namespace gs
