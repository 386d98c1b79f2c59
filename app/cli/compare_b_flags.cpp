#include "compare_b_flags.h"

#include <algorithm>
#include <cctype>

#include "compare_default.h"
#include "settings_flags.h"

namespace gs::cli {
namespace {

// The settings that differ between the remedies a lesson compares (the compare window's B
// choices, and the normalisation); the rest of B is A's.
const char* const kRunBSettings[] = {"--activation", "--alpha",       "--init",
                                     "--init-scale", "--optimizer",   "--lr",
                                     "--residual",   "--no-residual", "--norm"};

std::string bName(const std::string& aFlag) { return "--b-" + aFlag.substr(2); }

bool isRunBSetting(const std::string& aFlag) {
  return std::find(std::begin(kRunBSettings), std::end(kRunBSettings), aFlag) !=
         std::end(kRunBSettings);
}

// A message about run A's flag made to name the --b- flag the user typed ("--lr 'x': …").
std::string renamed(const std::string& message, const std::string& aFlag) {
  if (message.compare(0, aFlag.size(), aFlag) != 0) return message;
  return bName(aFlag) + message.substr(aFlag.size());
}

// gs::validate's field hints ("(--lr)", "(--norm, --batch)") pointed at the --b- flags where B
// has its own; the rest (--batch, --depth, …) B shares with A.
std::string hintsForB(const std::string& message) {
  std::string out;
  std::size_t at = 0;
  while (at < message.size()) {
    const std::size_t dashes = message.find("--", at);
    if (dashes == std::string::npos) break;
    std::size_t end = dashes + 2;
    while (end < message.size() &&
           (std::islower(static_cast<unsigned char>(message[end])) || message[end] == '-'))
      ++end;
    const std::string flag = message.substr(dashes, end - dashes);
    out += message.substr(at, dashes - at) + (isRunBSetting(flag) ? bName(flag) : flag);
    at = end;
  }
  return out + message.substr(std::min(at, message.size()));
}

// "no skip connections (the default)" → "no skip connections": B's default is the default B's.
std::string withoutDefault(const std::string& help) {
  const std::string tail = " (the default)";
  const bool ends =
      help.size() >= tail.size() && help.compare(help.size() - tail.size(), tail.size(), tail) == 0;
  return ends ? help.substr(0, help.size() - tail.size()) : help;
}

bool given(const CliRequest& r, const std::string& aFlag) {
  return std::any_of(r.settingsB.begin(), r.settingsB.end(),
                     [&](const auto& s) { return s.first == aFlag; });
}

}  // namespace

std::vector<FlagSpec> runBFlagsFrom(const std::vector<FlagSpec>& specs) {
  std::vector<FlagSpec> out;
  for (const char* name : kRunBSettings)
    for (const FlagSpec& f : specs)
      if (f.setting && f.name == name)
        out.push_back({bName(f.name), f.valueName, f.allowed, "run B: " + withoutDefault(f.help),
                       kRenderBit, false});
  return out;
}

std::string runAFlagOf(const std::string& flag) {
  if (flag.compare(0, 4, "--b-") != 0) return {};
  const std::string aFlag = "--" + flag.substr(4);
  return isRunBSetting(aFlag) ? aFlag : std::string();
}

std::string addRunBFlag(CliRequest& r, const std::string& flag, const std::string& value) {
  const std::string aFlag = runAFlagOf(flag);
  if (aFlag.empty()) return flag + ": not a run-B flag";
  Config scratch;  // the value alone; B as a whole is checked once A is known (resolveRunB)
  const std::string error = applySetting(scratch, aFlag, value);
  if (!error.empty()) return renamed(error, aFlag);
  r.settingsB.emplace_back(aFlag, value);
  return {};
}

std::string runBFlagsFigureError(const CliRequest& r) {
  if (r.settingsB.empty() || r.render.figure == "compare" || r.render.figure == "all") return {};
  return bName(r.settingsB.front().first) +
         " sets run B of the compare figure; allowed with --figure compare or all (the figure is " +
         r.render.figure + ")";
}

std::string resolveRunB(CliRequest& r) {
  Config b = defaultCompareB(r.config);
  const ActivationKind defaultActivation = b.activation;
  for (const auto& [aFlag, value] : r.settingsB) {
    const std::string error = applySetting(b, aFlag, value);
    if (!error.empty()) return renamed(error, aFlag);
  }
  const bool alphaGiven = given(r, "--alpha");
  // The default B's α belongs to its activation (leaky ReLU 0.2): another --b-activation without
  // --b-alpha starts from that activation's own default.
  if (b.activation != defaultActivation && !alphaGiven) b.alpha = Config::kAlphaDefault;
  std::string error;
  if (alphaGiven && !b.hiddenActivation().hasAlpha())
    error = "--b-alpha applies only to --b-activation leaky_relu or elu; run B's activation is " +
            b.hiddenActivation().id();
  if (error.empty()) error = hintsForB(validationMessage(b, false));
  if (!error.empty()) return "run B of the compare figure: " + error;
  r.configB = b;
  return {};
}

}  // namespace gs::cli
