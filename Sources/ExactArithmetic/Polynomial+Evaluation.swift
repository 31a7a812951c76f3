extension Polynomial {
    /// The exact value at a rational point (Horner's scheme). 0 for the zero polynomial.
    public func evaluate(at x: Rational) -> Rational {
        var acc = Rational(0)
        for c in coefficients.reversed() {
            acc *= x
            acc += c
        }
        return acc
    }

    /// The sign (−1, 0 or 1) of the exact value at x, computed on the
    /// primitive integer form with one common denominator, so no fraction is
    /// reduced along the way. 0 for the zero polynomial.
    public func sign(at x: Rational) -> Int {
        guard !isZero else { return 0 }
        let (content, integer) = primitiveIntegerForm
        return content.signum * IntegerPolynomial.sign(of: integer, at: x)
    }

    /// The value at x rounded to nearest at `precision` bits (default: x's
    /// precision). Each Horner step rounds, so this is an approximation;
    /// use ``evaluate(at:)-(RealInterval)`` for a certified enclosure.
    public func evaluate(at x: BigFloat, precision: Int? = nil) -> BigFloat {
        let p = precision ?? x.precision
        var acc = BigFloat(precision: p)
        for c in coefficients.reversed() {
            acc = acc.multiplied(by: x, precision: p).adding(BigFloat(c, precision: p), precision: p)
        }
        return acc
    }

    /// A certified enclosure of {p(t) : t ∈ x}: interval Horner with
    /// outward rounding. It contains every value exactly; it may be wider
    /// than the true range (the usual dependency effect of intervals).
    ///
    /// **Edge cases:** the zero polynomial gives [0, 0]; an infinite input
    /// end gives an infinite (or NaN) output end — check ``RealInterval/isFinite``.
    public func evaluate(at x: RealInterval) -> RealInterval {
        let p = x.precision
        var acc = RealInterval(0, precision: p)
        for c in coefficients.reversed() { acc = acc * x + RealInterval(c, precision: p) }
        return acc
    }
}
