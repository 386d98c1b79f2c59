// Run B of a comparison when the teacher has not chosen one: A with the one change a lesson
// contrasts — ReLU + He for a saturating A (sigmoid, tanh), leaky ReLU (α 0.2) + He for a ReLU A,
// sigmoid + Xavier otherwise. Same data, depth, width, seed and everything else as A. The compare
// window (gs::CompareChoice) and `gradscope-cli render --figure compare` both start from it.
#pragma once

#include "config.h"

namespace gs {

Config defaultCompareB(const Config& a);

}  // namespace gs
