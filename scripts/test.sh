#!/usr/bin/env bash
# Installs what is missing, builds, and runs the whole test suite (core, CLI, GUI offscreen).
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/build.sh "$@"
build=${BUILD_DIR:-build}
QT_QPA_PLATFORM=offscreen ctest --test-dir "$build" --output-on-failure -j"$(nproc)"
