import BooleanAnalysis
import ClaimKit
import Cores
import Trainer

/// The dissertation's open question of §3.5 (Figure 3.6 asked it at n = 4):
/// does the swaps value predict how trainable a function is? At n = 6 the
/// classes cannot be listed, so uniformly random functions are drawn
/// (`sampledFunction`, the stream `exactnn table boolean --sample` uses),
/// their swaps computed exactly from the shipped chamber orders, and each
/// learned on all 64 points of {−1,1}⁶ by single-hidden-layer leaky ReLU
/// networks of a few widths, with the settings of `BooleanFig35`.
///
/// Theorem 3.3.2 represents f with s − 1 hidden units; a random 6-input
/// function has s ≈ 12–13, yet training often succeeds with fewer units, so
/// the construction's width is an upper bound, not the trainable width.
public enum BooleanFig36Six {
    public static let fullWidths = [4, 6, 8, 12]
    static let quickWidths = [6, 8]

    /// The dissertation's §3.4 training settings on one hidden layer.
    static func configuration(width: Int) -> TrainingConfiguration {
        TrainingConfiguration(widths: [width], activation: .leakyReLU(0.1), loss: .bceWithLogits, optimizer: .adamDefault,
                              learningRate: 0.025, epochs: 4000, initialization: .he, targetAccuracy: 1, stopAtTarget: true)
    }

    /// Trials (out of `trials`) that classify every point of f right, per
    /// width. Seeded by (seed, table, width) alone, so a shard or a
    /// resumed run gets the same counts.
    ///
    /// **Edge cases:** trials or threads < 1, or a width < 1, throw.
    public static func successes(_ f: TruthTable, widths: [Int], trials: Int, seed: UInt64, threads: Int) throws -> [Int] {
        let data = try Datasets.boolean((0..<f.size).map { f[$0] })
        return try widths.map { width in
            let s = seed ^ (f.word &* 0x9E37_79B9_7F4A_7C15) &+ UInt64(width)
            return try Training.runTrials(configuration(width: width), data: data, trials: trials, seed: s, threads: threads).filter(\.reachedTarget).count
        }
    }

    /// One sampled function's measurements, as the tables need them.
    public struct Row: Sendable {
        public let swaps: Int
        public let degree: Int
        public let totalInfluence: Double
        public let entropy: Double
        /// Successes per width, out of the trial count.
        public let successes: [Int]

        public init(swaps: Int, degree: Int, totalInfluence: Double, entropy: Double, successes: [Int]) {
            self.swaps = swaps
            self.degree = degree
            self.totalInfluence = totalInfluence
            self.entropy = entropy
            self.successes = successes
        }
    }

    /// f's exact metrics (swaps from the chamber orders) and its successes.
    ///
    /// **Edge cases:** n = 6 without the shipped orders throws, as
    /// `swapsValue` does.
    public static func row(for f: TruthTable, widths: [Int], trials: Int, seed: UInt64) throws -> Row {
        let spectrum = WalshSpectrum(f)
        return Row(swaps: try swapsValue(f).value, degree: spectrum.degree,
                   totalInfluence: Double(spectrum.totalInfluence.decimal(digits: 17).text)!,
                   entropy: Double(try spectrum.entropy.decimal(digits: 17))!,
                   successes: try successes(f, widths: widths, trials: trials, seed: seed, threads: 1))
    }

    /// Success per swaps value (exact counts; the construction width s − 1
    /// beside them) and Spearman's ρ of each metric with a function's mean
    /// success over the widths.
    public static func tables(_ rows: [Row], variables n: Int, widths: [Int], trials: Int) -> [Table] {
        var bySwaps = Table(title: "Figure 3.6's question at n = \(n): success against swaps (\(trials) trials per function and width)",
                            columns: ["swaps s", "functions", "construction width s − 1"] + widths.map { "successes, width \($0)" })
        for s in Set(rows.map(\.swaps)).sorted() {
            let group = rows.filter { $0.swaps == s }
            let runs = group.count * trials
            bySwaps.append([.integer(s), .integer(group.count), .integer(max(s - 1, 0))]
                           + widths.indices.map { k in .exact("\(group.reduce(0) { $0 + $1.successes[k] })/\(runs)") })
        }
        bySwaps.notes = ["Success = all 2ⁿ points right within 4000 Adam epochs (leaky ReLU 0.1, one hidden layer, He normal, lr 0.025, BCE, full batch); counts exact, runs float."]
        let mean = rows.map { Double($0.successes.reduce(0, +)) / Double(max(widths.count * trials, 1)) }
        var correlation = Table(title: "Spearman correlation with a function's mean success (\(rows.count) functions)", columns: ["metric", "Spearman ρ"])
        let metrics: [(String, [Double])] = [("swaps value", rows.map { Double($0.swaps) }), ("Fourier degree", rows.map { Double($0.degree) }),
                                              ("total influence", rows.map(\.totalInfluence)), ("Fourier entropy", rows.map(\.entropy))]
        for (name, values) in metrics {
            correlation.append([.text(name), BooleanFig36.spearman(values, mean).map { .measured($0) } ?? .text("– (constant)")])
        }
        return [bySwaps, correlation]
    }

    static let experiment = Experiment(
        name: "boolean.fig-3.6-six",
        source: Source(.localLinearity, section: "section 3.5", label: "Figure 3.6's question at n = 6"),
        statement: "Uniformly random 6-input functions (draw j of SplitMix64 from the seed, as 'table boolean --sample'): exact swaps value, Fourier degree, influence and entropy beside the success of single-hidden-layer leaky ReLU networks of width 4, 6, 8 and 12 on all 64 points, and Spearman's ρ of each metric with success.",
        defaultTrials: 5, quickTrials: 1,
        cost: "200 functions × 4 widths × 5 trials = 4 000 runs on 64 points plus 200 six-input swaps searches, a few minutes in release on two cores (the same as 'exactnn table boolean --vars 6 --sample 200 --seed 1 --train 5')",
        grid: { try grid($0, trials: $1) }
    )

    /// One cell per drawn function (each on one thread): row = swaps,
    /// degree, influence, entropy, then the successes per width.
    static func grid(_ options: ExperimentOptions, trials: Int) throws -> ExperimentGrid {
        let count = options.quick ? 2 : 200
        let widths = options.quick ? quickWidths : fullWidths
        let (seed, quick) = (options.seed, options.quick)
        return ExperimentGrid(count: count, cellsInParallel: true, label: { "function \($0 + 1)/\(count)" }, row: { j, _ in
            let r = try row(for: try sampledFunction(variables: 6, seed: seed, draw: j), widths: widths, trials: trials, seed: seed)
            return [.integer(r.swaps), .integer(r.degree), .measured(r.totalInfluence), .measured(r.entropy)] + r.successes.map { .integer($0) }
        }, report: { cells in
            let rows = cells.map { c in
                Row(swaps: c.integer(0), degree: c.integer(1), totalInfluence: c.measured(2), entropy: c.measured(3), successes: widths.indices.map { c.integer(4 + $0) })
            }
            return report(rows, widths: widths, trials: trials, seed: seed, quick: quick)
        })
    }

    static func report(_ rows: [Row], widths: [Int], trials: Int, seed: UInt64, quick: Bool) -> ExperimentReport {
        let mean = rows.map { Double($0.successes.reduce(0, +)) / Double(widths.count * trials) }
        let rho = BooleanFig36.spearman(rows.map { Double($0.swaps) }, mean)
        let perWidth = widths.indices.map { k in "width \(widths[k]) \(rows.reduce(0) { $0 + $1.successes[k] })/\(rows.count * trials)" }
        return ExperimentReport(
            name: "boolean.fig-3.6-six",
            summary: "\(rows.count) random 6-input functions, swaps \(rows.map(\.swaps).min()!)–\(rows.map(\.swaps).max()!); successes " + perWidth.joined(separator: ", ")
                + "; Spearman ρ(swaps, success) = " + (rho.map { Cell.format($0) } ?? "– (constant)"),
            prediction: "Theorem 3.3.2: s − 1 leaky ReLU units suffice to represent f, so every width ≥ s − 1 can succeed; §3.5 asks whether larger swaps make training harder (ρ < 0).",
            settings: [("seed", String(seed)), ("draws", "j = 0…\(rows.count - 1) of SplitMix64 from the seed"), ("trials per function and width", String(trials)),
                       ("seed of a (function, width)", "seed XOR (table · 0x9E3779B97F4A7C15) + width"), ("widths", widths.map(String.init).joined(separator: ", ")),
                       ("training", "He normal, Adam lr 0.025, BCE with logits, full batch, ≤ 4000 epochs, stop at 100 %"),
                       ("mode", quick ? "quick (2 functions, widths 6 and 8)" : "full")],
            tables: tables(rows, variables: 6, widths: widths, trials: trials))
    }
}
