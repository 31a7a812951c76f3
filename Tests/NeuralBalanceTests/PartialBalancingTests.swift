import PropertyTesting
import Testing
import PropertyBased
import ExactArithmetic
@testable import NeuralBalance

/// One hidden unit, w_in = 1, w_out = 4, p = 2: S_IN = 1, S_OUT = 16, so the
/// full step has μ* = 4 (a_in = a_out = 4, R = 8) and the half step μ = 2
/// gives a_in = 2, a_out = 8, R = 10 — below R = 17, above the minimum.
@Test func halfStepByHand() throws {
    let net = try Network<Rational>(inputCount: 1, hiddenCount: 1, outputCount: 1, edges: [(1, 2, Rational(1)), (2, 3, Rational(4))])
    var half = try LpBalancer(network: net, p: 2, precision: 128)
    let step = half.balance(unit: 2, fraction: Rational(1, 2))
    #expect(half.regularizer == BigFloat(10, precision: 128))
    #expect(step.decrease == BigFloat(7, precision: 128) && step.change == BigFloat(1, precision: 128))
    var full = try LpBalancer(network: net, p: 2, precision: 128)
    full.balance(unit: 2)
    #expect(full.regularizer == BigFloat(8, precision: 128))
    // A fraction outside (0, 1] is a full step.
    var clamped = try LpBalancer(network: net, p: 2, precision: 128)
    clamped.balance(unit: 2, fraction: 3)
    #expect(clamped.regularizer == BigFloat(8, precision: 128))
}

/// Every partial step lowers R, for random layered networks and p.
@Test func partialStepsLowerR() async {
    await forAll(count: 20, input: Gen.int(in: 0...100_000), Gen.int(in: 1...8)) { seed, eighths in
        let net = try! Architectures.layered(widths: [2, 3, 3, 2], seed: UInt64(seed))
        for p in [Rational(1), Rational(2), Rational(3, 2)] {
            var b = try! LpBalancer(network: net, p: p, precision: 192)
            for i in b.live {
                let before = b.regularizer
                let step = b.balance(unit: i, fraction: Rational(eighths, 8))
                #expect(!(b.regularizer > before), "unit \(i), p = \(p), γ = \(eighths)/8")
                #expect(!(step.decrease < -before.scaled(byPowerOfTwo: -180)))
            }
        }
    }
}

/// Theorem 22 vs Theorem 26 by hand: in-weights 1, 1, out-weight 2 and
/// g = |w| + |w|². Eq. 9: 2λ + 2λ² = 2/λ + 4/λ²; eq. 10 weighs the square
/// term by p = 2: (2λ − 2/λ) + 2(2λ² − 4/λ²) = 0. Plain Double bisection
/// of each gives the roots the certified intervals must contain.
@Test func balanceVersusConsistencyRoots() throws {
    let net = try Network<Rational>(inputCount: 2, hiddenCount: 1, outputCount: 1,
                                    edges: [(1, 3, Rational(1)), (2, 3, Rational(1)), (3, 4, Rational(2))]).map { BigFloat($0, precision: 200) }
    let g = try AdditiveRegularizer([(1, 1), (1, 2)])
    func bisect(_ f: (Double) -> Double) -> Double {
        var (lo, hi) = (0.1, 10.0)
        for _ in 0..<200 { let m = (lo + hi) / 2; if f(m) < 0 { lo = m } else { hi = m } }
        return lo
    }
    let nine = bisect { 2 * $0 + 2 * $0 * $0 - 2 / $0 - 4 / ($0 * $0) }
    let ten = bisect { (2 * $0 - 2 / $0) + 2 * (2 * $0 * $0 - 4 / ($0 * $0)) }
    let r9 = try NeuronBalancing.certifiedRoot(net, unit: 3, g, precision: 200, equation: .balance)
    let r10 = try NeuronBalancing.certifiedRoot(net, unit: 3, g, precision: 200)
    #expect(abs(r9.midpoint.doubleValue - nine) < 1e-12 && abs(r10.midpoint.doubleValue - ten) < 1e-12)
    #expect(abs(nine - ten) > 1e-3)
    #expect(r9.upper < r10.lower || r10.upper < r9.lower)
}
