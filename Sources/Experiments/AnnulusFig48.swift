import ClaimKit
import Foundation
import Trainer

/// Paper 002 §4.2.2, Fig. 4.8: the ball vs shell problem in n = 2…8
/// dimensions on a single hidden layer of width n + 1 (the minimal width of
/// §4.1), BCE, batch 100 of 10 000 normalised training points, ReLU or leak
/// 0.01, Adam lr 0.01 for 1 000 epochs (§4.2.1's optimiser); accuracy on
/// 10 000 fresh points; how many of the networks reach each of the
/// thresholds 0.95, 0.98, 0.99, 0.9999. The text gives no radii for n > 2;
/// we take r₁ = ½, r₂ = √n·r₁ (the gap §4.1.3 says must grow as √n; the
/// expanded simplex then separates strictly, eq. 4.12) and r₃ = √2·r₂, which
/// is §4.2.1's 2-D problem at n = 2.
enum AnnulusFig48 {
    static let thresholds = [0.95, 0.98, 0.99, 0.9999]

    /// Half the points uniform in the ball of radius r₁, half uniform in the
    /// shell r₂ ≤ |x| ≤ r₃ (Gaussian direction, radius by inverse CDF).
    static func points(dimension n: Int, count: Int, seed: UInt64, stream: UInt64) -> (inputs: [[Double]], labels: [[Double]]) {
        var g = TrainerRandom(seed: seed, stream: stream)
        let r1 = 0.5, r2 = Double(n).squareRoot() * r1, r3 = 2.0.squareRoot() * r2
        let nd = Double(n)
        var inputs: [[Double]] = [], labels: [[Double]] = []
        for i in 0..<count {
            let inside = i % 2 == 0
            var v = (0..<n).map { _ in g.gaussian() }
            let norm = v.reduce(0) { $0 + $1 * $1 }.squareRoot()
            let u = g.uniform()
            let r = inside ? r1 * pow(u, 1 / nd) : pow(pow(r2, nd) + u * (pow(r3, nd) - pow(r2, nd)), 1 / nd)
            v = v.map { $0 / norm * r }
            inputs.append(v)
            labels.append([inside ? 1 : 0])
        }
        return (inputs, labels)
    }

    /// Standard deviation over every coordinate of the training inputs.
    static func spread(_ inputs: [[Double]]) -> Double {
        let flat = inputs.flatMap { $0 }
        let mean = flat.reduce(0, +) / Double(flat.count)
        return (flat.map { ($0 - mean) * ($0 - mean) }.reduce(0, +) / Double(flat.count)).squareRoot()
    }

    static let experiment = Experiment(
        name: "annulus.fig-4.8",
        source: Source(.localLinearity, section: "§4.2.2", label: "Fig. 4.8"),
        statement: "Ball vs shell in n = 2…8 dimensions on one hidden layer of width n + 1 (BCE, batch 100 of 10 000 normalised points, ReLU or leak 0.01): how many networks reach test accuracy 0.95, 0.98, 0.99 and 0.9999 on 10 000 fresh points.",
        defaultTrials: 100, quickTrials: 2,
        cost: "7 dimensions × 2 activations × 100 networks × 1 000 epochs on 10 000 points; many hours in release on two cores (use --trials)",
        grid: { try grid($0, trials: $1) }
    )

    /// One cell per (n, leak): row = the table's cells. The points of
    /// dimension n are seeded by (seed, n), trial i by (seed, i).
    static func grid(_ options: ExperimentOptions, trials: Int) throws -> ExperimentGrid {
        let dims = options.quick ? Array(2...3) : Array(2...8)
        let count = options.quick ? 400 : 10_000, epochs = options.quick ? 20 : 1000
        let cells = dims.flatMap { n in [0.0, 0.01].map { (n, $0) } }
        let seed = options.seed
        return ExperimentGrid(count: cells.count, label: { "n = \(cells[$0].0), leak \(cells[$0].1)" }, row: { j, threads in
            let (n, leak) = cells[j]
            let train = points(dimension: n, count: count, seed: seed, stream: UInt64(100 + n))
            let test = points(dimension: n, count: count, seed: seed, stream: UInt64(200 + n))
            let sd = spread(train.inputs)
            let data = try TrainingData(inputs: train.inputs.map { $0.map { $0 / sd } }, labels: train.labels)
            let testInputs = test.inputs.map { $0.map { $0 / sd } }
            let activation: Activation = leak == 0 ? .relu : .leakyReLU(leak)
            let config = TrainingConfiguration(widths: [n + 1], activation: activation, loss: .bceWithLogits, optimizer: .adamDefault,
                                               learningRate: 0.01, epochs: epochs, batchSize: 100, initialization: .fanInUniform,
                                               targetAccuracy: 1, trackEpochsToTarget: false)
            let results = try Training.runTrials(config, data: data, trials: trials, seed: seed, threads: threads)
            let accuracies = try results.map { r -> Double in
                let net = try Network<Double>(sizes: config.sizes(for: data), activation: activation, parameters: r.parameters)
                let right = zip(testInputs, test.labels).filter { x, y in (net.output(x)[0] > 0) == (y[0] == 1) }.count
                return Double(right) / Double(count)
            }
            let reached = thresholds.map { th in accuracies.filter { $0 >= th }.count }
            return [.integer(n), .text(String(leak)), .integer(n + 1)] + reached.map { .integer($0) } + [.measured(Spread(accuracies).median)]
        }, report: { rows in report(rows, dims: dims, count: count, epochs: epochs, trials: trials, options: options) })
    }

    static func report(_ rows: [[Cell]], dims: [Int], count: Int, epochs: Int, trials: Int, options: ExperimentOptions) -> ExperimentReport {
        let t = Table(title: "Fig. 4.8: networks out of \(trials) reaching each test-accuracy threshold (\(count) training, \(count) test points, ≤ \(epochs) epochs)",
                      columns: ["n", "leak", "width", "≥ 0.95", "≥ 0.98", "≥ 0.99", "≥ 0.9999", "median test accuracy"], rows: rows)
        let lines = rows.map { r in "n=\(r.integer(0)) leak \(r[1]): " + (3..<7).map { String(r.integer($0)) }.joined(separator: "/") }
        return ExperimentReport(
            name: "annulus.fig-4.8",
            summary: "networks reaching 0.95/0.98/0.99/0.9999 test accuracy of \(trials): " + lines.joined(separator: "; "),
            prediction: "§4.2.2: as n grows the count at near-zero error (0.9999) falls, while the count at a small error (0.95–0.99) stays about the same; leak 0.01 does better than ReLU (Table 4.3).",
            settings: [("seed", String(options.seed)), ("trials per cell", String(trials)), ("dimensions", dims.map(String.init).joined(separator: ", ")),
                       ("radii", "r₁ = ½, r₂ = √n·r₁, r₃ = √2·r₂ (ours; the text states radii only for n = 2)"),
                       ("points", "\(count) training and \(count) test points, half ball, half shell, divided by the training inputs' standard deviation"),
                       ("training", "width n + 1, Adam lr 0.01, BCE, batch 100, \(epochs) epochs, fan-in uniform init"),
                       ("mode", options.quick ? "quick" : "full")],
            tables: [t])
    }
}
