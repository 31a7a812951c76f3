import ExactArithmetic
import PropertyTesting
import PropertyBased
import Testing
@testable import LinearRegions

@Suite struct BoundsAndTropicalTests {
    @Test func arrangementAndBoundFormulas() {
        #expect(CountingBounds.hyperplaneArrangement(hyperplanes: 3, dimension: 2) == BigInt(7))   // eq. 5.15
        #expect(CountingBounds.hyperplaneArrangement(hyperplanes: 2, dimension: 5) == BigInt(4))   // k ≤ n: 2^k
        // eq. 2.26, widths 3, 3 with k = 2: (1 + 3 + 3)² = 49.
        #expect(CountingBounds.upperBound(hiddenWidths: [3, 3], k: 2) == BigInt(49))
        // eq. 2.27, N_0 = 2, widths 4, 4, 3: ⌊4/2⌋²·⌊4/2⌋²·(1 + 3 + 3) = 112.
        #expect(CountingBounds.lowerBound(inputDimension: 2, hiddenWidths: [4, 4, 3]) == BigInt(112))
    }

    @Test(arguments: [(1, 2, 1, 1), (1, 3, 2, 2), (1, 2, 3, 2), (2, 2, 1, 2), (2, 3, 1, 3), (2, 2, 2, 2)])
    func foldingReachesTheLowerBound(d: Int, n: Int, folds: Int, last: Int) throws {
        let net = try FoldingConstruction.network(dimension: d, teeth: n, folds: folds, last: last)
        let p = try net.activationRegions(on: .box(q(1, 2)))
        let bound = CountingBounds.lowerBound(inputDimension: d, hiddenWidths: Array(net.widths.dropFirst().dropLast()))
        #expect(BigInt(p.regions.count) == bound)
        #expect(bound == FoldingConstruction.expectedRegions(dimension: d, teeth: n, folds: folds, last: last))
        // The rational path agrees with the integer fast path.
        if d == 2 { #expect(try net.activationRegions(on: .box(q(1, 2)), threads: 2, engine: .rational).regions.count == p.regions.count) }
    }

    @Test func upperBoundHoldsOnRandomNetworks() throws {
        for seed in UInt64(1)...8 {
            for widths in [[2, 3, 3, 1], [2, 4, 2, 1], [3, 3, 3, 1]] {
                let net = try RandomNetworks.make(widths: widths, seed: seed, denominator: 4)
                let c = try net.activationRegions(on: .wholeSpace).regions.count
                #expect(BigInt(c) <= CountingBounds.upperBound(hiddenWidths: Array(widths.dropFirst().dropLast()), k: widths[0]))
            }
        }
    }

    @Test func xorTropicalFormByHand() throws {
        let form = try ChapterFive.xor.tropicalForm()[0]
        // max{−1, x₁ + x₂} − max{0, 2x₁ + 2x₂}, worked by hand from ReLU(s + 1) − 2 ReLU(s) − 1.
        #expect(form.numerator.terms == [AffineFunction([q(0), q(0)], q(-1)), AffineFunction([q(1), q(1)], q(0))])
        #expect(form.denominator.terms == [AffineFunction([q(0), q(0)], q(0)), AffineFunction([q(2), q(2)], q(0))])
        #expect(ChapterFive.printedXORTropical.value(at: [q(0), q(0)]) == q(-1))
        #expect(ChapterFive.xor.evaluate([q(0), q(0)]) == [q(0)])
    }

    @Test func tropicalFormEqualsTheNetworkAtRandomPoints() async throws {
        await forAll(count: 15, input: Gen.int(in: 1...1_000_000)) { seed in
            let net = try RandomNetworks.make(widths: [2, 3, 2, 1], seed: UInt64(seed), denominator: 4)
            let form = try net.tropicalForm()[0]
            var rng = SeededGeneratorForTests(seed: UInt64(seed))
            for _ in 0..<20 {
                let x = [q(rng.next(), 7), q(rng.next(), 5)]
                #expect(form.value(at: x) == net.evaluate(x)[0])
            }
        }
    }

    @Test func pruningKeepsTheFunction() {
        // max{x, 0, x/2 − 1, 2x − 5, x − 1}: x/2 − 1 and x − 1 are never the strict maximum; 2x − 5 wins past 5.
        let f = TropicalPolynomial([AffineFunction([q(1)], q(0)), AffineFunction([q(0)], q(0)), AffineFunction([q(1, 2)], q(-1)),
                                    AffineFunction([q(2)], q(-5)), AffineFunction([q(1)], q(-1))])
        let g = f.pruned()
        #expect(g.terms.count == 3)
        for k in -20...20 { #expect(f.value(at: [q(k, 2)]) == g.value(at: [q(k, 2)])) }
    }

    @Test func figure51PatternIsInfeasibleAndItsMapIsNotThePrinted() {
        let net = ChapterFive.figure51
        let (map, _) = net.patternMap(ChapterFive.figure51Pattern)
        // By hand: W3·e₂·([1,3,3]·diag(1,0,1)·W1) = column 2 of W3 times (21, 3, 10); offset 9·41 + 5, 5, 3·41 + 2.
        #expect(map.jacobian == [[189, 27, 90], [0, 0, 0], [63, 9, 30]].map { $0.map { q($0) } })
        #expect(map.offset == [q(374), q(5), q(125)])
        #expect(net.interiorPoint(ofPattern: ChapterFive.figure51Pattern) == nil)
        #expect(net.interiorPoint(ofPattern: [true, false, true, true, true, true]) != nil)
    }

    @Test func xorPrintedPiecesAgainstPatterns() {
        let net = ChapterFive.xor
        #expect(net.interiorPoint(ofPattern: [false, true]) == nil)   // 01 is empty
        #expect(net.patternMap([true, true]).map.rows[0] == AffineFunction([q(-1), q(-1)], q(0)))
        #expect(net.patternMap([true, false]).map.rows[0] == AffineFunction([q(1), q(1)], q(0)))
    }

    @Test func samplingFindsOnlyRegionsThatExist() throws {
        let net = try RandomNetworks.make(widths: [2, 6, 6, 1], seed: 3)
        let p = try net.activationRegions(on: .box(q(2)))
        let s = p.sampled(count: 2500, grid: true, seed: 1)
        #expect(s.samples == 2500)
        #expect(s.regionsHit + s.missed.count == p.regions.count)
        // Missed regions come smallest first.
        let areas = s.missed.map { p.regions[$0].measure! }
        #expect(areas == areas.sorted())
        // A single region is always found by a 1 × 1 grid.
        let one = try net.activationRegions(on: .box(q(1, 1000)))
        if one.regions.count == 1 { #expect(one.sampled(count: 1, grid: true, seed: 1).regionsHit == 1) }
        // Components of the §6.2 rule on a grid whose points all agree: one group.
        #expect(RegionPartition.components(side: 5, close: { _, _ in true }) == 1)
        #expect(RegionPartition.components(side: 5, close: { _, _ in false }) == 25)
    }
}

/// Small integers for test points.
struct SeededGeneratorForTests {
    var state: UInt64
    init(seed: UInt64) { state = seed }
    mutating func next() -> Int {
        state = state &* 6364136223846793005 &+ 1442695040888963407
        return Int(state >> 33) % 41 - 20
    }
}

@Suite struct SineInterpolantTests {
    @Test func enclosuresContainTheClosedForms() {
        // k = 1: the zero function, MSE 1/2 (eq. 5.16); k = 3: 3/4 − 27/(4π²) by hand.
        #expect(SineInterpolants.meanSquaredError(lines: 1).contains(q(1, 2)))
        let three = SineInterpolants.meanSquaredError(lines: 3) - SineInterpolants.threeLineClosedForm()
        #expect(!three.isPositive && !three.isNegative)
        #expect(SineInterpolants.meanSquaredError(lines: 3).certifiedDigits(15) == "0.0660820104142200")
        // k = 2: knots −π, 0, π, all zeros of sine: the interpolant is 0 again.
        #expect(SineInterpolants.meanSquaredError(lines: 2).contains(q(1, 2)))
    }
}
