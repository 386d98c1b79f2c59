#!/usr/bin/env python3
"""Times one PyTorch training step (forward, MSE loss, backward, SGD update) for the same networks
as tests/bench/training_step_bench.cpp: sigmoid hidden layers, a linear output, 2 inputs, 1 output,
float64, eager mode, one thread. Prints one JSON line per configuration with the median wall and
CPU time per step in microseconds.

Usage: bench_pytorch.py [--repeats R] [--seconds S] [depth,width,batch ...]
Needs Debian's python3-torch (apt-get install python3-torch); the test suite does not.
"""
import argparse
import json
import statistics
import time

import torch

DEFAULT_CONFIGS = ["10,8,64", "50,32,64", "10,128,64"]


def make_step(depth, width, batch):
    torch.manual_seed(1)
    layers, fan_in = [], 2
    for _ in range(depth):
        layers += [torch.nn.Linear(fan_in, width), torch.nn.Sigmoid()]
        fan_in = width
    layers.append(torch.nn.Linear(fan_in, 1))
    model = torch.nn.Sequential(*layers).double()
    x = torch.randn(batch, 2, dtype=torch.float64)
    y = torch.randn(batch, 1, dtype=torch.float64)
    loss_fn = torch.nn.MSELoss()
    opt = torch.optim.SGD(model.parameters(), lr=1e-3)

    def step():
        opt.zero_grad()
        loss = loss_fn(model(x), y)
        loss.backward()
        opt.step()

    return step


def time_per_step(step, seconds):
    """Runs the step in rounds until one round lasts `seconds` of wall time.

    Returns (wall µs, CPU µs) per step; CPU time is the process's, which on a busy shared machine
    is less disturbed than wall time."""
    n = 1
    while True:
        wall0, cpu0 = time.perf_counter(), time.process_time()
        for _ in range(n):
            step()
        wall, cpu = time.perf_counter() - wall0, time.process_time() - cpu0
        if wall >= seconds:
            return wall / n * 1e6, cpu / n * 1e6
        n = max(2 * n, int(n * 1.2 * seconds / max(wall, 1e-9)))


def loaded_blas():
    """The BLAS library this process actually mapped (Debian picks it via alternatives)."""
    with open("/proc/self/maps") as maps:
        paths = {line.split()[-1] for line in maps if "blas" in line and "/" in line}
    return sorted(paths)


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeats", type=int, default=5, help="rounds per config (median kept)")
    parser.add_argument("--seconds", type=float, default=0.5, help="minimum length of one round")
    parser.add_argument("configs", nargs="*", default=DEFAULT_CONFIGS, help="depth,width,batch")
    args = parser.parse_args()
    if args.repeats < 1 or args.seconds <= 0:
        parser.error("--repeats must be at least 1 and --seconds greater than 0")
    torch.set_num_threads(1)
    for spec in args.configs:
        try:
            depth, width, batch = (int(v) for v in spec.split(","))
        except ValueError:
            parser.error(f"config {spec!r}: expected depth,width,batch, e.g. 10,8,64")
        step = make_step(depth, width, batch)
        for _ in range(20):  # warm-up
            step()
        runs = [time_per_step(step, args.seconds) for _ in range(args.repeats)]
        print(json.dumps({"depth": depth, "width": width, "batch": batch,
                          "wall_us": statistics.median(r[0] for r in runs),
                          "cpu_us": statistics.median(r[1] for r in runs),
                          "torch": torch.__version__, "threads": torch.get_num_threads(),
                          "blas": loaded_blas()}),
              flush=True)


if __name__ == "__main__":
    main()
