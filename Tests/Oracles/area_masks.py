"""Dissertation §2.1.2, Theorems 2.1.1 and 2.1.3, by closed forms and
Farkas certificates instead of ExactNN's LP."""
from math import comb

from oracle_kit import oracle


@oracle("boolean.theorem-2.1.1")
def group_invariance(figures, quick):
    # Under all permutations, tied weights depend only on |S|, so the sum is
    # Σ_k c_k·C(m, k), any polynomial of degree ≤ k in m = |x|. A symmetric F
    # is its sign vector over m = 0…R; a degree-k polynomial realises exactly
    # the vectors with at most k sign changes: 2·Σ_{j≤k} C(R, j) of them.
    top = 4 if quick else 5
    out = {"verdict": "holds"}
    for r in range(2, top + 1):
        out[f"symmetric functions representable, R = {r}, k = 1…R"] = [
            2 * sum(comb(r, j) for j in range(k + 1)) for k in range(1, r + 1)]
    return out


def subsets(s):
    """Every subset of the bit set s, as integers."""
    t = s
    while True:
        yield t
        if t == 0:
            return
        t = (t - 1) & s


def indispensable(r, label):
    """Masks S whose removal leaves no weights, each proved by the certificate
    c_x = (−1)^{|S|−|x|} on the subcube x ⊆ S: Σ_x c_x ψ_T(x) = [T = S], so
    without S the c-weighted sum of the margins is 0, while the labels force
    every term c_x·(w·ψ(x)) to one sign and some strictly."""
    found = []
    for s in range(1 << r):
        cube = list(subsets(s))
        sign = lambda x: (-1) ** (bin(s).count("1") - bin(x).count("1"))
        identity = all(sum(sign(x) for x in cube if t & x == t) == (1 if t == s else 0) for t in range(1 << r))
        # Term sign: c_x times +1 where F(x) = 1 (margin ≥ 0), −1 where F(x) = 0 (margin < 0, strict).
        terms = {sign(x) * (1 if label(x) else -1) for x in cube}
        strict = any(not label(x) for x in cube)
        if identity and len(terms) == 1 and strict:
            found.append(s)
    return found


def representable_with_all(r, label):
    """Möbius inversion: the target ±1 values have unique mask weights."""
    g = {x: (1 if label(x) else -1) for x in range(1 << r)}
    w = {s: sum((-1) ** (bin(s).count("1") - bin(t).count("1")) * g[t] for t in subsets(s)) for s in range(1 << r)}
    return all((sum(w[s] for s in subsets(x)) >= 0) == label(x) for x in range(1 << r))


@oracle("boolean.theorem-2.1.3")
def parity_needs_all_masks(figures, quick):
    top = 4 if quick else 5
    out = {"verdict": "holds"}
    for r in range(1, top + 1):
        for name, odd in (("odd", True), ("even", False)):
            label = lambda x, odd=odd: (bin(x).count("1") % 2 == 1) == odd
            assert representable_with_all(r, label)
            needed = indispensable(r, label)
            if not odd:
                # ψ_∅ is dispensable: the target with value 0 at x = 0 has w_∅ = 0.
                assert 0 not in needed
            out[f"masks indispensable for {name} parity, R = {r}"] = len(needed)
    return out
