import PropertyTesting
import Testing
import PropertyBased
import ExactArithmetic
@testable import NeuralBalance

private func tiny() throws -> Network<Rational> {
    // x → h = ReLU(2x − 1) → y = 3h.
    try Network(inputCount: 1, hiddenCount: 1, outputCount: 1,
                edges: [(1, 2, Rational(2)), (0, 2, Rational(-1)), (2, 3, Rational(3))])
}

@Test func evaluationByHand() throws {
    let net = try tiny()
    #expect(try net.evaluate([Rational(1)]) == [Rational(3)])
    #expect(try net.evaluate([Rational(0)]) == [Rational(0)])
    #expect(try net.evaluate([Rational(3, 4)]) == [Rational(3, 2)])
    var s = net
    try s.scale(unit: 2, by: Rational(5))
    #expect(s.weights == [Rational(10), Rational(-5), Rational(3, 5)])
}

@Test func networkErrors() throws {
    #expect(throws: BalanceError.self) { try Network<Rational>(inputCount: 1, hiddenCount: 0, outputCount: 1, edges: [(2, 1, Rational(1))]) }
    #expect(throws: BalanceError.self) { try Network<Rational>(inputCount: 1, hiddenCount: 0, outputCount: 1, edges: [(1, 2, Rational(1)), (1, 2, Rational(2))]) }
    #expect(throws: BalanceError.self) { try Network<Rational>(inputCount: 1, hiddenCount: 0, outputCount: 1, edges: [(1, 7, Rational(1))]) }
    #expect(throws: BalanceError.self) { try Network<Rational>(inputCount: 0, hiddenCount: 0, outputCount: 1, edges: []) }
    #expect(throws: BalanceError.self) { try Architectures.layered(widths: [3], seed: 1) }
    #expect(throws: BalanceError.self) { try Architectures.layered(widths: [3, 0, 2], seed: 1) }
    var net = try tiny()
    #expect(throws: BalanceError.self) { try net.scale(unit: 1, by: Rational(2)) }
    #expect(throws: BalanceError.self) { try net.scale(unit: 2, by: Rational(0)) }
    #expect(throws: BalanceError.self) { try net.evaluate([Rational(1), Rational(2)]) }
    #expect(throws: BalanceError.self) { try AdditiveRegularizer.lp(0) }
    #expect(throws: BalanceError.self) { try LpBalancer(network: net, p: Rational(-1), precision: 64) }
    let bad = NetworkDescription(inputs: 1, hidden: 0, outputs: 1, edges: [.init(from: 1, to: 2, weight: "1/0")], activations: nil)
    #expect(throws: BalanceError.self) { try bad.network() }
}

/// Proposition 13 and function invariance, exactly over ℚ, on random nets.
@Test func scalingCommutesComposesAndKeepsTheFunction() async {
    await forAll(count: 60, input: Gen.int(in: 0...10_000), Gen.int(in: 1...40), Gen.int(in: 1...40)) { seed, l, m in
        let net = seed % 2 == 0
            ? try! Architectures.layered(widths: [2, 4, 3, 1], density: 0.7, seed: UInt64(seed), activation: .leakyReLU(Rational(1, 7)))
            : try! Architectures.recurrent(inputs: 2, hidden: 4, outputs: 1, density: 0.5, seed: UInt64(seed))
        let hidden = Array(net.hiddenUnits)
        let i = hidden[seed % hidden.count], j = hidden[(seed / 7) % hidden.count]
        let lambda = Rational(l, 9), mu = Rational(m, 5)
        var a = net, b = net, c = net
        try! a.scale(unit: i, by: lambda); try! a.scale(unit: j, by: mu)
        try! b.scale(unit: j, by: mu); try! b.scale(unit: i, by: lambda)
        #expect(a.weights == b.weights)
        try! c.scale(unit: i, by: lambda * mu)
        var d = net
        try! d.scale(unit: i, by: mu); try! d.scale(unit: i, by: lambda)
        #expect(c.weights == d.weights)
        for x in [[Rational(1), Rational(-2)], [Rational(3, 2), Rational(1, 3)]] {
            #expect(try! a.evaluate(x) == net.evaluate(x))
        }
        // Scaling never changes a sign or creates/destroys a zero.
        #expect(zip(a.weights, net.weights).allSatisfy { $0.signum == $1.signum })
    }
}

@Test func powerUnitScalingKeepsTheFunctionExactly() throws {
    let base = try Architectures.layered(widths: [2, 3, 2], seed: 5)
    let acts = [Activation(negativeSlope: Rational(1, 2), positiveSlope: 1, exponent: 2),
                Activation(negativeSlope: 0, positiveSlope: 2, exponent: 3), .relu]
    var net = try Network(inputCount: 2, hiddenCount: 3, outputCount: 2, edges: base.edges.map { ($0.from, $0.to, $0.weight) }, hiddenActivation: acts)
    let x = [Rational(3, 2), Rational(-1, 3)]
    let before = try net.evaluate(x)
    try net.scale(unit: 3, by: Rational(7, 3))
    try net.scale(unit: 4, by: Rational(2, 5))
    #expect(try net.evaluate(x) == before)
    // f(λx) = λ^c f(x) for the c = 3 unit.
    #expect(acts[1].apply(Rational(2) * Rational(5, 7)) == Rational(8) * acts[1].apply(Rational(5, 7)))
}
