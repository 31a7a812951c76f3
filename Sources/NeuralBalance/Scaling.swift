import ExactArithmetic

extension Network {
    /// S_λ(i) (paper 004, Definition 12): incoming weights of hidden unit i
    /// (its bias included) times λ, outgoing weights divided by λ^c (c = 1
    /// for BiLU units, the unit's exponent for BiPU units, §B.5.2). A
    /// self-loop is both. Exact when W is `Rational`.
    /// **Edge cases:** λ ≤ 0 or a unit that is not hidden throws.
    public mutating func scale(unit i: Int, by lambda: W) throws {
        guard hiddenUnits.contains(i) else { throw BalanceError("unit \(i) is not a hidden unit (\(hiddenUnits))") }
        guard lambda.signum > 0 else { throw BalanceError("the scaling factor λ must be positive") }
        var divisor = lambda
        for _ in 1..<max(1, activations[i].exponent) { divisor = divisor * lambda }
        for e in incoming[i] { edges[e].weight = edges[e].weight * lambda }
        for e in outgoing[i] { edges[e].weight = edges[e].weight / divisor }
    }

    /// Coordinated scaling S_λ(I) (Definition 14): every unit of I by the same λ.
    public mutating func scale(units: [Int], by lambda: W) throws {
        for i in units { try scale(unit: i, by: lambda) }
    }
}
