// Command-line arguments of gradscope-cli, parsed into a request without touching the filesystem.
#pragma once

#include <string>
#include <utility>
#include <vector>

#include "config.h"

namespace gs::cli {

// Exit statuses, shared by every subcommand.
constexpr int kExitOk = 0;
constexpr int kExitFailure = 1;   // an unexpected internal error
constexpr int kExitUsage = 2;     // a bad flag, value, config file or output path
constexpr int kExitDiverged = 3;  // training produced NaN/∞
// Stopped by a signal: 128 + the signal (130 Ctrl-C, 143 SIGTERM, 129 SIGHUP), see stop_signals.h.

constexpr int kImageSizeMin = 200;  // smaller leaves no room for the axis labels
constexpr int kImageSizeMax = 8000;
constexpr double kZoomMin = 0.5;  // as gs::FigureSize::kMinZoom / kMaxZoom (ui/classroom)
constexpr double kZoomMax = 4.0;
constexpr long kFramesMax = 10000;  // as gs::media::AnimationLimits
constexpr long kFpsMax = 60;

enum class Command { Help, Version, Train, Snapshot, Render };

// Flags of `render`; another subcommand's engineer consumes them (compiled only with the GUI).
struct RenderOptions {
  // --figure curves|bars|loss|heatmap|boundary|histogram|walkthrough|compare|ratios|grad-hist|
  //          network|all
  std::string figure = "all";
  int width = 1200;      // --width W (pixels; in `render`, --width is the image width)
  int height = 800;      // --height H
  double zoom = 2.0;     // --zoom Z: text and lines Z times the window's size
  std::string language;  // --lang en|vi; empty = from LANGUAGE / LC_ALL / LANG (renderLanguage)
  std::string theme = "light";  // --theme light|dark|high_contrast: figures and --animate frames
  bool animate = false;         // --animate: --out is FILE.gif|mp4|webm or DIR/ (numbered PNGs)
  long frames = 60;             // --frames N, sampled evenly over the run
  long fps = 10;                // --fps F
  bool framesGiven = false, fpsGiven = false;
};

struct CliRequest {
  Command command = Command::Help;
  std::string helpTopic;  // "train", "snapshot", "render" for `gradscope-cli train --help`
  // Defaults with the settings flags applied; when configPath or lessonPath is set,
  // resolveConfigFile() rebuilds it from the file and applies the same flags again (flags win
  // over the file).
  Config config;
  std::string configPath;  // --config FILE: a config or a lesson file (teaching fields ignored)
  std::string lessonPath;  // --lesson FILE: a lesson's config and its suggested steps
  std::string dataPath;    // --data FILE.csv: the user's points instead of the built-in data set
  std::vector<std::pair<std::string, std::string>> settings;  // settings flags, in order
  // render --figure compare: run B's flags (--b-lr …) in order, under their run-A names ("--lr"),
  // and run B resolved from them (compare_b_flags.h; set by resolveConfigFile).
  std::vector<std::pair<std::string, std::string>> settingsB;
  Config configB;
  long steps = 0;
  bool stepsGiven = false;
  std::string csvPath;  // train: --csv FILE
  long csvEvery = 1;    // train: --csv-every N
  std::string outPath;  // snapshot: --out FILE.json ("-" = stdout); render: --out FILE.png|svg|pdf
  bool quiet = false;   // --quiet: no progress output
  RenderOptions render;
};

struct ParseResult {
  CliRequest request;
  int exitStatus = kExitOk;
  std::string error;  // one line naming the bad flag or value and what is allowed; empty = ok
  bool ok() const { return error.empty(); }
};

// Parses the arguments after argv[0]. Never throws; memory use is proportional to the input.
// When --config or --lesson is given the file is not read here (see resolveConfigFile).
ParseResult parseArguments(const std::vector<std::string>& args) noexcept;

// Reads request.configPath or request.lessonPath (if set) and request.dataPath (if set; its points
// replace the data set), applies the settings flags over them and validates the result; a lesson
// also sets request.steps to its suggestion unless --steps was given. Then sets request.configB
// (run B of render's compare figure) from the result and the --b- flags and validates it. Returns
// an empty string on success, else a one-line message naming the file (and for a CSV the line and
// the reason; exit status kExitUsage).
std::string resolveConfigFile(CliRequest& request) noexcept;

// The files this request reads (--config, --lesson, --data), which no output may overwrite.
std::vector<std::string> inputFiles(const CliRequest& request);

// Subcommand names as typed on the command line.
const char* commandName(Command command);

}  // namespace gs::cli
