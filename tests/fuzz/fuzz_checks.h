// Checks every harness applies to a loader's outcome: a rejection is a gs::ConfigError with a
// short, non-empty message; anything else that escapes is a finding; an accepted config is valid,
// survives a JSON round trip and, when small, trains a few steps without crashing.
#pragma once

#include <exception>
#include <string>
#include <typeinfo>

#include "config.h"
#include "fuzz_support.h"

namespace gsfuzz {

void checkRejection(Tally& tally, long index, const std::string& message, const std::string& label);
// Returns true when everything held; records a finding otherwise.
bool checkAcceptedConfig(Tally& tally, long index, const gs::Config& config,
                         const std::string& label);

// Runs load() and classifies what happened. load() returns true when it accepted the input and
// its own checks held (they record their own findings otherwise).
template <class Load>
void classify(Tally& tally, long index, const std::string& label, Load load) {
  try {
    if (load()) tally.accepted();
  } catch (const gs::ConfigError& e) {
    checkRejection(tally, index, e.what(), label);
  } catch (const std::exception& e) {
    tally.finding(
        index,
        std::string("escaped as ") + typeid(e).name() + " instead of ConfigError: " + e.what(),
        label);
  }
}

}  // namespace gsfuzz
