import ClaimKit
import PropertyTesting
import Testing
import PropertyBased
import ExactArithmetic
@testable import NeuralBalance

private func close(_ x: BigFloat, _ y: BigFloat, relative bits: Int) -> Bool {
    let scale = max(x.magnitude, y.magnitude, BigFloat(1, precision: x.precision))
    return (x - y).magnitude <= scale.scaled(byPowerOfTwo: -bits)
}

/// One hidden unit with incoming weights 3, 4 and outgoing weight 1.
private func handNet() throws -> Network<Rational> {
    try Network<Rational>(inputCount: 2, hiddenCount: 1, outputCount: 1,
                          edges: [(1, 3, Rational(3)), (2, 3, Rational(4)), (3, 4, Rational(1))])
}

@Test func traceByHand() throws {
    // L2: D = 9 + 16 − 1 = 24, R = 26; one step balances (λ* = 1/√5): D = 0,
    // R = 10, ΔR = 16 (eq. 13: (5 − 1)²). The second sweep moves nothing.
    var b = try LpBalancer(network: handNet(), p: 2, precision: 200)
    let t = b.run(.cyclic, trace: true).trace
    #expect(t.map(\.sweep) == [0, 1, 2])
    #expect(t[0].largestDeficit == BigFloat(24, precision: 200) && t[0].regularizer == BigFloat(26, precision: 200) && t[0].decrease == nil)
    #expect(close(t[1].regularizer, BigFloat(10, precision: 200), relative: 190))
    #expect(close(t[1].decrease!, BigFloat(16, precision: 200), relative: 190))
    #expect(t[1].largestDeficit < BigFloat(1e-55, precision: 200))
    // L1: D = 7 − 1 = 6, R = 8; after: both sides √7, R = 2√7, ΔR = (√7 − 1)².
    var b1 = try LpBalancer(network: handNet(), p: 1, precision: 200)
    let t1 = b1.run(.cyclic, trace: true).trace
    let root7 = BigFloat(7, precision: 200).squareRoot()
    #expect(t1[0].largestDeficit == BigFloat(6, precision: 200))
    #expect(close(t1[1].regularizer, root7 + root7, relative: 190))
    let d = root7 - BigFloat(1, precision: 200)
    #expect(close(t1[1].decrease!, d * d, relative: 185))
}

/// A BiPU unit (c = 2) is balanced at S_IN = 2·S_OUT: after its step the
/// deficit is 0, and scaling by λ = 1 ± 2⁻²⁰ (R(λ) = λ^p S_IN + λ^(−cp) S_OUT)
/// cannot lower R — the minimum checked directly, not through the formula.
@Test func bipuDeficitVanishesAtTheMinimum() throws {
    let net = try Network<Rational>(inputCount: 2, hiddenCount: 1, outputCount: 1,
                                    edges: [(1, 3, Rational(3)), (2, 3, Rational(4)), (3, 4, Rational(1))],
                                    hiddenActivation: [Activation(negativeSlope: 0, positiveSlope: 1, exponent: 2)])
    var b = try LpBalancer(network: net, p: 2, precision: 200)
    #expect(b.deficit(unit: 3) == BigFloat(25 - 2, precision: 200))
    b.balance(unit: 3)
    #expect(b.deficit(unit: 3).magnitude < BigFloat(1e-55, precision: 200))
    let weights = b.weights
    func r(_ lambda: BigFloat) -> BigFloat {
        var s = BigFloat(0, precision: 200)
        for (e, w) in weights.enumerated() {
            let scaled = net.edges[e].to == 3 ? w * lambda : w / (lambda * lambda)
            s += scaled * scaled
        }
        return s
    }
    let one = BigFloat(1, precision: 200), eps = one.scaled(byPowerOfTwo: -20)
    #expect(r(one) < r(one + eps) && r(one) < r(one - eps))
}

@Test func traceEdgeCases() throws {
    // No hidden unit: one row, nothing to balance.
    var none = try LpBalancer(network: Architectures.layered(widths: [2, 3], seed: 1), p: 2, precision: 128)
    let t = none.run(.cyclic, trace: true).trace
    #expect(t.count == 1 && t[0].largestDeficit.isZero)
    // A dead unit (Remark 25) keeps its deficit but is left out of the trace.
    var net = try Architectures.layered(widths: [2, 3, 1], seed: 1)
    for e in net.outgoing[4] { net.edges[e].weight = 0 }
    var b = try LpBalancer(network: net, p: 2, precision: 128)
    let run = b.run(.cyclic, trace: true)
    #expect(run.converged && !b.deficit(unit: 4).isZero)
    #expect(run.trace.last!.largestDeficit < BigFloat(1e-20, precision: 128))
    // Untraced runs carry no trace.
    var c = try LpBalancer(network: net, p: 2, precision: 128)
    #expect(c.run(.cyclic).trace.isEmpty)
}

/// Over random layered and recurrent networks, exponents and schedules:
/// R never increases from sweep to sweep (Theorem 26: every step lowers R;
/// slack 2^(16 − precision)·R for rounding), ΔR is the difference of the
/// rows, row 0's deficit matches the weight-domain sums of the starting
/// network, the last row is the run's final R and equals Σ|w|^p of the
/// final weights recomputed in the weight domain, the last deficit is at
/// the rounding level, and tracing changes nothing in the run.
@Test func traceIsMonotoneAndEndsAtTheResult() async {
    await forAll(count: 12, input: Gen.int(in: 0...10_000), Gen.int(in: 0...3), Gen.int(in: 0...3)) { seed, k, kind in
        let p = [Rational(1, 2), Rational(1), Rational(2), Rational(3)][k]
        let precision = 160
        let widths = [2 + seed % 3, 2 + seed % 4, 1 + seed % 3, 2]
        let layers = Architectures.hiddenLayers(widths: widths)
        let net = kind == 3 ? try! Architectures.recurrent(inputs: 2, hidden: 4, outputs: 1, density: 0.6, seed: UInt64(seed))
                            : try! Architectures.layered(widths: widths, seed: UInt64(seed))
        let schedule: Schedule = [.random(seed: UInt64(seed)), .cyclic, .tiedLayers(layers), .cyclic][kind]
        var traced = try! LpBalancer(network: net, p: p, precision: precision)
        var plain = try! LpBalancer(network: net, p: p, precision: precision)
        let run = traced.run(schedule, trace: true), reference = plain.run(schedule)
        let rows = run.trace
        #expect(rows.count == run.sweeps + 1 && run.converged)
        for (before, after) in zip(rows, rows.dropFirst()) {
            #expect(after.regularizer <= before.regularizer + before.regularizer.scaled(byPowerOfTwo: 16 - precision))
            #expect(after.decrease! == before.regularizer - after.regularizer)
        }
        #expect(rows.last!.regularizer == run.finalRegularizer && rows.last!.regularizer < rows[0].regularizer)
        // Tracing does not perturb the run: the untraced run ends identically.
        #expect(reference.sweeps == run.sweeps && reference.weights == run.weights && reference.regularizerHistory == run.regularizerHistory)
        // Row 0 against the weight-domain sums of the starting network.
        let start = net.map { BigFloat($0, precision: precision) }
        let g = try! AdditiveRegularizer.lp(p)
        var worst = BigFloat(0, precision: precision)
        if kind == 2 {
            for layer in layers {
                var sIn = BigFloat(0, precision: precision), sOut = BigFloat(0, precision: precision)
                for i in layer { let (a, b) = start.inOutSums(unit: i, g); sIn += a; sOut += b }
                if !sIn.isZero && !sOut.isZero { worst = max(worst, (sIn - sOut).magnitude) }
            }
        } else {
            for i in start.hiddenUnits where !start.deadUnits.contains(i) {
                let loop = start.incoming[i].filter { start.edges[$0].from == i }.map { g.value(start.edges[$0].weight) }.first
                    ?? BigFloat(0, precision: precision)
                let (a, b) = start.inOutSums(unit: i, g)
                if !(a - loop).isZero && !(b - loop).isZero { worst = max(worst, (a - b).magnitude) }
            }
        }
        #expect(close(rows[0].largestDeficit, worst, relative: precision - 20))
        // The last row: R of the final weights, recomputed; deficit at rounding level.
        #expect(close(g.total(run.weights), rows.last!.regularizer, relative: precision - 40))
        #expect(rows.last!.largestDeficit <= rows[0].regularizer.scaled(byPowerOfTwo: 42 - precision))
    }
}
