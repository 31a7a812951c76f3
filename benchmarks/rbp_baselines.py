#!/usr/bin/env python3
"""Baseline for `exactnn bench rbp`: mpmath.odefun (Taylor series) on the
A[1,1,1,1] SRBP trajectories of paper 003, eq. 36, to the same time and digits.

Usage: /tmp/venv-rbp/bin/python benchmarks/rbp_baselines.py [--runs 5] [--dps 40]
Prints one line per trajectory: median/min/max seconds and a3(T) etc.
The trajectories and end times must match Sources/exactnn/BenchRbp.swift.
"""
import argparse
import statistics
import time
from fractions import Fraction

import mpmath

# (alpha, beta, c1, c2, a1(0), a2(0), a3(0), T) — the same list as BenchRbp.swift.
TRAJECTORIES = [
    ("1", "1", "1", "2", "1/2", "1/2", "1/2", 40),
    ("1", "1", "-1", "1/2", "1", "-1/2", "1/4", 40),
    ("2", "3", "1/3", "-2", "-1/2", "1", "1", 40),
]


def run(traj, dps):
    mpmath.mp.dps = dps
    al, be, c1, c2, x1, x2, x3, T = traj
    q = lambda s: mpmath.mpf(Fraction(s).numerator) / Fraction(s).denominator
    al, be, c1, c2 = q(al), q(be), q(c1), q(c2)
    y0 = [q(x1), q(x2), q(x3)]

    def F(t, y):
        r = al - be * y[0] * y[1] * y[2]
        return [c1 * r, c2 * y[0] * r, y[0] * y[1] * r]

    sol = mpmath.odefun(F, 0, y0)
    return sol(T)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--runs", type=int, default=5)
    ap.add_argument("--dps", type=int, default=40)
    args = ap.parse_args()
    for traj in TRAJECTORIES:
        times, y = [], None
        for _ in range(args.runs):
            t0 = time.perf_counter()
            y = run(traj, args.dps)
            times.append(time.perf_counter() - t0)
        print(f"mpmath.odefun dps={args.dps} traj={traj[:7]} T={traj[7]}: "
              f"median {statistics.median(times):.4g} s, min {min(times):.4g} s, max {max(times):.4g} s; "
              f"a(T) = {[mpmath.nstr(v, 35) for v in y]}")


if __name__ == "__main__":
    main()
