"""Six-input swaps and chamber orders (issue 13), recomputed without ExactNN:
chamber orders by an integer weight grid (n ≤ 5) and by re-verifying the
shipped n = 6 witnesses with numpy integer sums; swaps at n = 5 over the
grid's orders; symmetric functions by weight-pair counts."""
import gzip
import hashlib
import os
from fractions import Fraction
from itertools import combinations, permutations

import numpy as np

from oracle_kit import oracle

DATA = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "Data", "chamber-orders")


def bits(n):
    """Row x: the coordinates x_1 … x_n of position x (x_1 the most significant bit)."""
    return np.array([[(x >> (n - 1 - k)) & 1 for k in range(n)] for x in range(1 << n)], dtype=np.int64)


def grid_orders(n, bound):
    """Distinct tie-free orders of integer w with 0 < w_1 < … < w_n ≤ bound.
    Every chamber region holds such a w once the bound exceeds its smallest
    integer witness; a tie-free w lies in exactly one region."""
    w = np.array(list(combinations(range(1, bound + 1), n)), dtype=np.int64)
    sums = w @ bits(n).T
    order = np.argsort(sums, axis=1, kind="stable")
    s = np.take_along_axis(sums, order, axis=1)
    tie_free = np.all(np.diff(s, axis=1) > 0, axis=1)
    return np.unique(order[tie_free], axis=0)


def shipped_orders():
    """The n = 6 witnesses of Data/chamber-orders, checksum and each witness checked."""
    raw = gzip.open(os.path.join(DATA, "orders-6.bin.gz")).read()
    recorded = open(os.path.join(DATA, "orders-6.sha256")).read().split()[0]
    assert hashlib.sha256(raw).hexdigest() == recorded, "checksum"
    head, body = raw.split(b"\n", 1)
    fields = dict(f.split("=") for f in head.decode().split()[1:])
    n, count = int(fields["n"]), int(fields["count"])
    steps = np.frombuffer(body, dtype=np.uint8).reshape(count, n).astype(np.int64)
    assert np.all(steps >= 1)
    w = np.cumsum(steps, axis=1)                     # 0 < w_1 < … < w_n
    sums = w @ bits(n).T
    order = np.argsort(sums, axis=1, kind="stable")
    assert np.all(np.diff(np.take_along_axis(sums, order, axis=1), axis=1) > 0), "a witness ties two points"
    assert len(np.unique(order, axis=0)) == count, "two witnesses induce one order"
    return w, order


@oracle("boolean.chamber-orders-6")
def chamber_orders_6(figures, quick):
    counts = [len(grid_orders(n, 12)) for n in range(1, 5)] + [len(grid_orders(5, 32))]
    _, six = shipped_orders()
    counts.append(len(six))
    return {"chamber orders(n=1…6)": counts, "whole-space orders(n=6)": 64 * 720 * len(six),
            "verdict": "holds" if counts == [1, 1, 2, 14, 516, 124187] else "refuted"}


def parse_list(text):
    return [Fraction(x.strip()) for x in text.strip("[]").split(",")]


def changes_along(table, w, n):
    """Changes of the table (integer value, f(0…0) the most significant bit) along w's order."""
    size = 1 << n
    sums = [sum(w[k] for k in range(n) if (x >> (n - 1 - k)) & 1) for x in range(size)]
    order = sorted(range(size), key=lambda x: sums[x])
    assert len(set(sums)) == size, "the witness ties two points"
    values = [(table >> (size - 1 - x)) & 1 for x in order]
    return sum(a != b for a, b in zip(values, values[1:]))


@oracle("boolean.swaps-threshold-6")
def swaps_threshold_6(figures, quick):
    if "threshold example f(n=6)" not in figures:
        return {"verdict": "holds"}
    f = int(figures["threshold example f(n=6)"])
    w = parse_list(figures["its swaps witness w"])
    changes = changes_along(f, w, 6)
    # One change along w's order makes f = [w·x > t] (or its negation) for a t between two
    # consecutive sums: f and w are then a threshold function with its weights, as exported.
    assert changes == 1, "the example is not split once by its witness"
    return {"threshold example f(n=6)": f, "its swaps witness w": [int(x) if x.denominator == 1 else x for x in w],
            "changes of f along w's order": changes, "verdict": "holds"}


def symmetric_swaps(order, n):
    """min over masks m and chamber orders of the changes of v(|x ⊕ m|), for
    every v: per (m, order) the counts of adjacent weight pairs (k, l),
    distinct count rows kept, then each v minimised over them."""
    w = n + 1
    popcount = np.array([bin(x).count("1") for x in range(1 << n)], dtype=np.int64)
    rows = []
    for m in range(1 << n):
        k = popcount[order ^ m]
        code = np.minimum(k[:, 1:], k[:, :-1]) * w + np.maximum(k[:, 1:], k[:, :-1])
        flat = (np.arange(len(k))[:, None] * w * w + code).ravel()
        rows.append(np.unique(np.bincount(flat, minlength=len(k) * w * w).reshape(len(k), w * w), axis=0))
    counts = np.unique(np.concatenate(rows), axis=0)
    differs = np.array([[1 if (v >> (c // w)) & 1 != (v >> (c % w)) & 1 else 0 for v in range(1 << w)] for c in range(w * w)])
    return (counts @ differs).min(axis=0).tolist()


@oracle("boolean.swaps-symmetric-6")
def swaps_symmetric_6(figures, quick):
    out = {"swaps of symmetric f by v = Σ v(k)·2^k (n=5)": symmetric_swaps(grid_orders(5, 32), 5), "verdict": "holds"}
    if "swaps of symmetric f by v = Σ v(k)·2^k (n=6)" in figures or not quick:
        out["swaps of symmetric f by v = Σ v(k)·2^k (n=6)"] = symmetric_swaps(shipped_orders()[1], 6)
    return out


GRID5 = None


def swaps5(table):
    """swaps at n = 5: the grid's chamber orders under every input negation/permutation."""
    n, size = 5, 32
    chamber = GRID5 if GRID5 is not None else grid_orders(5, 32)
    best = size
    for perm in permutations(range(n)):
        for mask in range(size):
            def image(x):
                y = 0
                for k in range(n):
                    if (x >> (n - 1 - k)) & 1:
                        y |= 1 << (n - 1 - perm[k])
                return y ^ mask
            values = np.array([(table >> (size - 1 - image(x))) & 1 for x in range(size)])
            seq = values[chamber]
            best = min(best, int((seq[:, 1:] != seq[:, :-1]).sum(axis=1).min()))
    return best


@oracle("boolean.swaps-restriction-6")
def swaps_restriction_6(figures, quick):
    return {"swaps of [0x69969669, 0x0000FFFF, 0x12345678] as 6-input functions": [swaps5(t) for t in (0x69969669, 0x0000FFFF, 0x12345678)],
            "verdict": "holds"}
