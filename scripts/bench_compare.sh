#!/usr/bin/env bash
# Times one training step (forward, MSE, backward, SGD; sigmoid hidden layers, 2 inputs, batch 64)
# in GradScope and in PyTorch 1.13 (float64, eager, one thread) with OpenBLAS and with the
# reference BLAS, side by side. Rounds alternate between the three so that load from other
# processes hits all of them alike; each figure is the median over the rounds.
#
# Usage: scripts/bench_compare.sh [BUILD_DIR] [ROUNDS]      (defaults: build 5)
# Needs gradscope_bench built in BUILD_DIR and Debian's python3-torch (not needed by the tests).
set -euo pipefail
cd "$(dirname "$0")/.."
build=${1:-build}
rounds=${2:-5}
bench=$build/tests/bench/gradscope_bench
python=/usr/bin/python3  # Debian's interpreter, the one python3-torch is installed for
if ! [[ $rounds =~ ^[1-9][0-9]*$ ]]; then
  echo "bench_compare.sh: ROUNDS must be a whole number ≥ 1, got '$rounds'" >&2
  exit 2
fi
if [[ ! -x $bench ]]; then
  echo "bench_compare.sh: $bench not found; build it with: cmake --build $build --target gradscope_bench" >&2
  exit 2
fi
if ! "$python" -c "import torch" 2>/dev/null; then
  echo "bench_compare.sh: PyTorch is missing; install it with: sudo apt-get install python3-torch" >&2
  exit 2
fi
libdir=/usr/lib/x86_64-linux-gnu
openblas=$libdir/openblas-pthread  # what python3-torch gets when libopenblas0 is installed
refblas=$libdir/blas               # Debian's default libblas3 (netlib reference)
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT
# One thread everywhere: torch.set_num_threads(1) does not reach OpenBLAS's own thread pool.
export OPENBLAS_NUM_THREADS=1 OMP_NUM_THREADS=1

for ((r = 1; r <= rounds; r++)); do
  echo "round $r of $rounds" >&2
  "$bench" --benchmark_filter=BM_TrainingStep --benchmark_min_time=1 \
    --benchmark_format=json >"$out/gradscope.$r.json" 2>/dev/null
  LD_LIBRARY_PATH=$openblas "$python" scripts/bench_pytorch.py --repeats 1 --seconds 1 \
    >"$out/openblas.$r.jsonl"
  if [[ -e $refblas/libblas.so.3 ]]; then
    LD_LIBRARY_PATH=$refblas "$python" scripts/bench_pytorch.py --repeats 1 --seconds 1 \
      >"$out/refblas.$r.jsonl"
  fi
done

"$python" - "$out" <<'PY'
import glob, json, statistics, sys

out = sys.argv[1]
configs = [(10, 8, 64), (50, 32, 64), (10, 128, 64)]
targets = {(10, 8, 64): "≥ 20× PyTorch", (50, 32, 64): "≥ 3× PyTorch+OpenBLAS",
           (10, 128, 64): "≥ 1× PyTorch+OpenBLAS"}


def gradscope(kind):
    times = {c: [] for c in configs}
    flops = {c: [] for c in configs}
    for path in glob.glob(f"{out}/gradscope.*.json"):
        for b in json.load(open(path))["benchmarks"]:
            parts = dict(p.split(":") for p in b["name"].split("/")[1:])
            c = (int(parts["depth"]), int(parts["width"]), int(parts["batch"]))
            times[c].append(b[kind])
            flops[c].append(b["flops"])
    return times, flops


def torch(name, kind):
    times = {c: [] for c in configs}
    blas = set()
    for path in glob.glob(f"{out}/{name}.*.jsonl"):
        for line in open(path):
            r = json.loads(line)
            times[(r["depth"], r["width"], r["batch"])].append(r[kind])
            blas.update(r["blas"])
    return times, blas


def med(v):
    return statistics.median(v) if v else float("nan")


for kind, gkind in (("cpu_us", "cpu_time"), ("wall_us", "real_time")):
    g, flops = gradscope(gkind)
    ob, ob_libs = torch("openblas", kind)
    rb, rb_libs = torch("refblas", kind)
    label = "CPU time" if kind == "cpu_us" else "wall time"
    print(f"\n{label}, µs per step, median of {len(glob.glob(out + '/gradscope.*.json'))} rounds\n")
    print("| config | GradScope | PyTorch, reference BLAS | PyTorch, OpenBLAS | speed-up vs "
          "reference | speed-up vs OpenBLAS | GradScope GFLOP/s | target |")
    print("| --- | ---: | ---: | ---: | ---: | ---: | ---: | --- |")
    for c in configs:
        gs, o, r = med(g[c]), med(ob[c]), med(rb[c])
        print(f"| depth {c[0]}, width {c[1]}, batch {c[2]} | {gs:,.1f} | {r:,.0f} | {o:,.0f} | "
              f"{r / gs:.1f}× | {o / gs:.1f}× | {med(flops[c]) / 1e9:.1f} | {targets[c]} |")
print(f"\nPyTorch BLAS libraries loaded: OpenBLAS run {sorted(ob_libs)}; "
      f"reference run {sorted(rb_libs)}")
PY
