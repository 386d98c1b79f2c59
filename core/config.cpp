#include "config.h"

#include <charconv>
#include <cmath>
#include <set>

namespace gs {
namespace {

std::string fmt(double v) { return exactNumber(v); }

void checkInt(std::vector<std::string>& errors, const char* field, long value, long lo, long hi) {
  if (value < lo || value > hi)
    errors.push_back(std::string(field) + " = " + std::to_string(value) +
                     " is out of range; allowed: " + std::to_string(lo) + " to " +
                     std::to_string(hi));
}

void checkReal(std::vector<std::string>& errors, const char* field, double value, double lo,
               double hi, bool loOpen, const char* what) {
  const bool bad = !std::isfinite(value) || (loOpen ? value <= lo : value < lo) || value > hi;
  if (bad)
    errors.push_back(std::string(field) + " = " + fmt(value) + " is not allowed; allowed: " + what);
}

void checkNorm(std::vector<std::string>& e, const Config& c) {
  if (c.layerNorms.size() > static_cast<std::size_t>(std::max(c.depth, 0)))
    e.push_back("layer_norms has " + std::to_string(c.layerNorms.size()) +
                " entries but depth is " + std::to_string(c.depth) +
                "; allowed: at most one entry per hidden layer");
  checkReal(e, "norm_eps", c.normEps, 0.0, Limits::kNormEpsMax, true, "a number > 0 and ≤ 1");
  // Over a batch of one sample every unit's variance is 0: x̂ = 0 and no gradient reaches W.
  if (c.batch == 1 && c.anyNorm(NormKind::Batch))
    e.push_back(
        "norm = batch needs batch ≥ 2 (a single sample has variance 0); batch = 1; "
        "allowed: batch 2 to " +
        std::to_string(Limits::kBatchMax) + ", or norm = layer, which works per sample");
}

void checkClipping(std::vector<std::string>& e, const Config& c) {
  checkReal(e, "clip_norm", c.clipNorm, 0.0, Limits::kClipMax, false,
            "0 (off) or a number > 0 and ≤ 1e6");
  checkReal(e, "clip_value", c.clipValue, 0.0, Limits::kClipMax, false,
            "0 (off) or a number > 0 and ≤ 1e6");
  if (c.clipNorm > 0 && c.clipValue > 0)
    e.push_back("clip_norm and clip_value are both set (" + fmt(c.clipNorm) + " and " +
                fmt(c.clipValue) + "); allowed: one of them (set the other to 0)");
  checkReal(e, "weight_decay", c.weightDecay, 0.0, Limits::kWeightDecayMax, false, "0 to 1");
}

// The activations some hidden layer uses: an override, or the main one where none is given.
std::set<ActivationKind> activationsInUse(const Config& c) {
  std::set<ActivationKind> kinds;
  for (int i = 0; i < c.depth; ++i) {
    const auto& k = i < int(c.layerActivations.size()) ? c.layerActivations[i] : std::nullopt;
    kinds.insert(k ? *k : c.activation);
  }
  return kinds;
}

// α is checked against every activation that uses it, main or per layer; a value given for a
// network without one must still be a sensible α (a file is never silently carrying 1e300).
void checkAlpha(std::vector<std::string>& e, const Config& c) {
  if (c.alpha == Config::kAlphaDefault) return;  // each activation's own default
  const std::set<ActivationKind> used = activationsInUse(c);
  const bool leaky = used.count(ActivationKind::LeakyRelu) > 0;
  const bool elu = used.count(ActivationKind::Elu) > 0;
  const std::string where = leaky && elu ? "leaky_relu and elu layers"
                            : leaky      ? "leaky_relu"
                            : elu        ? "elu"
                                         : "an activation that uses it (none here does)";
  const double hi = leaky ? Limits::kAlphaMaxLeaky : Limits::kAlphaMaxElu;
  const bool loOpen = elu;
  const std::string range = leaky && elu ? "a number > 0 and ≤ 1"
                            : leaky      ? "0 to 1"
                                         : "a number > 0 and ≤ 10";
  const bool bad = !std::isfinite(c.alpha) || (loOpen ? c.alpha <= 0 : c.alpha < 0) || c.alpha > hi;
  if (bad)
    e.push_back("alpha = " + fmt(c.alpha) + " is not allowed; allowed: " + range + " for " + where +
                " (0 to 1 for leaky_relu, > 0 and ≤ 10 for elu)");
}

// classes within 2 … 8 and what the data set (or the user's data) makes; the loss handles them.
void checkClasses(std::vector<std::string>& e, const Config& c) {
  const std::string k = std::to_string(c.classes);
  checkInt(e, "classes", c.classes, PointLimits::kClassesMin, PointLimits::kClassesMax);
  if (c.classes < PointLimits::kClassesMin || c.classes > PointLimits::kClassesMax) return;
  if (c.data && c.data->classification() && c.classes != c.data->classes())
    e.push_back("classes = " + k + " does not match the data, whose labels make " +
                std::to_string(c.data->classes()) + " classes; allowed: " +
                std::to_string(c.data->classes()) + " (or leave classes out)");
  if (!c.data && isClassification(c.dataset) && c.classes > datasetClassesMax(c.dataset))
    e.push_back("classes = " + k + " is not allowed for dataset = " + datasetId(c.dataset) +
                "; allowed: 2 (3 to 8 for spiral and gauss)");
  if (!c.classification() && c.classes != 2)
    e.push_back("classes = " + k + " is not allowed for regression data; allowed: 2 (the default)");
  if (c.classification() && c.classes > lossClassesMax(c.loss))
    e.push_back("loss = " + lossId(c.loss) + " handles 2 classes; classes = " + k +
                " needs softmax_ce (one output per class)");
}

void checkData(std::vector<std::string>& e, const Config& c) {
  if (!c.data) return;
  const int n = c.data->size();
  if (n < 1 || n > PointLimits::kPointsMax)
    e.push_back("data has " + std::to_string(n) + " points; allowed: 1 to " +
                std::to_string(PointLimits::kPointsMax));
  if (!c.data->X.allFinite() || !c.data->y.allFinite())
    e.push_back("data holds a value that is not a finite number; allowed: finite numbers");
}

}  // namespace

NormKind Config::normOf(int layer) const {
  const auto i = static_cast<std::size_t>(layer);
  return layer >= 0 && i < layerNorms.size() && layerNorms[i] ? *layerNorms[i] : norm;
}

bool Config::anyNorm(NormKind kind) const {
  for (int l = 0; l < depth && l <= static_cast<int>(layerNorms.size()); ++l)
    if (normOf(l) == kind) return true;
  return false;
}

std::string exactNumber(double v) {
  if (std::isnan(v)) return "nan";
  if (std::isinf(v)) return v > 0 ? "inf" : "-inf";
  char text[32];
  const auto r = std::to_chars(text, text + sizeof text, v);  // shortest that reads back as v
  return std::string(text, r.ptr);
}

std::vector<std::string> validate(const Config& c) {
  std::vector<std::string> e;
  checkInt(e, "depth", c.depth, 1, Limits::kDepthMax);
  checkInt(e, "width", c.width, 1, Limits::kWidthMax);
  checkInt(e, "batch", c.batch, 1, Limits::kBatchMax);
  checkInt(e, "samples", c.samples, Limits::kSamplesMin, Limits::kSamplesMax);
  checkReal(e, "lr", c.optimizer.lr, 0.0, Limits::kLrMax, true, "a finite number > 0 and ≤ 1000");
  checkReal(e, "noise", c.noise, 0.0, Limits::kNoiseMax, false, "0 to 2");
  if (c.init == InitKind::Constant)
    checkReal(e, "init_scale", c.initScale, -Limits::kInitScaleMax, Limits::kInitScaleMax, false,
              "−100 to 100 for the constant initialiser");
  else
    checkReal(e, "init_scale", c.initScale, 0.0, Limits::kInitScaleMax, true,
              "a number > 0 and ≤ 100");
  checkAlpha(e, c);
  checkReal(e, "momentum", c.optimizer.momentum, 0.0, 0.999, false, "0 to 0.999");
  checkReal(e, "beta1", c.optimizer.beta1, 0.0, 0.999999, false, "0 to 0.999999");
  checkReal(e, "beta2", c.optimizer.beta2, 0.0, 0.999999, false, "0 to 0.999999");
  checkReal(e, "epsilon", c.optimizer.epsilon, 0.0, 1.0, true, "a number > 0 and ≤ 1");
  if (c.seed > Limits::kSeedMax)
    e.push_back("seed = " + std::to_string(c.seed) + " is too large; allowed: 0 to 2^53");
  if (c.layerActivations.size() > static_cast<std::size_t>(std::max(c.depth, 0)))
    e.push_back("layer_activations has " + std::to_string(c.layerActivations.size()) +
                " entries but depth is " + std::to_string(c.depth) +
                "; allowed: at most one entry per hidden layer");
  checkNorm(e, c);
  checkClipping(e, c);
  if (!c.classification() && c.loss != LossKind::Mse)
    e.push_back("loss = " + lossId(c.loss) + " needs a classification dataset; " +
                (c.data ? std::string("the data (x,y)") : "dataset = " + datasetId(c.dataset)) +
                " is regression, which allows: mse");
  checkClasses(e, c);
  checkData(e, c);
  const double cells = double(c.depth) * double(c.width) * double(c.batch);
  if (c.depth >= 1 && c.width >= 1 && c.batch >= 1 && cells > Limits::kCellsMax)
    e.push_back("depth × width × batch = " + fmt(cells) +
                " is too large for memory; allowed: at most " + fmt(Limits::kCellsMax) +
                " (e.g. depth 200, width 30, batch 4096)");
  // Reported only when the caches fit, so one bad triple gives one message.
  const double cost = cells * double(c.width);
  if (c.depth >= 1 && c.width >= 1 && c.batch >= 1 && cells <= Limits::kCellsMax &&
      cost > Limits::kStepCostMax)
    e.push_back("depth × width² × batch = " + fmt(cost) +
                " multiply-adds per step is too slow to watch live; allowed: at most " +
                fmt(Limits::kStepCostMax) +
                " (e.g. depth 200, width 512, batch 20; depth 20, width 256, batch 819)");
  return e;
}

void requireValid(const Config& config) {
  const std::vector<std::string> errors = validate(config);
  if (errors.empty()) return;
  std::string msg;
  for (const std::string& m : errors) msg += (msg.empty() ? "" : "\n") + m;
  throw ConfigError(msg);
}

}  // namespace gs
