import ClaimKit
import Trainer

/// How an experiment is run: trial count (nil = the experiment's default),
/// seed, threads, and quick mode (tiny sizes for tests and certificates).
public struct ExperimentOptions: Sendable {
    public var trials: Int?
    public var seed: UInt64
    public var threads: Int
    public var quick: Bool
    /// Told the stage about to run (e.g. "n = 5, RAND"), for progress lines.
    public var progress: (@Sendable (String) -> Void)?
    /// Where long experiments keep a progress file to resume from (nil: no
    /// resuming).
    public var workDirectory: String?

    public init(trials: Int? = nil, seed: UInt64 = 1, threads: Int = 2, quick: Bool = false, workDirectory: String? = nil,
                progress: (@Sendable (String) -> Void)? = nil) {
        self.trials = trials
        self.seed = seed
        self.threads = threads
        self.quick = quick
        self.workDirectory = workDirectory
        self.progress = progress
    }

    func note(_ stage: String) { progress?(stage) }

    /// **Edge cases:** trials < 1, trials above 100 000 or threads < 1 throw.
    public func validate() throws {
        if let t = trials, !(1...100_000).contains(t) { throw TrainerError("--trials must be in 1...100000, got \(t)") }
        guard threads >= 1 else { throw TrainerError("--threads must be at least 1, got \(threads)") }
    }
}

/// What an experiment measured: the theory's prediction beside the
/// figures, the settings (with seed and trial count), and the tables.
public struct ExperimentReport: Sendable {
    public let name: String
    /// One line with the key numbers (used as the claim's summary).
    public let summary: String
    /// What the theory predicts, in words and numbers.
    public let prediction: String
    /// Every setting, seed and trial count included.
    public let settings: [(String, String)]
    public let tables: [Table]

    /// Settings as a two-column table.
    public var settingsTable: Table {
        Table(title: "\(name): settings", columns: ["setting", "value"], rows: settings.map { [.text($0.0), .text($0.1)] })
    }
}

/// One empirical check: a name for the command line, the paper source,
/// default trial counts and a cost estimate, and the run.
public struct Experiment: Sendable {
    public let name: String
    public let source: Source
    /// What is measured, in our words.
    public let statement: String
    public let defaultTrials: Int
    public let quickTrials: Int
    /// Runs and rough time of the default (full) configuration.
    public let cost: String
    let body: @Sendable (_ options: ExperimentOptions, _ trials: Int) throws -> ExperimentReport
    /// The cells, for experiments whose work is a grid of independent cells
    /// (nil: not shardable).
    let plan: (@Sendable (_ options: ExperimentOptions, _ trials: Int) throws -> ExperimentGrid)?

    init(name: String, source: Source, statement: String, defaultTrials: Int, quickTrials: Int, cost: String,
         body: @escaping @Sendable (ExperimentOptions, Int) throws -> ExperimentReport) {
        self.init(name: name, source: source, statement: statement, defaultTrials: defaultTrials, quickTrials: quickTrials, cost: cost,
                  plan: nil, body: body)
    }

    /// A grid experiment: the unsharded run computes the grid's rows (with
    /// `body`, when given, e.g. to keep a progress file) and reports them.
    init(name: String, source: Source, statement: String, defaultTrials: Int, quickTrials: Int, cost: String,
         grid plan: @escaping @Sendable (ExperimentOptions, Int) throws -> ExperimentGrid,
         body: (@Sendable (ExperimentOptions, Int, ExperimentGrid) throws -> ExperimentReport)? = nil) {
        self.init(name: name, source: source, statement: statement, defaultTrials: defaultTrials, quickTrials: quickTrials, cost: cost,
                  plan: plan) { options, trials in
            let grid = try plan(options, trials)
            return try body?(options, trials, grid) ?? grid.run(options)
        }
    }

    private init(name: String, source: Source, statement: String, defaultTrials: Int, quickTrials: Int, cost: String,
                 plan: (@Sendable (ExperimentOptions, Int) throws -> ExperimentGrid)?,
                 body: @escaping @Sendable (ExperimentOptions, Int) throws -> ExperimentReport) {
        self.name = name
        self.source = source
        self.statement = statement
        self.defaultTrials = defaultTrials
        self.quickTrials = quickTrials
        self.cost = cost
        self.plan = plan
        self.body = body
    }

    /// The trial count a run with these options uses.
    public func trials(_ options: ExperimentOptions) -> Int {
        options.trials ?? (options.quick ? quickTrials : defaultTrials)
    }

    /// Runs with the options' trial count, or the default for the mode.
    public func run(_ options: ExperimentOptions) throws -> ExperimentReport {
        try options.validate()
        return try body(options, trials(options))
    }

    /// Whether the work is a grid of independent cells (shardable).
    public var hasGrid: Bool { plan != nil }

    /// The grid for these options (nil: the experiment has none).
    public func grid(_ options: ExperimentOptions) throws -> ExperimentGrid? {
        try options.validate()
        return try plan?(options, trials(options))
    }

    /// The experiment as an `empirical` claim whose quick check runs the
    /// quick configuration.
    var claim: Claim {
        let run = self.run
        return Claim(id: name, source: source, statement: statement + " Full mode: " + cost + ".", expected: .empirical, method: .empirical) { context in
            let report = try run(ExperimentOptions(seed: context.seed, threads: context.threads, quick: context.quick))
            return Finding(.empirical, report.summary,
                           details: [.text("Prediction: " + report.prediction), .table(report.settingsTable)] + report.tables.map { .table($0) })
        }
    }
}

/// Every experiment, by command-line name (the claim id).
public enum ExperimentCatalog {
    public static let all: [Experiment] = [
        PolarityFig4A.experiment, PolarityFig4BCD.experiment, PolarityFig1.experiment, PolarityFigC1.experiment, PolarityFigC5.experiment,
        BalanceTheorem31.experiment, BalanceTable2.experiment,
        SymmetricFigures.fig2, SymmetricFigures.fig3, SymmetricFigures.fig4, SymmetricFigures.fig5, SymmetricFigures.fig6, SymmetricFigures.corruption,
        BooleanFig35.experiment, BooleanFig36Six.experiment, BooleanFig37.experiment, BooleanTable35.experiment,
        RbpChainODE.experiment, RbpTable1.experiment, RbpFig78.experiment,
        AnnulusTable42.experiment, RegionsSection62.experiment, RegionsTable51.experiment, AnnulusFig48.experiment,
    ]

    /// **Edge cases:** an unknown name throws, listing the known ones.
    public static func named(_ name: String) throws -> Experiment {
        guard let e = all.first(where: { $0.name == name }) else {
            throw TrainerError("unknown experiment '\(name)'; known: " + all.map(\.name).joined(separator: ", "))
        }
        return e
    }
}
