import ClaimKit
import Trainer

/// Paper 002 (dissertation §3.4.3, Figure 3.7): n-parity against random
/// n-input functions (n = 10) on all 2ⁿ points of {−1,1}ⁿ, with
/// rectangular leaky-ReLU networks of several widths and depths — the
/// §3.4 training settings (He normal, Adam lr 0.025, BCE with logits, full
/// batch, up to 4000 epochs, success = every point right).
///
/// Prediction for parity (Theorem 3.3.4, `boolean.theorem-3.3.4`): width w,
/// depth l leaky-ReLU networks represent n-parity whenever n ≤ wˡ — the
/// sizes the dissertation outlines in white. Random functions have no such
/// guarantee; the dissertation finds them much harder than parity at n = 10.
///
/// Our readings: leaky ReLU α = 0.1 (the activation of the swaps
/// analysis); random functions uniform over all 2^(2ⁿ) truth tables, drawn
/// from the seed; a function's trials are seeded by seed + its index.
enum BooleanFig37 {
    static let experiment = Experiment(
        name: "boolean.fig-3.7",
        source: Source(.localLinearity, section: "section 3.4.3", label: "Figure 3.7"),
        statement: "10-parity against random 10-input functions: success rate (all 1024 points right within 4000 Adam epochs) of leaky-ReLU networks per width and depth, beside Theorem 3.3.4's prediction that n ≤ wˡ suffices to represent parity; random functions averaged over several functions.",
        defaultTrials: 5, quickTrials: 1,
        cost: "18 sizes × (parity + 10 random functions) × 5 trials ≈ 1000 runs of up to 4000 epochs on 1024 points, about 5 minutes in release (--trials 100 is the paper's count)",
        grid: { try grid($0, trials: $1) }
    )

    /// One cell per (depth, width): row = the table's row. Parity's trials
    /// are seeded by (seed, i), random function k's by (seed + k + 1, i);
    /// the random functions are drawn from the seed alone.
    static func grid(_ options: ExperimentOptions, trials: Int) throws -> ExperimentGrid {
        let n = options.quick ? 6 : 10
        let functions = options.quick ? 2 : 10
        let widths = options.quick ? [3, 6] : [2, 3, 4, 6, 8, 10], depths = options.quick ? [1] : [1, 2, 3]
        let epochs = options.quick ? 1000 : 4000
        let parity = (0..<(1 << n)).map { $0.nonzeroBitCount % 2 == 1 }
        var draw = TrainerRandom(seed: options.seed, stream: 0x4637)  // "F7"
        let random = (0..<functions).map { _ in (0..<(1 << n)).map { _ in draw.next() >> 63 == 1 } }
        let seed = options.seed
        /// Success rate and mean final training accuracy (Fig. 3.8's "points right", as a fraction).
        @Sendable func rate(_ table: [Bool], seed: UInt64, width: Int, depth: Int, threads: Int) throws -> (Double, Double) {
            let config = TrainingConfiguration(widths: Array(repeating: width, count: depth), activation: .leakyReLU(0.1), loss: .bceWithLogits,
                                               optimizer: .adamDefault, learningRate: 0.025, epochs: epochs, initialization: .he,
                                               targetAccuracy: 1, stopAtTarget: true)
            let results = try Training.runTrials(config, data: try Datasets.boolean(table), trials: trials, seed: seed, threads: threads)
            return (Double(results.filter(\.reachedTarget).count) / Double(trials), results.map(\.finalAccuracy).reduce(0, +) / Double(trials))
        }
        let cells = depths.flatMap { d in widths.map { w in (w, d) } }
        return ExperimentGrid(count: cells.count, label: { "width \(cells[$0].0), depth \(cells[$0].1)" }, row: { j, threads in
            let (w, d) = cells[j]
            let predicted = power(w, d) >= n
            let (p, parityAccuracy) = try rate(parity, seed: seed, width: w, depth: d, threads: threads)
            let measured = try random.indices.map { try rate(random[$0], seed: seed &+ UInt64($0 + 1), width: w, depth: d, threads: threads) }
            let r = measured.map(\.0), mean = r.reduce(0, +) / Double(r.count)
            let randomAccuracy = measured.map(\.1).reduce(0, +) / Double(r.count)
            return [.integer(w), .integer(d), .text(predicted ? "yes" : "no"), .measured(p), .measured(mean), .measured(r.min()!), .measured(r.max()!),
                    .measured(parityAccuracy), .measured(randomAccuracy)]
        }, report: { rows in
            report(rows, n: n, functions: functions, widths: widths, depths: depths, epochs: epochs, trials: trials, options: options)
        })
    }

    static func report(_ rows: [[Cell]], n: Int, functions: Int, widths: [Int], depths: [Int], epochs: Int, trials: Int, options: ExperimentOptions) -> ExperimentReport {
        var table = Table(title: "Figure 3.7: success rate, \(n)-parity vs \(functions) random \(n)-input functions (\(trials) trials each)",
                          columns: ["width", "depth", "n ≤ wˡ (parity representable)", "parity", "random mean", "random min", "random max", "parity accuracy", "random accuracy"],
                          rows: rows)
        var predictedParity: [Double] = [], otherParity: [Double] = [], randomMeans: [Double] = []
        for r in rows {
            if r[2] == .text("yes") { predictedParity.append(r.measured(3)) } else { otherParity.append(r.measured(3)) }
            randomMeans.append(r.measured(4))
        }
        func mean(_ v: [Double]) -> String { v.isEmpty ? "–" : Spread.round(v.reduce(0, +) / Double(v.count), 3) }
        let parityMean = mean(predictedParity + otherParity), randomMean = mean(randomMeans)
        table.notes = ["Success: all \(1 << n) points classified correctly within \(epochs) epochs; accuracy: mean fraction of the \(1 << n) points right at the end (Fig. 3.8's measure); float measurements over \(trials) seeded trials per function and size."]
        return ExperimentReport(
            name: "boolean.fig-3.7",
            summary: "\(n)-parity: mean success \(mean(predictedParity)) over sizes with n ≤ wˡ, \(mean(otherParity)) over the others; random \(n)-input functions: mean success \(randomMean) (parity over all sizes \(parityMean))",
            prediction: "parity is representable exactly when the theory says so (n ≤ wˡ suffices, Theorem 3.3.4) and its success tracks that line; random \(n)-input functions, without such structure, succeed far less often (the dissertation: parity is dethroned as the hardest function in higher dimensions).",
            settings: [("seed", String(options.seed)), ("trials per function and size", String(trials)), ("inputs n", String(n)),
                       ("random functions", "\(functions), uniform truth tables from the seed"), ("widths", widths.map(String.init).joined(separator: ", ")),
                       ("depths", depths.map(String.init).joined(separator: ", ")),
                       ("training", "leaky ReLU 0.1, He normal, Adam lr 0.025, BCE with logits, full batch, ≤ \(epochs) epochs, stop at 100 %"),
                       ("mode", options.quick ? "quick (6 inputs, 1000 epochs)" : "full")],
            tables: [table])
    }

    static func power(_ w: Int, _ d: Int) -> Int { (0..<d).reduce(1) { r, _ in r * w } }
}
