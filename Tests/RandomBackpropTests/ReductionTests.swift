import PropertyTesting
import Testing
import PropertyBased
import ExactArithmetic
@testable import RandomBackprop

/// Random non-zero small rationals as (numerator, denominator) pairs.
private func q(_ n: Int, _ d: Int) -> Rational { Rational(n == 0 ? 1 : n, d) }

@Test func chainQMatchesDirectSubstitutionAndThePapersDegree() async {
    await forAll(count: 30, input: Gen.int(in: 2...5), Gen.int(in: 0...1_000_000)) { L, seed in
        var rng = Xorshift(seed: UInt64(seed) + 1)
        let c = (1..<L).map { _ in q(rng.int(-9...9), rng.int(1...5)) }
        let alpha = q(rng.int(-9...9), rng.int(1...4)), beta = Rational(rng.int(1...9), rng.int(1...4))
        let x0 = (0..<L).map { _ in Rational(rng.int(-9...9), rng.int(1...4)) }
        let system = try! LinearLearningSystem.chain(layers: L, alpha: alpha, beta: beta, c: c)
        let r = try! OneVariableReduction.chain(system, initial: x0)
        #expect(r.degree == (1 << L) - 1)
        // Independent leading coefficient: −β c_1 ∏_{i=2}^{L} k_i, k_i = ∏_{j=2}^{i} (g_j / (2 g_{j−1}))^{2^{i−j}}.
        let g = c + [Rational(1)]
        var lead = -beta * g[0]
        for i in 2...L {
            for j in 2...i { lead *= (g[j - 1] / (2 * g[j - 2])).power(1 << (i - j))! }
        }
        #expect(r.leadingCoefficient == lead)
        // Q(s) against the paper's recursion (eq. 48) substituted into da_1/dt, at random s.
        for _ in 0..<3 {
            let s = Rational(rng.int(-20...20), rng.int(1...7))
            var a = [s]
            for i in 1..<L {
                let k = g[i] / (2 * g[i - 1])
                a.append(k * a[i - 1] * a[i - 1] + (x0[i] - k * x0[i - 1] * x0[i - 1]))
            }
            let P = a.reduce(Rational(1), *)
            #expect(r.q.evaluate(at: [s]) == g[0] * (alpha - beta * P))
        }
    }
}

@Test func rbpChainEqualsSrbpWithProductGains() {
    let c = [Rational(2), Rational(-3, 2), Rational(5)]
    let rbp = try! LinearLearningSystem.chain(layers: 4, alpha: 1, beta: 2, c: c, rule: .rbp)
    let products = [c[0] * c[1] * c[2], c[1] * c[2], c[2]]
    let srbp = try! LinearLearningSystem.chain(layers: 4, alpha: 1, beta: 2, c: products, rule: .srbp)
    #expect(rbp.field.components == srbp.field.components)
}

@Test func widthLeadingCoefficientIsEquation63() async {
    await forAll(count: 25, input: Gen.int(in: 1...5), Gen.int(in: 0...1_000_000)) { n, seed in
        var rng = Xorshift(seed: UInt64(seed) + 7)
        let c = (0..<n).map { _ in q(rng.int(-9...9), rng.int(1...5)) }
        let beta = Rational(rng.int(1...9), rng.int(1...4))
        let system = try! LinearLearningSystem.width(n: n, alpha: Rational(rng.int(-5...5)), beta: beta, c: c)
        let x0 = (0..<(2 * n)).map { _ in Rational(rng.int(-9...9), rng.int(1...4)) }
        let r = try! OneVariableReduction.width(system, initial: x0)
        #expect(r.degree == 3)
        let sumSquares = c.reduce(Rational(0)) { $0 + $1 * $1 }
        #expect(r.leadingCoefficient == -beta / 2 * sumSquares / (c[0] * c[0]))
    }
}

@Test func powerReductionHasOddDegreeAndNegativeLead() {
    for mu in 1...6 {
        let system = try! PowerLearningSystem(mu: mu, rule: .withDerivative, alpha: 2, beta: 3, c1: Rational(1, 2))
        let r = try! OneVariableReduction.power(system, initial: [Rational(1, 3), Rational(2)])
        #expect(r.degree == 2 * mu + 1)
        #expect(r.leadingCoefficient == Rational(-3, 2))
    }
}

@Test func zeroFeedbackFreezesTheLayer() {
    // c_2 = 0 in A[1,1,1,1]: a_2 stays at its initial value (trivial case of Theorem 3).
    let system = try! LinearLearningSystem.chain(layers: 3, alpha: 1, beta: 1, c: [2, 0])
    let r = try! OneVariableReduction.chain(system, initial: [1, Rational(3, 2), -1])
    #expect(r.parametrization[1] == MultiPolynomial(constant: Rational(3, 2), variableCount: 1))
    // c_1 = 0 and a_1(0) = 0: nothing moves, Q ≡ 0 along the curve driven by a_2.
    let frozen = try! LinearLearningSystem.chain(layers: 3, alpha: 1, beta: 1, c: [0, 1])
    let f = try! OneVariableReduction.chain(frozen, initial: [0, 1, 1])
    #expect(f.q.isZero)
}

@Test func conservedQuantitiesHaveZeroLieDerivative() async {
    await forAll(count: 15, input: Gen.int(in: 0...1_000_000)) { seed in
        var rng = Xorshift(seed: UInt64(seed) + 3)
        func r() -> Rational { q(rng.int(-9...9), rng.int(1...5)) }
        var checked = 0
        for rule in FeedbackRule.allCases {
            let c = [r(), r(), r()]
            let oneHidden: FeedbackRule = rule == .srbp ? .rbp : rule  // identical for one hidden layer
            let sigma: [[Rational]] = [[r(), r(), 0], [0, r(), r()], [r(), 0, r()]]
            let c23: [[Rational]] = [[r(), r()], [r(), r()], [r(), r()]]
            let s22: [[Rational]] = [[r(), r()], [r(), r()]]
            let cases: [(LinearLearningSystem, [[[Rational]]])] = [
                (try! .chain(layers: 4, alpha: r(), beta: r(), c: c, rule: rule), c.map { [[$0]] }),
                (try! .width(n: 3, alpha: r(), beta: r(), c: c, rule: oneHidden), [c.map { [$0] }]),
                (try! .autoencoder(n: 3, c: c, sigmaTI: sigma, sigmaII: sigma, rule: oneHidden), [[c]]),
                (try! LinearLearningSystem(widths: [2, 3, 2], rule: oneHidden, feedback: rule == .bp ? [] : [c23],
                                           sigmaTI: s22, sigmaII: s22), [c23]),
            ]
            for (sys, feedback) in cases {
                for cq in sys.conservedQuantities(feedback: feedback) {
                    #expect(cq.isConserved(by: sys.field), "\(cq.source): \(cq.polynomial)")
                    checked += 1
                }
            }
        }
        #expect(checked > 10)
    }
}

@Test func aPerturbedQuantityIsNotConserved() {
    // Negative control: the wrong coefficient in eq. 48 is caught.
    let system = try! LinearLearningSystem.chain(layers: 3, alpha: 1, beta: 2, c: [3, 5])
    let a1 = system.field.variable(0), a2 = system.field.variable(1)
    let right = ConservedQuantity(source: "eq. 39", polynomial: a2 - Rational(5, 6) * (a1 * a1))
    let wrong = ConservedQuantity(source: "wrong", polynomial: a2 - Rational(5, 3) * (a1 * a1))
    #expect(right.isConserved(by: system.field))
    #expect(!wrong.isConserved(by: system.field))
}

@Test func badShapesThrow() {
    #expect(throws: ModelError.self) { try LinearLearningSystem.chain(layers: 3, alpha: 1, beta: 1, c: [1]) }
    #expect(throws: ModelError.self) { try LinearLearningSystem.chain(layers: 0, alpha: 1, beta: 1, c: []) }
    #expect(throws: ModelError.self) { try LinearLearningSystem.width(n: 2, alpha: 1, beta: 1, c: [1, 2, 3]) }
    #expect(throws: ModelError.self) { try PowerLearningSystem(mu: -1, rule: .withDerivative, alpha: 1, beta: 1, c1: 1) }
    #expect(throws: ModelError.self) {
        try LinearLearningSystem(widths: [2, 2], rule: .srbp, feedback: [], sigmaTI: [[1]], sigmaII: [[1, 0], [0, 1]])
    }
}

/// A tiny deterministic generator so each property input expands to many values.
struct Xorshift {
    var state: UInt64
    init(seed: UInt64) { state = seed &* 0x9E37_79B9_7F4A_7C15 | 1 }
    mutating func next() -> UInt64 {
        state ^= state << 13; state ^= state >> 7; state ^= state << 17
        return state
    }
    mutating func int(_ r: ClosedRange<Int>) -> Int { r.lowerBound + Int(next() % UInt64(r.count)) }
}
