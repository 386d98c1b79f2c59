// Every setting of a gs::Config as a control with a one-sentence tooltip. Ranges come from
// gs::Limits. A change that needs a new network emits configChanged; the learning rate applies
// live and emits learningRateChanged. Controls carry object names equal to their config field
// ("depth", "activation", "lr", …) so tests and other panels can find them.
#pragma once

#include <QWidget>

#include "config.h"
#include "worker_payloads.h"  // gs::Config as a meta-type, for the signal

class QCheckBox;
class QComboBox;
class QDoubleSpinBox;
class QFormLayout;
class QLabel;
class QSlider;
class QSpinBox;

namespace gs {

class LayerActivationsEdit;
class LogSlider;
class RemedyControls;

class ControlPanel : public QWidget {
  Q_OBJECT

 public:
  explicit ControlPanel(QWidget* parent = nullptr);

  Config config() const;
  void setConfig(const Config& config);  // emits nothing
  bool alphaVisible() const;

 signals:
  void configChanged(const gs::Config& config);
  void learningRateChanged(double lr);

 private:
  QWidget* buildNetworkGroup();
  QWidget* buildTrainingGroup();
  QWidget* buildDataGroup();
  QWidget* buildRemedyGroup();
  void connectControls();
  void changed();
  void activationChosen();
  void datasetChosen();
  void classesChosen();
  void updateDataControls(const Config& c);  // "Your points" entry, classes range and state
  void updateAlphaControl();
  void updateInitScaleRange();
  ActivationKind activationKind() const;
  double alphaFromSlider(int position) const;

  QSpinBox* depth_;
  QSpinBox* width_;
  QComboBox* activation_;
  LayerActivationsEdit* layers_ = nullptr;  // per hidden layer, over activation_
  QFormLayout* networkForm_ = nullptr;
  QWidget* alphaRow_;
  QSlider* alphaSlider_;
  QLabel* alphaReadout_;
  double alpha_ = -1;  // exact α; −1 = the activation's default
  QComboBox* init_;
  QDoubleSpinBox* initScale_;
  QCheckBox* bias_;
  QCheckBox* residual_;
  QComboBox* optimizer_;
  LogSlider* lr_;
  QSpinBox* batch_;
  QComboBox* loss_;
  QComboBox* dataset_;  // the built-in sets, and "Your points" (data −1) while the config has any
  QSpinBox* classes_;
  QDoubleSpinBox* noise_;
  QDoubleSpinBox* seed_;
  RemedyControls* remedies_ = nullptr;
  Config base_;  // fields without a control (samples, momentum, Adam's βs, …) keep their values
  bool updating_ = false;
};

}  // namespace gs
