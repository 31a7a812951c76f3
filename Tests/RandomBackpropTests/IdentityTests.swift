import PropertyTesting
import Testing
import PropertyBased
import ExactArithmetic
@testable import RandomBackprop

private func randomMatrix(_ rng: inout Xorshift, _ r: Int, _ c: Int) -> [[Rational]] {
    (0..<r).map { _ in (0..<c).map { _ in Rational(rng.int(-5...5), rng.int(1...3)) } }
}

/// The field evaluated at x, cut into the matrices dA_i/dt, next to the matrices A_i of x.
private func layers(_ s: LinearLearningSystem, _ x: [Rational]) throws -> (a: [RationalMatrix], d: [RationalMatrix]) {
    let v = s.field.evaluate(at: x)
    var a: [RationalMatrix] = [], d: [RationalMatrix] = []
    for i in 1..<s.widths.count {
        let range = s.offsets[i - 1]..<(s.offsets[i - 1] + s.widths[i] * s.widths[i - 1])
        a.append(try RationalMatrix(rowCount: s.widths[i], columnCount: s.widths[i - 1], entries: Array(x[range])))
        d.append(try RationalMatrix(rowCount: s.widths[i], columnCount: s.widths[i - 1], entries: Array(v[range])))
    }
    return (a, d)
}

@Test func errorOfTheSimplestChainIsASquareNotACube() async {
    await forAll(count: 200, input: Gen.int(in: -20...20), Gen.int(in: 1...20), Gen.int(in: -20...20)) { a, b, p in
        let alpha = Rational(a), beta = Rational(b, 3), P = Rational(p, 4)
        let definition = beta * P * P / 2 - alpha * P
        #expect(definition == (alpha - beta * P) * (alpha - beta * P) / (2 * beta) - alpha * alpha / (2 * beta))
    }
    // The printed cube fails already at α = −1, β = 1, P = 0: 0 against (−1 − 1)/2 = −1.
    let alpha = Rational(-1), beta = Rational(1), P = Rational(0)
    #expect(beta * P * P / 2 - alpha * P != (alpha - beta * P).power(3)! / (2 * beta) - alpha * alpha / (2 * beta))
}

@Test func productDerivativeOfTheSimplestChain() async {
    await forAll(count: 100, input: Gen.int(in: 0...1_000_000)) { seed in
        var rng = Xorshift(seed: UInt64(seed) + 3)
        let alpha = Rational(rng.int(-9...9), 2), beta = Rational(rng.int(1...9), 3), c1 = Rational(rng.int(-9...9), rng.int(1...4))
        let system = try! LinearLearningSystem.chain(layers: 2, alpha: alpha, beta: beta, c: [c1])
        let a1 = Rational(rng.int(-9...9), rng.int(1...5)), a2 = Rational(rng.int(-9...9), rng.int(1...5))
        // eq. 23 by hand, then dP/dt = a1 da2/dt + a2 da1/dt.
        let gap = alpha - beta * a1 * a2
        let byHand = a1 * (a1 * gap) + a2 * (c1 * gap)
        #expect(system.field.lieDerivative(of: system.field.variable(0) * system.field.variable(1)).evaluate(at: [a1, a2]) == byHand)
        #expect(byHand == (a1 * a1 + a2 * c1) * gap)
    }
}

@Test func rbpFieldIsEquation81WithProductFeedback() async throws {
    // eq. 81 with B_i = C_i ⋯ C_{L−1}, evaluated with RationalMatrix at random points of A[2,3,1,2].
    await forAll(count: 20, input: Gen.int(in: 0...1_000_000)) { seed in
        var rng = Xorshift(seed: UInt64(seed) + 5)
        let w = [2, 3, 1, 2]
        let c1 = randomMatrix(&rng, 3, 1), c2 = randomMatrix(&rng, 1, 2)
        let sti = randomMatrix(&rng, 2, 2), sii = randomMatrix(&rng, 2, 2)
        let rbp = try! LinearLearningSystem(widths: w, rule: .rbp, feedback: [c1, c2], sigmaTI: sti, sigmaII: sii)
        let x = (0..<rbp.field.dimension).map { _ in Rational(rng.int(-6...6), rng.int(1...3)) }
        let (a, d) = try! layers(rbp, x)
        let C1 = try! RationalMatrix(rows: c1), C2 = try! RationalMatrix(rows: c2)
        let P = try! a[2] * (a[1] * a[0])
        let E = try! RationalMatrix(rows: sti) - (P * RationalMatrix(rows: sii))
        #expect(d[0] == (try! (C1 * C2) * E))
        #expect(d[1] == (try! C2 * E * a[0].transposed))
        #expect(d[2] == (try! E * a[0].transposed * a[1].transposed))
    }
}

@Test func gradientCouplingOfEquation85AtRandomPoints() async {
    await forAll(count: 10, input: Gen.int(in: 0...1_000_000)) { seed in
        var rng = Xorshift(seed: UInt64(seed) + 7)
        let w = [3, 2, 4, 2]
        let bp = try! LinearLearningSystem(widths: w, rule: .bp, feedback: [], sigmaTI: randomMatrix(&rng, 2, 3), sigmaII: randomMatrix(&rng, 3, 3))
        let x = (0..<bp.field.dimension).map { _ in Rational(rng.int(-6...6), rng.int(1...3)) }
        let (a, d) = try! layers(bp, x)
        for i in 0..<2 { #expect(try! a[i + 1].transposed * d[i + 1] == d[i] * a[i].transposed) }
    }
}

@Test func srbpCouplingOfEquation83AtRandomPoints() async {
    await forAll(count: 20, input: Gen.int(in: 0...1_000_000)) { seed in
        var rng = Xorshift(seed: UInt64(seed) + 9)
        var c: [[[Rational]]] = []
        while c.count < 2 { let m = randomMatrix(&rng, 2, 2); if try! RationalMatrix(rows: m).determinant() != 0 { c.append(m) } }
        let s = try! LinearLearningSystem(widths: [2, 2, 2, 2], rule: .srbp, feedback: c, sigmaTI: randomMatrix(&rng, 2, 2), sigmaII: randomMatrix(&rng, 2, 2))
        let x = (0..<s.field.dimension).map { _ in Rational(rng.int(-6...6), rng.int(1...3)) }
        let (a, d) = try! layers(s, x)
        let cs = c.map { try! RationalMatrix(rows: $0) } + [RationalMatrix.identity(2)]
        for i in 0..<2 {
            // C_{i+1}⁻¹ dA_{i+1}/dt = C_i⁻¹ dA_i/dt A_iᵗ
            #expect(try! cs[i + 1].inverse()! * d[i + 1] == cs[i].inverse()! * d[i] * a[i].transposed)
        }
    }
}

@Test func powerSystemWithoutDerivativeNeverRestsOnItsFirstCurve() async {
    // On a2a1^μ = γ/δ the a1-equation is at rest (by hand), but da2/dt = a1^μ(α − βγ/δ) ≠ 0 when α/β ≠ γ/δ.
    await forAll(count: 100, input: Gen.int(in: 1...5), Gen.int(in: 0...1_000_000)) { mu, seed in
        var rng = Xorshift(seed: UInt64(seed) + 11)
        func nz() -> Rational { Rational(rng.int(1...9) * (rng.int(0...1) == 0 ? 1 : -1), rng.int(1...4)) }
        let alpha = nz(), beta = nz(), gamma = nz(), c1 = nz()
        var delta = nz()
        while alpha * delta == beta * gamma { delta = nz() }
        let s = try! PowerLearningSystem(mu: mu, rule: .withoutDerivative, alpha: alpha, beta: beta, c1: c1, gamma: gamma, delta: delta)
        let a1 = nz(), a2 = gamma / delta / a1.power(mu)!
        let v = s.field.evaluate(at: [a1, a2])
        #expect(v[0] == 0)
        #expect(v[1] == a1.power(mu)! * (alpha - beta * gamma / delta))
        #expect(v[1] != 0)
        // At a1 = 0 the a1-equation is c1γ ≠ 0.
        #expect(s.field.evaluate(at: [0, a2])[0] == c1 * gamma)
    }
}

@Test func gradientPowerSystemRestsOnEquation116AndTheTrivialAxis() async {
    await forAll(count: 100, input: Gen.int(in: 1...5), Gen.int(in: 0...1_000_000)) { mu, seed in
        var rng = Xorshift(seed: UInt64(seed) + 13)
        func nz() -> Rational { Rational(rng.int(1...9) * (rng.int(0...1) == 0 ? 1 : -1), rng.int(1...4)) }
        let alpha = nz(), beta = nz()
        let s = try! PowerLearningSystem(mu: mu, rule: .gradient, alpha: alpha, beta: beta, c1: 1)
        let a1 = nz(), a2 = nz()
        let onCurve = s.field.evaluate(at: [a1, alpha / (beta * a1.power(mu)!)])
        let onAxis = s.field.evaluate(at: [0, a2])
        #expect(onCurve.allSatisfy { $0.isZero })
        #expect(onAxis.allSatisfy { $0.isZero } == (mu >= 2))
        // eq. 119 by hand at a generic point.
        let r = alpha - beta * a2 * a1.power(mu)!
        #expect(s.field.evaluate(at: [a1, a2]) == [Rational(mu) * a1.power(mu - 1)! * a2 * r, a1.power(mu)! * r])
    }
}
