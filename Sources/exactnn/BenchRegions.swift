import ArgumentParser
import ExactArithmetic
import LinearRegions
import Reports

struct BenchRegions: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "regions",
        abstract: "Exact activation regions of random networks (2-16-16-1, 2-32-32-32-1 on [-3,3]^2; 4-12-12-1 on [-3,3]^4).",
        discussion: """
        Networks are RandomNetworks.make(widths:seed:) with weights and biases
        k/8, k uniform in -8...8. --write DIR saves them as JSON for the
        reference implementation benchmarks/regions_reference.py.
        """
    )

    @OptionGroup var bench: BenchOptions
    @Option(help: "Also write the benchmark networks as JSON into this directory.") var write: String?
    @OptionGroup var output: OutputOptions

    static let workloads: [(widths: [Int], seed: UInt64)] = [([2, 16, 16, 1], 1), ([2, 32, 32, 32, 1], 1), ([4, 12, 12, 1], 1)]

    func run() throws {
        var b = Benchmark(title: "exactnn bench regions")
        for (widths, seed) in Self.workloads {
            let net = try RandomNetworks.make(widths: widths, seed: seed)
            if let write { try writeAtomically(net.jsonText, to: "\(write)/net-\(net.architecture).json") }
            let runs = widths[0] > 2 ? max(1, bench.runs / 5) : bench.runs
            try b.measure("\(net.architecture) on [-3,3]^\(widths[0]), seed \(seed)", runs: runs) {
                let p = try net.activationRegions(on: .box(Rational(3)))
                return "\(p.regions.count) regions, \(p.affinePieces) affine pieces"
            }
        }
        try output.emit([b.table])
    }
}
