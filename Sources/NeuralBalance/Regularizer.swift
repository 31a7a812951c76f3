import ExactArithmetic

/// An additive regularizer R(W) = Σ_w g(|w|) with g(t) = Σ_k c_k t^(p_k),
/// c_k > 0, p_k > 0 (paper 004, eq. 7; L_p is one term, Remark 28's
/// αw² + β|w| two). Every such g is continuous, increasing from g(0) = 0 to
/// ∞ and differentiable away from 0, as Theorems 22 and 26 assume.
public struct AdditiveRegularizer: Sendable, CustomStringConvertible {
    public let terms: [(coefficient: Rational, exponent: Rational)]

    /// **Edge cases:** no terms, a coefficient ≤ 0 or an exponent ≤ 0 throw.
    public init(_ terms: [(coefficient: Rational, exponent: Rational)]) throws {
        guard !terms.isEmpty else { throw BalanceError("a regularizer needs at least one term") }
        guard terms.allSatisfy({ $0.coefficient.signum > 0 }) else { throw BalanceError("regularizer coefficients must be positive") }
        guard terms.allSatisfy({ $0.exponent.signum > 0 }) else { throw BalanceError("p must be positive, got \(terms.map(\.exponent))") }
        self.terms = terms
    }

    /// L_p: g(t) = t^p.
    public static func lp(_ p: Rational) throws -> AdditiveRegularizer { try AdditiveRegularizer([(1, p)]) }

    public var description: String { terms.map { "\($0.coefficient)·|w|^\($0.exponent)" }.joined(separator: " + ") }

    /// |w|^p at the precision of w (exact powers for integer p).
    public static func power(_ w: BigFloat, _ p: Rational) -> BigFloat {
        let m = w.magnitude
        if m.isZero { return m }
        if let k = p.exactInt { return m.power(k) }
        return m.power(BigFloat(p, precision: w.precision + 32), precision: w.precision)
    }

    public func value(_ w: BigFloat) -> BigFloat {
        var s = BigFloat(0, precision: w.precision)
        for t in terms { s += Self.power(w, t.exponent) * BigFloat(t.coefficient, precision: w.precision) }
        return s
    }

    /// w·g′(w) = Σ_k c_k p_k |w|^(p_k), the summand of eq. 11.
    public func momentum(_ w: BigFloat) -> BigFloat {
        var s = BigFloat(0, precision: w.precision)
        for t in terms { s += Self.power(w, t.exponent) * BigFloat(t.coefficient * t.exponent, precision: w.precision) }
        return s
    }

    public func total(_ weights: [BigFloat]) -> BigFloat {
        var s = BigFloat(0, precision: weights.first?.precision ?? 64)
        for w in weights { s += value(w) }
        return s
    }
}

extension Network where W == BigFloat {
    /// Σ_{w∈IN(i)} g(w) and Σ_{w∈OUT(i)} g(w).
    public func inOutSums(unit i: Int, _ g: AdditiveRegularizer) -> (incoming: BigFloat, outgoing: BigFloat) {
        let p = edges.first?.weight.precision ?? 64
        var a = BigFloat(0, precision: p), b = BigFloat(0, precision: p)
        for e in incoming[i] { a += g.value(edges[e].weight) }
        for e in outgoing[i] { b += g.value(edges[e].weight) }
        return (a, b)
    }

    public func regularizer(_ g: AdditiveRegularizer) -> BigFloat { g.total(weights) }
}
