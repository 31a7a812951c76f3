import ClaimKit
import ExactArithmetic

/// The fixed points of the power-unit systems without f′ (eq. 113) and under
/// gradient descent (eq. 119), paper 003, §7.9, decided exactly.
extension PowerClaims {
    /// Eq. 113: with γ ≠ 0 and αδ ≠ βγ the field has no zero, even over ℂ: with
    /// u = a2a1^μ, F1 = c1(γ − δu), F2 = a1^μ(α − βu), the polynomials
    /// A = (1/γ)(1/c1 − βδu/((αδ − βγ)c1)) and B = δ²a2/(γ(αδ − βγ)) give
    /// A·F1 + B·F2 = 1 (re-derived by eliminating u). When α/β = γ/δ the
    /// curve a2a1^μ = α/β is fixed.
    static func equation113(_ context: CheckContext) throws -> Finding {
        var g = InstanceGenerator(seed: context.seed &+ 14)
        let maxMu = context.quick ? 3 : 8, perMu = context.quick ? 2 : 6
        var certified = 0, curves = 0, failures: [String] = []
        for mu in 1...maxMu {
            for _ in 0..<perMu {
                let alpha = g.nonZero(6), beta = g.nonZero(6), gamma = g.nonZero(6), c1 = g.nonZero(6)
                var delta = g.nonZero(6)
                while alpha * delta == beta * gamma { delta = g.nonZero(6) }
                let s = try PowerLearningSystem(mu: mu, rule: .withoutDerivative, alpha: alpha, beta: beta, c1: c1, gamma: gamma, delta: delta)
                let u = s.field.variable(1) * s.field.variable(0).power(mu), d = alpha * delta - beta * gamma
                let a = (1 / gamma) * (s.field.constant(1 / c1) - (beta * delta / (d * c1)) * u)
                let b = (delta * delta / (gamma * d)) * s.field.variable(1)
                let combination = a * s.field.components[0] + b * s.field.components[1]
                certified += 1
                if combination != s.field.constant(1) { failures.append("μ = \(mu): A·F1 + B·F2 = \(combination)") }
                // Equal ratios: γ = αδ/β puts the whole curve a2 = (α/β)/a1^μ at rest (points a1 = 1, 2).
                let equal = try PowerLearningSystem(mu: mu, rule: .withoutDerivative, alpha: alpha, beta: beta, c1: c1,
                                                    gamma: alpha * delta / beta, delta: delta)
                for a1 in [Rational(1), Rational(2)] {
                    let point = [a1, alpha / beta / a1.power(mu)!]
                    if !equal.field.evaluate(at: point).allSatisfy(\.isZero) { failures.append("μ = \(mu): curve point \(point) moves") }
                }
                curves += 1
            }
        }
        // Witness μ = 2, α = 1, β = 2, γ = 3, δ = 1, c1 = 1: the certificate's value (the oracle asks for a Gröbner basis).
        let w = try PowerLearningSystem(mu: 2, rule: .withoutDerivative, alpha: 1, beta: 2, c1: 1, gamma: 3, delta: 1)
        let wu = w.field.variable(1) * w.field.variable(0).power(2), wd = Rational(1 * 1 - 2 * 3)
        let wa = Rational(1, 3) * (w.field.constant(1) - (Rational(2) / wd) * wu), wb = (Rational(1) / (3 * wd)) * w.field.variable(1)
        let combination = wa * w.field.components[0] + wb * w.field.components[1]
        let witnessOK = combination == w.field.constant(1)
        return .holds(if: failures.isEmpty && witnessOK,
                      "\(certified) seeded systems (μ = 1…\(maxMu), γ ≠ 0, α/β ≠ γ/δ): an exact certificate A·F1 + B·F2 = 1 shows the field never vanishes (no fixed point, even complex); \(curves) systems with α/β = γ/δ are at rest along a2a1^μ = α/β",
                      counterexample: failures.first ?? "witness certificate fails",
                      figures: [.flag("no_fixed_point(mu=2,alpha=1,beta=2,gamma=3,delta=1,c1=1)", witnessOK)])
    }

    /// Eq. 119 (gradient descent): both components are R = α − βa2a1^μ times μa2a1^{μ−1}
    /// and a1^μ, so the critical points are the curve R = 0 of eq. 116 plus the trivial
    /// set a1 = 0 (the whole line for μ ≥ 2, the origin for μ = 1).
    static func equation119(_ context: CheckContext) throws -> Finding {
        var g = InstanceGenerator(seed: context.seed &+ 15)
        let maxMu = context.quick ? 4 : 10
        var failures: [String] = []
        for mu in 1...maxMu {
            let alpha = g.nonZero(6), beta = g.nonZero(6)
            let s = try PowerLearningSystem(mu: mu, rule: .gradient, alpha: alpha, beta: beta, c1: 1)
            let a1 = s.field.variable(0), a2 = s.field.variable(1)
            let r = s.field.constant(alpha) - beta * (a2 * a1.power(mu))
            guard let q1 = s.field.components[0].dividedExactly(by: r), let q2 = s.field.components[1].dividedExactly(by: r) else {
                failures.append("μ = \(mu): R does not divide the field"); continue
            }
            // Cofactors: q1 = μ a2 a1^{μ−1}, q2 = a1^μ; on a1 = 0, q1 vanishes identically iff μ ≥ 2.
            let onAxis = q1.substituting([s.field.constant(0), a2])
            let expectedAxis = mu >= 2 ? s.field.constant(0) : Rational(mu) * a2
            if q1 != Rational(mu) * (a2 * a1.power(mu - 1)) || q2 != a1.power(mu) || onAxis != expectedAxis {
                failures.append("μ = \(mu): cofactors \(q1), \(q2)")
            }
        }
        return .holds(if: failures.isEmpty,
                      "μ = 1…\(maxMu), seeded α, β: both components of eq. 119 are exact multiples of α − βa2a1^μ with cofactors μa2a1^(μ−1) and a1^μ, so the critical points are the curve of eq. 116 plus a1 = 0 (the line for μ ≥ 2, the origin for μ = 1)",
                      counterexample: failures.first ?? "")
    }
}
