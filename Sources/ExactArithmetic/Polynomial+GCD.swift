extension Polynomial {
    /// The monic greatest common divisor (Euclid over ℚ, each remainder
    /// made monic to keep the fractions small).
    ///
    /// **Edge cases:** gcd(0, 0) = 0; gcd(p, 0) = monic(p).
    public static func gcd(_ a: Polynomial, _ b: Polynomial) -> Polynomial {
        var u = a.monic, v = b.monic
        while !v.isZero {
            let r = u.divided(by: v)!.remainder
            u = v
            v = r.monic
        }
        return u
    }

    /// The product of the distinct monic irreducible factors, times the
    /// leading coefficient: self / gcd(self, self′). It has the same roots,
    /// each simple.
    ///
    /// **Edge cases:** zero and constants are returned unchanged.
    public var squareFreePart: Polynomial {
        guard degree >= 1 else { return self }
        let g = Polynomial.gcd(self, derivative)
        return g.degree == 0 ? self : divided(by: g)!.quotient
    }

    /// Whether no irreducible factor is repeated (gcd(self, self′) constant).
    /// Decided modulo a few word-size primes first; the exact gcd is only
    /// computed when every prime is inconclusive.
    ///
    /// **Edge cases:** zero is not square-free; non-zero constants are.
    public var isSquareFree: Bool {
        guard degree >= 1 else { return !isZero }
        if IntegerPolynomial.isSquareFreeModularly(primitiveIntegerForm.integers) { return true }
        return Polynomial.gcd(self, derivative).degree == 0
    }

    /// self = content · Σ integers[i]·xⁱ with coprime integers and a
    /// positive leading integer: the primitive part and the signed content.
    ///
    /// **Edge cases:** the zero polynomial gives (0, []).
    public var primitiveIntegerForm: (content: Rational, integers: [BigInt]) {
        guard !isZero else { return (Rational(0), []) }
        var den = BigInt(1)
        for c in coefficients where !c.isZero { den = BigInt.lcm(den, c.denominator) }
        var ints = coefficients.map { ($0.numerator * den).exactlyDivided(by: $0.denominator) }
        var g = BigInt(0)
        for n in ints where !n.isZero { g = BigInt.gcd(g, n) }
        if ints.last!.isNegative { g = -g }
        ints = ints.map { $0.exactlyDivided(by: g) }
        return (Rational(g, den), ints)
    }
}
