import ExactArithmetic

/// A[1, 1, 1] with the power non-linearity O¹ = (S¹)^μ in the hidden layer
/// and a linear output (paper 003, section 7.9), so O = a_2 (a_1 I)^μ.
///
/// Re-derived from the on-line rules (the OCR of eq. 113 prints β = E(μI²);
/// the derivation gives β = E(I^{2μ})):
/// * top layer, every rule: da_2/dt = a_1^μ (α − β a_2 a_1^μ), α = E(T I^μ), β = E(I^{2μ});
/// * RBP without f′ (eq. 113): da_1/dt = c_1 (γ − δ a_2 a_1^μ), γ = E(T I), δ = E(I^{μ+1});
/// * RBP with f′ (eq. 114): da_1/dt = c_1 μ a_1^{μ−1} (α − β a_2 a_1^μ);
/// * gradient descent (eq. 119): da_1/dt = a_2 μ a_1^{μ−1} (α − β a_2 a_1^μ).
///
/// Only integer μ ≥ 0 gives a polynomial field; that is what is built here.
public enum PowerRule: String, Sendable, CaseIterable {
    case withDerivative, withoutDerivative, gradient
}

public struct PowerLearningSystem: Sendable {
    public let mu: Int
    public let rule: PowerRule
    public let field: PolynomialVectorField

    /// **Edge cases:** μ must be in 0…32 (μ = 0 makes a_1 inert: f′ = 0, or
    /// no coupling to the output); `gamma`/`delta` are required only without f′.
    public init(mu: Int, rule: PowerRule, alpha: Rational, beta: Rational, c1: Rational,
                gamma: Rational = 0, delta: Rational = 0) throws {
        guard (0...32).contains(mu) else { throw ModelError("--mu must be an integer in 0...32, got \(mu)") }
        let a1 = MultiPolynomial.variable(0, of: 2), a2 = MultiPolynomial.variable(1, of: 2)
        let one = MultiPolynomial(constant: 1, variableCount: 2)
        let a1mu = a1.power(mu)
        let product: MultiPolynomial = a2 * a1mu
        let residual: MultiPolynomial = alpha * one - beta * product  // α − β a2 a1^μ
        let da2 = a1mu * residual
        var da1 = MultiPolynomial(variableCount: 2)
        switch rule {
        case .withoutDerivative:
            let inner: MultiPolynomial = gamma * one - delta * product
            da1 = c1 * inner
        case .withDerivative where mu > 0:
            let lower: MultiPolynomial = a1.power(mu - 1) * residual
            da1 = (c1 * Rational(mu)) * lower
        case .gradient where mu > 0:
            let lower: MultiPolynomial = a2 * a1.power(mu - 1) * residual
            da1 = Rational(mu) * lower
        default: break  // μ = 0: f′ ≡ 0, the first layer does not learn
        }
        self.mu = mu
        self.rule = rule
        field = PolynomialVectorField(names: ["a1", "a2"], components: [da1, da2])
    }
}
