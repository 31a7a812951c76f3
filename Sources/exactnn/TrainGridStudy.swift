import ClaimKit
import Experiments
import Reports
import Trainer

/// `exactnn train <name>` of an experiment with a grid of independent
/// cells (``ExperimentGrid``) as a study: item j = cell j, row = the cell's
/// plain values (counts, Doubles that read back bit for bit), rendered by
/// the experiment's own report exactly as the unsharded run prints it.
/// Cell j depends on (seed, trials, mode, j) alone, so shards agree with
/// the unsharded run whatever the split and the thread count.
struct TrainGridStudy: ShardableStudy {
    static let command = "train"
    let experiment: Experiment
    /// Seed, trials and mode; threads and work directory play no part.
    let options: ExperimentOptions

    var parameters: [String: String] {
        ["experiment": experiment.name, "seed": String(options.seed), "trials": String(experiment.trials(options)), "quick": options.quick ? "yes" : "no"]
    }

    /// The experiments that can be sharded.
    static var shardable: [String] { ExperimentCatalog.all.filter(\.hasGrid).map(\.name) }

    init(experiment: Experiment, options: ExperimentOptions) throws {
        guard experiment.hasGrid else {
            throw InputError("experiment '\(experiment.name)' is not a grid of independent cells, so it cannot be sharded; these can: \(Self.shardable.joined(separator: ", "))")
        }
        self.experiment = experiment
        self.options = ExperimentOptions(trials: experiment.trials(options), seed: options.seed, threads: 1, quick: options.quick)
        try trainer { try self.options.validate() }
    }

    /// Rebuilt from a partial file's parameters.
    init(parameters p: [String: String]) throws {
        guard let name = p["experiment"], let experiment = try? ExperimentCatalog.named(name), let seed = p["seed"].flatMap(UInt64.init),
              let trials = p["trials"].flatMap(Int.init), let quick = p["quick"], quick == "yes" || quick == "no" else {
            throw InputError("partial results of 'train' with parameters \(p) are not an experiment this version merges")
        }
        try self.init(experiment: experiment, options: ExperimentOptions(trials: trials, seed: seed, quick: quick == "yes"))
    }

    func grid() throws -> ExperimentGrid {
        guard let grid = try trainer({ try experiment.grid(options) }) else { preconditionFailure("checked in init") }
        return grid
    }

    /// Each cell on one thread: the shard runner spreads cells over the cores.
    func items() throws -> StudyItems {
        let grid = try grid()
        return StudyItems(count: grid.count) { j in try trainer { try grid.row(j, 1) } }
    }

    func render(_ rows: [[Cell]], to output: OutputOptions) throws {
        let report = try trainer { try grid().report(rows) }
        try output.emit(TrainExperiment.rendered(report, as: output.format))
    }
}

/// Runs a Trainer / Experiments call, turning its ``TrainerError`` into a one-line `InputError`.
func trainer<T>(_ body: () throws -> T) throws -> T {
    do { return try body() } catch let e as TrainerError { throw InputError(e.message) }
}
