"""Paper 002 (dissertation) ch. 3 figures, recomputed without ExactNN."""
from fractions import Fraction
from itertools import permutations
from math import factorial

from oracle_kit import oracle


def npn_class_count(n):
    """Burnside over the NPN group (2^n input negations ⋊ S_n, times output
    negation), acting on the 2^(2^n) functions. A group element fixes
    2^(#cycles on inputs) functions when output is not negated; with output
    negation it fixes 2^(#cycles) functions iff every cycle has even length
    (each cycle must alternate), else none. Brute force over the group."""
    points = range(1 << n)
    total = 0
    for perm in permutations(range(n)):
        for flips in range(1 << n):
            def image(x):
                y = 0
                for i in range(n):
                    if (x >> i) & 1:
                        y |= 1 << perm[i]
                return y ^ flips
            seen, cycles, all_even = set(), 0, True
            for x in points:
                if x in seen:
                    continue
                length, y = 0, x
                while y not in seen:
                    seen.add(y)
                    y = image(y)
                    length += 1
                cycles += 1
                all_even &= length % 2 == 0
            total += 2 ** cycles + (2 ** cycles if all_even else 0)
    group = 2 * (1 << n) * factorial(n)
    assert total % group == 0
    return total // group


@oracle("boolean.npn-class-counts")
def npn_class_counts(figures, quick):
    top = 4 if quick else 5
    out = {f"NPN classes, n = {n}": npn_class_count(n) for n in range(1, top + 1)}
    out["verdict"] = "holds" if [out[f"NPN classes, n = {n}"] for n in range(1, top + 1)] == [2, 4, 14, 222, 616126][:top] else "refuted"
    return out


# ---- §3.3.3, eq. 3.13-3.16: the tiny network v(x) = max(ax, 0) + b ----------

def theta(x):
    return 1 if x > 0 else 0          # eq. 3.16, PyTorch's ReLU'(0) = 0


def line_gradient(a, b):
    ga = 2 * (-b - max(0, -a) - 1) * theta(-a) - 2 * (-b - max(0, a) + 1) * theta(a)   # eq. 3.14
    gb = 4 * b + 2 * max(0, -a) + 2 * max(0, a)                                       # eq. 3.15
    return [ga, gb]


def line_loss(a, b):
    return (-1 - (max(-a, 0) + b)) ** 2 + (1 - (max(a, 0) + b)) ** 2                   # eq. 3.13


@oracle("boolean.eq-3.17-critical-points")
def critical_points(figures, quick):
    out = {}
    for a, b in [(2, -1), (-4, 2), (0, 0)]:
        out[f"∇L at (a, b) = ({a}, {b}) with θ(0) = 0"] = line_gradient(a, b)
        out[f"L at (a, b) = ({a}, {b})"] = line_loss(a, b)
    # For a < 0 eq. 3.14-3.15 read (2a - 2b - 2, -2a + 4b), zero only at (2, 1); at a = 0 they
    # read (0, 4b). So the critical points with a <= 0 are exactly (0, 0), and (-4, 2) is none.
    assert line_gradient(Fraction(-1, 3), Fraction(5, 7)) == [2 * Fraction(-1, 3) - 2 * Fraction(5, 7) - 2, -2 * Fraction(-1, 3) + 4 * Fraction(5, 7)]
    out["verdict"] = "refuted" if line_gradient(-4, 2) != [0, 0] else "holds"
    return out


# ---- §3.3.1, the case list after eq. 3.11 -----------------------------------

def case_list(i):
    """The cases for w_i as (item, tie), read off the paper's items 1-5; w1 has its own two."""
    if i == 1:
        return [("w1 = 0", True), ("w1 > 0", False)]
    cases = [("1", True)] + ([("2", False)] if i > 2 else [])
    cases += [(f"3, k = {k}", True) for k in range(1, i - 1)]
    cases += [(f"4, k = {k}", False) for k in range(2, i - 1)]
    return cases + [("5", False)]


def case_of(w):
    """The item of the list each weight of a chamber vector falls in."""
    out = ["w1 = 0" if w[0] == 0 else "w1 > 0"]
    for i in range(2, len(w) + 1):
        wi, prev = w[i - 1], w[i - 2]
        prefix = [sum(w[:k]) for k in range(i - 1)]          # prefix[k] = w1 + ... + wk
        item = "5"
        if wi == prev:
            item = "1"
        elif i > 2 and prev < wi < prev + w[0]:
            item = "2"
        else:
            for k in range(1, i - 1):
                if wi == prev + prefix[k]:
                    item = f"3, k = {k}"
                elif k >= 2 and prev + prefix[k - 1] < wi < prev + prefix[k]:
                    item = f"4, k = {k}"
        out.append(item)
    return out


def order(w):
    n = len(w)
    sums = [sum(w[k] for k in range(n) if x >> (n - 1 - k) & 1) for x in range(2 ** n)]
    return sorted(range(2 ** n), key=lambda x: (sums[x], x)), len(set(sums)) == len(sums)


@oracle("boolean.chamber-case-count")
def chamber_case_count(figures, quick):
    all_cases = tie_free = 1
    for i in range(1, 6):
        all_cases *= len(case_list(i))
        tie_free *= sum(1 for _, tie in case_list(i) if not tie)
    u = [Fraction(1), Fraction(4), Fraction(6), Fraction(8), Fraction(30)]
    v = [Fraction(1), Fraction(4), Fraction(6), Fraction(19, 2), Fraction(30)]
    out = {
        "cases of the list (n = 5)": all_cases,
        "cases without w₁'s two (n = 5)": all_cases // 2,
        "tie-free cases (n = 5)": tie_free,
        "(1, 4, 6, 8, 30) and (1, 4, 6, 19/2, 30) lie in one case": case_of(u) == case_of(v),
        "(1, 4, 6, 8, 30) and (1, 4, 6, 19/2, 30) induce different tie-free orders": order(u)[1] and order(v)[1] and order(u)[0] != order(v)[0],
        "verdict": "refuted",
    }
    if not quick:
        # Orders of the 32 subset sums of 0 < w1 < ... < w5 in general position: 516 (OEIS A009997,
        # "comparative probability orderings" realised by weights, n = 5), a published count.
        out["tie-free chamber orders (n = 5)"] = 516
    return out
