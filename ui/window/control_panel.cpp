#include "control_panel.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QSignalBlocker>
#include <QSlider>
#include <QSpinBox>
#include <QVBoxLayout>
#include <cmath>

#include "kind_names.h"
#include "layer_activations_edit.h"
#include "log_slider.h"
#include "remedy_controls.h"

namespace gs {
namespace {

constexpr double kLrMin = 1e-5;
constexpr double kInitScaleMin = 1e-4;
constexpr int kAlphaPositions = 100;

template <typename W>
W* named(W* widget, const char* name, const QString& tip) {
  widget->setObjectName(QLatin1String(name));
  widget->setToolTip(tip);
  return widget;
}

QSpinBox* intBox(int lo, int hi, const char* name, const QString& tip, QWidget* parent) {
  auto* box = named(new QSpinBox(parent), name, tip);
  box->setRange(lo, hi);
  box->setKeyboardTracking(false);  // one reset when the typing is done, not per digit
  return box;
}

QDoubleSpinBox* realBox(double lo, double hi, int decimals, double step, const char* name,
                        const QString& tip, QWidget* parent) {
  auto* box = named(new QDoubleSpinBox(parent), name, tip);
  box->setDecimals(decimals);
  box->setRange(lo, hi);
  box->setSingleStep(step);
  box->setKeyboardTracking(false);
  return box;
}

void selectData(QComboBox* box, int value) { box->setCurrentIndex(box->findData(value)); }

QWidget* group(const QString& title, QFormLayout* form, QWidget* parent) {
  auto* box = new QGroupBox(title, parent);
  box->setLayout(form);
  return box;
}

}  // namespace

ControlPanel::ControlPanel(QWidget* parent) : QWidget(parent) {
  auto* layout = new QVBoxLayout(this);
  layout->addWidget(buildNetworkGroup());
  layout->addWidget(buildTrainingGroup());
  layout->addWidget(buildDataGroup());
  layout->addWidget(buildRemedyGroup());
  layout->addStretch();
  setConfig(Config());
  connectControls();
}

QWidget* ControlPanel::buildNetworkGroup() {
  depth_ = intBox(1, Limits::kDepthMax, "depth",
                  tr("Number of hidden layers between the input and the output."), this);
  width_ =
      intBox(1, Limits::kWidthMax, "width", tr("Number of units in every hidden layer."), this);
  activation_ = named(new QComboBox(this), "activation",
                      tr("The function f each hidden unit applies to its input z."));
  for (ActivationKind k : allActivationKinds())
    activation_->addItem(activationChoiceName(k), int(k));
  alphaSlider_ = named(new QSlider(Qt::Horizontal, this), "alpha",
                       tr("α: the slope for z < 0 (leaky ReLU) or the size of the negative "
                          "branch (ELU)."));
  alphaSlider_->setRange(0, kAlphaPositions);
  alphaReadout_ = new QLabel(this);
  alphaReadout_->setMinimumWidth(alphaReadout_->fontMetrics().horizontalAdvance("10.00"));
  alphaRow_ = new QWidget(this);
  auto* alphaLayout = new QHBoxLayout(alphaRow_);
  alphaLayout->setContentsMargins(0, 0, 0, 0);
  alphaLayout->addWidget(alphaSlider_, 1);
  alphaLayout->addWidget(alphaReadout_);
  init_ = named(new QComboBox(this), "init", tr("How the starting weights are drawn."));
  for (InitKind k : allInitKinds()) init_->addItem(initName(k), int(k));
  initScale_ =
      realBox(kInitScaleMin, Limits::kInitScaleMax, 4, 0.1, "init_scale",
              tr("Multiplies the initial weights; larger values make gradients grow."), this);
  bias_ = named(new QCheckBox(tr("Bias"), this), "bias",
                tr("Give every unit a trainable offset b in z = Wx + b."));
  residual_ = named(new QCheckBox(tr("Residual"), this), "residual",
                    tr("Add each hidden layer's input to its output (a skip connection), which "
                       "gives gradients a short path back."));
  networkForm_ = new QFormLayout;
  networkForm_->addRow(tr("Depth"), depth_);
  networkForm_->addRow(tr("Width"), width_);
  networkForm_->addRow(tr("Activation"), activation_);
  networkForm_->addRow(tr("α"), alphaRow_);
  layers_ = new LayerActivationsEdit(this);
  networkForm_->addRow(tr("Per layer"), layers_);
  networkForm_->addRow(tr("Initialiser"), init_);
  networkForm_->addRow(tr("Init scale"), initScale_);
  auto* checks = new QHBoxLayout;
  checks->addWidget(bias_);
  checks->addWidget(residual_);
  networkForm_->addRow(checks);
  return group(tr("Network"), networkForm_, this);
}

QWidget* ControlPanel::buildTrainingGroup() {
  optimizer_ = named(new QComboBox(this), "optimizer",
                     tr("The rule that turns gradients into weight updates."));
  for (OptimizerKind k : allOptimizerKinds()) optimizer_->addItem(optimizerName(k), int(k));
  lr_ = named(new LogSlider(kLrMin, Limits::kLrMax, this), "lr",
              tr("Step size of each update, on a logarithmic scale; applies at once without a "
                 "reset."));
  lr_->slider()->setToolTip(lr_->toolTip());
  batch_ = intBox(1, Limits::kBatchMax, "batch",
                  tr("Number of samples averaged in each training step."), this);
  loss_ = named(new QComboBox(this), "loss",
                tr("What the network is scored on; regression data allows only squared error."));
  for (LossKind k : allLossKinds()) loss_->addItem(lossName(k), int(k));
  auto* form = new QFormLayout;
  form->addRow(tr("Optimiser"), optimizer_);
  form->addRow(tr("Learning rate"), lr_);
  form->addRow(tr("Batch size"), batch_);
  form->addRow(tr("Loss"), loss_);
  return group(tr("Training"), form, this);
}

constexpr int kOwnData = -1;  // the dataset entry of the user's points

QWidget* ControlPanel::buildDataGroup() {
  dataset_ = named(new QComboBox(this), "dataset",
                   tr("The toy problem the network learns, or your own points (File ▸ Open "
                      "data…, or click on the decision map)."));
  for (DatasetKind k : allDatasetKinds()) dataset_->addItem(datasetName(k), int(k));
  classes_ = intBox(PointLimits::kClassesMin, PointLimits::kClassesMax, "classes",
                    tr("Number of classes: arms of the spiral, blobs of the Gaussian data; more "
                       "than two need softmax cross-entropy (one output per class)."),
                    this);
  noise_ = realBox(0.0, Limits::kNoiseMax, 3, 0.01, "noise",
                   tr("Standard deviation of the random jitter added to the data."), this);
  seed_ = realBox(0.0, double(Limits::kSeedMax), 0, 1.0, "seed",
                  tr("Starting number of the random generator; the same seed gives the same run."),
                  this);
  auto* form = new QFormLayout;
  form->addRow(tr("Dataset"), dataset_);
  form->addRow(tr("Classes"), classes_);
  form->addRow(tr("Noise"), noise_);
  form->addRow(tr("Seed"), seed_);
  return group(tr("Data"), form, this);
}

QWidget* ControlPanel::buildRemedyGroup() {
  remedies_ = new RemedyControls(RemedyControls::Arrangement::Form, QString(), this);
  auto* box = new QGroupBox(tr("Remedies"), this);
  auto* layout = new QVBoxLayout(box);
  layout->addWidget(remedies_);
  return box;
}

void ControlPanel::connectControls() {
  for (QSpinBox* box : {depth_, width_, batch_})
    connect(box, &QSpinBox::valueChanged, this, &ControlPanel::changed);
  for (QDoubleSpinBox* box : {initScale_, noise_, seed_})
    connect(box, &QDoubleSpinBox::valueChanged, this, &ControlPanel::changed);
  for (QComboBox* box : {init_, optimizer_, loss_})
    connect(box, &QComboBox::currentIndexChanged, this, &ControlPanel::changed);
  for (QCheckBox* box : {bias_, residual_})
    connect(box, &QCheckBox::toggled, this, &ControlPanel::changed);
  connect(init_, &QComboBox::currentIndexChanged, this, &ControlPanel::updateInitScaleRange);
  connect(activation_, &QComboBox::currentIndexChanged, this, &ControlPanel::activationChosen);
  connect(dataset_, &QComboBox::currentIndexChanged, this, &ControlPanel::datasetChosen);
  connect(classes_, &QSpinBox::valueChanged, this, &ControlPanel::classesChosen);
  connect(alphaSlider_, &QSlider::valueChanged, this, [this](int position) {
    alpha_ = alphaFromSlider(position);
    updateAlphaControl();
    changed();
  });
  connect(lr_, &LogSlider::valueChanged, this, &ControlPanel::learningRateChanged);
  connect(layers_, &LayerActivationsEdit::layersChanged, this, &ControlPanel::changed);
  connect(remedies_, &RemedyControls::changed, this, &ControlPanel::changed);
}

void ControlPanel::changed() {
  if (!updating_) emit configChanged(config());
}

ActivationKind ControlPanel::activationKind() const {
  return ActivationKind(activation_->currentData().toInt());
}

// Leaky ReLU: α ∈ [0, 1] in steps of 0.01; ELU: α ∈ (0, 10] in steps of 0.1.
double ControlPanel::alphaFromSlider(int position) const {
  if (activationKind() == ActivationKind::Elu)
    return std::max(1, position) * Limits::kAlphaMaxElu / kAlphaPositions;
  return position * Limits::kAlphaMaxLeaky / kAlphaPositions;
}

void ControlPanel::activationChosen() {
  alpha_ = -1;  // α means something else for each kind: start from its default
  updateAlphaControl();
  changed();
}

void ControlPanel::updateAlphaControl() {
  const Activation a(activationKind(), alpha_);
  networkForm_->setRowVisible(alphaRow_, a.hasAlpha());
  if (!a.hasAlpha()) return;
  const double max =
      a.kind() == ActivationKind::Elu ? Limits::kAlphaMaxElu : Limits::kAlphaMaxLeaky;
  const QSignalBlocker block(alphaSlider_);
  alphaSlider_->setValue(int(std::lround(a.alpha() / max * kAlphaPositions)));
  alphaReadout_->setText(QString::number(a.alpha(), 'g', 3));
}

void ControlPanel::datasetChosen() {
  const Config c = config();
  const bool regression = !c.classification();
  const LossKind loss = LossKind(loss_->currentData().toInt());
  {
    const QSignalBlocker block(loss_);
    if (regression)
      selectData(loss_, int(LossKind::Mse));
    else if (c.numClasses() > lossClassesMax(loss))
      selectData(loss_, int(LossKind::SoftmaxCe));  // K classes need one output each
    else if (loss == LossKind::Mse && !loss_->isEnabled())
      selectData(loss_, int(LossKind::BceLogits));  // back from sine: the classification default
    loss_->setEnabled(!regression);
  }
  updateDataControls(config());
  changed();
}

// More than two classes need softmax_ce: chosen with them, so the run never stops on a refusal.
void ControlPanel::classesChosen() {
  if (classes_->value() > lossClassesMax(LossKind(loss_->currentData().toInt()))) {
    const QSignalBlocker block(loss_);
    selectData(loss_, int(LossKind::SoftmaxCe));
  }
  changed();
}

void ControlPanel::updateDataControls(const Config& c) {
  const bool own = dataset_->currentData().toInt() == kOwnData;
  const int max = own ? c.classes : std::max(2, datasetClassesMax(c.dataset));
  const QSignalBlocker block(classes_);
  classes_->setEnabled(!own && max > 2);
  classes_->setValue(c.classification() ? c.classes : 2);
  classes_->setToolTip(
      own ? tr("Your points have %n classes (labels 0 to %1).", "", c.classes).arg(c.classes - 1)
          : tr("Number of classes: arms of the spiral, blobs of the Gaussian "
               "data; more than two need softmax cross-entropy (one output per "
               "class)."));
  noise_->setEnabled(!own);
}

void ControlPanel::updateInitScaleRange() {
  const bool constant = InitKind(init_->currentData().toInt()) == InitKind::Constant;
  initScale_->setMinimum(constant ? -Limits::kInitScaleMax : kInitScaleMin);
  initScale_->setToolTip(
      tr("Multiplies the initial weights; larger values make gradients grow. Here: %1.")
          .arg(initScaleMeaningText(InitKind(init_->currentData().toInt()))));
}

Config ControlPanel::config() const {
  Config c = base_;
  c.depth = depth_->value();
  c.width = width_->value();
  c.activation = activationKind();
  c.alpha = Activation(c.activation).hasAlpha() ? alpha_ : -1.0;
  c.layerActivations = layers_->layers();
  c.init = InitKind(init_->currentData().toInt());
  c.initScale = initScale_->value();
  c.bias = bias_->isChecked();
  c.residual = residual_->isChecked();
  c.optimizer.kind = OptimizerKind(optimizer_->currentData().toInt());
  c.optimizer.lr = lr_->value();
  c.batch = batch_->value();
  c.loss = LossKind(loss_->currentData().toInt());
  const int dataset = dataset_->currentData().toInt();
  if (dataset == kOwnData) {
    c.useData(base_.data);  // dataset keeps the built-in set the points replaced
  } else {
    c.useData(nullptr);
    c.dataset = DatasetKind(dataset);
    c.classes = std::min(classes_->value(), std::max(2, datasetClassesMax(c.dataset)));
  }
  c.noise = noise_->value();
  c.seed = std::uint64_t(seed_->value());
  remedies_->applyTo(c);
  return c;
}

void ControlPanel::setConfig(const Config& c) {
  updating_ = true;
  base_ = c;
  const QList<QWidget*> controls = findChildren<QWidget*>();
  for (QWidget* w : controls) w->blockSignals(true);
  depth_->setValue(c.depth);
  width_->setValue(c.width);
  selectData(activation_, int(c.activation));
  alpha_ = c.alpha;
  layers_->setLayers(c.layerActivations);
  selectData(init_, int(c.init));
  updateInitScaleRange();
  initScale_->setValue(c.initScale);
  bias_->setChecked(c.bias);
  residual_->setChecked(c.residual);
  selectData(optimizer_, int(c.optimizer.kind));
  lr_->setValue(c.optimizer.lr);
  batch_->setValue(c.batch);
  selectData(loss_, int(c.loss));
  const int own = dataset_->findData(kOwnData);
  if (c.data && own < 0)
    dataset_->addItem(tr("Your points"), kOwnData);
  else if (!c.data && own >= 0)
    dataset_->removeItem(own);
  selectData(dataset_, c.data ? kOwnData : int(c.dataset));
  loss_->setEnabled(c.classification());
  updateDataControls(c);
  noise_->setValue(c.noise);
  seed_->setValue(double(c.seed));
  remedies_->setFrom(c);
  for (QWidget* w : controls) w->blockSignals(false);
  updateAlphaControl();
  updating_ = false;
}

bool ControlPanel::alphaVisible() const { return networkForm_->isRowVisible(alphaRow_); }

}  // namespace gs
