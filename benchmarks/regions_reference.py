#!/usr/bin/env python3
"""A plain exact reference for activation regions of ReLU networks on a box
(d = 1 or 2): Python fractions and convex-polygon splitting, layer by
layer, no integer tricks and one core. It is the baseline `exactnn bench
regions` is compared against (BENCHMARKS.md), and the oracle
Tests/Oracles/area_regions.py counts regions with it.

    python benchmarks/regions_reference.py NET.json --box 3 [--runs 3]

NET.json is ExactNN's network format ({"layers": [{"weight", "bias"}],
"activation": "relu" | "leaky_relu", "slope"}); entries are read exactly.
"""
import argparse
import json
import time
from fractions import Fraction


def read_network(path):
    # parse_float/parse_int keep a JSON number's decimal text exact.
    spec = json.load(open(path), parse_float=Fraction, parse_int=Fraction)
    layers = [([[Fraction(str(w)) for w in row] for row in layer["weight"]], [Fraction(str(b)) for b in layer["bias"]])
              for layer in spec["layers"]]
    slope = Fraction(0)
    if spec.get("activation", "relu") == "leaky_relu":
        slope = Fraction(str(spec.get("slope", "1/100")))
    return layers, slope


def value(f, x):
    """f = (a, b): a·x + b."""
    a, b = f
    return sum(ai * xi for ai, xi in zip(a, x)) + b


def split(polygon, f):
    """(positive part or None, non-positive part or None) of a convex polygon
    (list of vertices, counter-clockwise) by f = 0; None where that side has
    no interior."""
    vals = [value(f, v) for v in polygon]
    if all(v >= 0 for v in vals) and any(v > 0 for v in vals):
        return polygon, None
    if all(v <= 0 for v in vals):
        return None, polygon
    pos, neg = [], []
    n = len(polygon)
    for k in range(n):
        p, q, vp, vq = polygon[k], polygon[(k + 1) % n], vals[k], vals[(k + 1) % n]
        if vp >= 0:
            pos.append(p)
        if vp <= 0:
            neg.append(p)
        if vp * vq < 0:
            t = vp / (vp - vq)
            x = tuple(pi + t * (qi - pi) for pi, qi in zip(p, q))
            pos.append(x)
            neg.append(x)
    return pos, neg


def regions(layers, slope, box):
    """[(polygon, pattern, output map)] on [-box, box]^d, d = 1 or 2."""
    d = len(layers[0][0][0])
    b = Fraction(box)
    cell = [(-b,), (b,)] if d == 1 else [(-b, -b), (b, -b), (b, b), (-b, b)]
    identity = [(tuple(Fraction(int(i == j)) for j in range(d)), Fraction(0)) for i in range(d)]
    work = [(cell, (), identity)]
    for weight, bias in layers[:-1]:
        out = []
        for polygon, pattern, functions in work:
            pre = []
            for row, c in zip(weight, bias):
                a = [sum(w * f[0][j] for w, f in zip(row, functions)) for j in range(d)]
                pre.append((tuple(a), sum(w * f[1] for w, f in zip(row, functions)) + c))
            pieces = [(polygon, ())]
            for f in pre:
                nxt = []
                for poly, bits in pieces:
                    if d == 1:
                        pos, neg = split_interval(poly, f)
                    else:
                        pos, neg = split(poly, f)
                    if pos is not None:
                        nxt.append((pos, bits + (1,)))
                    if neg is not None:
                        nxt.append((neg, bits + (0,)))
                pieces = nxt
            for poly, bits in pieces:
                funcs = [(tuple(x if on else x * slope for x in f[0]), f[1] if on else f[1] * slope) for f, on in zip(pre, bits)]
                out.append((poly, pattern + bits, funcs))
        work = out
    weight, bias = layers[-1]
    result = []
    for polygon, pattern, functions in work:
        rows = tuple((tuple(sum(w * f[0][j] for w, f in zip(row, functions)) for j in range(d)),
                      sum(w * f[1] for w, f in zip(row, functions)) + c) for row, c in zip(weight, bias))
        result.append((polygon, pattern, rows))
    return result


def split_interval(interval, f):
    (lo,), (hi,) = interval
    u, v = value(f, (lo,)), value(f, (hi,))
    if u >= 0 and v >= 0 and (u > 0 or v > 0):
        return interval, None
    if u <= 0 and v <= 0:
        return None, interval
    root = -f[1] / f[0][0]
    left, right = [(lo,), (root,)], [(root,), (hi,)]
    return (left, right) if u > 0 else (right, left)


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("network")
    parser.add_argument("--box", default="1")
    parser.add_argument("--runs", type=int, default=1)
    args = parser.parse_args()
    layers, slope = read_network(args.network)
    times = []
    for _ in range(args.runs):
        start = time.perf_counter()
        found = regions(layers, slope, Fraction(args.box))
        times.append(time.perf_counter() - start)
    times.sort()
    print(f"{len(found)} regions, {len({r[2] for r in found})} affine pieces; "
          f"median {times[len(times) // 2]:.4g} s, min {times[0]:.4g} s, max {times[-1]:.4g} s over {args.runs} runs")


if __name__ == "__main__":
    main()
