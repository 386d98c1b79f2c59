// The per-step, per-layer training history as CSV, one row per (step, layer).
#pragma once

#include <ostream>

#include "snapshot.h"

namespace gs::cli {

void writeCsvHeader(std::ostream& os);
// Rows of one step; accuracy is empty for regression, NaN/∞ are written as nan/inf.
void writeCsvRows(std::ostream& os, long step, const Snapshot& s);

}  // namespace gs::cli
