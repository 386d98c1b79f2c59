// Translatable display names for the choices in gs::Config (core only knows their ids).
#pragma once

#include <QString>
#include <string>

#include "config.h"

namespace gs {

QString initName(InitKind kind);
QString optimizerName(OptimizerKind kind);
QString datasetName(DatasetKind kind);
QString lossName(LossKind kind);
// "Sigmoid", "Leaky ReLU", "linear (output)" for a layer's activation id; the id when unknown.
QString activationNameForId(const std::string& id);

}  // namespace gs
