#!/usr/bin/env bash
# Installs what is missing, builds, and starts GradScope. Arguments go to the program.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/build.sh
build=${BUILD_DIR:-build}
if [[ -x $build/app/gradscope ]]; then
  exec "$build/app/gradscope" "$@"
else
  exec "$build/app/gradscope-cli" train --steps 500 "$@"
fi
