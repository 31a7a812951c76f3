import ExactArithmetic

/// Weights of one perceptron (a single threshold unit) on {0,1}ⁿ, in the
/// convention of the dissertation's eq. 2.5–2.6 (§2.1.2): it outputs 0
/// where w·x + b ≥ 0 and 1 where w·x + b < 0.
public struct PerceptronWeights: Hashable, Sendable {
    public let w: [Rational]
    public let b: Rational

    /// The perceptron's output at the input whose lexicographic position is
    /// `position` (x₁ the most significant bit).
    public func output(atPosition position: Int) -> Bool {
        let n = w.count
        var s = b
        for k in 0..<n where position >> (n - 1 - k) & 1 == 1 { s += w[k] }
        return s.signum < 0
    }
}

/// One perceptron computing f, decided exactly by the rational LP in the
/// unknowns (w, b): one constraint per input, strict where f = 1. `nil`
/// when f is not linearly separable (Theorem 2.1.2: XOR).
///
/// **Edge cases:** n > 10 throws (2ⁿ constraints); constant functions are
/// separable (w = 0, b of the right sign).
public func perceptronWeights(for f: TruthTable) throws -> PerceptronWeights? {
    let n = f.variables
    guard n <= 10 else { throw BooleanError("perceptron separability takes n ≤ 10 (2ⁿ LP rows), got n = \(n)") }
    let rows = (0..<f.size).map { x in
        let coefficients = (0..<n).map { Rational(x >> (n - 1 - $0) & 1) } + [Rational(1)]
        return LinearConstraint(coefficients, f[x] ? .lessThan : .greaterOrEqual, 0)
    }
    guard case .feasible(let v) = LinearProgram.feasibility(rows, variables: n + 1) else { return nil }
    return PerceptronWeights(w: Array(v.prefix(n)), b: v[n])
}
