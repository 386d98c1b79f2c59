// The one-line caption under an exported figure: what was trained and how far, in the window's
// language, e.g. "Sigmoid, 10 × 16, Xavier/Glorot normal, SGD lr 0.1 — step 300".
#pragma once

#include <QString>

#include "config.h"

namespace gs {

QString runCaption(const Config& config, long step);

}  // namespace gs
