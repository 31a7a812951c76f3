import ClaimKit
import Trainer

/// Paper 003 §5 (Figures 7, 8) and §6.1 (Figure 9), and Table 1's rows for
/// them: BP, RBP and SRBP with a low-precision learning channel on the 8×8
/// digits (standing in for MNIST).
///
/// * Error quantization (§5.1, Fig. 7): the error J reaching each hidden
///   unit passes through eq. 19's quantizer with α = 2⁻³ before f′ and
///   before it travels further down (`Feedback.errorQuantizer`).
/// * Update quantization (§5.2, Fig. 8): each example's update η·δ·O is
///   quantized with α = 2⁻⁶ before the mini-batch sum
///   (`Feedback.updateQuantizer`); applied to every layer, biases included.
/// * Learning-channel dropout (§6.1, Fig. 9): each hidden unit leaves the
///   backward pass with probability p per example, survivors × 1/(1 − p).
///
/// Readings: the quantizers act in the units of one example's loss (our
/// δ of the mini-batch mean is scaled by the batch size first): α = 2⁻³ and
/// 2⁻⁶ are sized for per-example errors and updates ("weight updates need
/// to be small"); the quantized per-example updates are averaged over the
/// batch, as the unquantized mean-loss step is. Batch 100 as §5.2; otherwise
/// `rbp.table-1`'s setting (four hidden layers of 64 tanh units, SGD
/// η = 0.1, softmax; the paper: 100 units on MNIST, 100 epochs). The
/// figures' captions say "sparse versions"; Table 1's rows sit under the
/// dense BP / RBP / SRBP columns, which we follow.
enum RbpFig78 {
    struct Variant: Sendable {
        let row: String
        let feedback: @Sendable (Feedback.Algorithm) throws -> Feedback
    }

    static let errorBits = [10, 5, 3, 1], updateBits = [5, 3, 1], dropouts = [0.1, 0.2, 0.5]
    static let algorithms: [(String, Feedback.Algorithm)] = [("BP", .bp), ("RBP", .rbp), ("SRBP", .srbp)]

    static let variants: [Variant] = {
        var v = [Variant(row: "baseline") { Feedback($0) }]
        for b in errorBits {
            v.append(Variant(row: "quantized error \(b)-bit") { a in var f = Feedback(a); f.errorQuantizer = try Quantizer(scale: 0x1p-3, bits: b); return f })
        }
        for b in updateBits {
            v.append(Variant(row: "quantized update \(b)-bit") { a in var f = Feedback(a); f.updateQuantizer = try Quantizer(scale: 0x1p-6, bits: b); return f })
        }
        for p in dropouts {
            v.append(Variant(row: "LC dropout \(Int(p * 100)) %") { a in var f = Feedback(a); f.channelDropout = p; return f })
        }
        return v
    }()

    /// Table 1's printed test accuracies (%, MNIST) for these rows.
    static let printed: [String: [Double]] = [
        "baseline": [97.9, 97.2, 97.2],
        "quantized error 5-bit": [97.6, 95.4, 95.1], "quantized error 3-bit": [96.5, 92.5, 93.2], "quantized error 1-bit": [94.6, 89.8, 91.6],
        "quantized update 5-bit": [95.2, 94.0, 93.3], "quantized update 3-bit": [96.5, 91.0, 92.2], "quantized update 1-bit": [92.5, 9.6, 90.7],
        "LC dropout 10 %": [97.7, 96.5, 97.1], "LC dropout 20 %": [97.8, 96.7, 97.2], "LC dropout 50 %": [97.7, 96.7, 97.1],
    ]

    static let experiment = Experiment(
        name: "rbp.fig-7-8",
        source: Source(.randomBackprop, section: "sections 5, 6.1", label: "Figures 7–9, Table 1 (quantization and dropout rows)"),
        statement: "BP, RBP and SRBP on the 8×8 digits with the error reaching each hidden unit quantized by eq. 19 (α = 2⁻³, 10, 5, 3, 1 bits), with each example's weight update quantized (α = 2⁻⁶, 5, 3, 1 bits), and with dropout in the learning channel (10, 20, 50 %): test accuracy in Table 1's layout beside the printed MNIST values, training accuracy by epoch (Fig. 7–9's upper panels), and the paper's qualitative statements checked by medians.",
        defaultTrials: 5, quickTrials: 1,
        cost: "3 algorithms × 11 variants × 5 seeds = 165 runs of 50 epochs on 1257 digits (update quantization quantizes every weight's per-example update), about 10 minutes in release",
        grid: { try grid($0, trials: $1) }
    )

    /// One cell per (variant, algorithm): row = (variant, algorithm, test
    /// accuracy median, q1, q3, training loss median, median training
    /// accuracy at each checkpoint). Every cell uses the seed's split,
    /// trial i seeded by (seed, i).
    static func grid(_ options: ExperimentOptions, trials: Int) throws -> ExperimentGrid {
        let (train, test) = try Digits.split(try Digits.load(), testFraction: 0.3, seed: options.seed, trainingLimit: options.quick ? 100 : nil)
        let widths = options.quick ? [8, 8] : [64, 64, 64, 64], epochs = options.quick ? 2 : 50
        let checkpoints = options.quick ? [1, 2] : [1, 5, 10, 25, 50]
        let cells = variants.flatMap { v in algorithms.map { (variant: v, name: $0.0, algorithm: $0.1) } }
        let seed = options.seed
        return ExperimentGrid(count: cells.count, label: { "\(cells[$0].name), \(cells[$0].variant.row)" }, row: { j, threads in
            let (v, name, algorithm) = cells[j]
            let config = TrainingConfiguration(widths: widths, activation: .tanh, loss: .softmaxCrossEntropy, optimizer: .sgd, learningRate: 0.1,
                                               epochs: epochs, batchSize: 100, initialization: .glorot, precision: .float, trackEpochsToTarget: false,
                                               recordMetrics: true, feedback: try v.feedback(algorithm))
            let results = try Training.runTrials(config, data: train, trials: trials, seed: seed, threads: threads)
            let sizes = config.sizes(for: train)
            let accuracy = Spread(try results.map { Digits.accuracy(try Network<Double>(sizes: sizes, activation: .tanh, parameters: $0.parameters), test) })
            return [.text(v.row), .text(name)] + accuracy.cells + [.measured(Spread(results.map(\.finalLoss)).median)]
                + checkpoints.map { e in .measured(Spread(results.map { $0.metrics[e].accuracy }).median) }
        }, report: { rows in
            report(rows, widths: widths, epochs: epochs, checkpoints: checkpoints, trials: trials, options: options)
        })
    }

    static func report(_ rows: [[Cell]], widths: [Int], epochs: Int, checkpoints: [Int], trials: Int, options: ExperimentOptions) -> ExperimentReport {
        var grid = Table(title: "Table 1's rows on the 8×8 digits: median test accuracy (\(trials) seeds), printed MNIST values beside",
                         columns: ["variant"] + algorithms.flatMap { [$0.0, $0.0 + " (paper)"] })
        let curves = Table(title: "Figures 7–9, upper panels: median training accuracy by epoch",
                           columns: ["variant", "algorithm"] + checkpoints.map { "epoch \($0)" }, rows: rows.map { Array($0.prefix(2) + $0.dropFirst(6)) })
        let long = Table(title: "Every cell: test accuracy (\(trials) seeds)", columns: ["variant", "algorithm", "test acc. median", "q1", "q3", "train loss median"],
                         rows: rows.map { Array($0.prefix(6)) })
        var median: [String: Double] = [:]
        for (k, v) in variants.enumerated() {
            var row: [Cell] = [.text(v.row)]
            for (i, (name, _)) in algorithms.enumerated() {
                let accuracy = rows[k * algorithms.count + i].measured(2)
                median[v.row + "/" + name] = accuracy
                row += [.measured(accuracy), printed[v.row].map { .measured($0[i] / 100) } ?? .text("–")]
            }
            grid.append(row)
        }
        let m = { (r: String, a: String) in median[r + "/" + a]! }
        var checks = Table(title: "The paper's statements, by medians", columns: ["statement", "paper", "holds"])
        func check(_ statement: String, _ paper: String, _ holds: Bool) { checks.append([.text(statement), .text(paper), .flag(holds)]) }
        for (a, _) in algorithms {
            check("\(a): 10-bit error within 0.01 of exact", "Fig. 7: 10 bits indistinguishable from float", abs(m("quantized error 10-bit", a) - m("baseline", a)) <= 0.01)
            check("\(a): error quantization degrades gracefully (10 ≥ 5 ≥ 3 ≥ 1 bits, 0.01 slack; 1-bit above 0.5)", "Fig. 7, Table 1 (1-bit 89.8–94.6 %)",
                  zip(errorBits, errorBits.dropFirst()).allSatisfy { m("quantized error \($0.0)-bit", a) + 0.01 >= m("quantized error \($0.1)-bit", a) }
                  && m("quantized error 1-bit", a) > 0.5)
            check("\(a): 5-bit updates above 0.5", "§5.2: even very low-precision updates train to 90 % (RBP 1-bit the exception, 9.6 %)", m("quantized update 5-bit", a) > 0.5)
            check("\(a): every channel dropout within 0.02 of baseline", "Fig. 9: robust to learning-channel dropout", dropouts.allSatisfy { abs(m("LC dropout \(Int($0 * 100)) %", a) - m("baseline", a)) <= 0.02 })
        }
        grid.notes = ["Float measurements on held-out digits (stratified 30 %); the paper's columns are its MNIST test accuracies (Table 1), as fractions."]
        let held = checks.rows.count { $0.last == .flag(true) }
        func line(_ r: String) -> String { r + " " + algorithms.map { "\($0.0) \(Spread.round(m(r, $0.0), 3))" }.joined(separator: ", ") }
        return ExperimentReport(
            name: "rbp.fig-7-8",
            summary: "\(held) of \(checks.rows.count) statements hold by medians (\(trials) seeds); " + ["baseline", "quantized error 1-bit", "quantized update 1-bit", "LC dropout 50 %"].map(line).joined(separator: "; "),
            prediction: "Fig. 7: accuracy falls gracefully as the error loses bits, 10 bits match float (Table 1, 1-bit error: BP 94.6, RBP 89.8, SRBP 91.6 %); Fig. 8: low-precision updates still train (1-bit: BP 92.5, SRBP 90.7, but RBP 9.6 %); Fig. 9: dropout in the learning channel costs almost nothing (all within 1 % of baseline).",
            settings: [("seed", String(options.seed)), ("trials (seeds)", String(trials)),
                       ("digits", "8×8 digits, stratified 70/30 split, pixels / 16, 64 → \(widths.map(String.init).joined(separator: " → ")) tanh → 10"),
                       ("training", "SGD η = 0.1 (no decay, no momentum), batch 100, Glorot uniform init, softmax cross-entropy, Float, \(epochs) epochs"),
                       ("feedback", "RBP / SRBP: Gaussian N(0, 1/n_upper) matrices, with f′"),
                       ("error quantization", "eq. 19, α = 2⁻³, bits \(errorBits.map(String.init).joined(separator: ", ")), in one example's units, before f′ and before travelling down"),
                       ("update quantization", "eq. 19, α = 2⁻⁶, bits \(updateBits.map(String.init).joined(separator: ", ")), each example's η·δ·O in one example's units (every layer, biases too), then averaged over the batch"),
                       ("channel dropout", "p = \(dropouts.map { String($0) }.joined(separator: ", ")) per example and hidden unit, survivors × 1/(1 − p)"),
                       ("mode", options.quick ? "quick (2 × 8 hidden, 2 epochs, 100 training rows)" : "full")],
            tables: [grid, checks, curves, long])
    }
}
