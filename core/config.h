// One experiment configuration: what the GUI edits, the CLI reads and lesson files store.
#pragma once

#include <cstdint>
#include <memory>
#include <optional>
#include <stdexcept>
#include <string>
#include <vector>

#include "activation.h"
#include "dataset.h"
#include "gradient_adjustment.h"
#include "init.h"
#include "loss.h"
#include "normalization.h"
#include "optimizer.h"
#include "point_set.h"

namespace gs {

struct Config {
  int depth = 10;  // hidden layers
  int width = 16;  // units per hidden layer
  ActivationKind activation = ActivationKind::Sigmoid;
  // leaky_relu / elu parameter; kAlphaDefault = the activation's own default (0.01, 1). Any other
  // value is checked against every activation that uses it (validate()).
  static constexpr double kAlphaDefault = -1.0;
  double alpha = kAlphaDefault;
  // Per hidden layer override of the activation (index 0 = first hidden layer).
  std::vector<std::optional<ActivationKind>> layerActivations;
  InitKind init = InitKind::XavierNormal;
  double initScale = 1.0;
  LossKind loss = LossKind::BceLogits;
  DatasetKind dataset = DatasetKind::Circles;
  double noise = 0.05;
  int samples = 512;  // dataset size
  // K: arms of the spiral, blobs of gauss (2 … 8; the other data sets have 2). With data set,
  // the data's K (useData sets it).
  int classes = 2;
  // The user's points (CSV, embedded in a config, drawn in the window). When set they replace
  // the built-in data set: dataset, samples and noise are not used. Shared, never changed.
  std::shared_ptr<const PointSet> data;
  int batch = 64;
  OptimizerSettings optimizer;  // kind, lr, momentum, beta1, beta2, epsilon
  std::uint64_t seed = 42;
  bool bias = true;
  bool residual = false;
  // Normalisation of the hidden layers (never the output layer) and its per-layer override.
  NormKind norm = NormKind::None;
  std::vector<std::optional<NormKind>> layerNorms;
  double normEps = kDefaultNormEps;
  // Gradient clipping (0 = off; at most one of the two) and L2 weight decay on W.
  double clipNorm = 0;
  double clipValue = 0;
  double weightDecay = 0;

  Activation hiddenActivation() const { return Activation(activation, alpha); }
  double effectiveAlpha() const { return hiddenActivation().alpha(); }
  bool classification() const { return data ? data->classification() : isClassification(dataset); }
  int numClasses() const { return classification() ? classes : 0; }  // 0 for regression
  int inputs() const { return data ? data->inputs : datasetInputs(dataset); }
  int outputs() const { return lossOutputs(loss, numClasses()); }
  // Sets data (nullptr: back to the built-in data set) and classes to the data's K.
  void useData(std::shared_ptr<const PointSet> points) {
    data = std::move(points);
    if (data && data->classification()) classes = data->classes();
  }
  // The normalisation of hidden layer `layer` (0-based), override first.
  NormKind normOf(int layer) const;
  bool anyNorm(NormKind kind) const;  // some hidden layer uses `kind`
  ClipSettings clipSettings() const { return {clipNorm, clipValue, weightDecay}; }
};

// Allowed ranges, shared by validation, the GUI's controls and the help texts.
struct Limits {
  static constexpr int kDepthMax = 200;
  static constexpr int kWidthMax = 512;
  static constexpr int kBatchMax = 4096;
  static constexpr int kSamplesMin = 8;
  static constexpr int kSamplesMax = 100000;
  static constexpr double kLrMax = 1000.0;
  static constexpr double kNoiseMax = 2.0;
  static constexpr double kInitScaleMax = 100.0;
  static constexpr double kAlphaMaxLeaky = 1.0;
  static constexpr double kAlphaMaxElu = 10.0;
  static constexpr double kNormEpsMax = 1.0;
  static constexpr double kClipMax = 1e6;
  static constexpr double kWeightDecayMax = 1.0;
  // depth × width × batch bounds the forward cache (Z, A, δ, f′: 4 doubles each, and a
  // normalisation's own per-cell buffers): 2.5e7 cells peak at 0.83 GB RSS without normalisation,
  // 1.22 GB with BatchNorm and 1.25 GB with LayerNorm (measured with `gradscope-cli train --depth
  // 200 --width 32 --batch 3906 --samples 4096 --steps 2 --norm none|batch|layer`).
  static constexpr double kCellsMax = 2.5e7;
  // depth × width² × batch bounds the time of a step: the multiply-adds of the forward pass
  // (backward costs about twice that). 2^30 is ~0.2 s per step on two cores with OpenBLAS, and
  // exactly the largest single layer (1 × 512² × 4096); depth 200 × width 512 allows batch 20.
  static constexpr double kStepCostMax = 1073741824.0;
  static constexpr long kStepsMax = 10'000'000;  // steps of one run (CLI and window --steps)
  static constexpr std::uint64_t kSeedMax = (std::uint64_t{1} << 53);  // exact in JSON doubles
};

// v with the fewest digits that read back exactly as v ("1000.0000001", never a rounded "1000"),
// so a value just over a limit never prints as the limit.
std::string exactNumber(double v);

// Every problem in the config, one message each, naming the field, the value and what is allowed.
std::vector<std::string> validate(const Config& config);

class ConfigError : public std::runtime_error {
 public:
  using std::runtime_error::runtime_error;
};

// Throws ConfigError with every message joined, when validate() finds anything.
void requireValid(const Config& config);

}  // namespace gs
