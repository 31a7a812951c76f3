import ArgumentParser
import BooleanAnalysis
import ClaimKit
import Reports

/// `exactnn bench six`: the n = 6 chamber walk and the n = 6 swaps search.
struct BenchSix: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "six",
        abstract: "Six inputs: the certified chamber walk (124 187 orders) and swaps of random 6-input functions."
    )

    @OptionGroup var bench: BenchOptions
    @Option(help: "Random 6-input functions timed one by one for the swaps row.") var functions: Int = 20
    @Option(help: "Seed of the random functions.") var seed: UInt64 = 1
    @Option(help: "Only the workloads whose name contains this text, e.g. 'swaps'.") var only: String?
    @OptionGroup var output: OutputOptions

    func validate() throws {
        guard (1...10_000).contains(functions) else { throw InputError("--functions must be in 1...10000, got \(functions)") }
    }

    func run() throws {
        var b = Benchmark(title: "exactnn bench six")
        for threads in [2, 1] where only.map({ "chamber orders n = 6 by the certified walk (\(threads) thread".contains($0) }) ?? true {
            try b.measure("chamber orders n = 6 by the certified walk (\(threads) thread\(threads > 1 ? "s" : ""))", runs: bench.runs) {
                let r = try chamberWalk(variables: 6, threads: threads)
                return "\(r.orders.count) orders; \(r.witnessed) witnessed, \(r.certified) Gordan, \(r.exactLP) exact LP, \(r.combinatorial) combinatorial"
            }
        }
        if only.map({ "swaps of one random 6-input function (1 thread)".contains($0) }) ?? true {
            // One function per timing: median/min/max over the functions, not over repeats.
            _ = try swapsValue(TruthTable(variables: 6, value: 1))        // loads and checks the shipped orders
            var state = seed, times: [Double] = [], worst = (0.0, UInt64(0)), values: [Int] = []
            for _ in 0..<functions {
                state = state &+ 0x9E37_79B9_7F4A_7C15
                var z = state
                z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
                z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
                let f = try TruthTable(variables: 6, value: z ^ (z >> 31))
                let start = Benchmark.now()
                values.append(try swapsValue(f).value)
                let t = Benchmark.now() - start
                times.append(t)
                if t > worst.0 { worst = (t, f.word) }
            }
            let sorted = times.sorted()
            let median = sorted.count % 2 == 1 ? sorted[sorted.count / 2] : (sorted[sorted.count / 2 - 1] + sorted[sorted.count / 2]) / 2
            func r(_ x: Double) -> Double { (x * 1000).rounded() / 1000 }
            b.table.append([.text("swaps of one random 6-input function (1 thread), seed \(seed)"), .integer(functions),
                            .measured(r(median)), .measured(r(sorted.first!)), .measured(r(sorted.last!)),
                            .text("swaps \(values.min()!)…\(values.max()!); slowest f = 0x\(String(worst.1, radix: 16))")])
        }
        try output.emit([b.table])
    }
}
