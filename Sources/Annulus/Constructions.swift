import ExactArithmetic

/// The two width-(n + 1), one-hidden-layer constructions of §4.1 as exact
/// networks, each with the Gram matrix of the metric its input is measured in.
///
/// * Cross-polytope (§4.1.3, "n orthogonal hyperplanes and a final one"):
///   f(x) = 2 − 2·Σᵢ ReLU(xᵢ) − ReLU(1 − Σᵢ xᵢ). Below Σx = 1 this is
///   1 − Σ|xᵢ|; above, it is at most 2 − 2Σx ≤ 0. So {f > 0} is the open
///   regular cross-polytope Σ|xᵢ| < 1, in the Euclidean metric.
/// * Expanded simplex: f(x) = 1 − Σᵢ ReLU(xᵢ) − ReLU(−Σᵢ xᵢ). With
///   x ↦ (x, −Σx) ∈ {y ∈ ℝⁿ⁺¹ : Σy = 0} this is 1 − max_S Σ_{i∈S} yᵢ, so
///   {f > 0} is the convex hull of the roots eᵢ − eⱼ (the uniform expanded
///   n-simplex, eSₙ). The embedding is an isometry for the metric
///   |x|² = Σxᵢ² + (Σxᵢ)², Gram matrix I + 11ᵀ; integer weights keep the
///   network exact (a regular simplex has no rational coordinates in ℝ² at all).
public enum AnnulusConstruction: String, CaseIterable, Sendable {
    case crossPolytope = "regular cross-polytope"
    case expandedSimplex = "uniform expanded simplex"

    /// The exact network for input dimension n ≥ 1.
    public func network(dimension n: Int) throws -> DecisionNet {
        guard n >= 1 else { throw AnnulusError("dimension must be at least 1, got \(n)") }
        let units = (0..<n).map { i in (0..<n).map { Rational($0 == i ? 1 : 0) } }
        let minusSum = [Rational](repeating: -1, count: n)
        let zeros = [Rational](repeating: 0, count: n)
        switch self {
        case .crossPolytope:
            return try DecisionNet(weights: [units + [minusSum], [[Rational](repeating: -2, count: n) + [-1]]],
                                   biases: [zeros + [1], [2]])
        case .expandedSimplex:
            return try DecisionNet(weights: [units + [minusSum], [[Rational](repeating: -1, count: n + 1)]],
                                   biases: [zeros + [0], [1]])
        }
    }

    /// Gram matrix G of the metric |x|² = xᵀGx the construction is measured in.
    public func gram(dimension n: Int) -> [[Rational]] {
        (0..<n).map { i in (0..<n).map { j in
            switch self {
            case .crossPolytope: return Rational(i == j ? 1 : 0)
            case .expandedSimplex: return Rational(i == j ? 2 : 1)
            }
        } }
    }
}

