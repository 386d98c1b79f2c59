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
  # intercept_tls_get_addr=0: GCC 12's runtime takes a malloc'd dynamic-TLS block that happens to
  # start 16 bytes into a page for a pre-2.25 glibc header and reads a bogus range from before it;
  # LeakSanitizer's tracer then dies at exit ("Tracer caught signal 11") after every test passed —
  # one CI run lost ui.file_actions_test to it. Fixed upstream in LLVM 17 (google/sanitizers#1409).
  # Since glibc 2.25 those blocks are ordinary heap blocks reachable from the DTV, so LSan still
  # sees what they hold.
  export ASAN_OPTIONS="halt_on_error=1:abort_on_error=0:detect_leaks=1:print_stacktrace=1:detect_stack_use_after_return=1:check_initialization_order=1:strict_init_order=1:hard_rss_limit_mb=6144:intercept_tls_get_addr=0"
  export UBSAN_OPTIONS="halt_on_error=1:print_stacktrace=1:suppressions=$supp/ubsan.supp"
  export LSAN_OPTIONS="suppressions=$supp/lsan.supp:print_suppressions=0"
fi
scripts/build.sh ${args[@]+"${args[@]}"}
build=${BUILD_DIR:-build}
exclude=()
[[ $sanitize == 1 ]] && exclude=(--label-exclude package)
QT_QPA_PLATFORM=offscreen ctest --test-dir "$build" --output-on-failure -j"$(nproc)" \
  ${exclude[@]+"${exclude[@]}"}
