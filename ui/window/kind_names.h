// Translatable display names for the choices in gs::Config (core only knows their ids).
#pragma once

#include <QString>

#include "config.h"

namespace gs {

QString initName(InitKind kind);
QString optimizerName(OptimizerKind kind);
QString datasetName(DatasetKind kind);
QString lossName(LossKind kind);

}  // namespace gs
