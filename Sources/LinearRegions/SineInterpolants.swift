import ExactArithmetic

/// Dissertation §5.3 (Fig. 5.4, eq. 5.16): sine on [−π, π] interpolated by
/// k lines through its values at uniformly spaced points, and the mean
/// squared error (1/2π)∫(sin − L)², certified with MPFR intervals.
///
/// Per piece [a, a + h] with s = sin, c = cos at the ends 0, 1:
/// ∫ sin·L = s₀(c₀ − c₁) + (s₁ − s₀)(s₁ − s₀ − h·c₁)/h and
/// ∫ L² = h(s₀² + s₀s₁ + s₁²)/3, while ∫ sin² over [−π, π] is π, so
/// MSE = (π − 2Σ∫ sin·L + Σ∫ L²)/(2π). sin and cos of each knot come from
/// their Taylor series with the remainder bound added to both ends.
public enum SineInterpolants {
    static func pi(_ precision: Int) -> RealInterval {
        RealInterval(lower: BigFloat.pi(precision: precision, rounding: .down), upper: BigFloat.pi(precision: precision, rounding: .up))
    }

    /// Enclosures of sin x and cos x for |x| ≤ 4.
    static func sinCos(_ x: RealInterval, precision p: Int) -> (sin: RealInterval, cos: RealInterval) {
        let terms = 80
        let minusSquare = -(x * x)
        var sinTerm = x, cosTerm = RealInterval(1, precision: p)
        var s = x, c = cosTerm
        for n in 1..<terms {
            sinTerm = sinTerm * minusSquare / RealInterval(Rational((2 * n) * (2 * n + 1)), precision: p)
            cosTerm = cosTerm * minusSquare / RealInterval(Rational((2 * n - 1) * (2 * n)), precision: p)
            s = s + sinTerm
            c = c + cosTerm
        }
        // Alternating tails after `terms` terms are below 4^(2·terms)/(2·terms)!.
        var bound = Rational(1)
        for k in 1...(2 * terms) { bound = bound * Rational(4, k) }
        let tail = RealInterval(lower: BigFloat(-bound, precision: p, rounding: .down), upper: BigFloat(bound, precision: p, rounding: .up))
        return (s + tail, c + tail)
    }

    /// The certified MSE of the k-line interpolant.
    public static func meanSquaredError(lines k: Int, precision p: Int = 256) -> RealInterval {
        precondition(k >= 1)
        let pi = pi(p), h = pi * RealInterval(Rational(2, k), precision: p)
        let knots = (0...k).map { i in sinCos(pi * RealInterval(Rational(2 * i - k, k), precision: p), precision: p) }
        var sinL = RealInterval(0, precision: p), l2 = RealInterval(0, precision: p)
        for i in 0..<k {
            let (s0, c0) = knots[i], (s1, c1) = knots[i + 1]
            let ds = s1 - s0
            sinL = sinL + s0 * (c0 - c1) + ds * (ds - h * c1) / h
            l2 = l2 + h * (s0 * s0 + s0 * s1 + s1 * s1) / RealInterval(3, precision: p)
        }
        return (pi - RealInterval(2, precision: p) * sinL + l2) / (RealInterval(2, precision: p) * pi)
    }

    /// 3/4 − 27/(4π²), the closed form of the 3-line MSE, as an enclosure.
    public static func threeLineClosedForm(precision p: Int = 256) -> RealInterval {
        let pi = pi(p)
        return RealInterval(Rational(3, 4), precision: p) - RealInterval(Rational(27, 4), precision: p) / (pi * pi)
    }
}
