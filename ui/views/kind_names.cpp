#include "kind_names.h"

#include <QCoreApplication>
#include <optional>

#include "activation.h"

namespace gs {
namespace {

constexpr const char* kContext = "gs::KindNamesText";

// lupdate reads the English names of core's tables from this list (it does not scan core/); a
// test checks that every name in the tables has a Vietnamese translation, so a new row that is
// missing here is caught.
[[maybe_unused]] const char* const kNamesForLupdate[] = {
    QT_TRANSLATE_NOOP("gs::KindNamesText", "linear"),
    QT_TRANSLATE_NOOP("gs::KindNamesText", "Linear"),
    QT_TRANSLATE_NOOP("gs::KindNamesText", "Xavier/Glorot uniform"),
    QT_TRANSLATE_NOOP("gs::KindNamesText", "Xavier/Glorot normal"),
    QT_TRANSLATE_NOOP("gs::KindNamesText", "He/Kaiming uniform"),
    QT_TRANSLATE_NOOP("gs::KindNamesText", "He/Kaiming normal"),
    QT_TRANSLATE_NOOP("gs::KindNamesText", "LeCun normal"),
    QT_TRANSLATE_NOOP("gs::KindNamesText", "Normal (σ = scale)"),
    QT_TRANSLATE_NOOP("gs::KindNamesText", "Uniform (± scale)"),
    QT_TRANSLATE_NOOP("gs::KindNamesText", "Constant (= scale)"),
    QT_TRANSLATE_NOOP("gs::KindNamesText", "gain multiplying the initialiser's spread"),
    QT_TRANSLATE_NOOP("gs::KindNamesText", "standard deviation σ"),
    QT_TRANSLATE_NOOP("gs::KindNamesText", "half-width a of U(−a, a)"),
    QT_TRANSLATE_NOOP("gs::KindNamesText", "the value of every weight"),
    QT_TRANSLATE_NOOP("gs::KindNamesText", "None"),
    QT_TRANSLATE_NOOP("gs::KindNamesText", "BatchNorm"),
    QT_TRANSLATE_NOOP("gs::KindNamesText", "LayerNorm"),
    QT_TRANSLATE_NOOP("gs::KindNamesText", "SGD"),
    QT_TRANSLATE_NOOP("gs::KindNamesText", "SGD with momentum"),
    QT_TRANSLATE_NOOP("gs::KindNamesText", "Adam"),
    QT_TRANSLATE_NOOP("gs::KindNamesText", "Circles"),
    QT_TRANSLATE_NOOP("gs::KindNamesText", "XOR"),
    QT_TRANSLATE_NOOP("gs::KindNamesText", "Spiral"),
    QT_TRANSLATE_NOOP("gs::KindNamesText", "Moons"),
    QT_TRANSLATE_NOOP("gs::KindNamesText", "Gaussian blobs"),
    QT_TRANSLATE_NOOP("gs::KindNamesText", "Sine (regression)"),
    QT_TRANSLATE_NOOP("gs::KindNamesText", "Mean squared error"),
    QT_TRANSLATE_NOOP("gs::KindNamesText", "Binary cross-entropy"),
    QT_TRANSLATE_NOOP("gs::KindNamesText", "Softmax cross-entropy"),
    QT_TRANSLATE_NOOP("gs::KindNamesText", "‖∂L/∂W‖"),
    QT_TRANSLATE_NOOP("gs::KindNamesText", "mean |∂L/∂W|"),
    QT_TRANSLATE_NOOP("gs::KindNamesText", "‖∂L/∂b‖"),
    QT_TRANSLATE_NOOP("gs::KindNamesText", "RMS δ"),
    QT_TRANSLATE_NOOP("gs::KindNamesText", "mean f′(z)"),
    QT_TRANSLATE_NOOP("gs::KindNamesText", "dead units"),
    QT_TRANSLATE_NOOP("gs::KindNamesText", "saturated units"),
    QT_TRANSLATE_NOOP("gs::KindNamesText", "‖W‖"),
    QT_TRANSLATE_NOOP("gs::KindNamesText",
                      "The length (Frobenius norm) of the layer's weight gradient."),
    QT_TRANSLATE_NOOP("gs::KindNamesText",
                      "The average size of one weight's gradient in the layer."),
    QT_TRANSLATE_NOOP("gs::KindNamesText",
                      "The length of the layer's bias gradient (0 when the network has no bias)."),
    QT_TRANSLATE_NOOP(
        "gs::KindNamesText",
        "The root-mean-square error signal δ = ∂L/∂z that reaches the layer's units."),
    QT_TRANSLATE_NOOP(
        "gs::KindNamesText",
        "The average slope f′(z) of the layer's activation over its units and the batch."),
    QT_TRANSLATE_NOOP("gs::KindNamesText",
                      "The share of ReLU-like units whose input z is ≤ 0 for the whole batch."),
    QT_TRANSLATE_NOOP("gs::KindNamesText",
                      "The share of units whose average slope f′(z) is below 1% of its maximum."),
    QT_TRANSLATE_NOOP("gs::KindNamesText", "The length (Frobenius norm) of the layer's weights."),
    QT_TRANSLATE_NOOP("gs::KindNamesText", "‖ΔW‖/‖W‖"),
    QT_TRANSLATE_NOOP("gs::KindNamesText", "‖∂L/∂W‖/‖W‖"),
    QT_TRANSLATE_NOOP("gs::KindNamesText", "mean activation"),
    QT_TRANSLATE_NOOP("gs::KindNamesText", "std activation"),
    QT_TRANSLATE_NOOP("gs::KindNamesText", "mean pre-activation"),
    QT_TRANSLATE_NOOP("gs::KindNamesText", "std pre-activation"),
    QT_TRANSLATE_NOOP(
        "gs::KindNamesText",
        "How much the last update changed the layer's weights, relative to their size."),
    QT_TRANSLATE_NOOP(
        "gs::KindNamesText",
        "The size of the layer's weight gradient relative to the size of its weights."),
    QT_TRANSLATE_NOOP("gs::KindNamesText",
                      "The mean of the layer's outputs a over its units and the batch."),
    QT_TRANSLATE_NOOP(
        "gs::KindNamesText",
        "The standard deviation of the layer's outputs a over its units and the batch."),
    QT_TRANSLATE_NOOP("gs::KindNamesText",
                      "The mean of the activation's input (z, or n after normalisation)."),
    QT_TRANSLATE_NOOP(
        "gs::KindNamesText",
        "The standard deviation of the activation's input (z, or n after normalisation)."),
};

QString translated(const std::string& english) {
  return QCoreApplication::translate(kContext, english.c_str());
}

}  // namespace

const char* kindNamesContext() { return kContext; }

QString initName(InitKind kind) { return translated(initDisplayName(kind)); }
QString optimizerName(OptimizerKind kind) { return translated(optimizerDisplayName(kind)); }
QString datasetName(DatasetKind kind) { return translated(datasetDisplayName(kind)); }
QString lossName(LossKind kind) { return translated(lossDisplayName(kind)); }
QString initScaleMeaningText(InitKind kind) { return translated(initScaleMeaning(kind)); }

QString normName(NormKind kind) {
  switch (kind) {
    case NormKind::None:
      return translated("None");
    case NormKind::Batch:
      return translated("BatchNorm");
    case NormKind::Layer:
      return translated("LayerNorm");
  }
  return QString::fromStdString(normId(kind));
}

QString activationName(ActivationKind kind) {
  if (kind == ActivationKind::Linear) return translated("linear");
  return QString::fromStdString(Activation(kind).displayName());  // the same in every language
}

QString activationChoiceName(ActivationKind kind) {
  if (kind == ActivationKind::Linear) return translated(activationDisplayName(kind));
  return activationName(kind);
}

QString activationNameForId(const std::string& id) {
  const std::optional<ActivationKind> kind = activationFromId(id);
  return kind ? activationName(*kind) : QString::fromStdString(id);
}
QString measureName(Measure measure) { return translated(measureDisplayName(measure)); }
QString measureToolTip(Measure measure) { return translated(measureDescription(measure)); }

}  // namespace gs
