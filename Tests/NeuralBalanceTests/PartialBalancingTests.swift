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
    await propertyCheck(count: 20, input: Gen.int(in: 0...100_000), Gen.int(in: 1...8)) { seed, eighths in
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
