// Fuzzes gradscope-cli's argument parser (gs::cli::parseArguments, resolveConfigFile) with
// argument lists built from the real flag names, damaged values, = forms, repeats and junk.
#include <unistd.h>

#include <algorithm>
#include <fstream>
#include <iostream>

#include "cli_args.h"
#include "config_json.h"
#include "fuzz_checks.h"

namespace {

using gs::cli::Command;

const std::vector<std::string> kFlags = {
    "--activation", "--alpha",     "--batch",    "--bias",       "--config",
    "--csv",        "--csv-every", "--dataset",  "--depth",      "--figure",
    "--height",     "--help",      "--init",     "--init-scale", "--lesson",
    "--loss",       "--lr",        "--momentum", "--no-bias",    "--no-residual",
    "--noise",      "--optimizer", "--out",      "--quiet",      "--residual",
    "--samples",    "--seed",      "--steps",    "--version",    "--width",
    "-h",           "--",          "-",          "--dept",       "---depth",
    "--depth="};
const std::vector<std::string> kCommands = {"train",  "snapshot", "render", "help", "--version",
                                            "--help", "-h",       "Train",  ""};

std::string randomValue(gsfuzz::Rng& rng, const std::string& configFile) {
  switch (rng.below(5)) {
    case 0:
      return gsfuzz::nastyNumber(rng).dump();
    case 1:
      return gsfuzz::nastyString(rng);
    case 2:
      return configFile;
    case 3:
      return rng.pick(std::vector<std::string>{"/", "/nonexistent/x.json", "-", ".", "x.png",
                                               "/proc/self/mem", "/dev/zero", "a.svg", "all"});
    default:
      return std::to_string(rng.below(3000) - 10);
  }
}

std::vector<std::string> randomArgs(gsfuzz::Rng& rng, const std::string& configFile) {
  std::vector<std::string> args;
  if (!rng.chance(0.02)) args.push_back(rng.pick(kCommands));
  for (long n = rng.below(14); n > 0; --n) {
    const std::string& flag = rng.pick(kFlags);
    if (rng.chance(0.2)) {
      args.push_back(flag + "=" + randomValue(rng, configFile));
    } else {
      args.push_back(flag);
      if (rng.chance(0.7)) args.push_back(randomValue(rng, configFile));
    }
  }
  for (std::string& a : args) a.erase(std::remove(a.begin(), a.end(), '\0'), a.end());  // argv
  return args;
}

std::string joined(const std::vector<std::string>& args) {
  std::string s;
  for (const std::string& a : args) s += (s.empty() ? "" : " ") + gsfuzz::shortDump(a);
  return s;
}

// Problems with an accepted request; empty when it is sound.
std::string checkAccepted(const gs::cli::CliRequest& r) {
  const bool runs = r.command == Command::Train || r.command == Command::Snapshot;
  // With a file (--config, --lesson, --data) the flags are checked once it is read (below).
  const bool files = !r.configPath.empty() || !r.lessonPath.empty() || !r.dataPath.empty();
  if (runs && !files && !gs::validate(r.config).empty())
    return "accepted an invalid config: " + gs::validate(r.config).front();
  if (r.steps < 0 || r.steps > gs::Limits::kStepsMax) return "steps = " + std::to_string(r.steps);
  if (r.csvEvery < 1) return "csv-every = " + std::to_string(r.csvEvery);
  if (r.command == Command::Render &&
      (r.render.width < gs::cli::kImageSizeMin || r.render.width > gs::cli::kImageSizeMax ||
       r.render.height < gs::cli::kImageSizeMin || r.render.height > gs::cli::kImageSizeMax))
    return "render size " + std::to_string(r.render.width) + "×" + std::to_string(r.render.height);
  return {};
}

void checkMessage(gsfuzz::Tally& tally, long i, const std::string& what, const std::string& error,
                  const std::string& label) {
  if (error.empty() || error.size() > gsfuzz::kMessageMaxBytes ||
      error.find('\n') != std::string::npos)
    tally.finding(i, what + " message is empty, multi-line or too long: " + gsfuzz::preview(error),
                  label);
  else
    tally.rejected();
}

}  // namespace

int main(int argc, char** argv) {
  const gsfuzz::Options options = gsfuzz::parseOptions(argc, argv);
  gsfuzz::capMemory(options.memoryMb);
  const std::string configFile =
      options.workDir + "/fuzz_cli_" + std::to_string(::getpid()) + ".json";
  const std::string base = gs::configToJson(gs::Config{}).dump();
  gsfuzz::Tally tally("fuzz_cli_args");
  gsfuzz::Driver driver(options, tally);
  const double elapsed = driver.run([&](long i, gsfuzz::Rng& rng) {
    std::ofstream(configFile, std::ios::trunc)
        << (rng.chance(0.5) ? base : gsfuzz::mutateText(rng, base));
    const std::vector<std::string> args = randomArgs(rng, configFile);
    const std::string label = joined(args);
    if (options.only >= 0) std::cout << "input " << i << ": " << label << std::endl;
    gs::cli::ParseResult p = gs::cli::parseArguments(args);
    if (!p.ok()) {
      if (p.exitStatus != gs::cli::kExitUsage)
        tally.finding(i, "exit status " + std::to_string(p.exitStatus) + ": " + p.error, label);
      else
        checkMessage(tally, i, "parse", p.error, label);
      return label;
    }
    std::string problem = checkAccepted(p.request);
    const gs::cli::CliRequest& r = p.request;
    if (problem.empty() &&
        (!r.configPath.empty() || !r.lessonPath.empty() || !r.dataPath.empty())) {
      const std::string error = gs::cli::resolveConfigFile(p.request);
      if (!error.empty()) return checkMessage(tally, i, "file", error, label), label;
      if (!gs::validate(p.request.config).empty()) problem = "resolved config is invalid";
    }
    if (problem.empty())
      tally.accepted();
    else
      tally.finding(i, problem, label);
    return label;
  });
  std::remove(configFile.c_str());
  return tally.report(options, elapsed);
}
