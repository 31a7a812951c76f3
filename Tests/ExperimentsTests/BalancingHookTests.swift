import PropertyTesting
import Testing
import PropertyBased
import Trainer
@testable import Experiments

func randomNetwork(_ seed: UInt64, sizes: [Int] = [3, 4, 5, 2]) -> Network<Double> {
    var r = TrainerRandom(seed: seed)
    var net = try! Network<Double>(sizes: sizes, activation: .relu)
    for p in net.parameters.indices { net.parameters[p] = r.gaussian() * Double.exp(r.uniform(-1.5, 1.5)) }
    return net
}

/// Full L_p balancing leaves the function unchanged (BiLU) and every hidden
/// unit balanced; a unit's L_p sums then equal √(AB) of the one-unit step.
@Test func fullBalancingBalancesAndKeepsFunction() async {
    await forAll(count: 40, input: Gen.int(in: 0...1_000_000)) { seed in
        for p in [1.0, 2.0] {
            let net = randomNetwork(UInt64(seed))
            var balanced = net
            LpNeuronBalancing(p: p, beforeTraining: true, everyEpochs: 0, tolerance: 1e-12).balance(&balanced)
            #expect(BalanceDeficit.worst(balanced, p: p).relative < 1e-9)
            for x in [[1.0, -2, 0.5], [0.3, 0.1, -1], [-2, -2, 3]] {
                for (a, b) in zip(net.output(x), balanced.output(x)) { #expect(abs(a - b) <= 1e-9 * max(1, abs(a))) }
            }
        }
    }
}

/// One balancing step of the first hidden unit, by hand: A = Σ|in|^p,
/// B = Σ|out|^p become √(AB) each.
@Test func oneStepIsLambdaStar() {
    var net = try! Network<Double>(sizes: [1, 1, 1], activation: .relu, parameters: [2, 0, 8, 0])  // w_in = 2, b = 0, w_out = 8
    LpNeuronBalancing(p: 2, beforeTraining: false, everyEpochs: 1, tolerance: nil).balance(&net)
    #expect(net.parameters == [4, 0, 4, 0])  // λ* = (64/4)^(1/4) = 2
    var l1 = try! Network<Double>(sizes: [1, 1, 1], activation: .relu, parameters: [1, 0, 9, 0])
    LpNeuronBalancing(p: 1, beforeTraining: false, everyEpochs: 1, tolerance: nil).balance(&l1)
    #expect(l1.parameters == [3, 0, 3, 0])  // λ* = (9/1)^(1/2) = 3
}

@Test func proximalSteps() {
    var net = try! Network<Double>(sizes: [1, 1, 1], activation: .relu, parameters: [2, -0.05, 1, -3])
    ProximalRegularization(p: 2, coefficient: 0.5, step: 1).balance(&net)  // ÷ (1 + 2·0.5)
    #expect(net.parameters == [1, -0.025, 0.5, -1.5])
    ProximalRegularization(p: 1, coefficient: 0.1, step: 1).balance(&net)  // soft threshold 0.1
    #expect(zip(net.parameters, [0.9, 0, 0.4, -1.4]).allSatisfy { abs($0 - $1) < 1e-15 })
}

/// Deficits by hand: unit in = (3, bias 4), out = (1): L2 A = 25, B = 1.
@Test func deficitByHand() {
    let net = try! Network<Double>(sizes: [1, 1, 1], activation: .relu, parameters: [3, 4, 1, 0])
    #expect(BalanceDeficit.worst(net, p: 2) == (24, 24.0 / 26))
    #expect(BalanceDeficit.worst(net, p: 1) == (6, 6.0 / 8))
    #expect(BalanceDeficit.worst(try! Network<Double>(sizes: [2, 1], activation: .relu), p: 2) == (0, 0))
}

/// A unit whose sums are below 10⁻⁶ of the largest does not count toward
/// the relative deficit (its absolute deficit still does).
@Test func deadUnitsIgnoredInRelativeDeficit() {
    // unit 0: in (1), out (1) balanced; unit 1: in 1e-9, out 0.
    let net = try! Network<Double>(sizes: [1, 2, 1], activation: .relu, parameters: [1, 1e-9, 0, 0, 1, 0, 0])
    let d = BalanceDeficit.worst(net, p: 1)
    #expect(d.relative == 0 && d.absolute == 1e-9)
}
