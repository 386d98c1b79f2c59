#include "cli_flags.h"

#include "compare_b_flags.h"
#include "config.h"

namespace gs::cli {
namespace {

std::string wholeRange(long lo, long hi) {
  return "a whole number from " + std::to_string(lo) + " to " + std::to_string(hi);
}

std::vector<FlagSpec> makeSettingsFlags() {
  const unsigned net = kTrainBit | kSnapshotBit;  // --width is the image width in render
  return {
      {"--depth", "N", wholeRange(1, Limits::kDepthMax), "hidden layers", kRunBits, true},
      {"--width", "N", wholeRange(1, Limits::kWidthMax), "units per hidden layer", net, true},
      {"--activation", "NAME", activationIdList(), "activation of every hidden layer", kRunBits,
       true},
      {"--alpha", "A", "0 to 1 for leaky_relu (default 0.01), > 0 and ≤ 10 for elu (default 1)",
       "slope/scale of the negative branch of leaky_relu and elu", kRunBits, true},
      {"--init", "NAME", initIdList(), "weight initialiser", kRunBits, true},
      {"--init-scale", "S", "a number > 0 and ≤ 100 (−100 to 100 for constant)",
       "gain of the initialiser (σ for normal, ±a for uniform, the value for constant)", kRunBits,
       true},
      {"--loss", "NAME", lossIdList(), "loss on the linear output layer", kRunBits, true},
      {"--dataset", "NAME", datasetIdList(), "toy data set (sine is regression: loss mse)",
       kRunBits, true},
      {"--classes", "K", wholeRange(PointLimits::kClassesMin, PointLimits::kClassesMax),
       "classes of --dataset spiral (arms) or gauss (blobs); more than 2 need --loss softmax_ce",
       kRunBits, true},
      {"--noise", "X", "0 to 2", "standard deviation of the data jitter", kRunBits, true},
      {"--samples", "N", wholeRange(Limits::kSamplesMin, Limits::kSamplesMax), "data set size",
       kRunBits, true},
      {"--batch", "N", wholeRange(1, Limits::kBatchMax), "mini-batch size", kRunBits, true},
      {"--optimizer", "NAME", optimizerIdList(), "update rule", kRunBits, true},
      {"--lr", "X", "a finite number > 0 and ≤ 1000", "learning rate", kRunBits, true},
      {"--momentum", "B", "0 to 0.999", "β of the momentum optimiser", kRunBits, true},
      {"--seed", "N", "a whole number from 0 to 2^53", "seed of data, weights and batches",
       kRunBits, true},
      {"--bias", "", "", "use biases (the default)", kRunBits, true},
      {"--no-bias", "", "", "no biases in any layer", kRunBits, true},
      {"--residual", "", "", "skip connections a = a_prev + f(z) between equal-width layers",
       kRunBits, true},
      {"--no-residual", "", "", "no skip connections (the default)", kRunBits, true},
      {"--norm", "NAME", normIdList(),
       "normalise every hidden layer's z before f (batch: over the mini-batch, per unit; "
       "layer: over the units, per sample)",
       kRunBits, true},
      {"--norm-eps", "E", "a number > 0 and ≤ 1", "ε in (z − μ)/√(σ² + ε)", kRunBits, true},
      {"--clip-norm", "C", "0 (off) or a number > 0 and ≤ 1e6",
       "scale the whole gradient down to global norm C when it is longer", kRunBits, true},
      {"--clip-value", "V", "0 (off) or a number > 0 and ≤ 1e6",
       "clamp every gradient entry to [−V, V]", kRunBits, true},
      {"--weight-decay", "L", "0 to 1", "L2 weight decay: λ·W added to the gradient of every W",
       kRunBits, true},
  };
}

std::vector<FlagSpec> makeRunFlags() {
  const std::string steps = wholeRange(1, Limits::kStepsMax);
  const std::string pixels = wholeRange(kImageSizeMin, kImageSizeMax);
  return {
      {"--config", "FILE.json", "a gradscope-config/1 JSON file or a lesson file",
       "start from this config (a lesson's texts and steps are ignored); settings flags override "
       "it",
       kRunBits, false},
      {"--data", "FILE.csv", "a CSV file of x1,x2,label rows (labels 0 to 7) or x,y rows",
       "train on your own points instead of --dataset (K classes from the labels; header "
       "optional; at most 100000 rows, 8 MiB)",
       kRunBits, false},
      {"--steps", "N", steps + " (snapshot: 0 to 10000000)",
       "training steps (default: the lesson's; else train 1000, snapshot 0, render 1000)", kRunBits,
       false},
      {"--quiet", "", "", "no progress output", kRunBits, false},
      {"--csv", "FILE", "a path in an existing, writable folder",
       "write the per-step, per-layer history as CSV", kTrainBit, false},
      {"--csv-every", "N", steps, "record every N-th step in the CSV (default 1)", kTrainBit,
       false},
      {"--out", "FILE", "a path in an existing, writable folder (snapshot: - for stdout)",
       "output file (snapshot: JSON; render: .png, .svg or .pdf)", kSnapshotBit | kRenderBit,
       false},
      {"--lesson", "FILE", "a lesson JSON file",
       "start from this lesson's config and its suggested steps (unless --steps); settings flags "
       "override it",
       kRunBits, false},
      {"--figure", "NAME",
       "curves, bars, loss, heatmap, boundary, histogram, walkthrough, compare, ratios, "
       "grad-hist, network, all",
       "which figure to render (ratios: ‖ΔW‖/‖W‖ per layer over the steps with the 10⁻³ line; "
       "grad-hist: histograms of log₁₀|∂L/∂W| per layer; network: the diagram of units and links; "
       "all: one file each, OUT-curves.png …)",
       kRenderBit, false},
      {"--lang", "LANG", "en, vi",
       "language of the figures' words (default: from LANGUAGE, LC_ALL or LANG; else en)",
       kRenderBit, false},
      {"--theme", "NAME", "light, dark, high_contrast",
       "colours of the figures and the --animate frames, as View ▸ Theme in the window (default "
       "light)",
       kRenderBit, false},
      {"--width", "W", pixels, "image width in pixels (default 1200)", kRenderBit, false},
      {"--height", "H", pixels, "image height in pixels (default 800)", kRenderBit, false},
      {"--zoom", "Z", "a number from 0.5 to 4",
       "size of text and lines: laid out at W/Z × H/Z, drawn Z times larger (default 2; 1 = as "
       "in the window)",
       kRenderBit, false},
      {"--animate", "", "",
       "an animation of --figure over the run: --out FILE.gif|.mp4|.webm, or DIR/ for numbered "
       "PNGs (DIR/frame-0000.png …)",
       kRenderBit, false},
      {"--frames", "N", wholeRange(1, kFramesMax) + ", at most --steps",
       "frames of --animate, at steps spread evenly over the run (default 60, or --steps when "
       "fewer)",
       kRenderBit, false},
      {"--fps", "F", wholeRange(1, kFpsMax) + " (GIF: up to 50)",
       "frames per second of --animate (default 10)", kRenderBit, false},
  };
}

}  // namespace

unsigned commandBit(Command command) {
  switch (command) {
    case Command::Train:
      return kTrainBit;
    case Command::Snapshot:
      return kSnapshotBit;
    case Command::Render:
      return kRenderBit;
    default:
      return 0;
  }
}

const std::vector<FlagSpec>& flagSpecs() {
  static const std::vector<FlagSpec> all = [] {
    std::vector<FlagSpec> v = makeRunFlags();
    for (FlagSpec& f : makeSettingsFlags()) v.push_back(std::move(f));
    for (FlagSpec& f : runBFlagsFrom(v)) v.push_back(std::move(f));
    return v;
  }();
  return all;
}

const FlagSpec* findFlag(const std::string& name, Command command) {
  const unsigned bit = commandBit(command);
  for (const FlagSpec& f : flagSpecs())
    if (f.name == name && (f.commands & bit)) return &f;
  return nullptr;
}

bool isKnownFlag(const std::string& name) {
  for (const FlagSpec& f : flagSpecs())
    if (f.name == name) return true;
  return false;
}

std::string flagNameList(Command command) {
  std::string out;
  const unsigned bit = commandBit(command);
  for (const FlagSpec& f : flagSpecs())
    if (f.commands & bit) out += (out.empty() ? "" : ", ") + f.name;
  return out + ", --help";
}

}  // namespace gs::cli
