import ExactArithmetic

/// Everything `exactnn rbp` prints for one trajectory: the exact reduction,
/// the certified fixed points with Theorem 1's prediction, and (optionally)
/// the integration of the full system that confirms it.
public struct TrajectoryAnalysis: Sendable {
    public let field: PolynomialVectorField
    public let initial: [Rational]
    public let fixedPoints: FixedPointAnalysis
    public let integration: IntegrationCheck?

    /// **Edge cases:** `digits` outside 1…1000 throws; a Q ≡ 0 (trivial case) is reported as stationary.
    public init(field: PolynomialVectorField, reduction: OneVariableReduction, initial: [Rational],
                digits: Int, integrate: Bool) throws {
        guard (1...1000).contains(digits) else { throw ModelError("digits must be in 1...1000, got \(digits)") }
        self.field = field
        self.initial = initial
        fixedPoints = try FixedPointAnalysis(reduction, digits: digits)
        integration = integrate ? IntegrationCheck(field: field, from: initial, limit: fixedPoints.limit, digits: digits) : nil
    }

    /// Theorem 1's prediction in words.
    public var predictionText: String {
        let name = field.names[fixedPoints.reduction.driver]
        switch fixedPoints.prediction {
        case .stationary: return "Q ≡ 0 along the trajectory: nothing moves (trivial case)"
        case .atRoot(let i): return "\(name)(0) is root #\(i + 1): the solution is constant"
        case .converges(let i): return "\(name)(t) → root #\(i + 1) (\(fixedPoints.stability[i].rawValue))"
        case .blowUp(let d): return "\(name)(t) → \(d > 0 ? "+" : "−")∞ in finite time"
        }
    }
}
