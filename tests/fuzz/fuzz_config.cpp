// Fuzzes the config loader (gs::configFromJson, gs::loadConfigFile) with mutated valid configs:
// type swaps, huge/negative/NaN numbers, deep nesting, unknown keys, giant strings, damaged text.
#include <unistd.h>

#include <fstream>
#include <iostream>

#include "config_json.h"
#include "fuzz_checks.h"

namespace {

using gsfuzz::json;

// Valid starting points: the defaults and random combinations of every enumeration.
std::vector<json> baseConfigs() {
  std::vector<json> bases = {gs::configToJson(gs::Config{})};
  gsfuzz::Rng rng(7);
  while (bases.size() < 64) {
    gs::Config c;
    c.activation = rng.pick(gs::allActivationKinds());
    c.init = rng.pick(gs::allInitKinds());
    c.depth = 1 + int(rng.below(gs::Limits::kDepthMax));
    c.width = 1 + int(rng.below(64));
    c.batch = 1 + int(rng.below(256));
    c.residual = rng.chance(0.3);
    c.bias = rng.chance(0.8);
    if (rng.chance(0.3)) c.layerActivations.resize(std::size_t(rng.below(c.depth + 1)));
    for (auto& a : c.layerActivations)
      if (rng.chance(0.5)) a = rng.pick(gs::allActivationKinds());
    if (gs::validate(c).empty()) bases.push_back(gs::configToJson(c));
  }
  return bases;
}

std::vector<std::string> fieldNames(const std::vector<json>& bases) {
  std::vector<std::string> names = {"layer_activations", "format", "optimizer"};
  for (const auto& item : bases.front().items()) names.push_back(item.key());
  return names;
}

std::string writeFile(const std::string& path, const std::string& text) {
  std::ofstream(path, std::ios::binary | std::ios::trunc) << text;
  return path;
}

}  // namespace

int main(int argc, char** argv) {
  const gsfuzz::Options options = gsfuzz::parseOptions(argc, argv);
  gsfuzz::capMemory(options.memoryMb);
  const std::vector<json> bases = baseConfigs();
  const std::vector<std::string> fields = fieldNames(bases);
  const std::string file = options.workDir + "/fuzz_config_" + std::to_string(::getpid()) + ".json";
  gsfuzz::Tally tally("fuzz_config");
  gsfuzz::Driver driver(options, tally);
  const double elapsed = driver.run([&](long i, gsfuzz::Rng& rng) {
    std::string label;
    if (rng.chance(0.3)) {
      // Damaged text through the real file path: size limit, parser, nesting, messages.
      std::string text = gsfuzz::mutateText(rng, rng.pick(bases).dump(rng.chance(0.5) ? 2 : -1));
      if (rng.chance(0.03)) text += std::string(gs::kConfigFileMaxBytes, ' ');
      label = "file: " + text;
      writeFile(file, text);
      if (options.only >= 0)
        std::cout << "input " << i << ": " << gsfuzz::preview(label) << std::endl;
      gsfuzz::classify(tally, i, label, [&] {
        return gsfuzz::checkAcceptedConfig(tally, i, gs::loadConfigFile(file), label);
      });
    } else {
      const json j = gsfuzz::mutateObject(rng, rng.pick(bases), fields, label);
      if (options.only >= 0)
        std::cout << "input " << i << ": " << gsfuzz::preview(label) << std::endl;
      gsfuzz::classify(tally, i, label, [&] {
        return gsfuzz::checkAcceptedConfig(tally, i, gs::configFromJson(j), label);
      });
    }
    return label;
  });
  std::remove(file.c_str());
  return tally.report(options, elapsed);
}
