import ArgumentParser
import Cores
import BooleanAnalysis
import ExactArithmetic
import Reports

struct BenchBoolean: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "boolean",
        abstract: "NPN canonization rates (n = 5, 6), NPN classes of n = 5, Burnside counts, Fourier metrics of all 4-input functions, swaps tables."
    )

    @OptionGroup var bench: BenchOptions
    @Option(help: "Only the workloads whose name contains this text, e.g. 'n = 5 (' for the swaps sweep.") var only: String?
    @OptionGroup var output: OutputOptions

    func run() throws {
        var b = Benchmark(title: "exactnn bench boolean")
        func measure(_ name: String, _ body: () throws -> String) throws {
            if let only, !name.contains(only) { return }
            try b.measure(name, runs: bench.runs, body)
        }
        // Issue 13 item 7: one core, a fixed stream of random tables (SplitMix64
        // from seed 1, as benchmarks/kitty/npn_rate.cpp draws them for kitty).
        for (n, count) in [(5, 200_000), (6, 50_000)] {
            let tables = (0..<UInt64(count)).map { try! TruthTable.random(n, seed: 1 &+ $0 &* 0x9E37_79B9_7F4A_7C15) }
            if let only, !"NPN canonization of random functions n = \(n)".contains(only) { continue }
            try b.measure("NPN canonization of random functions n = \(n) (\(count) tables, one core, with transforms)", runs: bench.runs, items: count, unit: "functions") {
                var sum: UInt64 = 0
                for f in tables { sum &+= try exactNPNCanonization(f).representative.word }
                return "checksum \(sum)"
            }
        }
        try measure("NPN classes n = 5 with orbit sizes (2 threads)") {
            let classes = try npnClasses(variables: 5)
            return "\(classes.count) classes, orbits sum \(classes.reduce(0) { $0 + $1.orbitSize })"
        }
        try measure("Fourier metrics of all 65 536 four-input functions (2 threads)") {
            // Each half: degree, exact total influence, exact entropy form of every function.
            let parts = Cores.map(2, threads: 2) { half in
                var part = (degrees: 0, maxInfluence: Rational(0), rationalEntropies: 0)
                for v in UInt64(half * 32768)..<UInt64(half * 32768 + 32768) {
                    let w = WalshSpectrum(try! TruthTable(variables: 4, value: v))
                    part.degrees += w.degree
                    let i = w.totalInfluence
                    if part.maxInfluence < i { part.maxInfluence = i }
                    if w.entropy.exactRational != nil { part.rationalEntropies += 1 }
                }
                return part
            }
            return "Σ degree \(parts[0].degrees + parts[1].degrees), max I \(Rational.max(parts[0].maxInfluence, parts[1].maxInfluence)), \(parts[0].rationalEntropies + parts[1].rationalEntropies) rational entropies"
        }
        try measure("swaps of all 222 four-input classes, chamber orders computed fresh") {
            _ = try weightOrders(variables: 4, chamber: true)
            let values = try npnClasses(variables: 4).map { try swapsValue($0.representative).value }
            return "max \(values.max()!), Σ \(values.reduce(0, +))"
        }
        for threads in [2, 1] {
            try measure("swaps of all 616 126 classes, n = 5 (\(threads) thread\(threads > 1 ? "s" : ""), every witness verified; chamber orders cached by the warm-up run)") {
                let classes = try swapsOfAllClasses(variables: 5, threads: threads)
                let d = swapsDistribution(classes)
                return "max \(d.last!.value); classes per value " + d.map { "\($0.value):\($0.classes)" }.joined(separator: " ")
            }
        }
        try measure("whole-space orders n = 4 by exact LP (5376 regions)") {
            "\(try weightOrders(variables: 4, chamber: false).count) orders"
        }
        try measure("chamber orders n = 5 by exact LP") {
            "\(try weightOrders(variables: 5, chamber: true).count) orders"
        }
        for n in [12, 20] {
            try measure("Burnside NPN/NP/P counts, n = \(n)") {
                let c = try BurnsideCount.classes(variables: n, group: .npn)
                _ = try BurnsideCount.classes(variables: n, group: .np)
                _ = try BurnsideCount.classes(variables: n, group: .p)
                return "NPN count has \(c.bitWidth) bits"
            }
        }
        try output.emit([b.table])
    }
}
