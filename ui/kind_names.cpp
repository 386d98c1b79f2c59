#include "kind_names.h"

#include <QCoreApplication>

namespace gs {
namespace {
QString tr(const char* text) { return QCoreApplication::translate("gs::KindNames", text); }
}  // namespace

QString initName(InitKind kind) {
  switch (kind) {
    case InitKind::XavierUniform:
      return tr("Xavier/Glorot uniform");
    case InitKind::XavierNormal:
      return tr("Xavier/Glorot normal");
    case InitKind::HeUniform:
      return tr("He/Kaiming uniform");
    case InitKind::HeNormal:
      return tr("He/Kaiming normal");
    case InitKind::LecunNormal:
      return tr("LeCun normal");
    case InitKind::Normal:
      return tr("Normal (σ = scale)");
    case InitKind::Uniform:
      return tr("Uniform (± scale)");
    case InitKind::Constant:
      return tr("Constant (= scale)");
  }
  return {};
}

QString optimizerName(OptimizerKind kind) {
  switch (kind) {
    case OptimizerKind::Sgd:
      return tr("SGD");
    case OptimizerKind::Momentum:
      return tr("SGD with momentum");
    case OptimizerKind::Adam:
      return tr("Adam");
  }
  return {};
}

QString datasetName(DatasetKind kind) {
  switch (kind) {
    case DatasetKind::Circles:
      return tr("Circles");
    case DatasetKind::Xor:
      return tr("XOR");
    case DatasetKind::Spiral:
      return tr("Spiral");
    case DatasetKind::Moons:
      return tr("Moons");
    case DatasetKind::Gauss:
      return tr("Two Gaussian blobs");
    case DatasetKind::Sine:
      return tr("Sine (regression)");
  }
  return {};
}

QString lossName(LossKind kind) {
  switch (kind) {
    case LossKind::Mse:
      return tr("Mean squared error");
    case LossKind::BceLogits:
      return tr("Binary cross-entropy");
    case LossKind::SoftmaxCe:
      return tr("Softmax cross-entropy");
  }
  return {};
}

}  // namespace gs
