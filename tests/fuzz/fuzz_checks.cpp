#include "fuzz_checks.h"

#include "config_json.h"
#include "trainer.h"

namespace gsfuzz {

void checkRejection(Tally& tally, long index, const std::string& message,
                    const std::string& label) {
  if (message.empty())
    tally.finding(index, "rejected with an empty message", label);
  else if (message.size() > kMessageMaxBytes)
    tally.finding(index,
                  "rejected with a " + std::to_string(message.size()) +
                      "-byte message: " + preview(message, 200),
                  label);
  else
    tally.rejected();
}

bool checkAcceptedConfig(Tally& tally, long index, const gs::Config& c, const std::string& label) {
  const std::vector<std::string> problems = gs::validate(c);
  if (!problems.empty()) {
    tally.finding(index, "accepted but validate() says: " + problems.front(), label);
    return false;
  }
  const json once = gs::configToJson(c);
  const json twice = gs::configToJson(gs::configFromJson(once));
  if (once != twice) {
    tally.finding(index, "round trip changed " + once.dump() + " into " + twice.dump(), label);
    return false;
  }
  // Per-step cost ~ depth × width² × batch; train only the cheap ones, the rest are covered by the
  // extremes test.
  const double cost = double(c.depth) * c.width * c.width * c.batch;
  if (cost > 4e6 || c.samples > 20000) return true;
  gs::Trainer trainer(c);
  for (int s = 0; s < 3; ++s) {
    const gs::Snapshot snap = trainer.step();
    if (snap.layers.size() != static_cast<std::size_t>(c.depth) + 1) {
      tally.finding(index, "snapshot has " + std::to_string(snap.layers.size()) + " layers", label);
      return false;
    }
    if (!snap.finite && snap.problem.empty()) {
      tally.finding(index, "training stopped on NaN/inf without a message", label);
      return false;
    }
    if (!snap.finite) break;
  }
  return true;
}

}  // namespace gsfuzz
