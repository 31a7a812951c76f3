import PropertyTesting
import Testing
import PropertyBased
import ExactArithmetic
@testable import RandomBackprop

@Test func chainLimitIsConfirmedByIntegration() throws {
    // L = 2, 3, 4 with mixed-sign feedback; the integrated limit must match the certified root to ≥ 30 digits.
    let cases: [(Int, [Rational], [Rational])] = [
        (2, [1], [Rational(1, 2), Rational(1, 2)]),
        (3, [1, 2], [Rational(1, 2), Rational(1, 2), Rational(1, 2)]),
        (3, [-1, Rational(1, 2)], [1, Rational(-1, 2), Rational(1, 4)]),
        (4, [Rational(1, 2), -1, 2], [Rational(1, 3), 1, Rational(-1, 2), Rational(1, 2)]),
    ]
    for (L, c, x0) in cases {
        let system = try LinearLearningSystem.chain(layers: L, alpha: 1, beta: 1, c: c)
        let analysis = try FixedPointAnalysis(try OneVariableReduction.chain(system, initial: x0), digits: 30)
        guard case .converges(let i) = analysis.prediction else { Issue.record("L = \(L): \(analysis.prediction)"); continue }
        #expect(analysis.stability[i] == .attracting)
        let check = IntegrationCheck(field: system.field, from: x0, limit: analysis.limit, digits: 30)
        #expect(check.result.outcome == .converged)
        #expect(check.agreementDigits >= 30, "L = \(L): \(check.agreementDigits) digits")
        // The limit lies on α − βP = 0: P(limit) encloses α/β = 1.
        let P = analysis.limit!.dropFirst().reduce(analysis.limit![0]) { $0 * $1 }
        #expect(P.contains(1))
    }
}

@Test func theorem2StabilityIsTheParabola() async {
    // Along every trajectory of eq. 23, Q′(a1) = −β(c1·a2(a1) + a1²) exactly.
    await forAll(count: 40, input: Gen.int(in: 0...1_000_000)) { seed in
        var rng = Xorshift(seed: UInt64(seed) + 11)
        let c1 = Rational(rng.int(1...9) * (rng.int(0...1) == 0 ? 1 : -1), rng.int(1...4))
        let beta = Rational(rng.int(1...9), rng.int(1...3)), alpha = Rational(rng.int(-9...9), rng.int(1...3))
        let x0 = [Rational(rng.int(-9...9), rng.int(1...3)), Rational(rng.int(-9...9), rng.int(1...3))]
        let system = try! LinearLearningSystem.chain(layers: 2, alpha: alpha, beta: beta, c: [c1])
        let r = try! OneVariableReduction.chain(system, initial: x0)
        let s = MultiPolynomial.variable(0, of: 1)
        let parabola = (-beta) * (c1 * r.parametrization[1] + s * s)
        #expect(r.q.derivative(0) == parabola)
    }
}

@Test func threeRootsHaveAMiddleRepeller() throws {
    // c1 = 1, α = β = 1 and a start deep in the lower half-plane: a2 − a1²/2 = −3 gives
    // Q = 1 − a1³/2 + 3 a1, three real roots; the middle one lies inside the parabola.
    let system = try LinearLearningSystem.chain(layers: 2, alpha: 1, beta: 1, c: [1])
    let analysis = try FixedPointAnalysis(try OneVariableReduction.chain(system, initial: [0, -3]), digits: 20)
    #expect(analysis.roots.count == 3)
    #expect(analysis.stability == [.attracting, .repelling, .attracting])
    // Q(0) = 1 > 0: the start moves up to the largest root (the one above 0).
    #expect(analysis.prediction == .converges(2))
}

@Test func theorem1PredictionMatchesIntegration() async {
    // Random Q of degree 2…6, random start: the sign rule's outcome is what the integrator does.
    await forAll(count: 25, input: Gen.int(in: 0...1_000_000)) { seed in
        var rng = Xorshift(seed: UInt64(seed) + 5)
        let degree = rng.int(2...6)
        var coefficients = (0...degree).map { _ in Rational(rng.int(-6...6), rng.int(1...3)) }
        if coefficients[degree].isZero { coefficients[degree] = 1 }
        let terms = Dictionary(uniqueKeysWithValues: coefficients.enumerated().map { ([$0.offset], $0.element) })
        let q = MultiPolynomial(variableCount: 1, terms: terms)
        let field = PolynomialVectorField(names: ["x"], components: [q])
        let s0 = Rational(rng.int(-30...30), rng.int(1...7))
        let reduction = OneVariableReduction(driver: 0, parametrization: [.variable(0, of: 1)], q: q, start: s0)
        let analysis = try! FixedPointAnalysis(reduction, digits: 12)
        let check = IntegrationCheck(field: field, from: [s0], limit: analysis.limit, digits: 12, bits: 128, maxTime: 1e4)
        switch analysis.prediction {
        case .blowUp(let direction):
            #expect(check.result.outcome == .blowUp(variable: 0, direction: direction), "\(q) from \(s0)")
        case .converges(let i), .atRoot(let i):
            if analysis.stability[i] == .degenerate { return }  // algebraic approach: too slow to reach 12 digits
            #expect(check.result.outcome == .converged, "\(q) from \(s0)")
            #expect(check.agreementDigits >= 10, "\(q) from \(s0): \(check.agreementDigits)")
        case .stationary:
            Issue.record("non-zero Q reported stationary")
        }
    }
}

@Test func theorem6AutoencoderLimit() throws {
    let c: [Rational] = [1, -2, Rational(1, 2)]
    let a0: [Rational] = [Rational(1, 3), 0, 1], b0: [Rational] = [1, Rational(1, 2), -1]
    let prediction = try AutoencoderPrediction(c: c, a0: a0, b0: b0, digits: 30)
    let system = try LinearLearningSystem.autoencoder(n: 3, c: c)
    let check = IntegrationCheck(field: system.field, from: a0 + b0, limit: prediction.limit, digits: 30)
    #expect(check.result.outcome == .converged)
    #expect(check.agreementDigits >= 30)
}

@Test func badDigitsThrow() throws {
    let system = try LinearLearningSystem.chain(layers: 2, alpha: 1, beta: 1, c: [1])
    let r = try OneVariableReduction.chain(system, initial: [1, 1])
    #expect(throws: ModelError.self) { try FixedPointAnalysis(r, digits: 0) }
    #expect(throws: ModelError.self) { try AutoencoderPrediction(c: [0, 0], a0: [1, 1], b0: [1, 1], digits: 10) }
}
