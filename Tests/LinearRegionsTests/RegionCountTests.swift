import ExactArithmetic
import PropertyTesting
import PropertyBased
import Testing
@testable import LinearRegions

@Suite struct RegionCountTests {
    /// Lines x + i·y + i² = 0 (i = 1…k): no two parallel, no three through a
    /// point (the Vandermonde determinant of distinct i is non-zero).
    static func generalLines(_ k: Int) throws -> ReLUNetwork {
        try net([((1...k).map { [1, $0] }, (1...k).map { $0 * $0 }), ([[Int](repeating: 1, count: k)], [0])])
    }

    @Test(arguments: 1...6) func linesInGeneralPositionWholePlane(k: Int) throws {
        let p = try Self.generalLines(k).activationRegions(on: .wholeSpace)
        #expect(p.regions.count == 1 + k + binomial(k, 2))
        // 1 + k + C(k,2) regions, of which C(k−1, 2) are bounded (Zaslavsky).
        #expect(p.boundedCount == binomial(k - 1, 2))
    }

    @Test(arguments: 1...6) func linesInGeneralPositionLargeBox(k: Int) throws {
        // Every crossing (i·j, −(i + j)) lies inside [−64, 64]².
        let network = try Self.generalLines(k)
        for engine in [ReLUNetwork.Engine.automatic, .rational, .linearProgramming] {
            let p = try network.activationRegions(on: .box(q(64)), threads: 2, engine: engine)
            #expect(p.regions.count == 1 + k + binomial(k, 2))
        }
    }

    @Test func oneHiddenLayerOnTheLineCountsBreakpoints() throws {
        // Breakpoints −b/w: 1/2, −1, 1/2 (again), 3 (outside [−2, 2]), none (w = 0).
        let network = try net([([[2], [1], [-4], [1], [0]], [-1, 1, 2, -3, 5]), ([[1, 1, 1, 1, 1]], [0])])
        let p = try network.activationRegions(on: .box(q(2)))
        #expect(p.regions.count == 3)  // distinct breakpoints {−1, 1/2} inside, plus one
        #expect(p.regions.map { $0.measure! }.reduce(Rational(), +) == q(4))
        #expect(try network.activationRegions(on: .wholeSpace).regions.count == 4)
    }

    @Test func degenerateArrangements() throws {
        // Coincident: the same line twice, and once scaled by 3 → 2 regions.
        let coincident = try net([([[1, -1], [1, -1], [3, -3]], [0, 0, 0]), ([[1, 1, 1]], [0])])
        #expect(try coincident.activationRegions(on: .box(q(1))).regions.count == 2)
        // Opposite orientation of the same line: still 2 regions.
        let opposite = try net([([[1, -1], [-1, 1]], [0, 0]), ([[1, 1]], [0])])
        #expect(try opposite.activationRegions(on: .box(q(1))).regions.count == 2)
        // Parallel lines: 3 bands.
        let parallel = try net([([[1, 1], [1, 1]], [0, 1]), ([[1, 1]], [0])])
        #expect(try parallel.activationRegions(on: .box(q(3))).regions.count == 3)
        // Dead unit (zero weights), and a line touching the box only at its corner (1, 1).
        let dead = try net([([[0, 0], [1, 1]], [1, -2]), ([[1, 1]], [0])])
        #expect(try dead.activationRegions(on: .box(q(1))).regions.count == 1)
        // The diagonal through two opposite corners splits the square in two.
        let diagonal = try net([([[1, -1]], [0]), ([[1]], [0])])
        #expect(try diagonal.activationRegions(on: .box(q(1))).regions.count == 2)
        // A second-layer unit dead on a region: ReLU(−ReLU(x) − 1) never fires.
        let deep = try net([([[1, 0]], [0]), ([[-1]], [-1]), ([[1]], [0])])
        #expect(try deep.activationRegions(on: .box(q(1))).regions.count == 2)
        #expect(try deep.activationRegions(on: .wholeSpace).regions.count == 2)
    }

    @Test func engineAgreementAndPatternEnumeration() throws {
        for seed in UInt64(1)...6 {
            for widths in [[2, 3, 3, 1], [2, 4, 2, 1], [3, 3, 2, 1], [1, 4, 3, 1]] {
                let network = try RandomNetworks.make(widths: widths, seed: seed, denominator: 4)
                let expectedBox = patternEnumerationCount(network, box: q(2))
                for engine in [ReLUNetwork.Engine.automatic, .rational, .linearProgramming] {
                    let p = try network.activationRegions(on: .box(q(2)), threads: 2, engine: engine)
                    #expect(p.regions.count == expectedBox, "\(widths) seed \(seed) \(engine)")
                }
                #expect(try network.activationRegions(on: .wholeSpace).regions.count == patternEnumerationCount(network, box: nil))
            }
        }
    }

    @Test func leakyReLUMapsAndCounts() throws {
        let network = try net([([[1, 1], [1, -1]], [0, 1]), ([[1, -2]], [0])], activation: .leakyReLU(slope: q(1, 10)))
        let p = try network.activationRegions(on: .box(q(3)))
        #expect(p.regions.count == 4)
        #expect(p.regions.count == patternEnumerationCount(network, box: q(3)))
        for r in p.regions { #expect(network.evaluate(r.interiorPoint) == r.map.apply(r.interiorPoint)) }
    }

    @Test func xorNetworkOfEquation511() throws {
        // v(x) = [1, −2]·ReLU([[1,1],[1,1]]x + [1, 0]) − 1 (eq. 5.10–5.11): three bands.
        let xor = try net([([[1, 1], [1, 1]], [1, 0]), ([[1, -2]], [-1])])
        let p = try xor.activationRegions(on: .wholeSpace)
        #expect(p.regions.count == 3)
        #expect(p.regions.map { $0.patternText(widths: [2]) } == ["00", "10", "11"])
        #expect(p.regions.map(\.map.description) == ["[[0, 0]]·x + [-1]", "[[1, 1]]·x + [0]", "[[-1, -1]]·x + [0]"])
    }

    /// Exact maps at rational points strictly inside each region: the
    /// interior point and midpoints between it and every vertex.
    @Test func affineMapsAgreeWithTheNetworkInsideEveryRegion() async throws {
        await forAll(count: 25, input: Gen.int(in: 1...1_000_000)) { seed in
            let network = try RandomNetworks.make(widths: [2, 5, 4, 2], seed: UInt64(seed))
            let p = try network.activationRegions(on: .box(q(2)))
            for r in p.regions {
                for x in [r.interiorPoint] + r.vertices!.map({ v in zip(v, r.interiorPoint).map { ($0 + $1) / q(2) } }) {
                    #expect(network.pattern(at: x) == r.pattern)
                    #expect(network.evaluate(x) == r.map.apply(x))
                    #expect(r.faces.allSatisfy { $0.value(at: x).signum > 0 })
                }
            }
        }
    }

    @Test func areasSumToTheBoxExactly() async throws {
        await forAll(count: 25, input: Gen.int(in: 1...1_000_000)) { seed in
            let network = try RandomNetworks.make(widths: [2, 6, 5, 1], seed: UInt64(seed))
            for b in [q(3), q(5, 7)] {
                let p = try network.activationRegions(on: .box(b))
                #expect(p.regions.map { $0.measure! }.reduce(Rational(), +) == q(4) * b * b)
                #expect(p.regions.allSatisfy { $0.measure!.signum > 0 })
                // Distinct regions have distinct patterns.
                #expect(Set(p.regions.map(\.pattern)).count == p.regions.count)
            }
        }
    }

    @Test func limitsAreReported() throws {
        let wide = try RandomNetworks.make(widths: [9, 2, 1], seed: 1)
        #expect(throws: NetworkError.self) { try wide.activationRegions(on: .box(q(1))) }
        #expect(throws: NetworkError.self) { try Self.generalLines(2).activationRegions(on: .box(q(0))) }
    }
}

@Suite struct WholeSpaceVertexTests {
    @Test func boundedTriangleAndUnboundedRegionsOfThreeLines() throws {
        // x > 0, y > 0, x + y < 1 bound one triangle with vertices (0,0), (1,0), (0,1).
        let n = try net([([[1, 0], [0, 1], [-1, -1]], [0, 0, 1]), ([[1, 1, 1]], [0])])
        let p = try n.activationRegions(on: .wholeSpace)
        #expect(p.regions.count == 7)
        #expect(p.boundedCount == 1)
        let triangle = p.regions.first { $0.isBounded == true }!
        #expect(triangle.pattern == [true, true, true])
        #expect(triangle.vertices! == [[q(0), q(1)], [q(0), q(0)], [q(1), q(0)]])  // counter-clockwise
        // Every vertex of every region is one of the three crossings.
        let crossings: Set<[Rational]> = [[q(0), q(0)], [q(1), q(0)], [q(0), q(1)]]
        #expect(p.regions.allSatisfy { Set($0.vertices!).isSubset(of: crossings) })
        // Incidences: the triangle 3, the three edge-adjacent regions 2 each, the three corner regions 1 each.
        #expect(p.regions.map { $0.vertices!.count }.reduce(0, +) == 12)
    }

    @Test func stripsHaveNoVerticesAndTheLineHasBreakpoints() throws {
        let strips = try net([([[1, 1], [1, 1]], [0, 1]), ([[1, 1]], [0])])
        #expect(try strips.activationRegions(on: .wholeSpace).regions.allSatisfy { $0.vertices == [] })
        let line = try net([([[2], [1]], [-1, 1]), ([[1, 1]], [0])])
        let p = try line.activationRegions(on: .wholeSpace)
        // Units 2x − 1 and x + 1: patterns 00 (x < −1), 01 (−1 < x < 1/2), 11 (x > 1/2).
        #expect(p.regions.map { $0.vertices! } == [[[q(-1)]], [[q(-1)], [q(1, 2)]], [[q(1, 2)]]])
        #expect(p.boundedCount == 1)
    }
}

@Suite struct FastPathFallbackTests {
    /// Weights too large for machine integers: the plane's integer path
    /// overflows and the rational path answers; both paths must agree
    /// wherever the integer path succeeds, so compare against LP too.
    @Test func overflowFallsBackToRationalsWithTheSameAnswer() throws {
        let big = Rational(BigInt(1) << 70, BigInt(3).power(41))
        for seed in UInt64(1)...4 {
            let base = try RandomNetworks.make(widths: [2, 4, 3, 1], seed: seed)
            let layers = try base.layers.enumerated().map { l, layer in
                try AffineLayer(weight: layer.weight.map { $0.map { l == 1 ? $0 * big : $0 } }, bias: layer.bias.map { l == 1 ? $0 * big : $0 })
            }
            let network = try ReLUNetwork(layers: layers)
            #expect(throws: PlaneFastPath.Overflow.self) { try PlaneFastPath.regions(network, box: q(2), threads: 2) }
            let automatic = try network.activationRegions(on: .box(q(2)))
            let lp = try network.activationRegions(on: .box(q(2)), threads: 2, engine: .linearProgramming)
            #expect(automatic.regions.count == lp.regions.count)
            #expect(automatic.regions.map(\.pattern) == lp.regions.map(\.pattern))
            #expect(automatic.regions.map(\.map) == lp.regions.map(\.map))
            // Scaling a hidden layer by a positive constant moves no boundary.
            #expect(automatic.regions.map(\.pattern) == (try base.activationRegions(on: .box(q(2)))).regions.map(\.pattern))
        }
    }

    @Test func fastAndRationalPlanePathsGiveIdenticalRegions() throws {
        for seed in UInt64(1)...5 {
            let network = try RandomNetworks.make(widths: [2, 5, 5, 2], seed: seed, activation: .leakyReLU(slope: q(1, 3)))
            let fast = try network.activationRegions(on: .box(q(5, 2)))
            let exact = try network.activationRegions(on: .box(q(5, 2)), threads: 2, engine: .rational)
            #expect(fast.regions.map(\.pattern) == exact.regions.map(\.pattern))
            #expect(fast.regions.map(\.map) == exact.regions.map(\.map))
            #expect(fast.regions.map { $0.measure! } == exact.regions.map { $0.measure! })
            #expect(fast.regions.map { Set($0.vertices!) } == exact.regions.map { Set($0.vertices!) })
        }
    }
}
