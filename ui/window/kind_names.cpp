#include "kind_names.h"

#include <QCoreApplication>

namespace gs {

// The translation context gs::KindNamesText, the same for lupdate and at run time.
struct KindNamesText {
  Q_DECLARE_TR_FUNCTIONS(gs::KindNamesText)
};

QString initName(InitKind kind) {
  switch (kind) {
    case InitKind::XavierUniform:
      return KindNamesText::tr("Xavier/Glorot uniform");
    case InitKind::XavierNormal:
      return KindNamesText::tr("Xavier/Glorot normal");
    case InitKind::HeUniform:
      return KindNamesText::tr("He/Kaiming uniform");
    case InitKind::HeNormal:
      return KindNamesText::tr("He/Kaiming normal");
    case InitKind::LecunNormal:
      return KindNamesText::tr("LeCun normal");
    case InitKind::Normal:
      return KindNamesText::tr("Normal (σ = scale)");
    case InitKind::Uniform:
      return KindNamesText::tr("Uniform (± scale)");
    case InitKind::Constant:
      return KindNamesText::tr("Constant (= scale)");
  }
  return {};
}

QString optimizerName(OptimizerKind kind) {
  switch (kind) {
    case OptimizerKind::Sgd:
      return KindNamesText::tr("SGD");
    case OptimizerKind::Momentum:
      return KindNamesText::tr("SGD with momentum");
    case OptimizerKind::Adam:
      return KindNamesText::tr("Adam");
  }
  return {};
}

QString datasetName(DatasetKind kind) {
  switch (kind) {
    case DatasetKind::Circles:
      return KindNamesText::tr("Circles");
    case DatasetKind::Xor:
      return KindNamesText::tr("XOR");
    case DatasetKind::Spiral:
      return KindNamesText::tr("Spiral");
    case DatasetKind::Moons:
      return KindNamesText::tr("Moons");
    case DatasetKind::Gauss:
      return KindNamesText::tr("Two Gaussian blobs");
    case DatasetKind::Sine:
      return KindNamesText::tr("Sine (regression)");
  }
  return {};
}

QString lossName(LossKind kind) {
  switch (kind) {
    case LossKind::Mse:
      return KindNamesText::tr("Mean squared error");
    case LossKind::BceLogits:
      return KindNamesText::tr("Binary cross-entropy");
    case LossKind::SoftmaxCe:
      return KindNamesText::tr("Softmax cross-entropy");
  }
  return {};
}

}  // namespace gs
