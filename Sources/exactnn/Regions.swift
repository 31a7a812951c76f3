import ArgumentParser
import ClaimKit
import ExactArithmetic
import LinearRegions

struct Regions: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Exact activation regions of a ReLU network: count, affine pieces, patterns, maps, vertices.",
        discussion: """
        Reads a network (JSON with exact entries, or safetensors) and refines
        the box [-B, B]^d (or all of R^d) layer by layer, cutting each region
        by every unit's hyperplane exactly: intervals for d = 1, exact convex
        polygons for d = 2, exact LP for larger d and for the whole space.
        A region is a cell where the whole activation pattern is constant; an
        affine piece is a distinct map J·x + c (regions with equal maps count once).

        JSON: {"layers": [{"weight": [[...]], "bias": [...]}, ...],
               "activation": "relu" | "leaky_relu", "slope": "1/100"}
        (weight rows are output units, as in PyTorch's nn.Linear; entries are
        numbers or strings such as "3/4", "0.125", "1e-3", all read exactly).
        safetensors: tensors K.weight / K.bias, layers in the natural order of K.

        Examples:
          exactnn regions --network xor.json --box 2 --regions
          exactnn regions --network xor.json --whole-space --format json
          exactnn regions --network xor.json --box 3 --svg partition.svg
          exactnn regions --network xor.json --box 3 --sample 400 --grid
        """
    )

    @Option(help: "Network file: JSON or safetensors.") var network: String
    @Option(help: "Half-width B of the box [-B, B]^d (exact: 3, 5/2, 0.5).") var box: String = "1"
    @Flag(help: "Count on all of R^d instead of the box (bounded/unbounded reported).") var wholeSpace = false
    @Flag(help: "List every region: pattern, exact affine map, interior point, vertices and measure (d <= 2).") var regions = false
    @Option(help: "Compare with sampling: this many points (random, or a grid with --grid).") var sample: Int?
    @Flag(help: "Sample on a uniform grid of cell centres instead of random points.") var grid = false
    @Option(help: "Seed for random samples.") var seed: UInt64 = 1
    @Option(help: "Coefficient tolerance of the sampling rule (§6.2).") var tolerance: Double = 1e-6
    @Option(help: "Write the 2-D partition as SVG to this file (d = 2, box).") var svg: String?
    @OptionGroup var output: OutputOptions

    func validate() throws {
        if let sample, !(1...1_000_000).contains(sample) { throw ValidationError("--sample must be in 1...1000000, got \(sample)") }
        guard tolerance > 0, tolerance.isFinite else { throw ValidationError("--tolerance must be positive") }
    }

    func run() throws {
        let net: ReLUNetwork
        let partition: RegionPartition
        do {
            net = try ReLUNetwork(contentsOfFile: network)
            let domain: RegionDomain
            if wholeSpace {
                domain = .wholeSpace
            } else {
                guard let b = Rational(box), b.signum > 0 else { throw InputError("--box must be a positive exact number, got '\(box)'") }
                domain = .box(b)
            }
            if svg != nil, case .wholeSpace = domain { throw InputError("--svg draws a box: drop --whole-space") }
            if svg != nil, net.inputDimension != 2 { throw InputError("--svg needs a network with 2 inputs, this one has \(net.inputDimension)") }
            partition = try net.activationRegions(on: domain)
        } catch let e as NetworkError {
            throw InputError("\(network): \(e.description)")
        }
        var tables = [RegionTables.summary(partition)]
        if regions { tables.append(RegionTables.regions(partition)) }
        if let sample {
            let report = partition.sampled(count: sample, grid: grid, seed: seed, tolerance: tolerance)
            tables.append(RegionTables.sampling(partition, report, grid: grid, tolerance: tolerance))
        }
        if let svg, let text = partition.svg() { try writeAtomically(text, to: svg) }
        try output.emit(tables)
    }
}

/// Rendering of partitions as tables (no mathematics here).
enum RegionTables {
    static func summary(_ p: RegionPartition) -> Table {
        let net = p.network
        var t = Table(title: "Activation regions of the \(net.architecture) network on \(p.domain.text(dimension: net.inputDimension))", columns: ["quantity", "value"])
        let activation: String
        switch net.activation {
        case .relu: activation = "ReLU"
        case .leakyReLU(let s): activation = "leaky ReLU, slope \(s)"
        }
        t.append([.text("activation"), .text(activation)])
        t.append([.text("hidden units"), .integer(net.hiddenUnits)])
        t.append([.text("regions"), .integer(p.regions.count)])
        t.append([.text("affine pieces"), .integer(p.affinePieces)])
        if let bounded = p.boundedCount {
            t.append([.text("bounded regions"), .integer(bounded)])
            t.append([.text("unbounded regions"), .integer(p.regions.count - bounded)])
        }
        if p.regions.allSatisfy({ $0.measure != nil }) {
            t.append([.text(net.inputDimension == 1 ? "total length" : "total area"), .exact(p.regions.reduce(Rational()) { $0 + $1.measure! }.description)])
        }
        t.notes = ["exact: every region is a full-dimensional cell found by exact rational refinement; pattern bits are set where a unit's pre-activation is > 0"]
        return t
    }

    static func regions(_ p: RegionPartition) -> Table {
        var columns = ["#", "pattern", "affine map J·x + c", "interior point"]
        let geometric = p.regions.first?.vertices != nil, measured = p.regions.first?.measure != nil
        if geometric { columns.append("vertices") }
        if measured { columns.append(p.network.inputDimension == 1 ? "length" : "area") }
        if p.boundedCount != nil { columns.append("bounded") }
        var t = Table(title: "Regions", columns: columns)
        for (i, r) in p.regions.enumerated() {
            var row: [Cell] = [.integer(i + 1), .text(r.patternText(widths: p.hiddenWidths)), .exact(r.map.description),
                               .exact("(" + r.interiorPoint.map(\.description).joined(separator: ", ") + ")")]
            if geometric { row.append(.exact((r.vertices ?? []).map { "(" + $0.map(\.description).joined(separator: ", ") + ")" }.joined(separator: " "))) }
            if measured { row.append(.exact(r.measure?.description ?? "")) }
            if let b = r.isBounded { row.append(.flag(b)) }
            t.append(row)
        }
        return t
    }

    static func sampling(_ p: RegionPartition, _ s: SamplingReport, grid: Bool, tolerance: Double) -> Table {
        var t = Table(title: "Sampling against the exact count (\(grid ? "grid" : "random points"), \(s.samples) samples)", columns: ["quantity", "value"])
        t.append([.text("exact regions"), .integer(p.regions.count)])
        t.append([.text("regions hit by a sample"), .integer(s.regionsHit)])
        t.append([.text("regions missed"), .integer(s.missed.count)])
        if let g = s.toleranceRegions { t.append([.text("regions by the §6.2 tolerance rule (tolerance \(tolerance))"), .integer(g)]) }
        t.append([.text("distinct coefficients at tolerance"), .integer(s.distinctCoefficients)])
        t.append([.text("samples on a boundary"), .integer(s.boundarySamples)])
        for i in s.missed.prefix(10) {
            let r = p.regions[i]
            t.append([.text("missed: region \(i + 1) \(r.patternText(widths: p.hiddenWidths))"),
                      .exact(r.measure.map { "measure \($0)" } ?? "interior point " + r.interiorPoint.map(\.description).joined(separator: ", "))])
        }
        t.notes = [p.regions.first?.measure != nil ? "missed regions are listed smallest measure first (at most 10)"
                                                   : "missed regions are listed in pattern order (at most 10; measures are computed for d ≤ 2 on a box)"]
        return t
    }
}
