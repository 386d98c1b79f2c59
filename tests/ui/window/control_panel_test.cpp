// The control panel shows a config exactly and reports every change; nothing is clamped silently.
#include <QComboBox>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTemporaryDir>
#include <QtTest>

#include "control_panel.h"
#include "log_slider.h"
#include "window_settings.h"

using namespace gs;

class ControlPanelTest : public QObject {
  Q_OBJECT

 private slots:
  void rangesComeFromLimits() {
    ControlPanel panel;
    QCOMPARE(panel.findChild<QSpinBox*>("depth")->maximum(), Limits::kDepthMax);
    QCOMPARE(panel.findChild<QSpinBox*>("width")->maximum(), Limits::kWidthMax);
    QCOMPARE(panel.findChild<QSpinBox*>("batch")->maximum(), Limits::kBatchMax);
    QCOMPARE(panel.findChild<LogSlider*>("lr")->maximum(), Limits::kLrMax);
  }

  void everyControlHasATooltip() {
    ControlPanel panel;
    const char* names[] = {"depth",      "width", "activation", "alpha",     "init",
                           "init_scale", "bias",  "residual",   "optimizer", "lr",
                           "batch",      "loss",  "dataset",    "noise",     "seed"};
    for (const char* name : names) {
      QWidget* w = panel.findChild<QWidget*>(name);
      QVERIFY2(w, name);
      QVERIFY2(!w->toolTip().isEmpty(), name);
    }
  }

  void configRoundTripsExactly() {
    Config c;
    c.depth = 37;
    c.width = 5;
    c.activation = ActivationKind::Elu;
    c.alpha = 0.05;  // between two slider positions: must still come back exactly
    c.init = InitKind::HeNormal;
    c.initScale = 1.7;
    c.bias = false;
    c.residual = true;
    c.optimizer.kind = OptimizerKind::Adam;
    c.optimizer.lr = 0.003;
    c.batch = 100;
    c.dataset = DatasetKind::Spiral;
    c.noise = 0.2;
    c.seed = (std::uint64_t{1} << 40) + 3;
    c.samples = 777;  // no control: kept as given
    ControlPanel panel;
    QSignalSpy spy(&panel, &ControlPanel::configChanged);
    panel.setConfig(c);
    QCOMPARE(spy.count(), 0);
    const Config back = panel.config();
    QCOMPARE(back.depth, 37);
    QCOMPARE(back.width, 5);
    QCOMPARE(back.activation, ActivationKind::Elu);
    QCOMPARE(back.alpha, 0.05);
    QCOMPARE(back.init, InitKind::HeNormal);
    QCOMPARE(back.initScale, 1.7);
    QCOMPARE(back.bias, false);
    QCOMPARE(back.residual, true);
    QCOMPARE(back.optimizer.kind, OptimizerKind::Adam);
    QCOMPARE(back.optimizer.lr, 0.003);
    QCOMPARE(back.batch, 100);
    QCOMPARE(back.dataset, DatasetKind::Spiral);
    QCOMPARE(back.noise, 0.2);
    QCOMPARE(back.seed, c.seed);
    QCOMPARE(back.samples, 777);
  }

  void alphaShownOnlyForLeakyReluAndElu() {
    ControlPanel panel;
    auto* activation = panel.findChild<QComboBox*>("activation");
    for (ActivationKind k : allActivationKinds()) {
      activation->setCurrentIndex(activation->findData(int(k)));
      const bool expected = k == ActivationKind::LeakyRelu || k == ActivationKind::Elu;
      QCOMPARE(panel.alphaVisible(), expected);
    }
  }

  void changesEmitAConfigAndLearningRateIsLive() {
    ControlPanel panel;
    QSignalSpy reset(&panel, &ControlPanel::configChanged);
    QSignalSpy lr(&panel, &ControlPanel::learningRateChanged);
    panel.findChild<QSpinBox*>("depth")->setValue(4);
    QCOMPARE(reset.count(), 1);
    QCOMPARE(reset.last().at(0).value<Config>().depth, 4);
    auto* slider = panel.findChild<LogSlider*>("lr")->slider();
    slider->setValue(slider->value() + 1);
    QCOMPARE(lr.count(), 1);
    QCOMPARE(reset.count(), 1);  // no reset for the learning rate
  }

  void regressionForcesSquaredError() {
    ControlPanel panel;
    auto* dataset = panel.findChild<QComboBox*>("dataset");
    dataset->setCurrentIndex(dataset->findData(int(DatasetKind::Sine)));
    QCOMPARE(panel.config().loss, LossKind::Mse);
    QVERIFY(validate(panel.config()).empty());
    dataset->setCurrentIndex(dataset->findData(int(DatasetKind::Moons)));
    QCOMPARE(panel.config().loss, LossKind::BceLogits);
  }

  void settingsRememberTheConfig() {
    QTemporaryDir dir;
    QSettings settings(dir.filePath("s.ini"), QSettings::IniFormat);
    WindowSettings w;
    w.config.depth = 23;
    w.config.activation = ActivationKind::Tanh;
    w.measure = "delta_rms";
    w.save(settings);
    const WindowSettings back = WindowSettings::load(settings);
    QCOMPARE(back.config.depth, 23);
    QCOMPARE(back.config.activation, ActivationKind::Tanh);
    QCOMPARE(back.measure, QString("delta_rms"));
    settings.setValue("config", "{\"depth\": -4}");  // damaged: back to defaults, no crash
    QCOMPARE(WindowSettings::load(settings).config.depth, Config().depth);
  }
};

QTEST_MAIN(ControlPanelTest)
#include "control_panel_test.moc"
