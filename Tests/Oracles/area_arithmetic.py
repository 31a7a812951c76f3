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
