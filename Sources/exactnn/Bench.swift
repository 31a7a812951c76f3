import ArgumentParser

/// `exactnn bench <area>`: each area's workloads, median/min/max over runs.
/// Figures and the commands that produced them live in BENCHMARKS.md.
struct Bench: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Benchmarks: median/min/max seconds over repeated runs (build with -c release).",
        discussion: """
        Each area times its workloads after one warm-up run; BENCHMARKS.md
        records the figures, the baselines and the command that produced them.

        Example:
          exactnn bench arithmetic --runs 5
          exactnn bench boolean --runs 3 --format markdown
        """,
        subcommands: [
            BenchArithmetic.self,
            BenchBoolean.self,
            BenchPolarity.self,
            BenchSymBal.self,
            BenchTrainer.self,
            BenchRbp.self,
            BenchRegions.self,
            BenchSix.self,
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
