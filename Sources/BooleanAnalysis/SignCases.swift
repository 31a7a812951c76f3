import ExactArithmetic

/// The activation cases of the XOR network of eq. 3.24 (dissertation
/// §3.3.3): hidden node k is active at x = 0, −1, 1 when b_k, b_k − w_k,
/// b_k + w_k are positive. Its flow (the 7-variable system after eq. 3.25)
/// is one polynomial system per pattern of these six signs.
///
/// Reading: "sign" is the two-way split > 0 / ≤ 0 that θ and max(0, ·)
/// make, so there are 2⁶ = 64 patterns.
public enum XorSignCases {
    /// A pattern: for node 1 then node 2, whether b, b + w, b − w are > 0.
    public typealias Pattern = [Bool]

    /// The quantities b_k, b_k + w_k, b_k − w_k as coefficient rows over (w₁, b₁, w₂, b₂).
    static let rows: [[Rational]] = [
        [0, 1, 0, 0], [1, 1, 0, 0], [-1, 1, 0, 0],
        [0, 0, 0, 1], [0, 0, 1, 1], [0, 0, -1, 1],
    ]

    /// All 64 patterns, each with a rational witness (w₁, b₁, w₂, b₂) when
    /// some parameters realise it, decided exactly by the rational LP.
    public static func realizability() -> [(pattern: Pattern, witness: [Rational]?)] {
        (0..<64).map { m in
            let pattern = (0..<6).map { m >> (5 - $0) & 1 == 1 }
            let constraints = zip(rows, pattern).map { LinearConstraint($0, $1 ? .greaterThan : .lessOrEqual, 0) }
            if case .feasible(let v) = LinearProgram.feasibility(constraints, variables: 4) { return (pattern, v) }
            return (pattern, nil)
        }
    }

    /// The pattern that the parameters (w₁, b₁, w₂, b₂) fall in.
    public static func pattern(_ p: [Rational]) -> Pattern {
        rows.map { r in zip(r, p).reduce(Rational(0)) { $0 + $1.0 * $1.1 }.signum > 0 }
    }
}
