import ClaimKit
import ExactArithmetic

/// Claims of sections 7.5–7.6 (paper 003): A[1,N,1] and the autoencoder A[N,1,N].
enum WidthClaims {
    /// Theorem 5 with eq. 63: Q is a cubic with leading coefficient K = −(β/2)·Σc_i²/c_1²;
    /// each b_i is quadratic and each a_i affine in a_1; trajectories converge to the predicted root.
    static func theorem5(_ context: CheckContext) throws -> Finding {
        var g = InstanceGenerator(seed: context.seed &+ 5)
        let count = context.quick ? 20 : 150, integrations = context.quick ? 2 : 6
        var failures: [String] = []
        var table = Table(title: "A[1,N,1] (eq. 57): integration at 256 bits vs certified root", columns: ClaimSupport.integrationColumns)
        for k in 0..<count {
            let n = g.int(1...5)
            let c = (0..<n).map { _ in g.nonZero(6) }
            let alpha = g.nonZero(6), beta = Rational(g.int(1...6), g.int(1...3))
            let system = try LinearLearningSystem.width(n: n, alpha: alpha, beta: beta, c: c)
            let x0 = (0..<(2 * n)).map { _ in g.rational(-6...6) }
            let r = try OneVariableReduction.width(system, initial: x0)
            let K = -beta / 2 * c.reduce(Rational(0)) { $0 + $1 * $1 } / (c[0] * c[0])
            let shapes = (0..<n).allSatisfy { r.parametrization[$0].degree <= 1 && r.parametrization[n + $0].degree <= 2 }
            if r.degree != 3 || r.leadingCoefficient != K || !shapes {
                failures.append("N = \(n), c = \(ClaimSupport.format(c)): degree \(r.degree), lead \(r.leadingCoefficient) vs K = \(K)")
            }
            if k < integrations {
                try ClaimSupport.confirm(system.field, r, x0: x0, label: "N=\(n) c=\(ClaimSupport.format(c))",
                                         into: &table, failure: "integration N = \(n)", failures: &failures)
            }
        }
        let witness = try OneVariableReduction.width(try LinearLearningSystem.width(n: 3, alpha: 2, beta: Rational(3, 2), c: [1, -2, 3]),
                                                     initial: [1, 0, -1, 2, 1, 0])
        return .holds(if: failures.isEmpty,
                      "\(count) random A[1,N,1], N ≤ 5: deg Q = 3, lead = K of eq. 63 exactly; \(table.rows.count) integrations agree to ≥ 30 digits",
                      counterexample: failures.first ?? "", details: [.table(table)],
                      figures: [ClaimSupport.coefficients("Q(N=3,c=[1,-2,3],alpha=2,beta=3/2,a0=[1,0,-1],b0=[2,1,0])", witness)])
    }

    /// Theorem 6: A → fC with f the positive root of eq. 77, B → Cᵗ/(f‖C‖²), P → CᵗC/‖C‖².
    static func theorem6(_ context: CheckContext) throws -> Finding {
        var g = InstanceGenerator(seed: context.seed &+ 6)
        let count = context.quick ? 1 : 5
        var failures: [String] = []
        var table = Table(title: "A[N,1,N] autoencoder (eq. 68): integration at 256 bits vs Theorem 6",
                          columns: ["N", "C", "f (eq. 77)", "integration", "t reached", "digits agreeing"])
        for _ in 0..<count {
            let n = g.int(2...4)
            let c = (0..<n).map { _ in g.nonZero(4) }
            let a0 = (0..<n).map { _ in g.rational(-3...3) }, b0 = (0..<n).map { _ in g.rational(-3...3) }
            let prediction = try AutoencoderPrediction(c: c, a0: a0, b0: b0, digits: ClaimSupport.confirmedDigits)
            let positive = try IsolatedRoot.roots(of: prediction.cubic).filter { $0.upper.signum > 0 && $0.lower.signum >= 0 }.count
            let system = try LinearLearningSystem.autoencoder(n: n, c: c)
            let check = IntegrationCheck(field: system.field, from: a0 + b0, limit: prediction.limit,
                                         digits: ClaimSupport.confirmedDigits, bits: 256)
            table.append([.integer(n), .exact(ClaimSupport.format(c)), .certified(prediction.f.certifiedDigits(20) ?? "?"),
                          .text(check.result.outcome == .converged ? "converged" : "\(check.result.outcome)"),
                          .measured(check.result.time.doubleValue), .integer(check.agreementDigits)])
            if positive != 1 || check.agreementDigits < ClaimSupport.confirmedDigits {
                failures.append("C = \(ClaimSupport.format(c)), A(0) = \(ClaimSupport.format(a0)), B(0) = \(ClaimSupport.format(b0))")
            }
        }
        let witness = try AutoencoderPrediction(c: [1, 2], a0: [1, 0], b0: [0, 1], digits: 20)
        return .holds(if: failures.isEmpty,
                      "\(count) random autoencoders: eq. 77 has one positive root f; A → fC, B → Cᵗ/(f‖C‖²) confirmed to ≥ 30 digits",
                      counterexample: failures.first ?? "", details: [.table(table)],
                      figures: [.exact("K(C=[1,2],A0=[1,0],B0=[0,1])", witness.k),
                                KeyFigure("f(C=[1,2],A0=[1,0],B0=[0,1])", .certified(witness.f.certifiedDigits(20) ?? "?"))])
    }
}
