import ArgumentParser
import BooleanAnalysis
import Reports

struct BenchBoolean: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "boolean",
        abstract: "NPN classes of n = 5, Burnside counts, Fourier metrics of all 4-input functions, swaps tables."
    )

    @OptionGroup var bench: BenchOptions
    @OptionGroup var output: OutputOptions

    func run() throws {
        var b = Benchmark(title: "exactnn bench boolean")
        try b.measure("NPN classes n = 5 with orbit sizes (2 threads)", runs: bench.runs) {
            let classes = try npnClasses(variables: 5)
            return "\(classes.count) classes, orbits sum \(classes.reduce(0) { $0 + $1.orbitSize })"
        }
        for n in [12, 20] {
            try b.measure("Burnside NPN/NP/P counts, n = \(n)", runs: bench.runs) {
                let c = try BurnsideCount.classes(variables: n, group: .npn)
                _ = try BurnsideCount.classes(variables: n, group: .np)
                _ = try BurnsideCount.classes(variables: n, group: .p)
                return "NPN count has \(c.bitWidth) bits"
            }
        }
        try output.emit([b.table])
    }
}
