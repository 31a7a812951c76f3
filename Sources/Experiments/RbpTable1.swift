import ClaimKit
import Trainer

/// Paper 003, section 4 and Table 1, qualitatively: how much each way of
/// sending the error down (BP, RBP, SRBP, their adaptive and sparse forms,
/// each with or without the derivative f′, and training the top layer
/// only) costs in test accuracy. Two tasks stand in for MNIST: the 8×8
/// digits (`Data/digits`) and a synthetic teacher network.
///
/// The paper's network is four hidden layers of 100 tanh units, SGD with
/// rate 0.1, mini-batches of 100, no momentum, ten softmax outputs. Ours:
/// four hidden layers of 64 tanh units (digits) or three of 32 (teacher),
/// SGD rate 0.1, batch 32, ten softmax outputs with cross-entropy,
/// prediction = largest output. ARBP adapts at 0.1 η, as the paper lowers
/// its rate; ASRBP at η.
enum RbpTable1 {
    /// One column-and-row cell of Table 1: an algorithm in a variant.
    struct Variant: Sendable {
        let row: String, column: String
        let feedback: Feedback
        var topLayerOnly = false
    }

    static let variants: [Variant] = {
        var v: [Variant] = []
        for (column, algorithm) in [("BP", Feedback.Algorithm.bp), ("RBP", .rbp), ("SRBP", .srbp)] {
            v.append(Variant(row: "baseline", column: column, feedback: Feedback(algorithm)))
            v.append(Variant(row: "no f′", column: column, feedback: Feedback(algorithm, useDerivative: false)))
        }
        v.append(Variant(row: "baseline", column: "top layer only", feedback: .bp, topLayerOnly: true))
        v.append(Variant(row: "adaptive", column: "RBP", feedback: Feedback(.arbp, adaptationRate: 0.01)))
        v.append(Variant(row: "adaptive", column: "SRBP", feedback: Feedback(.asrbp)))
        for n in [8.0, 1.0] {
            v.append(Variant(row: "sparse-\(Int(n))", column: "RBP", feedback: Feedback(.rbp, distribution: .sparse(expected: n))))
            v.append(Variant(row: "sparse-\(Int(n))", column: "SRBP", feedback: Feedback(.srbp, distribution: .sparse(expected: n))))
        }
        return v
    }()

    static let rows = ["baseline", "no f′", "adaptive", "sparse-8", "sparse-1"]
    static let columns = ["BP", "RBP", "SRBP", "top layer only"]

    /// A task: training and test data and the hidden widths used on it.
    struct Task {
        let name: String, train: TrainingData, test: TrainingData, widths: [Int], epochs: Int
    }

    /// Ten classes from a random tanh teacher 20 → 20 → 20 → 10 (weights
    /// N(0, 4/n_in), so units saturate), inputs N(0, I); the label is the
    /// teacher's largest output. Deterministic in `seed`.
    static func teacher(trainCount: Int, testCount: Int, seed: UInt64) throws -> (TrainingData, TrainingData) {
        var random = TrainerRandom(seed: seed, stream: 0x5445_4143)  // "TEAC"
        var net = try Network<Double>(sizes: [20, 20, 20, 10], activation: .tanh)
        for k in 0..<net.layerCount {
            let scale = 2 / Double(net.sizes[k]).squareRoot()
            for p in net.weightOffset(k)..<net.biasOffset(k) { net.parameters[p] = scale * random.gaussian() }
        }
        func sample(_ count: Int) throws -> TrainingData {
            var xs: [[Double]] = [], ys: [[Double]] = []
            for _ in 0..<count {
                let x = (0..<20).map { _ in random.gaussian() }
                let z = net.output(x)
                let label = z.indices.max { z[$0] < z[$1] }!
                xs.append(x)
                ys.append((0..<10).map { $0 == label ? 1 : 0 })
            }
            return try TrainingData(inputs: xs, labels: ys)
        }
        return (try sample(trainCount), try sample(testCount))
    }

    static func tasks(_ options: ExperimentOptions) throws -> [Task] {
        let (train, test) = try Digits.split(try Digits.load(), testFraction: 0.3, seed: options.seed, trainingLimit: options.quick ? 150 : nil)
        let (tTrain, tTest) = try teacher(trainCount: options.quick ? 150 : 3000, testCount: options.quick ? 150 : 3000, seed: options.seed)
        return [Task(name: "digits", train: train, test: test, widths: options.quick ? [8, 8] : [64, 64, 64, 64], epochs: options.quick ? 2 : 40),
                Task(name: "teacher", train: tTrain, test: tTest, widths: options.quick ? [8, 8] : [32, 32, 32], epochs: options.quick ? 2 : 40)]
    }

    static let experiment = Experiment(
        name: "rbp.table-1",
        source: Source(.randomBackprop, section: "section 4", label: "Table 1, Figures 1–3"),
        statement: "Test accuracy of BP, RBP, SRBP (with and without f′), ARBP, ASRBP, sparse RBP/SRBP and top-layer-only training on the 8×8 digits and a tanh teacher task, beside Table 1's ordering: BP ≥ RBP ≈ SRBP > top layer only, and every algorithm worse without f′.",
        defaultTrials: 5, quickTrials: 1,
        cost: "2 tasks × 13 variants × 5 seeds = 130 runs of 40 epochs, about two minutes in release",
        grid: { try grid($0, trials: $1) }
    )

    /// One cell per (task, variant): row = the long table's row. Every cell
    /// uses the seed's tasks, trial i seeded by (seed, i).
    static func grid(_ options: ExperimentOptions, trials: Int) throws -> ExperimentGrid {
        let tasks = try tasks(options)
        let cells = tasks.flatMap { task in variants.map { (task: task, variant: $0) } }
        let seed = options.seed
        return ExperimentGrid(count: cells.count, label: { "\(cells[$0].task.name): \(cells[$0].variant.column), \(cells[$0].variant.row)" }, row: { j, threads in
            let (task, v) = cells[j]
            let config = TrainingConfiguration(widths: task.widths, activation: .tanh, loss: .softmaxCrossEntropy, optimizer: .sgd, learningRate: 0.1,
                                               epochs: task.epochs, batchSize: 32, initialization: .glorot, precision: .float, trackEpochsToTarget: false,
                                               feedback: v.feedback, frozenLayers: v.topLayerOnly ? Set(0..<task.widths.count) : [])
            let results = try Training.runTrials(config, data: task.train, trials: trials, seed: seed, threads: threads)
            let sizes = config.sizes(for: task.train)
            let accuracy = Spread(try results.map { Digits.accuracy(try Network<Double>(sizes: sizes, activation: .tanh, parameters: $0.parameters), task.test) })
            return [.text(task.name), .text(v.row), .text(v.column)] + accuracy.cells + [.measured(Spread(results.map(\.finalLoss)).median)]
        }, report: { rows in report(rows, tasks: tasks.map(\.name), trials: trials, options: options) })
    }

    static func report(_ longRows: [[Cell]], tasks: [String], trials: Int, options: ExperimentOptions) -> ExperimentReport {
        var long = Table(title: "Table 1 on small tasks: test accuracy (\(trials) seeds)",
                         columns: ["task", "variant", "algorithm", "test acc. median", "q1", "q3", "train loss median"], rows: longRows)
        var shaped: [Table] = [], checks = Table(title: "Table 1's ordering, by medians", columns: ["task", "statement", "holds"])
        var held = 0, baselines: [String] = []
        for (k, task) in tasks.enumerated() {
            var median: [String: Double] = [:]
            for (i, v) in variants.enumerated() { median[v.row + "/" + v.column] = longRows[k * variants.count + i].measured(3) }
            var grid = Table(title: "\(task): median test accuracy in Table 1's layout", columns: ["variant"] + columns)
            for r in rows { grid.append([.text(r)] + columns.map { c in median[r + "/" + c].map { .measured($0) } ?? .text("–") }) }
            shaped.append(grid)
            let m = { (r: String, c: String) in median[r + "/" + c]! }
            let orderings: [(String, Bool)] = [
                ("BP ≥ RBP", m("baseline", "BP") >= m("baseline", "RBP")),
                ("BP ≥ SRBP", m("baseline", "BP") >= m("baseline", "SRBP")),
                ("RBP > top layer only", m("baseline", "RBP") > m("baseline", "top layer only")),
                ("SRBP > top layer only", m("baseline", "SRBP") > m("baseline", "top layer only")),
                ("BP with f′ > without", m("baseline", "BP") > m("no f′", "BP")),
                ("RBP with f′ > without", m("baseline", "RBP") > m("no f′", "RBP")),
                ("SRBP with f′ > without", m("baseline", "SRBP") > m("no f′", "SRBP")),
                ("sparse-8 RBP ≥ sparse-1 RBP", m("sparse-8", "RBP") >= m("sparse-1", "RBP")),
            ]
            for (statement, holds) in orderings { checks.append([.text(task), .text(statement), .flag(holds)]) }
            held += orderings.filter(\.1).count
            baselines.append("\(task): " + columns.map { "\($0) \(Spread.round(m("baseline", $0), 3))" }.joined(separator: ", "))
        }
        long.notes = ["Float measurements; accuracy = largest of 10 outputs is the labelled class, on held-out data."]
        return ExperimentReport(
            name: "rbp.table-1",
            summary: "\(held) of \(checks.rows.count) Table 1 orderings hold by medians (\(trials) seeds); "
                + baselines.joined(separator: "; "),
            prediction: "Table 1 (MNIST): BP 97.9 ≥ RBP 97.2 ≈ SRBP 97.2 ≫ top layer only 84.7; without f′ every algorithm drops (89.9, 88.3, 88.4); adaptive ≈ baseline; sparse-1 RBP (90.3) below sparse-8 (96.0).",
            settings: [("seed", String(options.seed)), ("trials (seeds)", String(trials)),
                       ("digits", "8×8 digits, stratified 70/30 split, pixels / 16, 64 → 4 × 64 tanh → 10"),
                       ("teacher", "x ~ N(0, I₂₀), label = argmax of a random tanh net 20 → 20 → 20 → 10 (weights N(0, 4/n_in)); 20 → 3 × 32 tanh → 10"),
                       ("training", "SGD η = 0.1, batch 32, Glorot uniform init, softmax cross-entropy on 10 outputs, Float"),
                       ("feedback", "Gaussian N(0, 1/n_upper) matrices; ARBP adapts at 0.01, ASRBP at η; sparse-n: entries 1 with probability n/fan-in (RBP scaled 1/√n)"),
                       ("mode", options.quick ? "quick (2 × 8 hidden, 2 epochs, 150 training rows)" : "full")],
            tables: shaped + [checks, long])
    }
}
