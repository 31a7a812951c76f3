"""Baselines for `exactnn bench polarity`: Lemma D.2 / Theorem D.3 of paper 000
(Omega(n, d) = 1 - sum_{k<=2} Q(k, 2^d, 2^d, n) / 2^((d+1) n)) evaluated exactly
with Python's `fractions` and with `sympy`, by the same recursion for Q.

Run: /tmp/venv-pol/bin/python benchmarks/polarity_baselines.py [--runs 5]
Prints median/min/max seconds per workload and the smallest n above 99/100.
"""
import argparse
import statistics
import time
from fractions import Fraction
from math import comb


def q_int(k, m, big_m, n):
    """Q(k, m, M, n) by the paper's recursion (Python integers)."""
    return ((big_m + k) ** n - sum(q_int(p, k, big_m, n) for p in range(k))) * comb(m, k)


def bound_fractions(n, d):
    half = 2 ** d
    total = (2 * half) ** n
    return 1 - Fraction(sum(q_int(k, half, half, n) for k in range(3)), total)


def bound_sympy(n, d):
    import sympy
    sympy.core.cache.clear_cache()  # sympy memoises operations; time a cold evaluation
    half = sympy.Integer(2) ** d

    def q(k, m, big_m):
        inner = sum((q(p, k, big_m) for p in range(k)), sympy.Integer(0))
        return ((big_m + k) ** n - inner) * sympy.binomial(m, k)

    return 1 - sympy.Rational(sum((q(k, half, half) for k in range(3)), sympy.Integer(0)), (2 * half) ** n)


def timed(body, runs):
    body()
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        body()
        times.append(time.perf_counter() - start)
    return statistics.median(times), min(times), max(times)


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    d15 = bound_fractions(15, 5)
    print("D.3(15, 5) =", d15, "~", float(d15))
    print("smallest n with D.3(n, 5) > 99/100:", next(n for n in range(1, 100) if bound_fractions(n, 5) > Fraction(99, 100)))
    print("smallest n with D.2(n) > 99/100:", next(n for n in range(1, 100) if bound_fractions(n, 2) > Fraction(99, 100)))
    for name, f in [("fractions", bound_fractions), ("sympy", bound_sympy)]:
        for n, d in [(10_000, 64), (10_000, 2)]:
            med, lo, hi = timed(lambda: f(n, d), args.runs)
            print(f"{name:9s} D.3 n={n} d={d}: median {med:.4f} s (min {lo:.4f}, max {hi:.4f}), {args.runs} runs")
    # sympy's value agrees with fractions'
    assert bound_sympy(40, 7) == bound_fractions(40, 7)


if __name__ == "__main__":
    main()
