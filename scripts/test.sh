#!/usr/bin/env bash
# Installs what is missing, builds, and runs the whole test suite (core, CLI, GUI offscreen).
#   scripts/test.sh              Release build in ${BUILD_DIR:-build}
#   scripts/test.sh --sanitize   AddressSanitizer + UBSan build in ${BUILD_DIR:-build-asan}
#                                (also SANITIZE=1); any report fails the test that caused it.
# Other arguments go to the CMake configure step.
set -euo pipefail
cd "$(dirname "$0")/.."
sanitize=${SANITIZE:-0}
args=()
for a in "$@"; do
  if [[ $a == --sanitize ]]; then sanitize=1; else args+=("$a"); fi
done
if [[ $sanitize == 1 ]]; then
  export BUILD_DIR=${BUILD_DIR:-build-asan} BUILD_TYPE=${BUILD_TYPE:-RelWithDebInfo}
  # Benchmarks measure nothing under a sanitizer; the package test builds a .deb, which must come
  # from a normal build.
  args=(-DGRADSCOPE_SANITIZE=ON -DGRADSCOPE_BUILD_BENCH=OFF -DCMAKE_EXPORT_COMPILE_COMMANDS=ON
        ${args[@]+"${args[@]}"})
  supp=$PWD/tests/sanitizers
  # hard_rss_limit_mb stands in for the fuzzers' RLIMIT_AS cap, which ASan's shadow memory defeats.
  export ASAN_OPTIONS="halt_on_error=1:abort_on_error=0:detect_leaks=1:print_stacktrace=1:detect_stack_use_after_return=1:check_initialization_order=1:strict_init_order=1:hard_rss_limit_mb=6144"
  export UBSAN_OPTIONS="halt_on_error=1:print_stacktrace=1:suppressions=$supp/ubsan.supp"
  export LSAN_OPTIONS="suppressions=$supp/lsan.supp:print_suppressions=0"
fi
scripts/build.sh ${args[@]+"${args[@]}"}
build=${BUILD_DIR:-build}
exclude=()
[[ $sanitize == 1 ]] && exclude=(--label-exclude package)
QT_QPA_PLATFORM=offscreen ctest --test-dir "$build" --output-on-failure -j"$(nproc)" \
  ${exclude[@]+"${exclude[@]}"}
