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

        Examples:
          exactnn train polarity.fig-4a --trials 50 --seed 1 --out results
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

    @Option(help: "Worker threads (results do not depend on it).")
    var threads = 2

    @Flag(help: "The tiny configuration used by the tests.")
    var quick = false

    @Option(help: "Output format on standard output: text, json, csv or markdown.")
    var format: OutputFormat = .text

    @Option(help: "Folder for <name>.json and <name>.csv (created if missing); long experiments keep a progress file there and resume from it.")
    var out: String?

    func run() throws {
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
        let tables = [report.settingsTable] + report.tables
        let json = "{\n\"experiment\": \(Render.jsonString(report.name)),\n\"summary\": \(Render.jsonString(report.summary)),\n"
            + "\"prediction\": \(Render.jsonString(report.prediction)),\n\"tables\": \(Render.tables(tables, as: .json))}\n"
        switch format {
        case .json: print(json, terminator: "")
        case .csv: print(Render.tables(tables, as: .csv), terminator: "")
        case .text, .markdown:
            print(Render.tables(tables, as: format))
            print("Prediction: \(report.prediction)\nMeasured: \(report.summary)")
        }
        guard let out else { return }
        try writeAtomically(json, to: out + "/" + report.name + ".json")
        try writeAtomically(Render.tables(tables, as: .csv), to: out + "/" + report.name + ".csv")
    }
}
