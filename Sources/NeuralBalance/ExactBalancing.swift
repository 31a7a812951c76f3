import ExactArithmetic

extension Network where W == Rational {
    /// λ* of eq. 12 for p = ½, exact: (Σ_OUT √|w| / Σ_IN √|w|)^(1/(2p)) =
    /// Σ_OUT √|w| / Σ_IN √|w|, which is rational when every |w| at unit i
    /// is the square of a rational (paper 004, Theorem 26).
    ///
    /// **Edge cases:** a weight at the unit that is not a rational square,
    /// a unit that is not hidden, or a dead unit (Remark 25) throws.
    public func exactHalfLambdaStar(unit i: Int) throws -> Rational {
        guard hiddenUnits.contains(i) else { throw BalanceError("unit \(i) is not a hidden unit (\(hiddenUnits))") }
        func rootSum(_ ks: [Int]) throws -> Rational {
            try ks.reduce(Rational(0)) { s, k in
                let m = edges[k].weight.magnitude
                guard m.numerator.isPerfectSquare, m.denominator.isPerfectSquare else {
                    throw BalanceError("weight \(edges[k].weight) at unit \(i) is not a rational square: λ* for p = 1/2 is not rational")
                }
                return s + Rational(m.numerator.squareRootFloor(), m.denominator.squareRootFloor())
            }
        }
        let a = try rootSum(incoming[i]), b = try rootSum(outgoing[i])
        guard !a.isZero, !b.isZero else { throw BalanceError("unit \(i) is dead (all-zero incoming or outgoing weights, Remark 25)") }
        return b / a
    }
}
