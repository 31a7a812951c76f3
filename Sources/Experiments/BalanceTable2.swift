import ClaimKit
import Trainer

/// Paper 004, §3 and Table 2 (in spirit): fully connected ReLU networks of
/// three depths trained on the 8×8 digits (our stand-in for MNIST) with
/// plain training, a full L2 balance before training, L2 or L1 partial
/// balancing after every epoch, and L2 or L1 regularization with
/// coefficient 10⁻⁵ (proximal steps) — test accuracy after training.
///
/// The trainer has no softmax: ten outputs with BCE (one-vs-rest), the
/// prediction is the largest output. The paper reports L1 partial
/// balancing best on every model size; we report what we measure.
enum BalanceTable2 {
    enum Method: String, CaseIterable {
        case plain = "plain"
        case fullBalance = "full L2 balance before"
        case l2Partial = "L2 partial balance / epoch"
        case l1Partial = "L1 partial balance / epoch"
        case l2Reg = "L2 reg 1e-5"
        case l1Reg = "L1 reg 1e-5"
    }

    static let experiment = Experiment(
        name: "balance.table-2",
        source: Source(.synapticBalance, section: "section 3", label: "Table 2"),
        statement: "8×8 digits, FCNs with 1, 2 and 4 hidden layers of 64 ReLU units: test accuracy (median, quartiles over seeds) of plain training, full balance before training, L2 / L1 partial balancing every epoch, and L2 / L1 regularization 1e-5.",
        defaultTrials: 8, quickTrials: 1,
        cost: "3 sizes × 6 methods × 8 seeds = 144 runs of 30 epochs, a few minutes in release",
        grid: { try grid($0, trials: $1) }
    )

    /// One cell per (model, method): row = the table's row. Every cell uses
    /// the seed's split, trial i seeded by (seed, i).
    static func grid(_ options: ExperimentOptions, trials: Int) throws -> ExperimentGrid {
        let table = try Digits.load()
        let (train, test) = try Digits.split(table, testFraction: 0.3, seed: options.seed, trainingLimit: options.quick ? 200 : nil)
        let models: [(String, [Int])] = options.quick ? [("2-FCN", [8])] : [("2-FCN", [64]), ("3-FCN", [64, 64]), ("5-FCN", [64, 64, 64, 64])]
        let epochs = options.quick ? 2 : 30, batch = 32, eta = 0.003
        let stepsPerEpoch = Double((train.count + batch - 1) / batch)
        @Sendable func hook(_ m: Method) -> (any BalancingHook)? {
            switch m {
            case .plain: return nil
            case .fullBalance: return LpNeuronBalancing(p: 2, beforeTraining: true, everyEpochs: 0, tolerance: 1e-9)
            case .l2Partial: return LpNeuronBalancing(p: 2, beforeTraining: false, everyEpochs: 1, tolerance: nil)
            case .l1Partial: return LpNeuronBalancing(p: 1, beforeTraining: false, everyEpochs: 1, tolerance: nil)
            case .l2Reg: return ProximalRegularization(p: 2, coefficient: 1e-5, step: eta * stepsPerEpoch)
            case .l1Reg: return ProximalRegularization(p: 1, coefficient: 1e-5, step: eta * stepsPerEpoch)
            }
        }
        let cells = models.flatMap { model in Method.allCases.map { (label: model.0, widths: model.1, method: $0) } }
        let seed = options.seed
        return ExperimentGrid(count: cells.count, label: { "\(cells[$0].label), \(cells[$0].method.rawValue)" }, row: { j, threads in
            let (label, widths, m) = cells[j]
            let config = TrainingConfiguration(widths: widths, activation: .relu, loss: .bceWithLogits, optimizer: .adamDefault, learningRate: eta,
                                               epochs: epochs, batchSize: batch, initialization: .fanInUniform, trackEpochsToTarget: false, balancing: hook(m))
            let results = try Training.runTrials(config, data: train, trials: trials, seed: seed, threads: threads)
            let sizes = config.sizes(for: train)
            let accuracy = try Spread(results.map { Digits.accuracy(try Network<Double>(sizes: sizes, activation: .relu, parameters: $0.parameters), test) })
            return [.text(label), .text(m.rawValue)] + accuracy.cells + [.measured(Spread(results.map(\.finalLoss)).median)]
        }, report: { rows in
            var out = Table(title: "Table 2 on digits: test accuracy after \(epochs) epochs (\(trials) seeds)",
                            columns: ["model", "method", "test acc. median", "q1", "q3", "train loss median"], rows: rows)
            var best: [String] = []
            for (k, (label, _)) in models.enumerated() {
                let medians = Method.allCases.indices.map { (Method.allCases[$0], rows[k * Method.allCases.count + $0].measured(2)) }
                let top = medians.max { $0.1 < $1.1 }!
                best.append("\(label): best \(top.0.rawValue) \(Spread.round(top.1, 4)), plain \(Spread.round(medians[0].1, 4))")
            }
        out.notes = ["Float measurements; prediction = argmax of 10 BCE outputs. Regularizers as proximal steps once per epoch with step η × \(Int(stepsPerEpoch)) batches."]
        return ExperimentReport(
            name: "balance.table-2",
            summary: best.joined(separator: "; "),
            prediction: "balancing (full before, partial during) should match or beat plain training and L1/L2 regularization; the paper finds L1 partial balancing best on MNIST for all sizes.",
            settings: [("seed", String(options.seed)), ("trials (seeds)", String(trials)),
                       ("data", "8×8 digits, stratified 70/30 split, \(train.count) training / \(test.count) test rows, pixels / 16"),
                       ("training", "Adam lr \(eta), batch \(batch), \(epochs) epochs, fan-in uniform init, BCE on 10 outputs"),
                       ("full balance", "L2, sweeps to relative tolerance 1e-9"), ("partial balance", "one layer-wise sweep after every epoch"),
                       ("mode", options.quick ? "quick" : "full")],
            tables: [out])
        })
    }
}
