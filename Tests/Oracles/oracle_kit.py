"""Registry and exact comparison for the oracle modules (area_*.py)."""
from fractions import Fraction

REGISTRY = {}


def oracle(claim_id):
    """Registers f(figures, quick) -> {figure name: expected value} for a claim.

    Expected values: int, Fraction, bool, str, a list of those, or
    Certified(x, ...) for a certified decimal. The key "verdict" checks the
    verdict the run reached.
    """
    def register(f):
        if claim_id in REGISTRY:
            raise ValueError(f"two oracles for {claim_id}")
        REGISTRY[claim_id] = f
        return f
    return register


class Certified:
    """A real known to high precision (an mpmath mpf or a Fraction): the
    claim's decimal must be within one unit of its last printed digit."""

    def __init__(self, value):
        self.value = value


def exact_text(v):
    if isinstance(v, bool):
        return "yes" if v else "no"
    if isinstance(v, Fraction):
        return str(v.numerator) if v.denominator == 1 else f"{v.numerator}/{v.denominator}"
    if isinstance(v, (list, tuple)):
        return "[" + ", ".join(exact_text(x) for x in v) + "]"
    return str(v)


def compare(got, expected):
    """None when the exported text `got` equals `expected`, else a message.
    `got` is a certificate's text or a JSON value (a JSON flag arrives as a bool)."""
    got = ("true" if got else "false") if isinstance(got, bool) else str(got)
    if isinstance(expected, Certified):
        import mpmath
        mpmath.mp.dps = max(50, len(got) + 20)
        digits = got.lstrip("-").replace(".", "").lstrip("0")
        if not re.fullmatch(r"-?\d+(\.\d+)?", got):
            return f"'{got}' is not a decimal"
        decimals = len(got.split(".")[1]) if "." in got else 0
        x = mpmath.mpf(expected.value.numerator) / expected.value.denominator if isinstance(expected.value, Fraction) else mpmath.mpf(expected.value)
        if abs(mpmath.mpf(got) - x) >= mpmath.mpf(10) ** (-decimals):
            return f"{got} is not within one unit of its last digit of {mpmath.nstr(x, decimals + 5)}"
        return None
    if isinstance(expected, bool):
        return None if got in (("yes", "true") if expected else ("no", "false")) else f"{got} ≠ {exact_text(expected)}"
    want = exact_text(expected)
    return None if got == want else f"{got} ≠ {want}"


import re  # noqa: E402  (used by compare)
