#!/usr/bin/env bash
# Configures and builds GradScope into ${BUILD_DIR:-build} (Release, portable). Extra arguments go
# to the CMake configure step, e.g. scripts/build.sh -DGRADSCOPE_NATIVE=ON.
set -euo pipefail
cd "$(dirname "$0")/.."
"$PWD/scripts/deps.sh"
build=${BUILD_DIR:-build}
cmake -S . -B "$build" -DCMAKE_BUILD_TYPE=${BUILD_TYPE:-Release} "$@" >/dev/null
cmake --build "$build" -j"$(nproc)"
