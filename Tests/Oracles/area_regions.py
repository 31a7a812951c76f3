"""Paper 002 chapters 2 and 5-6 (regions.*) recomputed without ExactNN:
closed forms, the plain fractions polygon splitter of
benchmarks/regions_reference.py, the networks rebuilt from the same
SplitMix64 stream, and sign arguments."""
import os
import sys
from fractions import Fraction
from itertools import product
from math import comb

from oracle_kit import oracle

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "benchmarks"))
import regions_reference as ref  # noqa: E402

MASK = (1 << 64) - 1


class SplitMix64:
    """ClaimKit's SeededGenerator, bit for bit."""

    def __init__(self, seed):
        self.state = seed & MASK

    def next(self):
        self.state = (self.state + 0x9E3779B97F4A7C15) & MASK
        z = self.state
        z = ((z ^ (z >> 30)) * 0xBF58476D1CE4E5B9) & MASK
        z = ((z ^ (z >> 27)) * 0x94D049BB133111EB) & MASK
        return z ^ (z >> 31)

    def int(self, lo, hi):
        return lo + self.next() % (hi - lo + 1)


def random_network(widths, seed, q=8):
    """RandomNetworks.make: weights row by row, then biases, each k/q, k in -q..q."""
    rng = SplitMix64(seed)
    layers = []
    for n, m in zip(widths, widths[1:]):
        weight = [[Fraction(rng.int(-q, q), q) for _ in range(n)] for _ in range(m)]
        bias = [Fraction(rng.int(-q, q), q) for _ in range(m)]
        layers.append((weight, bias))
    return layers


def count(layers, box):
    return len(ref.regions(layers, Fraction(0), Fraction(box)))


def map_text(rows):
    """ExactNN's AffineMap description: [[a, b]]·x + [c]."""
    def f(x):
        return str(x.numerator) if x.denominator == 1 else f"{x.numerator}/{x.denominator}"
    return "[" + ", ".join("[" + ", ".join(f(a) for a in r[0]) + "]" for r in rows) + "]·x + [" + ", ".join(f(r[1]) for r in rows) + "]"


def arrangement(k, d):
    return sum(comb(k, i) for i in range(d + 1))


@oracle("regions.eq-5.15")
def eq_515(figures, quick):
    seeds = range(1, 7) if quick else range(1, 31)
    counts = [count(random_network([2, k, 1], s + 1), 3) for k in (3, 5) for s in seeds]
    return {
        "regions of k general lines, k = 1…6": [1 + k + comb(k, 2) for k in range(1, 7)],
        f"random 2-3-1 and 2-5-1 regions on [-3,3]^2, seeds {seeds[0]}…{seeds[-1]} (seed offset 1)": counts,
        "verdict": "holds",
    }


@oracle("regions.eq-2.26")
def eq_226(figures, quick):
    # ReLU(x), ReLU(y): the two axes cut the plane into 4 quadrants, each a distinct pattern.
    return {
        "regions of ReLU(x), ReLU(y) on R^2": 4,
        "eq. 2.26 with N_1 = 2, k = 1": arrangement(2, 1),
        "eq. 2.26 with N_1 = 2, k = 2": arrangement(2, 2),
        "verdict": "erratum",
    }


def folding(d, n, folds, last):
    """Montúfar's folding construction, as FoldingConstruction.network builds it."""
    half = Fraction(1, 2)
    saw = [Fraction(n) if k == 0 else Fraction(2 * n if k % 2 == 0 else -2 * n) for k in range(n)]
    layers = []
    for f in range(folds):
        weight, bias = [], []
        for c in range(d):
            for k in range(n):
                if f == 0:
                    row = [Fraction(int(j == c)) for j in range(d)]
                else:
                    row = [Fraction(0)] * (d * n)
                    for j in range(n):
                        row[c * n + j] = saw[j]
                weight.append(row)
                bias.append((half if f == 0 else 0) - Fraction(k, n))
        layers.append((weight, bias))
    weight, bias = [], []
    for j in range(last):
        if d == 1:
            a, c = [Fraction(1)], Fraction(j + 1, last + 1)
        else:
            s = Fraction(j + 1, last + 1)
            a = [(1 - s * s) / (1 + s * s), 2 * s / (1 + s * s)]
            c = (a[0] + a[1]) / 2 + Fraction(1, 5)
        if folds == 0:
            weight.append(a)
            bias.append(sum(x * half for x in a) - c)
        else:
            weight.append([a[coord] * saw[k] for coord in range(d) for k in range(n)])
            bias.append(-c)
    layers.append((weight, bias))
    layers.append(([[Fraction(1)] * last], [Fraction(0)]))
    return layers


@oracle("regions.eq-2.27")
def eq_227(figures, quick):
    cases = [(1, 2, 1, 1), (1, 3, 1, 2), (1, 2, 2, 3), (1, 3, 2, 2), (2, 2, 1, 2), (2, 2, 1, 3), (2, 3, 1, 2)]
    if not quick:
        cases += [(1, 3, 3, 3), (2, 2, 2, 2), (2, 2, 2, 3)]
    counts = [count(folding(*c), Fraction(1, 2)) for c in cases]
    bounds = [(n ** d) ** folds * arrangement(last, d) for d, n, folds, last in cases]   # eq. 2.27 with N_i = d·n
    name = "folding construction regions, cases (d, n, folds, N_L) = " + " ".join(f"({d},{n},{f},{l})" for d, n, f, l in cases)
    return {name: counts, "verdict": "holds" if counts == bounds else "refuted"}


XOR = [([[Fraction(1), Fraction(1)], [Fraction(1), Fraction(1)]], [Fraction(1), Fraction(0)]), ([[Fraction(1), Fraction(-2)]], [Fraction(-1)])]


def pattern_map(layers, pattern):
    """J, c of the network with each hidden unit fixed on (1) or off (0)."""
    d = len(layers[0][0][0])
    functions = [([Fraction(int(i == j)) for j in range(d)], Fraction(0)) for i in range(d)]
    bit = 0
    for weight, bias in layers[:-1]:
        nxt = []
        for row, c in zip(weight, bias):
            a = [sum(w * f[0][j] for w, f in zip(row, functions)) for j in range(d)]
            b = sum(w * f[1] for w, f in zip(row, functions)) + c
            nxt.append((a, b) if pattern[bit] else ([Fraction(0)] * d, Fraction(0)))
            bit += 1
        functions = nxt
    weight, bias = layers[-1]
    return [([sum(w * f[0][j] for w, f in zip(row, functions)) for j in range(d)], sum(w * f[1] for w, f in zip(row, functions)) + c)
            for row, c in zip(weight, bias)]


@oracle("regions.eq-5.14")
def eq_514(figures, quick):
    # s = x1 + x2: unit 1 is s + 1, unit 2 is s; 01 needs s + 1 < 0 < s: empty. Bands s < -1, -1 < s < 0, s > 0.
    maps = [map_text(pattern_map(XOR, p)) for p in [(0, 0), (1, 0), (1, 1)]]
    printed = {(1, 1): ([-1, -1], 1), (1, 0): ([1, 1], 1), (0, 1): ([-4, -4], 3), (0, 0): ([0, 0], -1)}
    wrong = [f"{p[0]}{p[1]}" for p, (a, c) in printed.items() if p != (0, 1) and pattern_map(XOR, p)[0] != ([Fraction(x) for x in a], Fraction(c))]
    return {"regions of the XOR network on R^2": 3, "XOR maps by pattern 00, 10, 11": maps,
            "eq. 5.14 rows whose printed map is wrong": wrong, "verdict": "erratum"}


@oracle("regions.eq-5.22")
def eq_522(figures, quick):
    # ReLU(s + 1) - 2 ReLU(s) - 1 = (max{s + 1, 0} - 1) - max{2s, 0} = max{-1, s} - max{0, 2s}.
    def relu(z):
        return max(z, 0)
    network_at_0 = relu(1) - 2 * relu(0) - 1
    printed_at_0 = max(-1, -1 + 0) - max(0, 0)
    return {"printed eq. 5.22 at x = (0, 0)": printed_at_0, "XOR network at x = (0, 0)": network_at_0,
            "tropical numerator terms (a1, a2, c)": ["(0, 0, -1)", "(1, 1, 0)"],
            "tropical denominator terms (a1, a2, c)": ["(0, 0, 0)", "(2, 2, 0)"], "verdict": "erratum"}


FIG51 = [([[3, 0, 4], [5, 9, 1], [6, 1, 2]], [7, 2, 9]), ([[2, 9, 5], [1, 3, 3], [8, 7, 0]], [7, 7, 8]), ([[7, 9, 6], [4, 0, 9], [7, 3, 7]], [5, 5, 2])]


@oracle("regions.fig-5.1")
def fig_51(figures, quick):
    layers = [([[Fraction(w) for w in row] for row in weight], [Fraction(b) for b in bias]) for weight, bias in FIG51]
    rows = pattern_map(layers, (1, 0, 1, 0, 1, 0))
    printed = ([[42, 0, 120], [20, 0, 27], [336, 21, 0]], [695, 376, 562])
    some = any([r[0] for r in pattern_map(layers, p)] == printed[0] and [r[1] for r in pattern_map(layers, p)] == printed[1]
               for p in product((0, 1), repeat=6))
    # Layer 2's units have non-negative weights and positive biases: active at every input,
    # so every region's layer-2 pattern is 111 and (101, 010) is infeasible. The three
    # first-layer planes meet in one point; if it lies inside the box all 8 sign patterns
    # of layer 1 occur there.
    w, b = layers[0]
    det = (w[0][0] * (w[1][1] * w[2][2] - w[1][2] * w[2][1]) - w[0][1] * (w[1][0] * w[2][2] - w[1][2] * w[2][0])
           + w[0][2] * (w[1][0] * w[2][1] - w[1][1] * w[2][0]))
    point = cramer(w, [-x for x in b], det)
    patterns = [f"{p[0]}{p[1]}{p[2]}|111" for p in product((0, 1), repeat=3)] if all(abs(x) < 10 for x in point) else []
    return {"Fig. 5.1 Jacobian of pattern (101, 010)": ["[" + ", ".join(str(x) for x in r[0]) + "]" for r in rows],
            "Fig. 5.1 offset of pattern (101, 010)": [r[1] for r in rows],
            "Fig. 5.1 pattern (101, 010) feasible": False,
            "Fig. 5.1 printed map is some pattern's map": some,
            "Fig. 5.1 region patterns on [-10,10]^3": patterns, "verdict": "erratum"}


def cramer(a, y, det):
    out = []
    for j in range(3):
        m = [[y[i] if k == j else a[i][k] for k in range(3)] for i in range(3)]
        dj = (m[0][0] * (m[1][1] * m[2][2] - m[1][2] * m[2][1]) - m[0][1] * (m[1][0] * m[2][2] - m[1][2] * m[2][0])
              + m[0][2] * (m[1][0] * m[2][1] - m[1][1] * m[2][0]))
        out.append(dj / det)
    return out


@oracle("regions.eq-5.24")
def eq_524(figures, quick):
    seeds = [1, 2] if quick else [1, 2, 3, 4, 5]
    counts = [count(random_network(w, s + 1, q=4), 2) for w in ([2, 3, 1], [2, 3, 2, 1], [1, 3, 3, 1]) for s in seeds]
    return {f"regions on [-2,2]^d of random 2-3-1, 2-3-2-1, 1-3-3-1 (denominator 4, seeds {','.join(map(str, seeds))}, offset 1)": counts,
            "verdict": "holds"}


def strictly_inside(polygon, x):
    n = len(polygon)
    for k in range(n):
        p, q = polygon[k], polygon[(k + 1) % n]
        if (q[0] - p[0]) * (x[1] - p[1]) - (q[1] - p[1]) * (x[0] - p[0]) <= 0:
            return False
    return True


def pattern_at(layers, x):
    h, bits = list(x), []
    for weight, bias in layers[:-1]:
        z = [sum(w * v for w, v in zip(row, h)) + c for row, c in zip(weight, bias)]
        bits += [1 if v > 0 else 0 for v in z]
        h = [max(v, 0) for v in z]
    return tuple(bits)


@oracle("regions.sampling-6.2")
def sampling(figures, quick):
    layers = random_network([2, 16, 16, 1], 1)
    found = ref.regions(layers, Fraction(0), Fraction(3))
    by_pattern = {pattern: polygon for polygon, pattern, _ in found}
    hits = []
    sides = [10, 30] if quick else [10, 30, 100]
    for p in sides:
        hit = set()
        for i in range(p):
            for j in range(p):
                x = (Fraction(-3) + Fraction(2 * i + 1) * 3 / p, Fraction(-3) + Fraction(2 * j + 1) * 3 / p)
                pat = pattern_at(layers, x)
                if pat in by_pattern and strictly_inside(by_pattern[pat], x):
                    hit.add(pat)
        hits.append(len(hit))
    return {"regions of random 2-16-16-1 (seed 1) on [-3,3]^2": len(found),
            f"regions hit by p×p cell-centre grids, p = {', '.join(map(str, sides))}": hits, "verdict": "remark"}


@oracle("regions.eq-5.7")
def eq_57(figures, quick):
    # XOR on x1 + x2 > 0 is -(x1 + x2): v(1, 1) = -2, J = (-1, -1), v(1, 2) = -3.
    v0, j = Fraction(-2), (Fraction(-1), Fraction(-1))
    x0, x = (1, 1), (1, 2)
    return {"XOR v(1, 2)": Fraction(-3), "printed eq. 5.7 at x0 = (1, 1), x = (1, 2)": v0 + sum(a * b for a, b in zip(j, x)),
            "corrected eq. 5.7 at x0 = (1, 1), x = (1, 2)": v0 + sum(a * (b - c) for a, b, c in zip(j, x, x0)), "verdict": "erratum"}


@oracle("regions.fig-5.4")
def fig_54(figures, quick):
    # Numerical quadrature at 50 digits, piece by piece, of (sin - L)^2.
    import mpmath
    from oracle_kit import Certified
    mpmath.mp.dps = 50
    out = {}
    for k in (1, 3, 9):
        total = mpmath.mpf(0)
        for i in range(k):
            a, b = -mpmath.pi + 2 * mpmath.pi * i / k, -mpmath.pi + 2 * mpmath.pi * (i + 1) / k
            sa, sb = mpmath.sin(a), mpmath.sin(b)
            total += mpmath.quad(lambda x: (mpmath.sin(x) - (sa + (sb - sa) * (x - a) / (b - a))) ** 2, [a, b])
        # k = 1: sin(±π) = 0, the interpolant is 0 and the MSE is exactly 1/2 (eq. 5.16).
        out[f"MSE of the {k}-line sine interpolant on [-pi, pi]"] = Fraction(1, 2) if k == 1 else Certified(total / (2 * mpmath.pi))
    out["verdict"] = "holds"
    return out
