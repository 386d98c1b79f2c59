// Translated display names of the choices in gs::Config and of the per-layer measures: the one
// place the window turns the English names of core's tables (core/*.cpp) into the user's language.
#pragma once

#include <QString>
#include <string>

#include "config.h"
#include "measure.h"
#include "normalization.h"

namespace gs {

QString initName(InitKind kind);
QString optimizerName(OptimizerKind kind);
QString datasetName(DatasetKind kind);
QString lossName(LossKind kind);
// What the initialiser's scale means ("standard deviation σ"), for the scale's tool tip.
QString initScaleMeaningText(InitKind kind);
// "None", "BatchNorm", "LayerNorm".
QString normName(NormKind kind);
// "Sigmoid", "Leaky ReLU"; "linear" (translated) for the output layer's identity.
QString activationName(ActivationKind kind);
// The same as a choice in a list, capitalised like its neighbours: "Linear" (translated).
QString activationChoiceName(ActivationKind kind);
// The same for an activation id ("relu"); the id itself when unknown.
QString activationNameForId(const std::string& id);
QString measureName(Measure measure);     // "‖∂L/∂W‖", for axes and menus
QString measureToolTip(Measure measure);  // one sentence

// The translation context of the names above ("gs::KindNamesText").
const char* kindNamesContext();

}  // namespace gs
