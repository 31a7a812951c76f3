#!/usr/bin/env python3
"""Independent figures for the re-read errata of issue 16 (standard library only).

Everything here is derived from the papers' definitions with exact integers
and fractions, without ExactNN's code: brute force over small weight grids,
explicit witnesses checked exactly, and the papers' own formulas.

    python3 Tests/Oracles/errata.py > Tests/Oracles/errata.txt      # regenerate
    python3 Tests/Oracles/errata.py --check Tests/Oracles/errata.txt  # compare

Output: one "key value" line per figure; Tests/CatalogTests/ErrataOracleTests.swift
holds ExactNN's claims to them.
"""
from fractions import Fraction as F
from itertools import combinations, product
from math import comb
import sys

lines = []


def put(key, value):
    if isinstance(value, (list, tuple)):
        value = ",".join(str(v) for v in value)
    lines.append(f"{key} {value}")


def relu(z):
    return z if z > 0 else 0


# Paper 000, proof of Lemma D.1: pattern index t = 1..8 lists the signs of
# (w1, w2, w_out) as +++, ++-, +-+, +--, -++, -+-, --+, ---.
def signs(t):
    c = t - 1
    return (-1 if c & 4 else 1, -1 if c & 2 else 1, -1 if c & 1 else 1)


XOR_LABELS = [-1, 1, 1, -1]          # Boolean order (0,0),(0,1),(1,0),(1,1): class 1 iff inputs differ
PM = [(1, 1), (1, -1), (-1, 1), (-1, -1)]   # Boolean 0 -> +1, 1 -> -1
ZO = [(0, 0), (0, 1), (1, 0), (1, 1)]

# ---- Lemma 2.1 where its assumption holds: one linear unit on {-1,1}^k ----
for k, d in [(2, 1), (3, 1), (3, 2), (4, 1), (4, 2), (4, 3)]:
    points = list(product([1, -1], repeat=k))
    patterns = list(product(range(-d, d + 1), repeat=k))
    by_function = {}
    for w in patterns:
        by_function.setdefault(tuple(sum(a * x for a, x in zip(w, p)) for p in points), []).append(w)
    gains = set()
    for correct in by_function.values():
        for t in product([False, True], repeat=k):            # True = negative sign
            keeps = lambda w: all(a == 0 or (a < 0) == neg for a, neg in zip(w, t))
            if all(keeps(w) for w in correct):
                kept = sum(1 for w in correct if keeps(w))
                gains.add(F(kept, (d + 1) ** k) / F(len(correct), len(patterns)))
    put(f"lemma21.linear.k{k}.d{d}.functions", len(by_function))
    put(f"lemma21.linear.k{k}.d{d}.patterns", len(patterns))
    put(f"lemma21.linear.k{k}.d{d}.gains", sorted(gains))

# ---- Lemma 2.1's assumption in the XOR setting: 3-2-1 ReLU net, bias on a constant input ----
XOR_PM = [(1, 1, False), (1, -1, True), (-1, 1, True), (-1, -1, False)]
for d in (1, 2):
    correct, functions = [], set()
    for w in product(range(-d, d + 1), repeat=8):
        values = []
        for x1, x2, positive in XOR_PM:
            f = w[6] * relu(w[0] * x1 + w[1] * x2 + w[2]) + w[7] * relu(w[3] * x1 + w[4] * x2 + w[5])
            if (f > 0) != positive:
                break
            values.append(f)
        else:
            correct.append(w)
            functions.add(tuple(values))
    kept = [sum(1 for w in correct if all(a == 0 or (a < 0) == bool(t >> i & 1) for i, a in enumerate(w))) for t in range(256)]
    ratio = F(2 * d + 1, d + 1) ** 8
    best = max(kept)
    put(f"lemma21.xor.d{d}.correct", len(correct))
    put(f"lemma21.xor.d{d}.functions", len(functions))
    put(f"lemma21.xor.d{d}.keepingAny", sum(1 for k in kept if k > 0))
    put(f"lemma21.xor.d{d}.keepingAll", sum(1 for k in kept if k == len(correct)))
    put(f"lemma21.xor.d{d}.bestKept", best)
    put(f"lemma21.xor.d{d}.bestGain", F(best, len(correct)) * ratio)
    put(f"lemma21.xor.d{d}.lose", sum(1 for k in kept if k > 0 and F(k, (d + 1) ** 8) < F(len(correct), (2 * d + 1) ** 8)))

# ---- Lemma D.1 on {0,1}^2 with zero hidden biases (a remark on the domain) ----
TABLE = {  # the proof's table: (w1, w2, w_out) per unit, hidden biases 0
    "235": [(1, 1, -1), (1, 0, 1), (0, 1, 1)],
    "238": [(1, 0, -1), (1, -1, 1), (0, -1, -1)],
    "258": [(0, 1, -1), (-1, 1, 1), (-1, 0, -1)],
    "358": [(0, -1, 1), (-1, 0, 1), (-1, -1, -1)],
}
for name, units in TABLE.items():
    put(f"d1.table.{name}.zeroOne", [sum(o * relu(a * x + b * y) for a, b, o in units) for x, y in ZO])
    put(f"d1.table.{name}.plusMinus", [sum(o * relu(a * x + b * y) for a, b, o in units) for x, y in PM])


def can_be_positive(t, point):
    """Zero hidden bias: can s_out * relu(s1*a*x + s2*b*y), a, b >= 0, be > 0 at the point?"""
    s1, s2, so = signs(t)
    x, y = point
    return so > 0 and ((s1 * x > 0) or (s2 * y > 0))


working = []
for triple in combinations([2, 3, 5, 8], 3):
    # At (0,0) every unit is 0, so F(0,0) is the output bias c, a negative point: a
    # positive point where no unit can be positive has F <= c and cannot be separated.
    blocked = any(not any(can_be_positive(t, p) for t in triple) for p, l in zip(ZO, XOR_LABELS) if l > 0)
    # Otherwise look for a witness on a small grid, output bias -1/2.
    witness = None
    if not blocked:
        grids = []
        for t in triple:
            s1, s2, so = signs(t)
            grids.append([(s1 * a, s2 * b, so) for a in range(3) for b in range(3)])
        for combo in product(*grids):
            v = [F(-1, 2) + sum(o * relu(a * x + b * y) for a, b, o in combo) for x, y in ZO]
            if all(l * fv > 0 for l, fv in zip(XOR_LABELS, v)):
                witness = v
                break
    if witness is not None:
        working.append("".join(map(str, triple)))
    put(f"d1.zeroOne.{''.join(map(str, triple))}", "witness" if witness else ("blocked" if blocked else "unknown"))
put("d1.zeroOne.working", working)

# ---- The compatibility rule against B ----
put("compat.rule", [t for t in range(1, 9) if signs(t)[2] == signs(t)[0] * signs(t)[1]])
put("compat.minusRule", [t for t in range(1, 9) if signs(t)[2] == -signs(t)[0] * signs(t)[1]])


# ---- D.2, D.3 and a certified lower bound on P(n) in the paper's setting ----
def Q(k, m, M, n):
    return ((M + k) ** n - sum(Q(p, k, M, n) for p in range(k))) * comb(m, k)


def D2(n):
    return 1 - F(sum(Q(k, 4, 4, n) for k in range(3)), 8 ** n)


def D3(n, d):
    return 1 - F(sum(Q(k, 2 ** d, 2 ** d, n) for k in range(3)), (2 ** (d + 1)) ** n)


def surjections(n, k):
    return sum((-1) ** j * comb(k, j) * (k - j) ** n for j in range(k + 1))


put("bounds.D2", [D2(n) for n in range(1, 65)])
put("bounds.D3.64", [D3(n, 64) for n in range(1, 65)])
put("bounds.D2.3", D2(3))
# D.3 grows with d, so d = 64 is the largest value in the toolkit's range.
put("bounds.D3.monotoneInD", all(D3(n, d) <= D3(n, d + 1) for n in range(1, 65) for d in range(2, 64)))


def unit_values(t, hidden_free):
    s1, s2, so = signs(t)
    out = set()
    for a, b in product(range(3), range(3)):
        for c in (range(-2, 3) if hidden_free else [0]):
            out.add(tuple(so * relu(s1 * a * x + s2 * b * y + c) for x, y in PM))
    out.discard((0, 0, 0, 0))
    return sorted(out)


def separates(v, output_free):
    if output_free:      # some output bias puts both XOR points above both others
        return max(v[0], v[3]) < min(v[1], v[2])
    return all(l * x > 0 for l, x in zip(XOR_LABELS, v))


for name, hidden_free, output_free in [("zero:free", False, True), ("free:free", True, True), ("free:zero", True, False)]:
    values = {t: unit_values(t, hidden_free) for t in range(1, 9)}
    verified = []
    for size in (2, 3):
        for types in combinations(range(1, 9), size):
            if any(set(v) <= set(types) for v in verified):
                continue
            if any(separates([sum(u[i] for u in combo) for i in range(4)], output_free) for combo in product(*(values[t] for t in types))):
                verified.append(types)
    # P(n) >= P(the set of types present contains a verified set): exact over the 256 type sets.
    good = [s for r in range(9) for s in combinations(range(1, 9), r) if any(set(v) <= set(s) for v in verified)]
    lower = [F(sum(surjections(n, len(s)) for s in good), 8 ** n) for n in range(1, 65)]
    put(f"p.{name}.verified", ["".join(map(str, v)) for v in verified])
    put(f"p.{name}.lower", lower)
    put(f"p.{name}.boundsBelowLower", all(D2(n) <= lower[n - 1] and D3(n, 64) <= lower[n - 1] for n in range(1, 65)))

# ---- Dissertation eq. 3.14-3.16: the gradient with theta(0) = 0 ----
theta = lambda x: 1 if x > 0 else 0


def gradient(a, b):
    ga = 2 * (-b - max(0, -a) - 1) * theta(-a) - 2 * (-b - max(0, a) + 1) * theta(a)   # eq. 3.14
    gb = 4 * b + 2 * max(0, -a) + 2 * max(0, a)                                       # eq. 3.15
    return ga, gb


def loss(a, b):
    return (-1 - (max(-a, 0) + b)) ** 2 + (1 - (max(a, 0) + b)) ** 2                   # eq. 3.13


for a, b in [(2, -1), (-4, 2), (0, 0)]:
    put(f"eq317.gradient.{a}.{b}", gradient(a, b))
    put(f"eq317.loss.{a}.{b}", loss(a, b))
# The a < 0 branch of eq. 3.14-3.15 is (2a - 2b - 2, -2a + 4b): its one zero, by Cramer's rule.
det = 2 * 4 - (-2) * (-2)
put("eq317.branchZero", (F(2 * 4 - (-2) * 0, det), F(2 * 0 - (-2) * 2, det)))
# Critical points with a <= 0 on a grid of halves in [-8, 8]^2 (the a < 0 branch is linear, a = 0 has gb = 4b).
put("eq317.criticalWithANonPositive", [f"({F(a, 2)};{F(b, 2)})" for a in range(-16, 1) for b in range(-16, 17) if gradient(F(a, 2), F(b, 2)) == (0, 0)])

# ---- Dissertation §3.3.1: the case list after eq. 3.11, literally ----
def case_list(i):
    """Cases for w_i as (name, tie) from the paper's items; w1 has its own two."""
    if i == 1:
        return [("w1 = 0", True), ("w1 > 0", False)]
    cases = [("1", True)]
    if i > 2:
        cases.append(("2", False))
    cases += [(f"3,k={k}", True) for k in range(1, i - 1)]
    cases += [(f"4,k={k}", False) for k in range(2, i - 1)]
    cases.append(("5", False))
    return cases


def case_of(w):
    """The paper's case (item name) of each weight of a chamber vector."""
    out = ["w1 = 0" if w[0] == 0 else "w1 > 0"]
    for i in range(2, len(w) + 1):
        wi, prev = w[i - 1], w[i - 2]
        prefix = [sum(w[:k]) for k in range(0, i - 1)]        # S_0 = 0, S_1 = w1, ...
        if wi == prev:
            out.append("1")
        elif i > 2 and prev < wi < prev + w[0]:
            out.append("2")
        elif any(wi == prev + prefix[k] for k in range(1, i - 1)):
            out.append("3,k=%d" % next(k for k in range(1, i - 1) if wi == prev + prefix[k]))
        elif any(prev + prefix[k - 1] < wi < prev + prefix[k] for k in range(2, i - 1)):
            out.append("4,k=%d" % next(k for k in range(2, i - 1) if prev + prefix[k - 1] < wi < prev + prefix[k]))
        else:
            out.append("5")
    return out


def order(w):
    n = len(w)
    sums = [sum(w[k] for k in range(n) if x >> (n - 1 - k) & 1) for x in range(2 ** n)]
    return sorted(range(2 ** n), key=lambda x: (sums[x], x)), len(set(sums)) == len(sums)


n = 5
all_cases = tie_free = 1
for i in range(1, n + 1):
    all_cases *= len(case_list(i))
    tie_free *= sum(1 for _, tie in case_list(i) if not tie)
put("chamber.cases", all_cases)
put("chamber.casesWithoutW1", all_cases // len(case_list(1)))
put("chamber.tieFree", tie_free)
u, v = [F(1), F(4), F(6), F(8), F(30)], [F(1), F(4), F(6), F(19, 2), F(30)]
put("chamber.sameCase", case_of(u) == case_of(v))
put("chamber.ordersDiffer", order(u)[0] != order(v)[0] and order(u)[1] and order(v)[1])

text = "\n".join(lines) + "\n"
if len(sys.argv) == 3 and sys.argv[1] == "--check":
    with open(sys.argv[2]) as f:
        committed = f.read()
    if committed != text:
        sys.exit(f"{sys.argv[2]} differs from a fresh run of {sys.argv[0]}: regenerate it")
    print(f"{sys.argv[2]}: up to date")
else:
    sys.stdout.write(text)
