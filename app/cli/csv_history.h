// The per-step, per-layer training history as CSV, one row per (step, layer).
#pragma once

#include <string>

#include "snapshot.h"

namespace gs::cli {

std::string csvHeader();
// Appends the rows of one step; accuracy is empty for regression, NaN/∞ are written as nan/inf.
void appendCsvRows(std::string& out, long step, const Snapshot& s);

}  // namespace gs::cli
