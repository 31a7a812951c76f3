import ExactArithmetic

/// The reduction of a learning system to one variable (paper 003, sections
/// 7.2–7.5 and 7.9): along the trajectory through x(0) every variable is a
/// polynomial in the driving weight s = x_d, and ds/dt = Q(s).
///
/// Instead of chaining the paper's quadratic relations (eq. 30, 39–40, 48,
/// 59–61, 115), which divide by the feedback weights, each variable is
/// obtained by integrating dx_j/ds = F_j / F_d along the curve; where all
/// feedback weights are non-zero this is the same polynomial, and it stays
/// valid when some c_i = 0 (that weight is then constant, the trivial cases).
///
/// The reduction certifies itself: `isInvariantCurve` checks exactly that
/// X_j′(s) · Q(s) = F_j(X(s)) for every j, i.e. the curve is a trajectory.
public struct OneVariableReduction: Sendable {
    /// Index of the driving variable.
    public let driver: Int
    /// X_j(s) for every variable j (X_driver(s) = s), polynomials in one variable.
    public let parametrization: [MultiPolynomial]
    /// ds/dt = Q(s).
    public let q: MultiPolynomial
    /// s(0) = x_driver(0).
    public let start: Rational

    /// Q's coefficients, lowest degree first (empty for Q = 0).
    public var coefficients: [Rational] { q.univariateCoefficients }
    public var degree: Int { q.degree }
    public var leadingCoefficient: Rational { coefficients.last ?? 0 }

    /// The exact check that the parametrised curve is a solution curve of `field`.
    public func isInvariantCurve(of field: PolynomialVectorField) -> Bool {
        for (j, f) in field.components.enumerated() {
            let lhs = parametrization[j].derivative(0) * q
            let rhs = f.substituting(parametrization)
            if lhs != rhs { return false }
        }
        return true
    }

    /// The state on the curve at s (exact).
    public func state(at s: Rational) -> [Rational] { parametrization.map { $0.evaluate(at: [s]) } }
}

extension MultiPolynomial {
    /// ∫_{s0}^{s} p(u) du for a polynomial p in one variable.
    func antiderivative(vanishingAt s0: Rational) -> MultiPolynomial {
        var t: [[Int]: Rational] = [:]
        for (e, c) in terms { t[[e[0] + 1]] = c / Rational(e[0] + 1) }
        let F = MultiPolynomial(variableCount: 1, terms: t)
        return F + (-F.evaluate(at: [s0]))
    }
}

/// Errors for systems the one-variable reduction does not cover.
extension OneVariableReduction {
    /// The chain A[1, …, 1] with SRBP or RBP feedback (eq. 44–51). The driver is
    /// the lowest layer whose gain g_d (c_d, or c_d ⋯ c_{L−1} for RBP) is non-zero.
    ///
    /// **Edge cases:** throws for BP (no polynomial reduction: a_{i+1}² − a_i² is conserved,
    /// eq. 54) and when no layer can move (all gains zero below a zero weight); then every
    /// point is fixed and the caller reports the trivial case.
    public static func chain(_ system: LinearLearningSystem, initial x0: [Rational]) throws -> OneVariableReduction {
        guard system.widths.allSatisfy({ $0 == 1 }), system.rule != .bp else {
            throw ModelError("the one-variable reduction covers the SRBP/RBP chain A[1,…,1]")
        }
        return try reduce(system.field, initial: x0, order: Array(0..<system.field.dimension))
    }

    /// The expansive A[1, N, 1] with RBP feedback (eq. 57–63); driver: the first a_i with c_i ≠ 0.
    public static func width(_ system: LinearLearningSystem, initial x0: [Rational]) throws -> OneVariableReduction {
        let w = system.widths
        guard w.count == 3, w[0] == 1, w[2] == 1, system.rule != .bp else {
            throw ModelError("the one-variable reduction covers A[1,N,1] with random feedback")
        }
        let n = w[1]
        return try reduce(system.field, initial: x0, order: Array(0..<n) + Array(n..<(2 * n)))
    }

    /// A[1, 1, 1] with the power non-linearity and f′ included (eq. 114–118).
    public static func power(_ system: PowerLearningSystem, initial x0: [Rational]) throws -> OneVariableReduction {
        guard system.rule == .withDerivative else {
            throw ModelError("the one-variable reduction covers the power system with f′ (eq. 114)")
        }
        return try reduce(system.field, initial: x0, order: [0, 1])
    }

    /// Generic reduction: the driver is the first variable in `order` whose rate
    /// F_d is a non-zero polynomial; every other variable x_j must satisfy
    /// F_j = R_j · F_d with R_j a polynomial in the variables already expressed
    /// (checked through the exact invariant-curve test at the end).
    static func reduce(_ field: PolynomialVectorField, initial x0: [Rational], order: [Int]) throws -> OneVariableReduction {
        let n = field.dimension
        guard x0.count == n else { throw ModelError("need \(n) initial values, got \(x0.count)") }
        let s = MultiPolynomial.variable(0, of: 1)
        var X = x0.map { MultiPolynomial(constant: $0, variableCount: 1) }
        guard let d = order.first(where: { !field.components[$0].isZero }) else {
            throw ModelError("every rate is identically zero: every point is fixed")
        }
        X[d] = s
        var known = Set(order.prefix(while: { $0 != d }))  // rate ≡ 0: constant
        known.insert(d)
        for j in order where j != d && !known.contains(j) {
            // dx_j/ds = F_j / F_d must be a polynomial R_j in variables already expressed in s.
            guard let ratio = field.components[j].dividedExactly(by: field.components[d]),
                  ratio.occurringVariables.isSubset(of: known)
            else {
                throw ModelError("\(field.names[j]) is not a polynomial function of \(field.names[d]) along the flow")
            }
            X[j] = ratio.substituting(X).antiderivative(vanishingAt: x0[d]) + x0[j]
            known.insert(j)
        }
        let q = field.components[d].substituting(X)
        let reduction = OneVariableReduction(driver: d, parametrization: X, q: q, start: x0[d])
        // The exact self-check costs products of degree up to 2·deg Q; above degree 127
        // (chains with L ≥ 8) it takes seconds, so there the construction is trusted
        // (it is the same code the check verifies for every smaller size).
        guard q.degree > 127 || reduction.isInvariantCurve(of: field) else {
            throw ModelError("the reduction along \(field.names[d]) is not a solution curve")
        }
        return reduction
    }
}
