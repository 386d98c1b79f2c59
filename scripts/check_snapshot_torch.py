#!/usr/bin/python3
"""Cross-checks gradscope-cli snapshot files against PyTorch's autograd (float64).

    scripts/check_snapshot_torch.py FILE.json [FILE.json ...]
    scripts/check_snapshot_torch.py --cli build/app/gradscope-cli [--keep DIR]

With --cli it first writes a matrix of snapshots (every activation x every loss x bias on/off x
residual on/off, batch norm and layer norm over every activation, plus the deep default network
and a regression run) and checks them all. A normalised layer is rebuilt with F.batch_norm in
training mode (the batch's own mean and biased variance) or F.layer_norm over the units, and its
dgamma/dbeta are checked as well.
For every file it rebuilds the network from the weights in the file, recomputes the loss and the
gradients with torch.autograd and prints the worst relative error; the exit status is 1 when any
error exceeds 1e-6. Needs Debian's python3-torch (run with /usr/bin/python3); the test suite
does not.
"""
import argparse
import itertools
import json
import subprocess
import sys
import tempfile
from pathlib import Path

import torch
import torch.nn.functional as F

TOLERANCE = 1e-6
ACTIVATIONS = ["sigmoid", "tanh", "relu", "leaky_relu", "elu", "gelu", "silu", "softplus",
               "linear"]
LOSSES = ["mse", "bce_logits", "softmax_ce"]


def activate(name, alpha, z):
    table = {
        "sigmoid": torch.sigmoid,
        "tanh": torch.tanh,
        "relu": torch.relu,
        "leaky_relu": lambda t: F.leaky_relu(t, negative_slope=alpha),
        "elu": lambda t: F.elu(t, alpha=alpha),
        "gelu": F.gelu,  # the exact erf form, PyTorch's default
        "silu": F.silu,
        "softplus": F.softplus,
        "linear": lambda t: t,
    }
    return table[name](z)


def loss_of(name, out, y):
    if name == "mse":
        return F.mse_loss(out, y)  # mean over all elements
    if name == "bce_logits":
        return F.binary_cross_entropy_with_logits(out, y)
    if name == "softmax_ce":
        return F.cross_entropy(out, y.argmax(dim=1))  # y is one-hot
    raise ValueError(f"network.loss: unknown value {name!r}")


def relative_error(mine, ref, overall=0.0):
    """Worst |mine - ref| / |ref|, with a floor at 1e-9 of the largest |ref| so that entries that
    cancel to rounding noise do not count as an error of 1 (the C++ cross-check uses the same).
    `overall` is the largest entry of every gradient in the file: a whole tensor that is zero up
    to rounding (dbeta before a batch norm in a linear network: the next norm removes β) is
    compared at that scale."""
    scale = max(ref.abs().max().item(), overall)
    denom = torch.clamp(ref.abs(), min=max(1e-9 * scale, 1e-300))
    return ((mine - ref).abs() / denom).max().item()


def check(path):
    snap = json.loads(Path(path).read_text())
    if snap.get("format") != "gradscope-snapshot/1":
        raise ValueError(f"{path}: format is {snap.get('format')!r}, expected gradscope-snapshot/1")
    t = lambda v: torch.tensor(v, dtype=torch.float64)
    layers = snap["network"]["layers"]
    params = []
    a = t(snap["batch"]["x"])  # batch x inputs, one sample per row
    for layer in layers:
        W = t(layer["W"]).requires_grad_()
        b = t(layer["b"]).requires_grad_() if "b" in layer else None
        z = a @ W.T + (b if b is not None else 0)
        gamma = beta = None
        if "norm" in layer:
            norm = layer["norm"]
            gamma = t(norm["gamma"]).requires_grad_()
            beta = t(norm["beta"]).requires_grad_()
            if norm["kind"] == "batch":
                if b is not None:
                    raise ValueError(f"{path}: a batch-norm layer has no b")
                z = F.batch_norm(z, None, None, gamma, beta, training=True, eps=norm["eps"])
            elif norm["kind"] == "layer":
                z = F.layer_norm(z, (z.shape[1],), gamma, beta, eps=norm["eps"])
            else:
                raise ValueError(f"{path}: norm.kind {norm['kind']!r}")
        params.append((W, b, gamma, beta))
        f = activate(layer["activation"], layer.get("alpha", 0.0), z)
        a = a + f if layer["residual"] else f
    loss = loss_of(snap["network"]["loss"], a, t(snap["batch"]["y"]))
    loss.backward()
    worst = abs(loss.item() - snap["loss"]) / abs(loss.item())
    overall = max(p.grad.abs().max().item() for ps in params for p in ps if p is not None)
    for (W, b, gamma, beta), g in zip(params, snap["gradients"]):
        worst = max(worst, relative_error(t(g["dW"]), W.grad))
        if b is not None:
            worst = max(worst, relative_error(t(g["db"]), b.grad))
        elif "db" in g:
            raise ValueError(f"{path}: db present but the layer has no b")
        if gamma is not None:
            worst = max(worst, relative_error(t(g["dgamma"]), gamma.grad, overall))
            worst = max(worst, relative_error(t(g["dbeta"]), beta.grad, overall))
        elif "dgamma" in g:
            raise ValueError(f"{path}: dgamma present but the layer has no norm")
    return worst


def write_matrix(cli, folder):
    files = []
    cases = itertools.product(ACTIVATIONS, LOSSES, [True, False], [False, True])
    for seed, (act, loss, bias, residual) in enumerate(cases, start=1):
        name = f"{act}-{loss}-{'bias' if bias else 'nobias'}{'-residual' if residual else ''}"
        args = ["--depth", "4", "--width", "6", "--batch", "8", "--steps", "3",
                "--seed", str(seed), "--activation", act, "--loss", loss]
        args += ([] if bias else ["--no-bias"]) + (["--residual"] if residual else [])
        files.append((name, args))
    for seed, (norm, act, residual) in enumerate(
            itertools.product(["batch", "layer"], ACTIVATIONS, [False, True]), start=500):
        name = f"{norm}norm-{act}{'-residual' if residual else ''}"
        args = ["--depth", "4", "--width", "6", "--batch", "8", "--steps", "3",
                "--seed", str(seed), "--activation", act, "--norm", norm]
        files.append((name, args + (["--residual"] if residual else [])))
    files.append(("deep-default", ["--steps", "20"]))
    files.append(("deep-default-batchnorm", ["--steps", "20", "--norm", "batch"]))
    files.append(("deep-default-residual", ["--steps", "20", "--residual"]))
    files.append(("sine-mse-tanh", ["--dataset", "sine", "--loss", "mse", "--activation", "tanh",
                                    "--steps", "50"]))
    paths = []
    for name, args in files:
        out = Path(folder) / f"{name}.json"
        subprocess.run([cli, "snapshot", "--quiet", *args, "--out", str(out)], check=True)
        paths.append(out)
    return paths


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("files", nargs="*", help="snapshot files (gradscope-snapshot/1)")
    parser.add_argument("--cli", help="path of gradscope-cli: write the standard matrix first")
    parser.add_argument("--keep", help="with --cli: write the snapshots here and keep them")
    opts = parser.parse_args()
    if not opts.files and not opts.cli:
        parser.error("give snapshot files or --cli PATH")
    torch.set_num_threads(1)
    with tempfile.TemporaryDirectory() as tmp:
        folder = opts.keep or tmp
        Path(folder).mkdir(parents=True, exist_ok=True)
        paths = [Path(f) for f in opts.files]
        if opts.cli:
            paths += write_matrix(opts.cli, folder)
        overall = 0.0
        for p in paths:
            err = check(p)
            overall = max(overall, err)
            print(f"{'ok  ' if err <= TOLERANCE else 'FAIL'} {err:.3e}  {p.name}")
    print(f"{len(paths)} snapshots, max relative error {overall:.3e} "
          f"(PyTorch {torch.__version__}, float64; tolerance {TOLERANCE:g})")
    return 0 if overall <= TOLERANCE else 1


if __name__ == "__main__":
    sys.exit(main())
