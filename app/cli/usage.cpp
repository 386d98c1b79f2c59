// --help and --version texts, built from the flag table so they cannot drift from the parser.
#include <sstream>

#include "cli_flags.h"
#include "config_json.h"
#include "run_cli.h"
#include "version.h"

namespace gs::cli {
namespace {

const char* const kRenderUsage =
    "render [--config FILE | --lesson FILE] [settings] [--steps N] [--figure NAME] "
    "--out FILE.png|.svg|.pdf "
    "[--width W --height H] [--zoom Z] [--theme NAME] [--b-… run B flags]";

// The default of a settings flag, read from a default Config ("--init-scale" → "init_scale").
std::string defaultOf(const FlagSpec& f) {
  // --alpha's default depends on the activation; its allowed text names both.
  if (!f.setting || !f.takesValue() || f.name == "--alpha") return {};
  std::string key = f.name.substr(2);
  for (char& c : key)
    if (c == '-') c = '_';
  const nlohmann::json defaults = configToJson(Config{});
  if (!defaults.contains(key)) return {};
  const nlohmann::json& v = defaults[key];
  return v.is_string() ? v.get<std::string>() : v.dump();
}

void listFlags(std::ostream& os, unsigned commands, bool settings) {
  for (const FlagSpec& f : flagSpecs()) {
    if (f.setting != settings || !(f.commands & commands)) continue;
    std::string head = "  " + f.name + (f.takesValue() ? " " + f.valueName : "");
    if (head.size() < 24) head.resize(24, ' ');
    os << head << ' ' << f.help;
    if (!settings && f.commands != kRunBits) {
      std::string only;
      for (Command c : {Command::Train, Command::Snapshot, Command::Render})
        if (f.commands & commandBit(c))
          only += (only.empty() ? "" : ", ") + std::string(commandName(c));
      os << " [" << only << "]";
    }
    os << '\n';
    std::string detail;
    if (!f.allowed.empty()) detail = "allowed: " + f.allowed;
    const std::string def = defaultOf(f);
    if (!def.empty()) detail += "; default: " + def;
    if (!detail.empty()) os << std::string(27, ' ') << detail << '\n';
  }
}

}  // namespace

std::string versionText() {
  return std::string("gradscope-cli (") + kProjectName + ") " + kVersion + "\n";
}

std::string usageText(const std::string& topic) {
  std::ostringstream os;
  Command only = Command::Help;
  for (Command c : {Command::Train, Command::Snapshot, Command::Render})
    if (topic == commandName(c)) only = c;
  const unsigned bits = only == Command::Help ? unsigned(kRunBits) : commandBit(only);
  os << "gradscope-cli " << kVersion
     << ": train small networks headless and show how the gradient shrinks layer by layer.\n\n"
     << "Usage:\n";
  for (const Subcommand& s : subcommands())
    if (bits & commandBit(s.command)) os << "  gradscope-cli " << s.synopsis << "\n";
  if ((bits & kRenderBit) && !findSubcommand(Command::Render))
    os << "  gradscope-cli " << kRenderUsage << "\n"
       << "      (render is not available in this build: it needs the GUI libraries)\n";
  os << "  gradscope-cli --help | --version\n\n"
     << "Settings (flags override --config FILE.json; defaults show the vanishing gradient):\n";
  listFlags(os, bits, true);
  os << "\nOther flags:\n";
  listFlags(os, bits, false);
  if (bits & kRenderBit)
    os << "\nRun B of --figure compare (and of all's compare file) is A with the one change its "
          "lesson contrasts: ReLU + He for a sigmoid or tanh A, leaky ReLU (alpha 0.2) + He for a "
          "ReLU A, sigmoid + Xavier otherwise. The --b- flags change it; data, seed, depth, width, "
          "batch, steps and every other setting are A's.\n";
  os << "\nBoth --flag value and --flag=value work.\n"
     << "Exit status: 0 done, 2 bad flag, value, config file, output path or a failed write, "
     << "3 training diverged (NaN/∞), 130/143/129 stopped by SIGINT (Ctrl-C)/SIGTERM/SIGHUP "
     << "(no output, no temporary; train keeps the CSV of the steps done), 1 internal error.\n";
  return os.str();
}

}  // namespace gs::cli
