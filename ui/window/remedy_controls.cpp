#include "remedy_controls.h"

#include <QComboBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QSignalBlocker>

#include "kind_names.h"

namespace gs {
namespace {

constexpr double kThresholdMin = 1e-4;
constexpr double kDefaultThreshold = 1.0;

}  // namespace

RemedyControls::RemedyControls(Arrangement arrangement, const QString& prefix, QWidget* parent)
    : QWidget(parent),
      norm_(new QComboBox(this)),
      clip_(new QComboBox(this)),
      threshold_(new QDoubleSpinBox(this)),
      weightDecay_(new QDoubleSpinBox(this)) {
  norm_->setObjectName(prefix + "norm");
  clip_->setObjectName(prefix + "clip");
  threshold_->setObjectName(prefix + "clip_threshold");
  weightDecay_->setObjectName(prefix + "weight_decay");
  for (NormKind k : allNormKinds()) norm_->addItem(normName(k), int(k));
  norm_->setToolTip(
      tr("Rescales every hidden layer's z to mean 0 and variance 1 (BatchNorm over "
         "the mini-batch, LayerNorm over the layer's units), so the gradient coming "
         "back is multiplied by γ/√(σ² + ε) at each layer instead of shrinking."));
  clip_->addItem(tr("Off"), int(Clip::Off));
  clip_->addItem(tr("By global norm"), int(Clip::ByNorm));
  clip_->addItem(tr("By value"), int(Clip::ByValue));
  clip_->setToolTip(
      tr("Before each update, shortens a gradient that is too long: by global norm "
         "scales all of it down to length C, by value cuts every entry to [−V, V]."));
  threshold_->setDecimals(4);
  threshold_->setRange(kThresholdMin, Limits::kClipMax);
  threshold_->setValue(kDefaultThreshold);
  threshold_->setKeyboardTracking(false);
  threshold_->setToolTip(
      tr("The clipping threshold: the longest gradient allowed (C) or the "
         "largest entry allowed (V)."));
  weightDecay_->setDecimals(5);
  weightDecay_->setRange(0.0, Limits::kWeightDecayMax);
  weightDecay_->setSingleStep(1e-4);
  weightDecay_->setKeyboardTracking(false);
  weightDecay_->setToolTip(
      tr("Adds λ·W to the gradient of every weight matrix (not b, γ or β), "
         "which pulls the weights toward 0 at each update."));
  if (arrangement == Arrangement::Form) {
    auto* form = new QFormLayout(this);
    form->setContentsMargins(0, 0, 0, 0);
    form->addRow(tr("Normalisation"), norm_);
    form->addRow(tr("Clipping"), clip_);
    form->addRow(tr("Clip threshold"), threshold_);
    form->addRow(tr("Weight decay λ"), weightDecay_);
  } else {
    auto* row = new QHBoxLayout(this);
    row->setContentsMargins(0, 0, 0, 0);
    row->addWidget(new QLabel(tr("norm"), this));
    row->addWidget(norm_);
    row->addWidget(new QLabel(tr("clip"), this));
    row->addWidget(clip_);
    row->addWidget(threshold_);
    row->addWidget(new QLabel(tr("decay λ"), this));
    row->addWidget(weightDecay_);
  }
  updateThreshold();
  connect(norm_, &QComboBox::currentIndexChanged, this, &RemedyControls::changed);
  connect(clip_, &QComboBox::currentIndexChanged, this, [this] {
    updateThreshold();
    emit changed();
  });
  connect(threshold_, &QDoubleSpinBox::valueChanged, this, [this] {
    if (Clip(clip_->currentData().toInt()) != Clip::Off) emit changed();
  });
  connect(weightDecay_, &QDoubleSpinBox::valueChanged, this, &RemedyControls::changed);
}

void RemedyControls::updateThreshold() {
  threshold_->setEnabled(Clip(clip_->currentData().toInt()) != Clip::Off);
}

void RemedyControls::applyTo(Config& c) const {
  c.norm = NormKind(norm_->currentData().toInt());
  const Clip clip = Clip(clip_->currentData().toInt());
  c.clipNorm = clip == Clip::ByNorm ? threshold_->value() : 0.0;
  c.clipValue = clip == Clip::ByValue ? threshold_->value() : 0.0;
  c.weightDecay = weightDecay_->value();
}

void RemedyControls::setFrom(const Config& c) {
  const QSignalBlocker a(norm_), b(clip_), d(threshold_), e(weightDecay_);
  norm_->setCurrentIndex(norm_->findData(int(c.norm)));
  const Clip clip = c.clipNorm > 0 ? Clip::ByNorm : c.clipValue > 0 ? Clip::ByValue : Clip::Off;
  clip_->setCurrentIndex(clip_->findData(int(clip)));
  if (clip != Clip::Off) threshold_->setValue(clip == Clip::ByNorm ? c.clipNorm : c.clipValue);
  weightDecay_->setValue(c.weightDecay);
  updateThreshold();
}

}  // namespace gs
