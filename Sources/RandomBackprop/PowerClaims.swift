import ClaimKit
import ExactArithmetic

/// Theorem 12 (paper 003, section 7.9): with f′ included, from a_1(0), a_2(0) > 0 the
/// system (eq. 114) converges to a positive root of eq. 117. For integer μ ≥ 1 the
/// reduction Q(a1) = c1μ a1^{μ−1}(α − β(a1²/(2c1μ) + K)a1^μ) has odd degree 2μ + 1 and
/// leading coefficient −β/2 (eq. 118). Checked for integer μ only (the field is then polynomial).
enum PowerClaims {
    static func theorem12(_ context: CheckContext) throws -> Finding {
        var g = InstanceGenerator(seed: context.seed &+ 7)
        let maxMu = context.quick ? 3 : 6, perMu = context.quick ? 1 : 3
        var failures: [String] = []
        var table = Table(title: "power non-linearity with f′ (eq. 114): integration at 256 bits", columns: ["μ"] + ClaimSupport.integrationColumns)
        for mu in 1...maxMu {
            for _ in 0..<perMu {
                let alpha = Rational(g.int(1...6), g.int(1...3)), beta = Rational(g.int(1...6), g.int(1...3))
                let c1 = Rational(g.int(1...6), g.int(1...3))
                let x0 = [Rational(g.int(1...6), g.int(1...4)), Rational(g.int(1...6), g.int(1...4))]
                let system = try PowerLearningSystem(mu: mu, rule: .withDerivative, alpha: alpha, beta: beta, c1: c1)
                let r = try OneVariableReduction.power(system, initial: x0)
                if r.degree != 2 * mu + 1 || r.leadingCoefficient != -beta / 2 {
                    failures.append("μ = \(mu): degree \(r.degree), lead \(r.leadingCoefficient)")
                }
                guard let (a, check) = try ClaimSupport.confirm(system.field, r, x0: x0) else { continue }
                table.append([.integer(mu)] + ClaimSupport.row("α=\(alpha) β=\(beta) c1=\(c1) \(ClaimSupport.format(x0))", a, check))
                let limitIndex: Int?
                switch a.prediction {
                case .converges(let i), .atRoot(let i): limitIndex = i  // a start on a fixed point stays there
                default: limitIndex = nil
                }
                guard let i = limitIndex, a.roots[i].lower.signum >= 0, a.roots[i].upper.signum > 0,
                      check.agreementDigits >= ClaimSupport.confirmedDigits
                else { failures.append("μ = \(mu), α = \(alpha), β = \(beta), c1 = \(c1), start \(ClaimSupport.format(x0)): \(a.prediction), \(check.agreementDigits) digits, \(check.result.outcome)"); continue }
            }
        }
        let witness = try OneVariableReduction.power(try PowerLearningSystem(mu: 2, rule: .withDerivative, alpha: 1, beta: 2, c1: Rational(3, 2)),
                                                     initial: [1, 1])
        return .holds(if: failures.isEmpty,
                      "μ = 1…\(maxMu): deg Q = 2μ + 1, lead −β/2; every positive start converges to a positive root (≥ 30 digits)" + (failures.first.map { "; first failure: " + $0 } ?? ""),
                      counterexample: failures.first ?? "", details: [.table(table)],
                      figures: [ClaimSupport.coefficients("Q(mu=2,alpha=1,beta=2,c1=3/2,a0=[1,1])", witness)])
    }
}
