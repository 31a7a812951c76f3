import ExactArithmetic

/// Balancing one BiLU unit, B(i) = S_λ*(i) (paper 004, Definition 15 and
/// Theorem 26).
public enum NeuronBalancing {
    /// Which equation fixes λ: the consistency equation 10 (R′(λ) = 0, the
    /// minimiser of R, Theorem 26) or the balance equation 9 (Theorem 22).
    public enum Equation: Sendable { case consistency, balance }

    /// λ* of eq. 12 for L_p: (Σ_OUT |w|^p / Σ_IN |w|^p)^(1/2p).
    /// **Edge cases:** a dead unit (all-zero in or out weights, Remark 25)
    /// throws, since λ* would be 0 or ∞.
    public static func lambdaStar(_ net: Network<BigFloat>, unit i: Int, p: Rational) throws -> BigFloat {
        let (a, b) = net.inOutSums(unit: i, try .lp(p))
        guard !a.isZero, !b.isZero else { throw BalanceError("unit \(i) is dead (all-zero incoming or outgoing weights, Remark 25)") }
        return b.divided(by: a).power(BigFloat(Rational(1) / (2 * p), precision: a.precision + 32))
    }

    /// ΔR of eq. 13: (√Σ_IN |w|^p − √Σ_OUT |w|^p)².
    public static func predictedDecrease(_ net: Network<BigFloat>, unit i: Int, p: Rational) throws -> BigFloat {
        let (a, b) = net.inOutSums(unit: i, try .lp(p))
        let d = a.squareRoot() - b.squareRoot()
        return d * d
    }

    /// The unique root of the consistency equation (eq. 10) for a general
    /// additive regularizer, certified: φ(λ) = Σ_k c_k p_k (λ^(p_k) S_IN,k −
    /// λ^(−p_k) S_OUT,k) = λR′(λ) is strictly increasing, so a bracket where
    /// interval arithmetic proves φ < 0 on the left and φ > 0 on the right
    /// encloses it; bisection shrinks the bracket until the sign of φ at the
    /// midpoint can no longer be decided at `precision` bits.
    ///
    /// With `equation: .balance` it solves Theorem 22's balance equation
    /// (eq. 9) instead, Σ_IN g(λw) = Σ_OUT g(w/λ): the same sum without the
    /// factors p_k, also strictly increasing in λ. For one term (L_p) the two
    /// roots coincide; for mixed g they differ (Remark 24).
    /// **Edge cases:** dead units throw.
    public static func certifiedRoot(_ net: Network<BigFloat>, unit i: Int, _ g: AdditiveRegularizer,
                                     precision: Int, equation: Equation = .consistency) throws -> RealInterval {
        guard net.hiddenUnits.contains(i) else { throw BalanceError("unit \(i) is not a hidden unit") }
        let sums: [(BigFloat, BigFloat, Rational, Rational)] = g.terms.map { t in
            let single = try! AdditiveRegularizer.lp(t.exponent)
            let (a, b) = net.inOutSums(unit: i, single)
            return (a, b, equation == .consistency ? t.coefficient * t.exponent : t.coefficient, t.exponent)
        }
        guard sums.contains(where: { !$0.0.isZero }), sums.contains(where: { !$0.1.isZero }) else {
            throw BalanceError("unit \(i) is dead (all-zero incoming or outgoing weights, Remark 25)")
        }
        func phi(_ lambda: BigFloat) -> RealInterval {
            let l = RealInterval(lower: BigFloat(lambda, precision: precision), upper: BigFloat(lambda, precision: precision))
            let logl = l.log()
            var s = RealInterval(0, precision: precision)
            for (a, b, cp, p) in sums {
                let up = (logl * RealInterval(p, precision: precision)).exp()
                let down = (-(logl * RealInterval(p, precision: precision))).exp()
                let ai = RealInterval(lower: a, upper: a), bi = RealInterval(lower: b, upper: b)
                s = s + RealInterval(cp, precision: precision) * (up * ai - down * bi)
            }
            return s
        }
        var lo = BigFloat(1, precision: precision), hi = BigFloat(1, precision: precision)
        var guardSteps = 0
        while !phi(lo).isNegative { lo = lo.scaled(byPowerOfTwo: -1); guardSteps += 1; if guardSteps > 4000 { throw BalanceError("no bracket for λ*") } }
        while !phi(hi).isPositive { hi = hi.scaled(byPowerOfTwo: 1); guardSteps += 1; if guardSteps > 4000 { throw BalanceError("no bracket for λ*") } }
        for _ in 0..<(precision + 64) {
            let mid = lo.adding(hi, precision: precision).scaled(byPowerOfTwo: -1)
            if mid == lo || mid == hi { break }
            let v = phi(mid)
            if v.isPositive { hi = mid } else if v.isNegative { lo = mid } else { break }
        }
        return RealInterval(lower: lo, upper: hi)
    }

    /// Balances unit i for the L_p regularizer in place; returns λ*.
    @discardableResult
    public static func balance(_ net: inout Network<BigFloat>, unit i: Int, p: Rational) throws -> BigFloat {
        let l = try lambdaStar(net, unit: i, p: p)
        try net.scale(unit: i, by: l)
        return l
    }

    /// Balances unit i for a general additive regularizer (midpoint of the
    /// certified root of eq. 10); returns the enclosure of λ*.
    @discardableResult
    public static func balance(_ net: inout Network<BigFloat>, unit i: Int, _ g: AdditiveRegularizer) throws -> RealInterval {
        let precision = net.edges.first?.weight.precision ?? 128
        let r = try certifiedRoot(net, unit: i, g, precision: precision)
        try net.scale(unit: i, by: r.midpoint)
        return r
    }
}
