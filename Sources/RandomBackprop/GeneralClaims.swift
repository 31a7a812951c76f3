import ClaimKit
import ExactArithmetic

/// Theorem 1, the conserved quantities, and the numerical checks of Theorems 7–10.
enum GeneralClaims {
    /// Theorem 1: for dx/dt = Q(x) the sign of Q at x(0) and the ordered real roots decide the
    /// outcome (a root, or finite-time escape to ±∞); every start converges iff deg Q is odd
    /// and the leading coefficient negative.
    static func theorem1(_ context: CheckContext) throws -> Finding {
        var g = InstanceGenerator(seed: context.seed &+ 8)
        let count = context.quick ? 12 : 30
        var failures: [String] = [], converged = 0, blowUps = 0, skipped = 0, tails = 0
        for _ in 0..<count {
            let degree = g.int(2...7)
            var coefficients = (0...degree).map { _ in g.rational(-6...6, maxDenominator: 3) }
            if coefficients[degree].isZero { coefficients[degree] = g.nonZero(6) }
            let q = MultiPolynomial(variableCount: 1, terms: Dictionary(uniqueKeysWithValues:
                coefficients.enumerated().map { ([$0.offset], $0.element) }))
            let field = PolynomialVectorField(names: ["x"], components: [q])
            // A random start, and the two tails beyond the Cauchy root bound.
            let bound = 1 + coefficients.dropLast().map { ($0 / coefficients[degree]).magnitude }.max()!
            let alwaysConverges = degree % 2 == 1 && coefficients[degree].signum < 0
            for (k, s0) in [g.rational(-20...20, maxDenominator: 7), -bound - 1, bound + 1].enumerated() {
                let r = OneVariableReduction(driver: 0, parametrization: [.variable(0, of: 1)], q: q, start: s0)
                let a = try FixedPointAnalysis(r, digits: 12)
                if k > 0, case .blowUp = a.prediction { tails += 1 }
                if k > 0, alwaysConverges, case .blowUp = a.prediction { failures.append("tail of \(q) escapes although deg odd, lead < 0") }
                let check = IntegrationCheck(field: field, from: [s0], limit: a.limit, digits: 12, bits: 128, maxTime: 1e4)
                switch a.prediction {
                case .blowUp(let direction):
                    blowUps += 1
                    if check.result.outcome != .blowUp(variable: 0, direction: direction) { failures.append("\(q) from \(s0): predicted escape to \(direction > 0 ? "+" : "−")∞, integration \(check.result.outcome)") }
                case .converges(let i), .atRoot(let i):
                    if a.stability[i] == .degenerate { skipped += 1; continue }
                    converged += 1
                    if check.agreementDigits < 10 { failures.append("\(q) from \(s0): \(check.agreementDigits) digits, \(check.result.outcome)") }
                case .stationary:
                    failures.append("non-zero \(q) reported stationary")
                }
            }
            if !alwaysConverges {
                // Necessity: some start escapes — the tail where Q has the escaping sign.
                let left = Polynomial(coefficients).sign(at: -bound - 1) < 0, right = Polynomial(coefficients).sign(at: bound + 1) > 0
                if !(left || right) { failures.append("\(q): no escaping tail although not (odd, lead < 0)") }
            }
        }
        // Witnesses: Q = x² − 1 and Q = −x³ + x from fixed starts; the limit (a root, or ±inf for an escape).
        var figures: [KeyFigure] = []
        for (name, coefficients, starts) in [("x^2-1", [Rational(-1), 0, 1], [Rational(0), -3, 2, Rational(-1, 2)]),
                                             ("-x^3+x", [Rational(0), 1, 0, -1], [Rational(1, 2), -5, Rational(-1, 3), 4])] {
            let q = MultiPolynomial(variableCount: 1, terms: Dictionary(uniqueKeysWithValues: coefficients.enumerated().map { ([$0.offset], $0.element) }))
            for s0 in starts {
                let a = try FixedPointAnalysis(OneVariableReduction(driver: 0, parametrization: [.variable(0, of: 1)], q: q, start: s0), digits: 12)
                let outcome: String
                switch a.prediction {
                case .converges(let i), .atRoot(let i): outcome = a.roots[i].exactValue?.description ?? "?"
                case .blowUp(let direction): outcome = direction > 0 ? "+inf" : "-inf"
                case .stationary: outcome = "stationary"
                }
                figures.append(KeyFigure("limit(Q=\(name),x0=\(s0))", .text(outcome)))
            }
        }
        return .holds(if: failures.isEmpty,
                      "\(count) random Q of degree 2…7, 3 starts each: \(converged) convergences (≥ 10 digits at 128 bits), \(blowUps) finite-time escapes (\(tails) from the tails) as predicted; \(skipped) degenerate limits skipped",
                      counterexample: failures.first ?? "", figures: figures)
    }

    /// Every conserved quantity the paper states has the zero polynomial as its time derivative.
    static func conserved(_ context: CheckContext) throws -> Finding {
        var g = InstanceGenerator(seed: context.seed &+ 9)
        var failures: [String] = [], count = 0, sources = Set<String>()
        for _ in 0..<(context.quick ? 2 : 10) {
            for rule in FeedbackRule.allCases {
                let oneHidden: FeedbackRule = rule == .srbp ? .rbp : rule
                let c = (0..<4).map { _ in g.nonZero(6) }
                let sigma = (0..<3).map { _ in (0..<3).map { _ in g.rational(-4...4) } }
                let c23 = (0..<3).map { _ in (0..<2).map { _ in g.nonZero(4) } }
                let s22 = (0..<2).map { _ in (0..<2).map { _ in g.rational(-4...4) } }
                let systems: [(LinearLearningSystem, [[[Rational]]])] = [
                    (try .chain(layers: 2, alpha: g.nonZero(5), beta: g.nonZero(5), c: [c[0]], rule: rule), [[[c[0]]]]),
                    (try .chain(layers: 4, alpha: g.nonZero(5), beta: g.nonZero(5), c: Array(c.prefix(3)), rule: rule), c.prefix(3).map { [[$0]] }),
                    (try .chain(layers: 5, alpha: g.nonZero(5), beta: g.nonZero(5), c: c, rule: rule), c.map { [[$0]] }),
                    (try .width(n: 4, alpha: g.nonZero(5), beta: g.nonZero(5), c: c, rule: oneHidden), [c.map { [$0] }]),
                    (try .autoencoder(n: 3, c: Array(c.prefix(3)), sigmaTI: sigma, sigmaII: sigma, rule: oneHidden), [[Array(c.prefix(3))]]),
                    (try LinearLearningSystem(widths: [2, 3, 2], rule: oneHidden, feedback: rule == .bp ? [] : [c23],
                                              sigmaTI: s22, sigmaII: s22), [c23]),
                ]
                for (system, feedback) in systems {
                    for q in system.conservedQuantities(feedback: feedback) {
                        count += 1
                        sources.insert(q.source)
                        if !q.isConserved(by: system.field) { failures.append("\(q.source) for \(system.widths) \(rule): \(q.polynomial)") }
                    }
                }
            }
            for mu in 1...4 {
                let c1 = g.nonZero(5)
                for rule in [PowerRule.withDerivative, .gradient] {
                    let system = try PowerLearningSystem(mu: mu, rule: rule, alpha: g.nonZero(5), beta: g.nonZero(5), c1: c1)
                    for q in system.conservedQuantities(c1: c1) {
                        count += 1
                        sources.insert(q.source)
                        if !q.isConserved(by: system.field) { failures.append("\(q.source) μ = \(mu): \(q.polynomial)") }
                    }
                }
            }
        }
        return .holds(if: failures.isEmpty,
                      "\(count) conserved quantities (\(sources.sorted().joined(separator: ", "))): time derivative is the zero polynomial",
                      counterexample: failures.first ?? "")
    }

    /// Theorems 7–10 on random instances: A[2,3,2] (RBP) and A[2,2,2] with Σ = C = Id (eq. 111).
    static func theorems7to10(_ context: CheckContext) throws -> Finding {
        var g = InstanceGenerator(seed: context.seed &+ 10)
        let digits = 20, bits = 128
        var table = Table(title: "three-layer linear RBP (eq. 88): integration at \(bits) bits to |F| < 1e-\(digits + 5)",
                          columns: ["architecture", "integration", "t reached", "max |weight|", "digits of C1A2A1 = C1Σ_TIΣ_II⁻¹"])
        var failures: [String] = []
        for k in 0..<(context.quick ? 2 : 8) {
            let wide = k % 2 == 0
            let widths = wide ? [2, 3, 2] : [2, 2, 2]
            let n1 = widths[1]
            let m = (0..<2).map { _ in (0..<2).map { _ in g.rational(-3...3) } }
            // Σ_II = MMᵗ + Id is symmetric positive definite.
            let sigmaII: [[Rational]] = wide ? (0..<2).map { i in (0..<2).map { j in
                (0..<2).reduce(Rational(i == j ? 1 : 0)) { $0 + m[i][$1] * m[j][$1] } } } : [[1, 0], [0, 1]]
            let sigmaTI: [[Rational]] = wide ? (0..<2).map { _ in (0..<2).map { _ in g.rational(-3...3) } } : [[1, 0], [0, 1]]
            let c1: [[Rational]] = wide ? (0..<n1).map { _ in (0..<2).map { _ in g.nonZero(3) } } : [[1, 0], [0, 1]]
            let system = try LinearLearningSystem(widths: widths, rule: .rbp, feedback: [c1], sigmaTI: sigmaTI, sigmaII: sigmaII)
            let x0 = (0..<system.field.dimension).map { _ in g.rational(-2...2) }
            let integrator = TaylorIntegrator(field: system.field, precision: bits, toleranceDigits: digits + 8)
            let result = integrator.integrateToEquilibrium(from: x0, residualDigits: digits + 5, maxTime: 1e5)
            // C1 A2 A1 at the end against the exact C1 Σ_TI Σ_II⁻¹.
            let target = try RationalMatrix(rows: c1) * (try RationalMatrix(rows: sigmaTI) * RationalMatrix(rows: sigmaII).inverse()!)
            let x = result.state, o = system.offsets
            var worst = Int.max
            for i in 0..<n1 {
                for j in 0..<2 {
                    var v = BigFloat(0, precision: bits)
                    for r in 0..<2 { for s in 0..<n1 {
                        v += BigFloat(c1[i][r], precision: bits) * x[o[1] + r * n1 + s] * x[o[0] + s * 2 + j]
                    } }
                    worst = min(worst, IntegrationCheck.agreement(v, RealInterval(target[i, j], precision: bits), bits: bits))
                }
            }
            let maxWeight = x.map { $0.magnitude.doubleValue }.max() ?? 0
            table.append([.text("A\(widths)"), .text(result.outcome == .converged ? "converged" : "\(result.outcome)"),
                          .measured(result.time.doubleValue), .measured(maxWeight), .integer(worst)])
            if result.outcome != .converged || worst < digits - 2 { failures.append("A\(widths) from \(ClaimSupport.format(x0))") }
        }
        let summary = "\(table.rows.count) random A[2,3,2]/A[2,2,2] RBP runs at \(bits) bits: bounded, converged (Theorems 7, 9, 10), C1A2A1 = C1Σ_TIΣ_II⁻¹ to ≥ \(digits - 2) digits (Theorem 8)"
        return Finding(failures.isEmpty ? .empirical : .refuted, summary, details: [.table(table)], counterexample: failures.first)
    }
}
