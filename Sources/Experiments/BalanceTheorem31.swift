import ClaimKit
import Trainer

/// Paper 004, appendix B.6, eq. 31 and Theorem 31 (Figures 18–19 in
/// numbers): full-batch gradient descent from a deliberately unbalanced
/// start, on E alone and on E + R (R = c‖w‖₂² or c‖w‖₁, as proximal steps).
///
/// Prediction. On E alone the gradient flow conserves each hidden unit's
/// deficit D = ‖in‖₂² − ‖out‖₂² (eq. 31), so D stays near D(0) (drift
/// O(η²) per step). With R = c‖w‖₂² the flow gives dD/dt = −4cD, and our
/// split step scales D by exactly (1 + 2ηc)⁻² per epoch, so
/// D(t) ≈ D(0)(1 + 2ηc)^(−2t) → 0: Theorem 31's balanced end state. With
/// L1 the theorem predicts L1 balance at convergence, without a rate.
enum BalanceTheorem31 {
    /// He initialization, then each hidden unit rescaled by e^u, u ~ U[−1, 1]
    /// (incoming ×e^u, outgoing ÷e^u): the same function, unbalanced.
    /// Draws from its own stream (seed, trial) so epoch 0 can be rebuilt.
    struct UnbalancedStart: InitializationHook {
        let seed: UInt64, trial: Int
        var name: String { "he-unbalanced" }

        func initialize(_ network: inout Network<Double>, random _: inout TrainerRandom) throws {
            var random = TrainerRandom(seed: seed, stream: UInt64(trial)).substream(0x554E_4241)  // "UNBA"
            for k in 0..<network.layerCount {
                let scale = (2 / Double(network.sizes[k])).squareRoot()
                for p in network.weightOffset(k)..<network.biasOffset(k) { network.parameters[p] = scale * random.gaussian() }
            }
            for k in 0..<(network.layerCount - 1) {
                for i in 0..<network.sizes[k + 1] {
                    L2NeuronBalancing.scale(&network, layer: k, unit: i, by: Double.exp(random.uniform(-1, 1)))
                }
            }
        }
    }

    enum Condition: String, CaseIterable {
        case plain = "E alone"
        case l2 = "E + c‖w‖₂²"
        case l1 = "E + c‖w‖₁"
    }

    static let experiment = Experiment(
        name: "balance.theorem-31",
        source: Source(.synapticBalance, section: "appendix B.6", label: "eq. 31, Theorem 31, Figures 18–19"),
        statement: "Gradient descent on E + R (L2 or L1) from an unbalanced start ends with every hidden ReLU unit balanced; on E alone the L2 deficit stays near its start. Measured: worst-unit deficits per epoch checkpoint, medians and quartiles over trials, beside the predicted L2 decay.",
        defaultTrials: 10, quickTrials: 2,
        cost: "3 conditions × 10 trials, 10 000 epochs each (rerun per checkpoint, 14 100 epochs), about half a minute in release"
    ) { options, trials in
        let data = Datasets.xor5d(count: options.quick ? 40 : 200, seed: options.seed)
        let widths = options.quick ? [4, 4] : [8, 8]
        let checkpoints = options.quick ? [0, 20, 100] : [0, 100, 1000, 3000, 10000]
        let eta = 0.05, c2 = options.quick ? 0.05 : 0.01, c1 = options.quick ? 0.01 : 0.002
        @Sendable func config(_ condition: Condition, epochs: Int, trial: Int) -> TrainingConfiguration {
            var c = TrainingConfiguration(widths: widths, activation: .relu, loss: .bceWithLogits, optimizer: .sgd, learningRate: eta,
                                          epochs: epochs, initialization: .custom(UnbalancedStart(seed: options.seed, trial: trial)),
                                          trackEpochsToTarget: false)
            switch condition {
            case .plain: break
            case .l2: c.balancing = ProximalRegularization(p: 2, coefficient: c2, step: eta)
            case .l1: c.balancing = ProximalRegularization(p: 1, coefficient: c1, step: eta)
            }
            return c
        }
        let sizes = [data.inputDimension] + widths + [1]
        var table = Table(title: "Balance deficits (worst hidden unit) during gradient descent, \(trials) trials",
                          columns: ["condition", "epoch", "L2 |D| median", "q1", "q3", "L2 |D| predicted (median)", "L2 relative median", "L1 relative median", "q1", "q3", "loss median"])
        var last: [Condition: (Spread, Spread, Spread)] = [:]
        var start: Spread?
        for condition in Condition.allCases {
            var initial: [Double] = []
            for e in checkpoints {
                options.note("\(condition.rawValue), epoch \(e)")
                var nets: [Network<Double>] = [], losses: [Double] = []
                if e == 0 {
                    for t in 0..<trials {
                        var net = try Network<Double>(sizes: sizes, activation: .relu)
                        var unused = TrainerRandom(seed: 0)
                        try UnbalancedStart(seed: options.seed, trial: t).initialize(&net, random: &unused)
                        nets.append(net)
                    }
                } else {
                    let results = try Training.runTrials({ config(condition, epochs: e, trial: $0) }, data: data, trials: trials, seed: options.seed, threads: options.threads)
                    nets = try results.map { try Network<Double>(sizes: sizes, activation: .relu, parameters: $0.parameters) }
                    losses = results.map(\.finalLoss)
                }
                let l2 = nets.map { BalanceDeficit.worst($0, p: 2) }, l1 = nets.map { BalanceDeficit.worst($0, p: 1) }
                if e == 0 { initial = l2.map(\.absolute) }
                let predicted = initial.map { condition == .l2 ? $0 * Double.pow(1 + 2 * eta * c2, -2 * Double(e)) : $0 }
                let d2 = Spread(l2.map(\.absolute)), r1 = Spread(l1.map(\.relative))
                table.append([.text(condition.rawValue), .integer(e)] + d2.cells + [.measured(Spread(predicted).median), .measured(Spread(l2.map(\.relative)).median), .measured(r1.median), .measured(r1.q1), .measured(r1.q3), losses.isEmpty ? .text("–") : .measured(Spread(losses).median)])
                if e == 0 { start = d2 }
                last[condition] = (d2, Spread(l2.map(\.relative)), r1)
            }
        }
        table.notes = ["D = Σ_in w² − Σ_out w² (bias counted as an incoming weight); relative = |A − B|/(A + B) with A, B the incoming and outgoing L_p sums; worst unit per network.",
                       "Predicted: E alone and L1 keep D(0) (eq. 31 conserves it in the flow); L2 gives D(0)(1 + 2ηc)^(−2t)."]
        let end = checkpoints.last!
        return ExperimentReport(
            name: "balance.theorem-31",
            summary: "worst-unit L2 deficit, epoch 0 → \(end): E alone \(start!.text()) → \(last[.plain]!.0.text()); E + L2 → \(last[.l2]!.0.text()); "
                + "L1 relative deficit under E + L1: \(last[.l1]!.2.text())",
            prediction: "E alone conserves the L2 deficit (eq. 31) up to O(η²) per step; E + c‖w‖₂² decays it as (1 + 2ηc)^(−2t) (η = \(eta), c = \(c2)); E + L1 ends L1-balanced (Theorem 31).",
            settings: [("seed", String(options.seed)), ("trials", String(trials)), ("data", "XOR-5D, \(data.count) samples, full batch"),
                       ("network", sizes.map(String.init).joined(separator: " → ") + ", ReLU, BCE with logits"),
                       ("optimizer", "plain gradient descent, η = \(eta)"), ("start", "He normal, each hidden unit rescaled by e^u, u ~ U[−1, 1]"),
                       ("regularizers", "proximal step after every epoch: L2 c = \(c2), L1 c = \(c1), over weights and biases"),
                       ("checkpoints", checkpoints.map(String.init).joined(separator: ", ")), ("mode", options.quick ? "quick" : "full")],
            tables: [table])
    }
}
