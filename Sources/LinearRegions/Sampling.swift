import ClaimKit
import ExactArithmetic

/// Sampled region counting against the exact partition (dissertation §6.2):
/// the network's linear coefficients (J, y) are computed at sample points in
/// floating point, and neighbouring grid points whose coefficients differ by
/// less than a tolerance are taken to lie in the same region; each connected
/// group is one sampled region. Neighbours are those §6.2 compares: the
/// point to the left and the three points above (left, centre, right).
public struct SamplingReport: Sendable {
    public let samples: Int
    /// Exact regions containing at least one sample in their interior.
    public let regionsHit: Int
    /// Samples on a region boundary (their pattern is not a region's).
    public let boundarySamples: Int
    /// Groups found by the §6.2 tolerance rule (grid only; nil for random points).
    public let toleranceRegions: Int?
    /// Distinct coefficient classes at tolerance (random points: greedy clustering).
    public let distinctCoefficients: Int
    /// Indices (into the partition's regions) of regions no sample hit,
    /// smallest measure first for d ≤ 2 on a box.
    public let missed: [Int]
}

extension RegionPartition {
    /// Samples a grid of p^d ≤ count points (p × p in the plane) at cell
    /// centres of the box, or `count` seeded random rational
    /// points, and compares what sampling finds with the exact regions.
    ///
    /// **Edge cases:** whole space: samples are drawn from [−1, 1]^d.
    public func sampled(count: Int, grid: Bool, seed: UInt64, tolerance: Double = 1e-6) -> SamplingReport {
        let d = network.inputDimension
        let b: Rational
        if case .box(let half) = domain { b = half } else { b = Rational(1) }
        var points: [[Rational]] = []
        var side = 0
        if grid {
            // The largest p with p^d ≤ count (p = ⌊√count⌋ in the plane).
            side = 1
            while (0..<d).reduce(1, { n, _ in n * (side + 1) }) <= count { side += 1 }
            let p = side
            // Cell centres −B + (2k + 1)B/p: never on the box boundary.
            let coordinate = { (k: Int) in -b + Rational(2 * k + 1) * b / Rational(p) }
            var index = [Int](repeating: 0, count: d)
            let total = (0..<d).reduce(1) { n, _ in n * p }
            for _ in 0..<min(total, 4_000_000) {
                points.append(index.map(coordinate))
                var j = 0
                while j < d { index[j] += 1; if index[j] < p { break }; index[j] = 0; j += 1 }
            }
        } else {
            var rng = SeededGenerator(seed: seed)
            let resolution = 1 << 20
            points = (0..<count).map { _ in
                (0..<d).map { _ in b * Rational(2 * rng.int(0...resolution) - resolution, resolution) }
            }
        }
        var byPattern: [[Bool]: Int] = [:]
        for (i, r) in regions.enumerated() { byPattern[r.pattern] = i }
        var hit = Set<Int>(), boundary = 0
        var coefficients: [[Double]] = []
        for x in points {
            if let i = byPattern[network.pattern(at: x)], regions[i].faces.allSatisfy({ $0.value(at: x).signum > 0 }) {
                hit.insert(i)
            } else {
                boundary += 1
            }
            coefficients.append(floatCoefficients(at: x))
        }
        let close = { (u: [Double], v: [Double]) in zip(u, v).allSatisfy { abs($0 - $1) < tolerance } }
        var groups: Int?
        if grid && d == 2 {
            groups = Self.components(side: side, close: { close(coefficients[$0], coefficients[$1]) })
        }
        var classes: [[Double]] = []
        for c in coefficients where !classes.contains(where: { close($0, c) }) { classes.append(c) }
        let missed = regions.indices.filter { !hit.contains($0) }.sorted {
            (regions[$0].measure ?? 0) < (regions[$1].measure ?? 0)
        }
        return SamplingReport(samples: points.count, regionsHit: hit.count, boundarySamples: boundary,
                              toleranceRegions: groups, distinctCoefficients: classes.count, missed: missed)
    }

    /// (J, y) of the network at x as computed in floating point: the forward
    /// pass and its Jacobian in doubles, as a sampling tool would.
    func floatCoefficients(at x: [Rational]) -> [Double] {
        var h = x.map(Double.init)
        var jac = (0..<h.count).map { i in (0..<h.count).map { j in i == j ? 1.0 : 0.0 } }
        for (l, layer) in network.layers.enumerated() {
            let w = layer.weight.map { $0.map(Double.init) }, bias = layer.bias.map(Double.init)
            var z = zip(w, bias).map { row, c in zip(row, h).reduce(c) { $0 + $1.0 * $1.1 } }
            var jz = w.map { row in (0..<jac[0].count).map { j in zip(row, jac).reduce(0.0) { $0 + $1.0 * $1.1[j] } } }
            if l < network.layers.count - 1 {
                for i in z.indices {
                    let k = Double(network.activation.factor(active: z[i] > 0))
                    z[i] *= k
                    jz[i] = jz[i].map { $0 * k }
                }
            }
            h = z
            jac = jz
        }
        let y = zip(jac, h).map { row, v in v - zip(row, x.map(Double.init)).reduce(0.0) { $0 + $1.0 * $1.1 } }
        return jac.flatMap { $0 } + y
    }

    /// Connected groups of a p × p grid (row-major, row k = index k·p …),
    /// joining each point to its left neighbour and the three above it when
    /// `close` says their coefficients agree.
    static func components(side p: Int, close: (Int, Int) -> Bool) -> Int {
        var parent = Array(0..<(p * p))
        func find(_ i: Int) -> Int {
            var i = i
            while parent[i] != i { parent[i] = parent[parent[i]]; i = parent[i] }
            return i
        }
        for r in 0..<p {
            for c in 0..<p {
                let i = r * p + c
                var neighbours: [Int] = []
                if c > 0 { neighbours.append(i - 1) }
                if r > 0 { for dc in -1...1 where (0..<p).contains(c + dc) { neighbours.append((r - 1) * p + c + dc) } }
                for j in neighbours where close(i, j) { parent[find(i)] = find(j) }
            }
        }
        return (0..<(p * p)).filter { find($0) == $0 }.count
    }
}
