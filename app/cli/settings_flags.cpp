#include "settings_flags.h"

#include "cli_flags.h"
#include "cli_values.h"

namespace gs::cli {
namespace {

template <class Kind, class Parse>
std::string setKind(Kind& target, const std::string& flag, const std::string& value, Parse parse,
                    const std::string& allowed) {
  const auto kind = parse(value);
  if (!kind) return badValue(flag, value, "unknown value; allowed: " + allowed);
  target = *kind;
  return {};
}

std::string setInt(int& target, const FlagSpec& spec, const std::string& value, long lo, long hi) {
  long long v = 0;
  std::string error = parseWhole(spec.name, value, lo, hi, spec.allowed, v);
  if (error.empty()) target = static_cast<int>(v);
  return error;
}

std::string setReal(double& target, const FlagSpec& spec, const std::string& value) {
  return parseFinite(spec.name, value, spec.allowed, target);
}

std::string applySwitch(Config& c, const std::string& flag, const std::string& value) {
  if (!value.empty()) return badValue(flag, value, "this switch takes no value");
  if (flag == "--bias" || flag == "--no-bias") c.bias = flag == "--bias";
  if (flag == "--residual" || flag == "--no-residual") c.residual = flag == "--residual";
  return {};
}

// The flag that sets a field named at the start of one of gs::validate's messages.
std::string flagForField(const std::string& message) {
  static const char* const kFields[][2] = {
      {"depth × width × batch", "--depth, --width, --batch"},
      {"depth × width² × batch", "--depth, --width, --batch"},
      {"depth", "--depth"},
      {"width", "--width"},
      {"batch", "--batch"},
      {"samples", "--samples"},
      {"classes", "--classes"},
      {"data", "--data"},
      {"lr", "--lr"},
      {"noise", "--noise"},
      {"alpha", "--alpha"},
      {"init_scale", "--init-scale"},
      {"momentum", "--momentum"},
      {"seed", "--seed"},
      {"loss", "--loss, --dataset"},
      {"norm_eps", "--norm-eps"},
      {"norm = batch", "--norm, --batch"},
      {"clip_norm and clip_value", "--clip-norm, --clip-value"},
      {"clip_norm", "--clip-norm"},
      {"clip_value", "--clip-value"},
      {"weight_decay", "--weight-decay"},
  };
  for (const auto& f : kFields) {
    const std::string field = f[0];
    if (message.compare(0, field.size() + 1, field + " ") == 0) return f[1];
  }
  return {};
}

}  // namespace

std::string applySetting(Config& c, const std::string& flag, const std::string& value) {
  const FlagSpec* spec = findFlag(flag, Command::Train);
  if (!spec || !spec->setting) return flag + ": not a settings flag";
  if (!spec->takesValue()) return applySwitch(c, flag, value);
  if (flag == "--depth") return setInt(c.depth, *spec, value, 1, Limits::kDepthMax);
  if (flag == "--width") return setInt(c.width, *spec, value, 1, Limits::kWidthMax);
  if (flag == "--batch") return setInt(c.batch, *spec, value, 1, Limits::kBatchMax);
  if (flag == "--classes")
    return setInt(c.classes, *spec, value, PointLimits::kClassesMin, PointLimits::kClassesMax);
  if (flag == "--samples")
    return setInt(c.samples, *spec, value, Limits::kSamplesMin, Limits::kSamplesMax);
  if (flag == "--activation")
    return setKind(c.activation, flag, value, activationFromId, spec->allowed);
  if (flag == "--init") return setKind(c.init, flag, value, initFromId, spec->allowed);
  if (flag == "--loss") return setKind(c.loss, flag, value, lossFromId, spec->allowed);
  if (flag == "--dataset") return setKind(c.dataset, flag, value, datasetFromId, spec->allowed);
  if (flag == "--optimizer")
    return setKind(c.optimizer.kind, flag, value, optimizerFromId, spec->allowed);
  if (flag == "--alpha") {
    // Negative would read as "the activation's default" (Config::kAlphaDefault): refuse it here.
    double alpha = 0;
    std::string error = parseFinite(flag, value, spec->allowed, alpha);
    if (error.empty() && alpha < 0)
      error = badValue(flag, value, "out of range; allowed: " + spec->allowed);
    if (error.empty()) c.alpha = alpha;
    return error;
  }
  if (flag == "--init-scale") return setReal(c.initScale, *spec, value);
  if (flag == "--noise") return setReal(c.noise, *spec, value);
  if (flag == "--lr") return setReal(c.optimizer.lr, *spec, value);
  if (flag == "--momentum") return setReal(c.optimizer.momentum, *spec, value);
  if (flag == "--norm") return setKind(c.norm, flag, value, normFromId, spec->allowed);
  if (flag == "--norm-eps") return setReal(c.normEps, *spec, value);
  if (flag == "--clip-norm") return setReal(c.clipNorm, *spec, value);
  if (flag == "--clip-value") return setReal(c.clipValue, *spec, value);
  if (flag == "--weight-decay") return setReal(c.weightDecay, *spec, value);
  if (flag == "--seed") {
    long long seed = 0;
    const std::string error =
        parseWhole(flag, value, 0, static_cast<long long>(Limits::kSeedMax), spec->allowed, seed);
    if (error.empty()) c.seed = static_cast<std::uint64_t>(seed);
    return error;
  }
  return flag + ": not a settings flag";
}

std::string validationMessage(const Config& config, bool alphaGiven) {
  std::string out;
  for (const std::string& m : validate(config)) {
    const std::string flag = flagForField(m);
    out += (out.empty() ? "" : "; ") + m + (flag.empty() ? "" : " (" + flag + ")");
  }
  const Activation hidden = config.hiddenActivation();
  bool anyAlpha = hidden.hasAlpha();
  for (const auto& k : config.layerActivations)
    anyAlpha = anyAlpha || (k && Activation(*k).hasAlpha());
  if (alphaGiven && !anyAlpha)
    out += std::string(out.empty() ? "" : "; ") + "--alpha applies only to --activation " +
           "leaky_relu or elu; the activation is " + hidden.id();
  return out;
}

}  // namespace gs::cli
