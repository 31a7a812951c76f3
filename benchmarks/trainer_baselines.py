#!/usr/bin/env python3
"""PyTorch (CPU, one thread) and hand-written numpy baselines for
`exactnn bench trainer`: the same two workloads, one training run per timed
sample, interleaved (torch, numpy, exactnn, torch, ...) because the machine's
speed drifts.

Workloads (Adam, BCE-with-logits, PyTorch's default nn.Linear init):
  dissertation  16 points of {-1,1}^4, 4-parity, 4->3->1 leaky ReLU 0.1,
                lr 0.025, 4000 full-batch epochs
  xor5d         500 XOR-5D points, 5->64->1 ReLU, lr 0.01, batch 32 (shuffled),
                100 epochs

Usage: python3 trainer_baselines.py [--rounds 10] [--no-torch] [--exactnn .build/release/exactnn [--exactnn other/exactnn ...]]
(several --exactnn binaries, e.g. before and after a change, are interleaved
in the same rounds and reported under their paths)
"""
import argparse, json, statistics, subprocess, time
import numpy as np


def parity_data():
    pts = np.array([[1.0 if (p >> (3 - i)) & 1 == 0 else -1.0 for i in range(4)] for p in range(16)])
    y = np.array([[bin(p).count("1") % 2] for p in range(16)], dtype=float)
    return pts, y


def xor5d_data(n, rng, sigma=0.5):
    corners = np.array([[1, 1], [1, -1], [-1, 1], [-1, -1]], dtype=float)
    c = corners[np.arange(n) % 4]
    x = np.hstack([c + sigma * rng.standard_normal((n, 2)), 1 + rng.standard_normal((n, 3))])
    y = (c[:, :1] != c[:, 1:]).astype(float)
    p = rng.permutation(n)
    return x[p], y[p]


# ---------------------------------------------------------------- numpy
class NumpyMLP:
    """One hidden layer, Adam, BCE-with-logits; weights row-major (out, in)."""

    def __init__(self, sizes, act, slope, lr, rng):
        self.p = []
        for a, b in zip(sizes[:-1], sizes[1:]):
            k = 1 / np.sqrt(a)
            self.p += [rng.uniform(-k, k, (b, a)), rng.uniform(-k, k, b)]
        self.m = [np.zeros_like(q) for q in self.p]
        self.v = [np.zeros_like(q) for q in self.p]
        self.t, self.lr, self.slope = 0, lr, slope if act == "leaky" else 0.0

    def step(self, x, y):
        w1, b1, w2, b2 = self.p
        s = x @ w1.T + b1
        h = np.where(s > 0, s, self.slope * s)
        z = h @ w2.T + b2
        dz = (1 / (1 + np.exp(-z)) - y) / len(x)
        dh = (dz @ w2) * np.where(s > 0, 1.0, self.slope)
        grads = [dh.T @ x, dh.sum(0), dz.T @ h, dz.sum(0)]
        self.t += 1
        b1c, b2c = 1 - 0.9 ** self.t, 1 - 0.999 ** self.t
        for q, g, m, v in zip(self.p, grads, self.m, self.v):
            m *= 0.9; m += 0.1 * g
            v *= 0.999; v += 0.001 * g * g
            q -= (self.lr / b1c) * m / (np.sqrt(v) / np.sqrt(b2c) + 1e-8)

    def accuracy(self, x, y):
        w1, b1, w2, b2 = self.p
        s = x @ w1.T + b1
        z = np.where(s > 0, s, self.slope * s) @ w2.T + b2
        return float(((z > 0) == (y > 0.5)).mean())


def numpy_dissertation(seed):
    rng = np.random.default_rng(seed)
    x, y = parity_data()
    net = NumpyMLP([4, 3, 1], "leaky", 0.1, 0.025, rng)
    for _ in range(4000):
        net.step(x, y)
    return net.accuracy(x, y)


def numpy_xor5d(seed, x, y):
    rng = np.random.default_rng(seed)
    net = NumpyMLP([5, 64, 1], "relu", 0.0, 0.01, rng)
    for _ in range(100):
        order = rng.permutation(len(x))
        for s in range(0, len(x), 32):
            idx = order[s:s + 32]
            net.step(x[idx], y[idx])
    return net.accuracy(x, y)


# ---------------------------------------------------------------- torch
def torch_run(torch, sizes, act, lr, epochs, batch, x, y, seed):
    torch.manual_seed(seed)
    nn = torch.nn
    model = nn.Sequential(nn.Linear(sizes[0], sizes[1]), act, nn.Linear(sizes[1], sizes[2]))
    opt = torch.optim.Adam(model.parameters(), lr=lr)
    loss_fn = nn.BCEWithLogitsLoss()
    X, Y = torch.tensor(x, dtype=torch.float32), torch.tensor(y, dtype=torch.float32)
    n = len(X)
    for _ in range(epochs):
        if batch is None:
            opt.zero_grad(); loss_fn(model(X), Y).backward(); opt.step()
        else:
            perm = torch.randperm(n)
            for s in range(0, n, batch):
                idx = perm[s:s + batch]
                opt.zero_grad(); loss_fn(model(X[idx]), Y[idx]).backward(); opt.step()
    with torch.no_grad():
        return float(((model(X) > 0) == (Y > 0.5)).float().mean())


def timed(f):
    t = time.perf_counter()
    r = f()
    return time.perf_counter() - t, r


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--rounds", type=int, default=10)
    ap.add_argument("--exactnn", action="append", default=[], help="path to a release exactnn binary to interleave (repeatable)")
    ap.add_argument("--no-torch", action="store_true", help="numpy and exactnn only")
    args = ap.parse_args()
    torch = None
    if not args.no_torch:
        import torch
        torch.set_num_threads(1)
    px, py = parity_data()
    xx, xy = xor5d_data(500, np.random.default_rng(1))
    names = ["exactnn" if len(args.exactnn) == 1 else f"exactnn {b}" for b in args.exactnn]
    times = {k: [] for k in ["torch dissertation", "numpy dissertation", "torch xor5d", "numpy xor5d"]
             + [f"{n} {w}" for n in names for w in ["dissertation", "xor5d"]]}
    results = {}
    for r in range(args.rounds):
        if torch:
            t, results["torch dissertation"] = timed(lambda: torch_run(torch, [4, 3, 1], torch.nn.LeakyReLU(0.1), 0.025, 4000, None, px, py, r))
            times["torch dissertation"].append(t)
        t, results["numpy dissertation"] = timed(lambda: numpy_dissertation(r))
        times["numpy dissertation"].append(t)
        if torch:
            t, results["torch xor5d"] = timed(lambda: torch_run(torch, [5, 64, 1], torch.nn.ReLU(), 0.01, 100, 32, xx, xy, r))
            times["torch xor5d"].append(t)
        t, results["numpy xor5d"] = timed(lambda: numpy_xor5d(r, xx, xy))
        times["numpy xor5d"].append(t)
        for binary, label in zip(args.exactnn, names):
            out = subprocess.run([binary, "bench", "trainer", "--runs", "3", "--format", "json"],
                                 capture_output=True, text=True, check=True).stdout
            for row in json.loads(out)["rows"] if isinstance(json.loads(out), dict) else json.loads(out)[0]["rows"]:
                name = row["workload"]
                if name.startswith("dissertation 4") and "(double)" in name:
                    times[f"{label} dissertation"].append(row["median s"])
                elif name.startswith("XOR-5D") and "(double)" in name:
                    times[f"{label} xor5d"].append(row["median s"])
    width = max(24, max(len(k) for k in times))
    print(f"{'workload':{width}} {'runs':>4} {'median s':>10} {'min s':>10} {'max s':>10}  last accuracy")
    for k, v in times.items():
        if v:
            print(f"{k:{width}} {len(v):4d} {statistics.median(v):10.5f} {min(v):10.5f} {max(v):10.5f}  {results.get(k, '')}")
    for label in names:
        for w in ["dissertation", "xor5d"]:
            if times[f"{label} {w}"]:
                e = statistics.median(times[f"{label} {w}"])
                vs_torch = f"{statistics.median(times[f'torch {w}']) / e:.0f}x vs torch, " if times[f"torch {w}"] else ""
                print(f"{label} speed-up {w}: {vs_torch}{statistics.median(times[f'numpy {w}']) / e:.1f}x vs numpy (medians)")


if __name__ == "__main__":
    main()
