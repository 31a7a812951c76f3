import Testing
import ClaimKit
import ExactArithmetic
import LinearRegions
import Trainer
@testable import Experiments

/// Read exactly, a float net with dyadic weights computes what the float
/// forward pass computes (no rounding occurs), and a non-dyadic Double keeps
/// its exact binary value: 0.1 is 3602879701896397 / 2⁵⁵.
@Test func trainedWeightsAreReadExactly() throws {
    // 1-2-1: hidden h₁ = relu(x/2 − 1/4), h₂ = relu(−3x/4 + 1), out = 2h₁ − h₂/8 + 3/8.
    let params: [Double] = [0.5, -0.75, -0.25, 1, 2, -0.125, 0.375]
    let net = try ExactConversion.network(sizes: [1, 2, 1], parameters: params, leak: 0)
    #expect(net.evaluate([Rational(2)]) == [Rational(15, 8)])
    let tenth = try ExactConversion.network(sizes: [1, 2, 1], parameters: params.dropLast() + [0.1], leak: 0)
    #expect(tenth.layers[1].bias[0] == Rational(BigInt(3_602_879_701_896_397), BigInt(36_028_797_018_963_968)))
    let float = try Trainer.Network<Double>(sizes: [1, 2, 1], activation: .relu, parameters: params)
    for x in [-2.0, -0.5, 0, 0.25, 0.5, 1, 1.5, 3] {
        let exact = net.evaluate([Rational(exactly: x)!])[0]
        #expect(exact == Rational(exactly: float.output([x])[0])!)
    }
    // Leak: the dyadic value of the Double 0.01, not 1/100.
    let leaky = try ExactConversion.network(sizes: [1, 2, 1], parameters: params, leak: 0.01)
    #expect(leaky.activation == .leakyReLU(slope: Rational(exactly: 0.01)!))
    #expect(leaky.activation != .leakyReLU(slope: Rational(1, 100)))
    #expect(throws: (any Error).self) { try ExactConversion.network(sizes: [1, 2, 1], parameters: params.map { _ in .nan }, leak: 0) }
}

/// §6.2: three lines cut the plane into at most 1 + 3 + 3 = 7 regions, so
/// every 2-3-1 count is ≤ 7; sampling never finds more regions than exist.
@Test func section62CountsRespectTheArrangementBound() throws {
    let r = try RegionsSection62.experiment.run(ExperimentOptions(seed: 2, threads: 2, quick: true))
    let t = r.tables[1]
    let net = t.columns.firstIndex(of: "network")!, exact = t.columns.firstIndex(of: "exact regions")!
    let hit = t.columns.firstIndex(of: "exact regions hit")!, missed = t.columns.firstIndex(of: "missed by grid")!
    for row in t.rows {
        guard case .integer(let e) = row[exact], case .integer(let h) = row[hit], case .integer(let m) = row[missed] else { Issue.record("cells"); return }
        #expect(h + m == e)
        if row[net] == .text("2-3-1") { #expect((1...7).contains(e)) }
    }
}

/// Table 5.1 as printed: 10 × 10, with "–" (over 1 000) at width 1 depths
/// 9–10 and widths 4, 9 at depth 10; a one-hidden-unit ReLU net on
/// [−π̃, π̃] has at most 2 regions.
@Test func table51PrintedAndWidthOneRegions() throws {
    #expect(RegionsTable51.printed.count == 10 && RegionsTable51.printed.allSatisfy { $0.count == 10 })
    let dashes = RegionsTable51.printed.enumerated().flatMap { w, row in row.enumerated().compactMap { d, v in v == nil ? [w + 1, d + 1] : nil } }
    #expect(dashes == [[1, 9], [1, 10], [4, 10], [9, 10]])
    let data = try RegionsTable51.data(points: 100)
    let o = try RegionsTable51.run(width: 1, depth: 1, cell: 0, data: data, cap: 20, epochs: (200, 50), seed: 1)
    if let regions = o.regions { #expect((1...2).contains(regions)) }
}
