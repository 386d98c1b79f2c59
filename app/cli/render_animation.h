// gradscope-cli render --animate: the run sampled evenly into --frames frames of --figure,
// written as GIF, MP4, WebM or numbered PNGs (gs::media).
#pragma once

#include "commands.h"

namespace gs::cli {

// request: parsed and resolved (lesson applied, steps set). Starts Qt with --lang and --theme.
// Exit status: 0 written; 2 bad flags or output; 3 diverged (the frames before are written);
// 130 interrupted (nothing written).
int runRenderAnimation(const CliRequest& request, Console& console);

}  // namespace gs::cli
