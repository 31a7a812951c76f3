import Annulus
import ClaimKit
import Foundation
import Trainer

/// Paper 002 §4.2.1, Tables 4.2–4.3: 2-3-1 networks on the circle vs
/// annulus problem — 500 points uniform in the disk of radius r₁ = ½, 500 in
/// the annulus √2·r₁ ≤ |x| ≤ 2r₁ (equal areas) — trained with Adam (lr 0.01,
/// up to 1 000 epochs) for every combination of loss (BCE, MSE), leak (0,
/// 0.01, 0.1), batch size (10, 100, 1 000) and input normalisation (scaled to
/// standard deviation 1 or not); success = at least 95 % of the 1 000
/// training points right. Assumed where the text is silent: fan-in uniform
/// initialisation, one data set per seed shared by all cells, MSE on 0/1
/// targets read at ½.
enum AnnulusTable42 {
    static func data(count: Int, normalize: Bool, seed: UInt64) throws -> TrainingData {
        var g = TrainerRandom(seed: seed, stream: 42)
        let r1 = 0.5, r2 = r1 * 2.0.squareRoot(), r3 = 2 * r1
        var inputs: [[Double]] = [], labels: [[Double]] = []
        for i in 0..<count {
            let inside = i % 2 == 0
            let u = Double.random(in: 0..<1, using: &g), theta = Double.random(in: 0..<(2 * Double.pi), using: &g)
            let r = inside ? r1 * u.squareRoot() : (r2 * r2 + u * (r3 * r3 - r2 * r2)).squareRoot()
            inputs.append([r * cos(theta), r * sin(theta)])
            labels.append([inside ? 1 : 0])
        }
        if normalize {
            let flat = inputs.flatMap { $0 }
            let mean = flat.reduce(0, +) / Double(flat.count)
            let sd = (flat.map { ($0 - mean) * ($0 - mean) }.reduce(0, +) / Double(flat.count)).squareRoot()
            inputs = inputs.map { $0.map { $0 / sd } }
        }
        return try TrainingData(inputs: inputs, labels: labels)
    }

    static let experiment = Experiment(
        name: "annulus.table-4.2",
        source: Source(.localLinearity, section: "§4.2.1", label: "Tables 4.2–4.3"),
        statement: "2-3-1 networks on circle vs annulus (r₂ = √2·r₁, r₃ = 2r₁, 1 000 points): successes (≥ 95 % of the points right) per loss, leak, batch size and normalisation, and the per-factor averages of Table 4.3, beside the printed counts.",
        defaultTrials: 100, quickTrials: 2,
        cost: "36 cells × 100 networks × 1 000 epochs on 1 000 points, about half an hour in release on two cores",
        grid: { try grid($0, trials: $1) }
    )

    /// One cell per row of Table 4.2 (loss, leak, batch, normalisation):
    /// row = [successes]. Every cell's data set is seeded by the seed alone
    /// and its trial i by (seed, i).
    static func grid(_ options: ExperimentOptions, trials: Int) throws -> ExperimentGrid {
        let count = options.quick ? 200 : 1000, epochs = options.quick ? 60 : 1000
        let cells = Table42.printed.map(\.0)
        let seed = options.seed
        return ExperimentGrid(count: cells.count, label: { j in
            let cell = cells[j]
            return "\(cell.mse ? "MSE" : "BCE"), leak \(cell.leak), batch \(cell.batch), normalize \(cell.normalize)"
        }, row: { j, threads in
            let cell = cells[j]
            let d = try data(count: count, normalize: cell.normalize, seed: seed)
            let leak = Double(cell.leak)!
            let config = TrainingConfiguration(widths: [3], activation: leak == 0 ? .relu : .leakyReLU(leak), loss: cell.mse ? .mse : .bceWithLogits,
                                               optimizer: .adamDefault, learningRate: 0.01, epochs: epochs, batchSize: min(cell.batch, count),
                                               initialization: .fanInUniform, targetAccuracy: 0.95, stopAtTarget: true, trackEpochsToTarget: false)
            let results = try Training.runTrials(config, data: d, trials: trials, seed: seed, threads: threads)
            return [.integer(results.filter(\.reachedTarget).count)]
        }, report: { rows in
            report(zip(cells, rows).map { ($0, $1.integer(0)) }, count: count, epochs: epochs, trials: trials, options: options)
        })
    }

    static func report(_ measured: [(Table42.Cell, Int)], count: Int, epochs: Int, trials: Int, options: ExperimentOptions) -> ExperimentReport {
        let printed = Dictionary(uniqueKeysWithValues: Table42.printed.map { ($0.0, $0.1) })
        var t = Table(title: "Table 4.2: successes out of \(trials) (≥ 95 % of \(count) points after ≤ \(epochs) epochs)",
                      columns: ["loss", "leak", "batch", "normalize", "successes", "printed (of 100)"])
        for (cell, successes) in measured {
            t.append([.text(cell.mse ? "MSE" : "BCE"), .text(cell.leak), .integer(cell.batch), .flag(cell.normalize), .integer(successes), .integer(printed[cell]!)])
        }
        var averages = Table(title: "Table 4.3: mean successes per factor level (scaled to 100 trials)", columns: ["factor", "level", "measured", "printed"])
        var lines: [String] = []
        for p in Table42.printedAverages {
            let m = Table42.average(measured, factor: p.factor, level: p.level)
            let scaled = Double(m.numerator.description)! / Double(m.denominator.description)! * 100 / Double(trials)
            averages.append([.text(p.factor), .text(p.level), .measured(scaled), .integer(p.value)])
            lines.append("\(p.factor) \(p.level) \(Spread.round(scaled, 1)) (printed \(p.value))")
        }
        return ExperimentReport(
            name: "annulus.table-4.2",
            summary: "mean successes per 100: " + lines.joined(separator: ", "),
            prediction: "the text finds leaky ReLU much better than ReLU, BCE slightly better than MSE, normalised inputs and smaller batches better (Table 4.3: leak 0 → 49, 0.01 → 70; batch 10 → 77, 1 000 → 48).",
            settings: [("seed", String(options.seed)), ("trials per cell", String(trials)), ("points", "\(count) (half disk r ≤ ½, half annulus √2/2 ≤ r ≤ 1)"),
                       ("training", "Adam lr 0.01, ≤ \(epochs) epochs, stop at 95 % training accuracy, fan-in uniform init"),
                       ("normalise", "inputs divided by their standard deviation (over both coordinates)"), ("mode", options.quick ? "quick" : "full")],
            tables: [t, averages])
    }
}
