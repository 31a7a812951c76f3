"""ExactNN's arithmetic self-checks, recomputed with Python fractions and mpmath."""
from fractions import Fraction

import mpmath

from oracle_kit import Certified, oracle


def is_prime(n):
    return n >= 2 and all(n % d for d in range(2, int(n ** 0.5) + 1))


@oracle("arithmetic.wolstenholme")
def wolstenholme(figures, quick):
    limit = 200 if quick else 600
    h, exceptions, primes = Fraction(0), [], 0
    for n in range(2, limit + 1):
        h += Fraction(1, n - 1)          # h = H(n - 1)
        if n >= 5:
            primes += is_prime(n)
            if (h.numerator % (n * n) == 0) != is_prime(n):
                exceptions.append(n)
    h += Fraction(1, limit)              # H(N)
    return {
        "N": limit,
        "primes p in 5…N": primes,
        "exceptions n in 5…N": exceptions,
        "decimal digits of the denominator of H(N)": len(str(h.denominator)),
        "verdict": "holds" if not exceptions else "refuted",
    }


@oracle("arithmetic.machin-pi")
def machin_pi(figures, quick):
    mpmath.mp.dps = 200
    return {"π from the Machin enclosure, 138 decimals": Certified(mpmath.pi), "verdict": "holds"}


@oracle("arithmetic.root-isolation")
def root_isolation(figures, quick):
    """The written-out witness (x − 1/3)(x + 2)((x − 1)² − 2)((x + 1/2)² + 1): SymPy's own real-root isolation."""
    import sympy as sp
    x = sp.symbols("x")
    p = (x - sp.Rational(1, 3)) * (x + 2) * ((x - 1) ** 2 - 2) * ((x + sp.Rational(1, 2)) ** 2 + 1)
    roots = sp.real_roots(sp.Poly(sp.expand(p), x))
    mpmath.mp.dps = 60
    out = {"root_count(witness)": len(roots)}
    for k, r in enumerate(roots):
        out[f"root_{k + 1}(witness)"] = Fraction(int(r.p), int(r.q)) if r.is_Rational else Certified(mpmath.mpf(str(sp.N(r, 60))))
    out["verdict"] = "holds"
    return out
