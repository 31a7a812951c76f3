import ArgumentParser
import ClaimKit
import Experiments
import Reports
import Trainer
#if canImport(Glibc)
import Glibc
#endif

/// `exactnn train <experiment>`: runs one paper experiment, prints its
/// tables, and with --out writes <name>.json and <name>.csv into a folder.
struct TrainExperiment: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "experiment",
        abstract: "Run one paper experiment (names: 'exactnn train list').",
        discussion: """
        The experiment name may be given directly after 'train'. Trial i of
        every configuration is seeded by (--seed, i) alone, so the figures do
        not depend on --threads.

        --format json prints one JSON object {experiment, summary,
        prediction, tables} (the same as <name>.json); csv and markdown print
        the tables.

        Sharding: an experiment whose work is a grid of independent cells
        runs shard i of k with --shard i/k --out FILE (a partial result;
        with --resume a killed shard continues from its checkpoint), and
        'exactnn merge FILES…' prints exactly what the unsharded run prints
        with the same --seed, --trials and --quick ('exactnn slurm' writes
        the job array). These can be sharded:
        \(TrainGridStudy.shardable.joined(separator: ", ")).

        Examples:
          exactnn train polarity.fig-4a --trials 50 --seed 1 --out results
          exactnn train polarity.fig-4a --quick --shard 0/2 --out part0.json
          exactnn train polarity.fig-4a --quick --shard 1/2 --out part1.json
          exactnn merge part0.json part1.json --format json
          exactnn train balance.theorem-31 --quick
          exactnn train polarity.fig-4a --quick --trials 20 --format json
        """
    )

    @Argument(help: "Experiment name, e.g. polarity.fig-4a.")
    var name: String

    @Option(help: "Trials per configuration (default: the experiment's, see 'train list').")
    var trials: Int?

    @Option(help: "Seed of every random choice (recorded in the output).")
    var seed: UInt64 = 1

    @Option(help: "Worker threads (results do not depend on it; with --shard every core takes cells, one thread each).")
    var threads = 2

    @Flag(help: "The tiny configuration used by the tests.")
    var quick = false

    @Option(help: "Output format on standard output: text, json, csv or markdown.")
    var format: OutputFormat = .text

    @Option(help: "Folder for <name>.json and <name>.csv (created if missing); long experiments keep a progress file there and resume from it. With --shard: the partial result file.")
    var out: String?

    @OptionGroup var sharding: ShardOptions

    func run() throws {
        if sharding.shard != nil || sharding.resume {
            let options = ExperimentOptions(trials: trials, seed: seed, threads: threads, quick: quick)
            let study = try TrainGridStudy(experiment: try trainer { try ExperimentCatalog.named(name) }, options: options)
            var output = OutputOptions()
            output.out = out
            return try study.run(sharding, output: output) {}
        }
        let tty = isatty(STDERR_FILENO) != 0
        let start = Benchmark.now()
        if let out, mkdir(out, 0o755) != 0 && errno != EEXIST { throw InputError("--out: cannot create folder '\(out)'") }
        let options = ExperimentOptions(trials: trials, seed: seed, threads: threads, quick: quick, workDirectory: out) { stage in
            guard tty else { return }
            writeStandardError("\r[\(Cell.format((Benchmark.now() - start).rounded())) s] \(stage)\u{1B}[K")
        }
        let report: ExperimentReport
        do {
            report = try ExperimentCatalog.named(name).run(options)
        } catch let e as TrainerError {
            throw InputError(e.message)
        }
        if tty { writeStandardError("\r\u{1B}[K") }
        print(Self.rendered(report, as: format), terminator: "")
        guard let out else { return }
        try writeAtomically(Self.rendered(report, as: .json), to: out + "/" + report.name + ".json")
        try writeAtomically(Self.rendered(report, as: .csv), to: out + "/" + report.name + ".csv")
    }

    /// What the run prints: json is one object {experiment, summary,
    /// prediction, tables}; csv the tables; text and markdown the tables,
    /// the prediction and the measured summary. `exactnn merge` prints the same.
    static func rendered(_ report: ExperimentReport, as format: OutputFormat) -> String {
        let tables = [report.settingsTable] + report.tables
        switch format {
        case .json:
            return "{\n\"experiment\": \(Render.jsonString(report.name)),\n\"summary\": \(Render.jsonString(report.summary)),\n"
                + "\"prediction\": \(Render.jsonString(report.prediction)),\n\"tables\": \(Render.tables(tables, as: .json))}\n"
        case .csv: return Render.tables(tables, as: .csv)
        case .text, .markdown:
            return Render.tables(tables, as: format) + "\nPrediction: \(report.prediction)\nMeasured: \(report.summary)\n"
        }
    }
}
