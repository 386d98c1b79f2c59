// The per-layer gradient table that train prints: where the gradient vanishes, at a glance.
#pragma once

#include <ostream>

#include "snapshot.h"

namespace gs::cli {

// Columns: layer, activation, ‖dW‖, ratio to the output layer's ‖dW‖, mean f′, dead %,
// saturated %; then one line with the first-to-output ratio and its per-layer factor.
void printLayerTable(std::ostream& os, const Snapshot& s);

// ‖dW‖ of layer 0 over ‖dW‖ of the output layer (NaN when there is no output gradient).
double firstToOutputRatio(const Snapshot& s);

}  // namespace gs::cli
