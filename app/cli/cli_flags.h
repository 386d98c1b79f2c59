// The table of gradscope-cli flags: which subcommands accept each one, its value and what is
// allowed. The parser, the settings and the --help text all read this one table.
#pragma once

#include <string>
#include <vector>

#include "cli_args.h"

namespace gs::cli {

// Bit per subcommand that accepts a flag.
enum CommandBits : unsigned {
  kTrainBit = 1u << 0,
  kSnapshotBit = 1u << 1,
  kRenderBit = 1u << 2,
  kRunBits = kTrainBit | kSnapshotBit | kRenderBit,
};

unsigned commandBit(Command command);

struct FlagSpec {
  std::string name;       // "--depth"
  std::string valueName;  // "N"; empty for a switch such as --residual
  std::string allowed;    // "a whole number from 1 to 200"
  std::string help;       // one line saying what it does
  unsigned commands = 0;  // CommandBits of the subcommands that accept it
  bool setting = false;   // a network/training setting (also readable from --config)
  bool takesValue() const { return !valueName.empty(); }
};

const std::vector<FlagSpec>& flagSpecs();

// The spec of `name` for `command`, or nullptr when that subcommand does not accept it.
// (--width means the hidden-layer width in train/snapshot and the image width in render.)
const FlagSpec* findFlag(const std::string& name, Command command);
// True when some subcommand accepts `name`.
bool isKnownFlag(const std::string& name);
// "--config, --steps, …" for command, for messages.
std::string flagNameList(Command command);

}  // namespace gs::cli
