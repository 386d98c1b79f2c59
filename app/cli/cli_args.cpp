#include "cli_args.h"

#include <algorithm>
#include <cctype>
#include <set>

#include "cli_flags.h"
#include "cli_values.h"
#include "compare_b_flags.h"
#include "settings_flags.h"

namespace gs::cli {
namespace {

const char* const kCommandList = "train, snapshot, render";
const char* const kFigures[] = {"curves",   "bars",      "loss",        "heatmap",
                                "boundary", "histogram", "walkthrough", "compare",
                                "ratios",   "grad-hist", "network",     "all"};
const char* const kLanguages[] = {"en", "vi"};
// "high_contrast" as the window spells it (gradscope --theme, the settings); "high-contrast" too.
const char* const kThemes[] = {"light", "dark", "high_contrast", "high-contrast"};

ParseResult failure(int status, std::string message) {
  ParseResult r;
  r.exitStatus = status;
  r.error = std::move(message);
  return r;
}

bool isHelp(const std::string& a) { return a == "--help" || a == "-h"; }
bool startsWithDashes(const std::string& a) { return a.size() >= 2 && a[0] == '-' && a[1] == '-'; }

bool commandFromName(const std::string& name, Command& out) {
  for (Command c : {Command::Train, Command::Snapshot, Command::Render})
    if (name == commandName(c)) {
      out = c;
      return true;
    }
  return false;
}

std::string lowerExtension(const std::string& path) {
  const auto dot = path.find_last_of('.');
  const auto slash = path.find_last_of('/');
  if (dot == std::string::npos || (slash != std::string::npos && dot < slash)) return {};
  std::string ext = path.substr(dot);
  for (char& ch : ext) ch = static_cast<char>(std::tolower(static_cast<unsigned char>(ch)));
  return ext;
}

std::string setPath(std::string& target, const FlagSpec& spec, const std::string& value) {
  if (value.empty()) return spec.name + ": empty path; allowed: " + spec.allowed;
  target = value;
  return {};
}

std::string setCount(long& target, const FlagSpec& spec, const std::string& value, long lo) {
  long long v = 0;
  const long hi = spec.name == "--frames" ? kFramesMax
                  : spec.name == "--fps"  ? kFpsMax
                                          : Limits::kStepsMax;
  const std::string allowed =
      "a whole number from " + std::to_string(lo) + " to " + std::to_string(hi);
  std::string error = parseWhole(spec.name, value, lo, hi, allowed, v);
  if (error.empty()) target = static_cast<long>(v);
  return error;
}

std::string setPixels(int& target, const FlagSpec& spec, const std::string& value) {
  long long v = 0;
  std::string error = parseWhole(spec.name, value, kImageSizeMin, kImageSizeMax, spec.allowed, v);
  if (error.empty()) target = static_cast<int>(v);
  return error;
}

std::string setZoom(double& target, const FlagSpec& spec, const std::string& value) {
  double v = 0;
  std::string error = parseFinite(spec.name, value, spec.allowed, v);
  if (error.empty() && (v < kZoomMin || v > kZoomMax))
    error = badValue(spec.name, value, "out of range; allowed: " + spec.allowed);
  if (error.empty()) target = v;
  return error;
}

// render's --out is checked in checkComplete: --animate (given later or earlier) changes the types.
std::string renderOutError(const CliRequest& r) {
  const std::string ext = lowerExtension(r.outPath);
  if (r.render.animate) {
    if (ext == ".gif" || ext == ".mp4" || ext == ".webm" || r.outPath.back() == '/') return {};
    return badValue("--out", r.outPath,
                    "unknown animation type; allowed: a name ending in .gif, .mp4 or .webm, or a "
                    "folder ending in / for numbered PNGs");
  }
  if (ext == ".png" || ext == ".svg" || ext == ".pdf") return {};
  return badValue("--out", r.outPath,
                  "unknown file type; allowed: a name ending in .png, .svg or .pdf (with "
                  "--animate: .gif, .mp4, .webm or DIR/)");
}

std::string setOut(CliRequest& r, const FlagSpec& spec, const std::string& value) {
  return setPath(r.outPath, spec, value);
}

std::string setFigure(RenderOptions& render, const FlagSpec& spec, const std::string& value) {
  if (std::find(std::begin(kFigures), std::end(kFigures), value) == std::end(kFigures))
    return badValue(spec.name, value, "unknown figure; allowed: " + spec.allowed);
  render.figure = value;
  return {};
}

template <std::size_t N>
bool oneOf(const char* const (&names)[N], const std::string& value) {
  return std::find(std::begin(names), std::end(names), value) != std::end(names);
}

std::string setLanguage(RenderOptions& render, const FlagSpec& spec, const std::string& value) {
  if (!oneOf(kLanguages, value))
    return badValue(spec.name, value, "unknown language; allowed: " + spec.allowed);
  render.language = value;
  return {};
}

std::string setTheme(RenderOptions& render, const FlagSpec& spec, const std::string& value) {
  if (!oneOf(kThemes, value))
    return badValue(spec.name, value, "unknown theme; allowed: " + spec.allowed);
  render.theme = value;
  return {};
}

// Flags that are not network settings: where to read and write, how long to train.
std::string applyRunFlag(CliRequest& r, const FlagSpec& spec, const std::string& value) {
  const std::string& f = spec.name;
  if (f == "--config") return setPath(r.configPath, spec, value);
  if (f == "--steps") {
    r.stepsGiven = true;
    return setCount(r.steps, spec, value, r.command == Command::Snapshot ? 0 : 1);
  }
  if (f == "--quiet") return r.quiet = true, std::string();
  if (f == "--csv") return setPath(r.csvPath, spec, value);
  if (f == "--csv-every") return setCount(r.csvEvery, spec, value, 1);
  if (f == "--out") return setOut(r, spec, value);
  if (f == "--lesson") return setPath(r.lessonPath, spec, value);
  if (f == "--data") return setPath(r.dataPath, spec, value);
  if (f == "--figure") return setFigure(r.render, spec, value);
  if (f == "--width") return setPixels(r.render.width, spec, value);
  if (f == "--height") return setPixels(r.render.height, spec, value);
  if (f == "--zoom") return setZoom(r.render.zoom, spec, value);
  if (f == "--lang") return setLanguage(r.render, spec, value);
  if (f == "--theme") return setTheme(r.render, spec, value);
  if (f == "--animate") return r.render.animate = true, std::string();
  if (f == "--frames")
    return r.render.framesGiven = true, setCount(r.render.frames, spec, value, 1);
  if (f == "--fps") return r.render.fpsGiven = true, setCount(r.render.fps, spec, value, 1);
  if (!runAFlagOf(f).empty()) return addRunBFlag(r, f, value);
  return f + ": not handled";
}

std::string unknownFlag(const std::string& name, Command command) {
  const std::string cmd = commandName(command);
  if (isKnownFlag(name))
    return name + " is not a flag of '" + cmd + "'; allowed: " + flagNameList(command);
  return "unknown flag " + quoted(name) + " for '" + cmd + "'; allowed: " + flagNameList(command);
}

// Splits "--flag=value" or takes the value from the next argument; i moves past what was used.
std::string takeFlag(const std::vector<std::string>& args, std::size_t& i, Command command,
                     const FlagSpec*& spec, std::string& value) {
  const std::string& arg = args[i];
  const auto eq = arg.find('=');
  const std::string name = arg.substr(0, eq);
  spec = findFlag(name, command);
  if (!spec) return unknownFlag(name, command);
  if (eq != std::string::npos) {
    value = arg.substr(eq + 1);
    if (!spec->takesValue()) return badValue(name, value, "this switch takes no value");
    if (value.empty()) return name + " needs a value; allowed: " + spec->allowed;
    return {};
  }
  if (!spec->takesValue()) return {};
  if (i + 1 >= args.size() || startsWithDashes(args[i + 1]))
    return name + " needs a value; allowed: " + spec->allowed;
  value = args[++i];
  return {};
}

// The figures --animate can draw: not the walk-through (a table of one step) nor compare (two
// runs).
const char* const kAnimatedFigures =
    "curves, bars, loss, heatmap, boundary, histogram, ratios, grad-hist, network";

// --frames and --fps belong to --animate; an animation shows one figure, a GIF at most 50 fps.
std::string animationFlagsError(const CliRequest& r) {
  const RenderOptions& o = r.render;
  if (!o.animate) {
    if (o.framesGiven || o.fpsGiven)
      return std::string(o.framesGiven ? "--frames" : "--fps") + " needs --animate";
    return {};
  }
  if (o.figure == "all")
    return std::string("--animate draws one figure; add --figure NAME (allowed: ") +
           kAnimatedFigures + ")";
  if (o.figure == "walkthrough" || o.figure == "compare")
    return badValue("--figure", o.figure,
                    std::string("not animated; allowed with --animate: ") + kAnimatedFigures);
  if (lowerExtension(r.outPath) == ".gif" && o.fps > 50)
    return badValue("--fps", std::to_string(o.fps),
                    "too fast for a GIF (delays are whole 1/100 s); allowed: 1 to 50");
  return {};
}

std::string checkComplete(CliRequest& r) {
  if (!r.stepsGiven) r.steps = r.command == Command::Train ? 1000 : 0;
  if (r.command == Command::Snapshot && r.outPath.empty())
    return "snapshot needs --out FILE.json (or --out - for stdout)";
  if (r.command == Command::Render) {
    if (r.outPath.empty()) return "render needs --out FILE.png|FILE.svg|FILE.pdf";
    std::string error = renderOutError(r);
    if (error.empty()) error = animationFlagsError(r);
    if (error.empty()) error = runBFlagsFigureError(r);
    if (!error.empty()) return error;
  }
  if (!r.configPath.empty() && !r.lessonPath.empty())
    return std::string(commandName(r.command)) +
           " takes --config FILE.json or --lesson FILE, not both";
  if (!r.dataPath.empty())
    for (const char* builtIn : {"--dataset", "--samples", "--noise"})
      for (const auto& s : r.settings)
        if (s.first == builtIn)
          return std::string(builtIn) +
                 " sets the built-in data set, which --data replaces; give one of them";
  // validated after the files are read
  if (!r.configPath.empty() || !r.lessonPath.empty() || !r.dataPath.empty()) return {};
  const bool alphaGiven = std::any_of(r.settings.begin(), r.settings.end(),
                                      [](const auto& s) { return s.first == "--alpha"; });
  return validationMessage(r.config, alphaGiven);
}

ParseResult parseCommand(const std::vector<std::string>& args, Command command) {
  ParseResult result;
  CliRequest& r = result.request;
  r.command = command;
  std::set<std::string> seen;
  for (std::size_t i = 1; i < args.size(); ++i) {
    if (!startsWithDashes(args[i]))
      return failure(kExitUsage, "unexpected argument " + quoted(args[i]) +
                                     "; flags start with -- (see gradscope-cli " +
                                     commandName(command) + " --help)");
    const FlagSpec* spec = nullptr;
    std::string value;
    std::string error = takeFlag(args, i, command, spec, value);
    if (error.empty() && !seen.insert(spec->name).second)
      error = spec->name + " is given twice; give it once";
    if (error.empty() && spec->setting) {
      r.settings.emplace_back(spec->name, value);
      error = applySetting(r.config, spec->name, value);
    } else if (error.empty()) {
      error = applyRunFlag(r, *spec, value);
    }
    if (!error.empty()) return failure(kExitUsage, error);
  }
  std::string error = checkComplete(r);
  if (!error.empty()) return failure(kExitUsage, error);
  return result;
}

ParseResult parseOrFail(const std::vector<std::string>& args) {
  if (args.empty())
    return failure(kExitUsage, std::string("no subcommand given; allowed: ") + kCommandList +
                                   " (see gradscope-cli --help)");
  ParseResult help;
  help.request.command = Command::Help;
  const std::string& first = args[0];
  Command command = Command::Help;
  const bool known = commandFromName(first, command);
  if (first == "help" || isHelp(first)) {
    Command topic;
    if (args.size() > 1 && commandFromName(args[1], topic)) help.request.helpTopic = args[1];
    return help;
  }
  if (first == "--version") {
    help.request.command = Command::Version;
    return help;
  }
  if (!known) {
    const std::string why = startsWithDashes(first) && isKnownFlag(first.substr(0, first.find('=')))
                                ? "a subcommand must come before " + quoted(first)
                                : "unknown subcommand " + quoted(first);
    return failure(kExitUsage, why + "; allowed: " + kCommandList + ", --help, --version");
  }
  if (std::any_of(args.begin() + 1, args.end(), isHelp)) {
    help.request.helpTopic = first;
    return help;
  }
  return parseCommand(args, command);
}

}  // namespace

const char* commandName(Command command) {
  switch (command) {
    case Command::Help:
      return "help";
    case Command::Version:
      return "version";
    case Command::Train:
      return "train";
    case Command::Snapshot:
      return "snapshot";
    case Command::Render:
      return "render";
  }
  return "?";
}

ParseResult parseArguments(const std::vector<std::string>& args) noexcept {
  try {
    return parseOrFail(args);
  } catch (const std::exception& e) {
    return failure(kExitFailure,
                   std::string("internal error while reading the arguments: ") + e.what());
  } catch (...) {
    return failure(kExitFailure, "internal error while reading the arguments");
  }
}

std::vector<std::string> inputFiles(const CliRequest& r) {
  return {r.configPath, r.lessonPath, r.dataPath};
}

}  // namespace gs::cli
