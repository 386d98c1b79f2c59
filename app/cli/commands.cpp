#include "commands.h"

#include "snapshot_command.h"
#include "train_command.h"
#ifdef GRADSCOPE_CLI_RENDER
#include "render_command.h"
#endif

namespace gs::cli {

const std::vector<Subcommand>& subcommands() {
  static const std::vector<Subcommand> table = {
      {Command::Train,
       "train [--config FILE | --lesson FILE] [settings] [--steps N] [--csv FILE [--csv-every N]] "
       "[--quiet]",
       "train and print the per-layer gradient table", runTrain},
      {Command::Snapshot,
       "snapshot [--config FILE | --lesson FILE] [settings] [--steps K] --out FILE.json [--quiet]",
       "train K steps, then write weights, a batch and its exact gradients as JSON", runSnapshot},
#ifdef GRADSCOPE_CLI_RENDER
      {Command::Render,
       "render [--config FILE | --lesson FILE] [settings] [--steps N] [--figure NAME] "
       "--out FILE.png|.svg|.pdf "
       "[--width W --height H] [--zoom Z] [--theme NAME] [--b-… run B flags]",
       "train, then draw the window's figures without a display (all: one file each)", runRender},
#endif
  };
  return table;
}

const Subcommand* findSubcommand(Command command) {
  for (const Subcommand& s : subcommands())
    if (s.command == command) return &s;
  return nullptr;
}

}  // namespace gs::cli
