import ArgumentParser
import ClaimKit
import Experiments
import Reports
import Trainer
#if canImport(Glibc)
import Glibc
#endif

struct Train: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Train small MLPs: one configuration (run) or the papers' experiments (list).",
        subcommands: [TrainRun.self, TrainList.self, TrainExperiment.self],
        defaultSubcommand: TrainExperiment.self
    )
}

struct TrainList: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "list", abstract: "Describe the paper experiments.")

    func run() throws {
        var t = Table(title: "Paper experiments: exactnn train <name> [--trials N] [--seed S] [--threads T] [--out DIR]",
                      columns: ["name", "source", "default trials", "default cost", "what"])
        for e in ExperimentCatalog.all {
            t.append([.text(e.name), .text(e.source.description), .integer(e.defaultTrials), .text(e.cost), .text(e.statement)])
        }
        t.notes = ["One configuration of your own: exactnn train run --help."]
        print(Render.tables([t], as: .text))
    }
}

struct TrainRun: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "run",
        abstract: "Train one configuration over seeded trials; success rate, loss and epoch quartiles.",
        discussion: """
        Success = training accuracy at the end ≥ --target (default 1: every
        example right). Trial i is seeded by (--seed, i) alone, so results do
        not depend on --threads.

        Data: boolean:<table>[:<n>] (truth table: binary, decimal or 0x hex;
        27030 is 4-parity), xor5d:<N>[:<sigma>] (paper 000 §2.1), digits[:<N>]
        (8×8 digits, training split, 10 one-hot outputs: use --loss softmax-ce).

        Examples:
          exactnn train run --data boolean:27030 --widths 3 --activation leaky-relu:0.1 --loss bce --optimizer adam --lr 0.025 --epochs 4000 --batch full --trials 20 --seed 1
          exactnn train run --data xor5d:500 --widths 64 --activation relu --optimizer adam --lr 0.01 --batch 32 --epochs 100
        """
    )

    @Option(help: "Data set: boolean:<table>[:<n>], xor5d:<N>[:<sigma>] or digits[:<N>].")
    var data: String

    @Option(help: "Hidden widths, comma separated (e.g. 3 or 8,8); 'none' for a linear model.")
    var widths: String

    @Option(help: "relu, leaky-relu:<alpha>, sigmoid, tanh, identity, power:<mu>.")
    var activation = "relu"

    @Option(help: "bce, mse, hinge:<beta> or softmax-ce (one-hot labels, ≥ 2 outputs).")
    var loss = "bce"

    @Option(help: "sgd, momentum:<mu> or adam.")
    var optimizer = "adam"

    @Option(help: "Learning rate (> 0).")
    var lr: Double = 0.01

    @Option(help: "Epochs (≥ 1).")
    var epochs = 100

    @Option(help: "'full' or a mini-batch size (≥ 1).")
    var batch = "full"

    @Option(help: "Initialization: fan-in-uniform (PyTorch's default), he, glorot, symmetric.")
    var initialization = "fan-in-uniform"

    @Option(help: "Feedback: bp, rbp, srbp, arbp, asrbp, optionally -no-fprime.")
    var feedback = "bp"

    @Option(help: "Training accuracy that counts as success, in (0, 1].")
    var target: Double = 1

    @Flag(help: "Stop a trial as soon as it reaches --target.")
    var stopAtTarget = false

    @Option(help: "Arithmetic: double or float.")
    var precision: Precision = .double

    @Option(help: "Independent trials (≥ 1).")
    var trials = 20

    @Option(help: "Seed of every random choice (recorded in the output).")
    var seed: UInt64 = 1

    @Option(help: "Worker threads (results do not depend on it).")
    var threads = 2

    @OptionGroup var output: OutputOptions

    func validate() throws {
        guard trials >= 1 else { throw InputError("--trials must be at least 1, got \(trials)") }
        guard threads >= 1 else { throw InputError("--threads must be at least 1, got \(threads)") }
        guard lr > 0, lr.isFinite else { throw InputError("--lr must be positive, got \(lr)") }
        guard epochs >= 1 else { throw InputError("--epochs must be at least 1, got \(epochs)") }
        guard target > 0, target <= 1 else { throw InputError("--target must be in (0, 1], got \(target)") }
    }

    /// Range checks (in run(), not validate(): argument-parser wraps errors
    /// thrown from validate(), which would lose the exit status 2).
    func checkRanges() throws {
        guard trials >= 1 else { throw InputError("--trials must be at least 1, got \(trials)") }
        guard threads >= 1 else { throw InputError("--threads must be at least 1, got \(threads)") }
        guard lr > 0, lr.isFinite else { throw InputError("--lr must be positive, got \(lr)") }
        guard epochs >= 1 else { throw InputError("--epochs must be at least 1, got \(epochs)") }
        guard target > 0, target <= 1 else { throw InputError("--target must be in (0, 1], got \(target)") }
    }

    func run() throws {
        try checkRanges()
        let set: TrainingData
        let config: TrainingConfiguration
        do {
            set = try Datasets.parse(data, seed: seed)
            config = try configuration()
            try config.validate(for: set)
        } catch let e as TrainerError {
            throw InputError(e.message)
        }
        let tty = isatty(STDERR_FILENO) != 0
        let start = Benchmark.now()
        let results = try Training.runTrials(config, data: set, trials: trials, seed: seed, threads: threads) { done in
            guard tty else { return }
            let elapsed = Benchmark.now() - start
            let eta = elapsed / Double(done) * Double(trials - done)
            writeStandardError("\r[\(done)/\(trials)] \(Cell.format((elapsed * 10).rounded() / 10)) s, ETA \(Cell.format((eta * 10).rounded() / 10)) s\u{1B}[K")
        }
        if tty { writeStandardError("\r\u{1B}[K") }
        let summary = try TrialSummary(results)
        try output.emit([table(summary, config: config, data: set)])
    }

    func configuration() throws -> TrainingConfiguration {
        let hidden: [Int]
        if widths == "none" {
            hidden = []
        } else {
            hidden = try widths.split(separator: ",", omittingEmptySubsequences: false).map {
                guard let w = Int($0), w >= 1 else { throw TrainerError("--widths: '\($0)' is not a width ≥ 1 (use e.g. 3 or 8,8, or 'none')") }
                return w
            }
        }
        var batchSize: Int?
        if batch != "full" {
            guard let b = Int(batch), b >= 1 else { throw TrainerError("--batch must be 'full' or a size ≥ 1, got '\(batch)'") }
            batchSize = b
        }
        return TrainingConfiguration(widths: hidden, activation: try Activation(spec: activation), loss: try Loss(spec: loss),
                                     optimizer: try Optimizer(spec: optimizer), learningRate: lr, epochs: epochs, batchSize: batchSize,
                                     initialization: try Initialization(spec: initialization), precision: precision,
                                     targetAccuracy: target, stopAtTarget: stopAtTarget, feedback: try Feedback(spec: feedback))
    }

    func table(_ s: TrialSummary, config: TrainingConfiguration, data set: TrainingData) -> Table {
        let shape = config.sizes(for: set).map(String.init).joined(separator: "→")
        var t = Table(title: "exactnn train run --data \(data) (\(shape))", columns: ["quantity", "q1", "median", "q3"])
        t.append([.text("success rate (\(s.successes)/\(s.trials) trials at accuracy ≥ \(Cell.format(target)))"), .text(""), .measured(s.successRate), .text("")])
        t.append([.text("final loss"), .measured(s.finalLoss.q1), .measured(s.finalLoss.median), .measured(s.finalLoss.q3)])
        if let e = s.epochsToTarget {
            t.append([.text("epochs to target (\(s.reachedTargetOnce) of \(s.trials) trials reached it)"), .measured(e.q1), .measured(e.median), .measured(e.q3)])
        } else {
            t.append([.text("epochs to target (no trial reached it)"), .text(""), .text(""), .text("")])
        }
        t.append([.text("seconds per run"), .measured(s.secondsPerRun.q1), .measured(s.secondsPerRun.median), .measured(s.secondsPerRun.q3)])
        t.notes = [
            "seed \(seed), trials \(trials), threads \(threads), \(precision.rawValue)",
            "\(config.activation), loss \(config.loss), \(config.optimizer) lr \(Cell.format(lr)), epochs \(epochs), batch \(batch), init \(config.initialization), feedback \(config.feedback)",
        ]
        return t
    }
}
extension Precision: ExpressibleByArgument {}
