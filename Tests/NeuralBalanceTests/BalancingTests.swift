import ClaimKit
import PropertyTesting
import Testing
import PropertyBased
import ExactArithmetic
@testable import NeuralBalance

private func handNet(_ prec: Int) throws -> Network<BigFloat> {
    // Hidden unit 3 with incoming 3, 4 and outgoing 1.
    try Network<Rational>(inputCount: 2, hiddenCount: 1, outputCount: 1,
                          edges: [(1, 3, Rational(3)), (2, 3, Rational(4)), (3, 4, Rational(1))]).map { BigFloat($0, precision: prec) }
}

@Test func lambdaStarAndDeltaRByHand() throws {
    var net = try handNet(200)
    // λ* = (1/25)^(1/4) = 1/√5; ΔR = (5 − 1)² = 16: R goes 26 → 10.
    let l = try NeuronBalancing.lambdaStar(net, unit: 3, p: 2)
    let expected = BigFloat(1, precision: 200) / BigFloat(5, precision: 200).squareRoot()
    #expect((l - expected).magnitude < BigFloat(1e-55, precision: 200))
    #expect((try NeuronBalancing.predictedDecrease(net, unit: 3, p: 2) - BigFloat(16, precision: 200)).magnitude < BigFloat(1e-55, precision: 200))
    try NeuronBalancing.balance(&net, unit: 3, p: 2)
    #expect((net.regularizer(try .lp(2)) - BigFloat(10, precision: 200)).magnitude < BigFloat(1e-55, precision: 200))
    // L1: λ* = (1/7)^(1/2), ΔR = (√7 − 1)².
    let net1 = try handNet(200)
    let l1 = try NeuronBalancing.lambdaStar(net1, unit: 3, p: 1)
    #expect(((l1 * l1) - BigFloat(Rational(1, 7), precision: 200)).magnitude < BigFloat(1e-55, precision: 200))
}

@Test func certifiedRootEnclosesClosedForm() throws {
    let net = try Architectures.layered(widths: [3, 4, 2], seed: 3).map { BigFloat($0, precision: 128) }
    for p in [Rational(1, 2), Rational(2), Rational(3)] {
        for i in net.hiddenUnits {
            let root = try NeuronBalancing.certifiedRoot(net, unit: i, try .lp(p), precision: 128)
            let closed = try NeuronBalancing.lambdaStar(net, unit: i, p: p)
            let slack = closed * BigFloat(1e-30, precision: 128)
            #expect(root.lower - slack <= closed && closed <= root.upper + slack)
            #expect(root.width < closed * BigFloat(1e-30, precision: 128))
        }
    }
}

@Test func deadUnitsAreReportedAndSkipped() throws {
    var net = try Architectures.layered(widths: [2, 3, 1], seed: 1)
    for e in net.outgoing[4] { net.edges[e].weight = 0 }
    #expect(net.deadUnits == [4])
    #expect(throws: BalanceError.self) { try NeuronBalancing.lambdaStar(net.map { BigFloat($0, precision: 64) }, unit: 4, p: 2) }
    var b = try LpBalancer(network: net, p: 2, precision: 128)
    let r = b.run(.cyclic)
    #expect(r.dead == [4] && r.converged)
    // The dead unit's weights are untouched.
    for e in net.incoming[4] { #expect(r.weights[e] == BigFloat(net.edges[e].weight, precision: 128)) }
}

/// The power-domain balancer against plain weight-domain balancing (a
/// second algorithm): one cyclic sweep gives the same weights.
@Test func powerDomainMatchesWeightDomain() async {
    await forAll(count: 15, input: Gen.int(in: 0...10_000), Gen.int(in: 0...3)) { seed, k in
        let p = [Rational(1, 2), Rational(1), Rational(2), Rational(3)][k]
        let net = try! Architectures.layered(widths: [2, 4, 3, 2], seed: UInt64(seed))
        var direct = net.map { BigFloat($0, precision: 192) }
        for i in net.hiddenUnits { try! NeuronBalancing.balance(&direct, unit: i, p: p) }
        var b = try! LpBalancer(network: net, p: p, precision: 192)
        for i in net.hiddenUnits { b.balance(unit: i) }
        #expect(agreementDigits(direct.weights, b.weights) > 45)
    }
}

/// R never increases under balancing, and the function is kept (to working precision).
@Test func regularizerNeverIncreasesAndFunctionKept() async {
    await forAll(count: 15, input: Gen.int(in: 0...10_000)) { seed in
        let net = try! Architectures.recurrent(inputs: 2, hidden: 4, outputs: 1, density: 0.6, seed: UInt64(seed))
        var b = try! LpBalancer(network: net, p: 2, precision: 160)
        var g = SeededGenerator(seed: UInt64(seed))
        var last = b.regularizer
        for _ in 0..<40 {
            let r = b.balance(unit: b.live[Int(g.next() % UInt64(b.live.count))])
            #expect(r.decrease.signum >= 0 || r.decrease.magnitude < BigFloat(1e-40, precision: 160))
            let now = b.regularizer
            #expect(now <= last + last * BigFloat(1e-45, precision: 160))
            last = now
        }
        let balanced = try! Network<BigFloat>(inputCount: 2, hiddenCount: 4, outputCount: 1,
                                              edges: zip(net.edges, b.weights).map { ($0.from, $0.to, $1) })
        let x = [Rational(1, 2), Rational(-3)]
        let y0 = try! net.evaluate(x)[0], y1 = try! balanced.evaluate(x.map { BigFloat($0, precision: 160) })[0]
        #expect((y1 - BigFloat(y0, precision: 160)).magnitude < BigFloat(1e-35, precision: 160))
    }
}

@Test func schedulesAgreeAndBalanceEveryUnit() throws {
    let widths = [3, 5, 4, 2]
    let net = try Architectures.layered(widths: widths, seed: 11)
    var a = try LpBalancer(network: net, p: 2, precision: 256), b = try LpBalancer(network: net, p: 2, precision: 256)
    var c = try LpBalancer(network: net, p: 2, precision: 256)
    let ra = a.run(.random(seed: 1)), rb = b.run(.cyclic), rc = c.run(.independentLayers(Architectures.hiddenLayers(widths: widths)))
    #expect(agreementDigits(ra.weights, rb.weights) >= 40 && agreementDigits(rb.weights, rc.weights) >= 40)
    #expect(ra.monotone && rb.monotone && ra.finalRegularizer < ra.initialRegularizer)
    // Every unit satisfies the L2 balance equation (eq. 14) at the end.
    let balanced = try Network<BigFloat>(inputCount: 3, hiddenCount: 9, outputCount: 2, edges: zip(net.edges, ra.weights).map { ($0.from, $0.to, $1) })
    for i in balanced.hiddenUnits {
        let (sIn, sOut) = balanced.inOutSums(unit: i, try .lp(2))
        #expect((sIn - sOut).magnitude < sIn * BigFloat(1e-60, precision: 256))
    }
}

@Test func tiedLayerClosedFormCorrectedNotPrinted() throws {
    let widths = [3, 4, 5, 2]
    let net = try Architectures.layered(widths: widths, bias: false, seed: 2)
    var b = try LpBalancer(network: net, p: 2, precision: 256)
    let r = b.run(.tiedLayers(Architectures.hiddenLayers(widths: widths)))
    let m = TiedLayerClosedForm.realised(r.multipliers, widths: widths)
    let s = try TiedLayerClosedForm.layerSums(net, widths: widths, p: 2, precision: 256)
    #expect(agreementDigits(TiedLayerClosedForm.corrected(s, p: 2), m) >= 40)
    #expect(agreementDigits(TiedLayerClosedForm.printed(s), m) < 2)
    // Conserved: Π M_l = 1 (the function is unchanged), and every layer ends with Σw² = G.
    var product = BigFloat(1, precision: 256)
    for x in m { product *= x }
    #expect((product - BigFloat(1, precision: 256)).magnitude < BigFloat(1e-60, precision: 256))
    #expect(throws: BalanceError.self) { try TiedLayerClosedForm.layerSums(try Architectures.layered(widths: widths, seed: 2), widths: widths, p: 2, precision: 64) }
}

@Test func mixedRegularizerSatisfiesEquation11() throws {
    let g = try AdditiveRegularizer([(1, 2), (Rational(1, 2), 1)])
    var net = try Architectures.layered(widths: [2, 3, 2], seed: 9).map { BigFloat($0, precision: 128) }
    for i in net.hiddenUnits {
        let before = net.regularizer(g)
        try NeuronBalancing.balance(&net, unit: i, g)
        #expect(net.regularizer(g) <= before)
        var a = BigFloat(0, precision: 128), c = BigFloat(0, precision: 128)
        for e in net.incoming[i] { a += g.momentum(net.edges[e].weight) }
        for e in net.outgoing[i] { c += g.momentum(net.edges[e].weight) }
        #expect((a - c).magnitude < a * BigFloat(1e-30, precision: 128))
    }
}

@Test func universalApproximationByHandAndOnAGrid() throws {
    // N = 2 samples of f(x) = |x − ½|: 1/2, 0, 1/2 → slopes −1, +1.
    let net = try PiecewiseLinearNetwork(samples: [Rational(1, 2), 0, Rational(1, 2)])
    #expect(net.outputWeights == [Rational(-1), Rational(2)])
    #expect(net(Rational(1, 4)) == Rational(1, 4) && net(Rational(3, 4)) == Rational(1, 4))
    let f: (Rational) -> Rational = { x in x * x }
    let n = 50
    let approx = try PiecewiseLinearNetwork(samples: (0...n).map { f(Rational($0, n)) })
    // Linear interpolation of x² errs by exactly h²/4 at each slice's midpoint (on the grid).
    #expect(approx.supError(grid: 1000, f) == Rational(1, 4 * n * n))
    let printed = try PiecewiseLinearNetwork(samples: (0...n).map { f(Rational($0, n)) }, printedBiasSigns: true)
    #expect(printed.supError(grid: 1000, f) > Rational(1, 10))
}

@Test func gradientFlowDriftShrinksWithTheStep() throws {
    let net = try Architectures.layered(widths: [2, 3, 1], seed: 4)
    let data: [(input: [Rational], target: [Rational])] = [([0, 1], [1]), ([1, 1], [0])]
    let coarse = try GradientFlow.deficitDrift(net, data: data, eta: Rational(1, 8), time: Rational(1, 4), precision: 128)
    let fine = try GradientFlow.deficitDrift(net, data: data, eta: Rational(1, 64), time: Rational(1, 4), precision: 128)
    #expect(fine * BigFloat(4, precision: 128) < coarse)
    #expect(throws: BalanceError.self) { try GradientFlow.deficitDrift(net, data: [], eta: 1, time: 1, precision: 64) }
}
