import ExactArithmetic

/// An autonomous polynomial ODE dx/dt = F(x) with exact rational coefficients.
///
/// **Edge cases:** a field with no variables is rejected by the builders;
/// the zero field is allowed (every point is a fixed point).
public struct PolynomialVectorField: Sendable {
    /// Variable names, in the papers' notation (a1, b2, A1[1,2], …).
    public let names: [String]
    public let components: [MultiPolynomial]

    public init(names: [String], components: [MultiPolynomial]) {
        precondition(names.count == components.count && components.allSatisfy { $0.variableCount == names.count })
        self.names = names
        self.components = components
    }

    public var dimension: Int { names.count }

    /// dh/dt along the flow: Σ_i ∂h/∂x_i · F_i. A conserved quantity has the zero polynomial here.
    public func lieDerivative(of h: MultiPolynomial) -> MultiPolynomial {
        var sum = MultiPolynomial(variableCount: dimension)
        for i in 0..<dimension { sum = sum + h.derivative(i) * components[i] }
        return sum
    }

    /// J[i][j] = ∂F_i/∂x_j.
    public var jacobian: [[MultiPolynomial]] {
        components.map { f in (0..<dimension).map { f.derivative($0) } }
    }

    public func evaluate(at x: [Rational]) -> [Rational] { components.map { $0.evaluate(at: x) } }
    public func evaluate(at x: [BigFloat], precision: Int) -> [BigFloat] {
        components.map { $0.evaluate(at: x, precision: precision) }
    }

    /// The variable x_i as a polynomial of this field's ring.
    public func variable(_ i: Int) -> MultiPolynomial { .variable(i, of: dimension) }
    /// The variable with the given name.
    public func variable(named name: String) -> MultiPolynomial {
        guard let i = names.firstIndex(of: name) else { preconditionFailure("no variable \(name)") }
        return variable(i)
    }
    public func constant(_ q: Rational) -> MultiPolynomial { MultiPolynomial(constant: q, variableCount: dimension) }
}
