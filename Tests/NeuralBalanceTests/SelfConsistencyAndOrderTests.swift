import ClaimKit
import PropertyTesting
import Testing
import PropertyBased
import ExactArithmetic
@testable import NeuralBalance

@Test func exactHalfLambdaMatchesMPFR() async {
    await forAll(count: 20, input: Gen.int(in: 0...100_000)) { seed in
        let net = try! Architectures.layered(widths: [3, 4, 2], seed: UInt64(seed)).map { $0 * $0.magnitude }
        let floats = net.map { BigFloat($0, precision: 200) }
        for u in net.hiddenUnits {
            let exact = try! net.exactHalfLambdaStar(unit: u)
            let mpfr = try! NeuronBalancing.lambdaStar(floats, unit: u, p: Rational(1, 2))
            #expect(((mpfr - BigFloat(exact, precision: 200)).magnitude.doubleValue) < 1e-50)
        }
    }
}

@Test func exactHalfLambdaByHandAndErrors() throws {
    // h: in weights 4 (from x) and −1/4 (bias), out weight 9: λ* = 3 / (2 + 1/2) = 6/5.
    let net = try Network(inputCount: 1, hiddenCount: 1, outputCount: 1,
                          edges: [(1, 2, Rational(4)), (0, 2, Rational(-1, 4)), (2, 3, Rational(9))])
    #expect(try net.exactHalfLambdaStar(unit: 2) == Rational(6, 5))
    #expect(throws: BalanceError.self) { try net.exactHalfLambdaStar(unit: 1) }
    let notSquare = try Network(inputCount: 1, hiddenCount: 1, outputCount: 1, edges: [(1, 2, Rational(2)), (2, 3, Rational(1))])
    #expect(throws: BalanceError.self) { try notSquare.exactHalfLambdaStar(unit: 2) }
    let dead = try Network(inputCount: 1, hiddenCount: 1, outputCount: 1, edges: [(1, 2, Rational(0)), (2, 3, Rational(1))])
    #expect(throws: BalanceError.self) { try dead.exactHalfLambdaStar(unit: 2) }
}

@Test func balancingOneLayerInTwoOrdersAgrees() async {
    await forAll(count: 20, input: Gen.int(in: 0...100_000)) { seed in
        let net = try! Architectures.layered(widths: [2, 4, 3], seed: UInt64(seed)).map { $0 * $0.magnitude }
        let layer = Architectures.hiddenLayers(widths: [2, 4, 3])[0]
        var forward = net, backward = net
        for u in layer { try! forward.scale(unit: u, by: forward.exactHalfLambdaStar(unit: u)) }
        for u in layer.reversed() { try! backward.scale(unit: u, by: backward.exactHalfLambdaStar(unit: u)) }
        #expect(forward.weights == backward.weights)
    }
}

@Test func selfConsistencyMatricesByHand() throws {
    // 2 → 1 → 2 without biases: edges x1→h, x2→h, h→y1, h→y2.
    let net = try Architectures.layered(widths: [2, 1, 2], bias: false, seed: 1)
    let d = try SelfConsistency.multiplierMap(net)
    #expect(d.rows == [[1], [1], [-1], [-1]])
    let p = try SelfConsistency.pathConstraints(net)
    #expect(p.rowCount == 4 && p.rank == 3)
    let wide = try Architectures.layered(widths: [2, 4, 4, 2], bias: false, seed: 1)
    #expect(try SelfConsistency.multiplierMap(wide).rank == 8)
    #expect(wide.edges.count == 32)
    let loop = try Architectures.recurrent(inputs: 1, hidden: 3, outputs: 1, density: 1, seed: 1)
    #expect(throws: BalanceError.self) { try SelfConsistency.pathConstraints(loop) }
}

@Test func multiplierMapImagesVanishAlongRandomWalks() async {
    // L = D·ℓ for random hidden log-multipliers ℓ: its sum along a random source-to-output walk
    // (chosen here, not by pathConstraints) is zero, and L on each edge is ℓ_head − ℓ_tail.
    await forAll(count: 50, input: Gen.int(in: 0...100_000)) { seed in
        var g = SeededGenerator(seed: UInt64(seed))
        let net = try! Architectures.layered(widths: [2, 3, 2, 2], bias: seed % 2 == 0, seed: UInt64(seed))
        let ell = net.hiddenUnits.map { _ in Rational(Int(g.next() % 41) - 20, Int(g.next() % 5) + 1) }
        let L = try! SelfConsistency.multiplierMap(net) * ell
        func at(_ u: Int) -> Rational { net.hiddenUnits.contains(u) ? ell[u - net.hiddenUnits.lowerBound] : 0 }
        #expect(net.edges.indices.allSatisfy { L[$0] == at(net.edges[$0].to) - at(net.edges[$0].from) })
        // Start at an input, or at the bias unit when it has edges.
        let sources = (0...net.inputCount).filter { !net.outgoing[$0].isEmpty }
        var u = sources[Int(g.next() % UInt64(sources.count))], sum = Rational(0)
        while !net.outputUnits.contains(u) {
            let e = net.outgoing[u][Int(g.next() % UInt64(net.outgoing[u].count))]
            sum += L[e]
            u = net.edges[e].to
        }
        #expect(sum == 0)
    }
}
