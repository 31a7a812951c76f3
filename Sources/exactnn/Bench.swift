import ArgumentParser

/// `exactnn bench <area>`: each area's workloads, median/min/max over runs.
/// Figures and the commands that produced them live in BENCHMARKS.md.
struct Bench: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Benchmarks: median/min/max seconds over repeated runs (build with -c release).",
        subcommands: [
            BenchArithmetic.self,
            BenchBoolean.self,
            BenchPolarity.self,
            BenchSymBal.self,
            BenchTrainer.self,
            BenchRbp.self,
        ]
    )
}

struct BenchOptions: ParsableArguments {
    @Option(help: "Timed runs per workload (after one warm-up run).")
    var runs: Int = 5

    func validate() throws {
        guard (1...1000).contains(runs) else { throw InputError("--runs must be in 1...1000, got \(runs)") }
    }
}
