import ClaimKit
import Cores
import ExactArithmetic
import Foundation
import LinearRegions
import Trainer

/// Paper 002 §5.3, Table 5.1 and Fig. 5.5: rectangular ReLU networks
/// (depth hidden layers of `width` units) fit sine on 100 evenly spaced
/// points of [−π, π] by SGD (lr 0.1, MSE, 200 epochs); a net whose MSE is
/// above 0.45 is re-initialised, up to 1 000 times, and an accepted one
/// trains 1 000 epochs more. Table 5.1 prints how many initialisations each
/// (width, depth) took. We print ours beside it, the final MSE (the boxed
/// numbers of Fig. 5.5a, which the text does not list), and the exact
/// region count of the final net (Fig. 5.5b's boxed numbers) on the
/// interval [−π̃, π̃], π̃ the Double nearest π read exactly. Assumed where
/// the text is silent: full-batch SGD, fan-in uniform initialisation.
enum RegionsTable51 {
    /// Table 5.1 as printed: row = width 1…10, column = depth 1…10; nil is
    /// the printed "–" (more than 1 000 initialisations).
    static let printed: [[Int?]] = [
        [1, 1, 3, 4, 1, 18, 51, 333, nil, nil],
        [1, 1, 1, 2, 1, 3, 14, 54, 39, 392],
        [1, 1, 1, 1, 1, 5, 2, 13, 7, 502],
        [1, 1, 1, 1, 1, 2, 2, 33, 76, nil],
        [1, 1, 1, 1, 1, 1, 2, 6, 50, 599],
        [1, 1, 1, 1, 1, 1, 2, 6, 70, 112],
        [1, 1, 1, 1, 1, 1, 3, 9, 55, 444],
        [1, 1, 1, 1, 1, 1, 1, 3, 2, 428],
        [1, 1, 1, 1, 1, 1, 1, 1, 30, nil],
        [1, 1, 1, 1, 1, 1, 1, 5, 91, 171],
    ]

    static func data(points: Int) throws -> TrainingData {
        let xs = (0..<points).map { -Double.pi + 2 * Double.pi * Double($0) / Double(points - 1) }
        return try TrainingData(inputs: xs.map { [$0] }, labels: xs.map { [sin($0)] }, kind: .real)
    }

    struct Outcome: Sendable {
        let width: Int, depth: Int
        /// Initialisations used; nil when none of `cap` reached MSE ≤ 0.45.
        let initializations: Int?
        let finalMSE: Double?
        let regions: Int?
        let pieces: Int?
    }

    /// One (width, depth) cell: attempt k is trial k of (seed ⊕ cell), so a
    /// cell's outcome depends on neither the thread count nor other cells.
    static func run(width: Int, depth: Int, cell: Int, data: TrainingData, cap: Int, epochs: (Int, Int), seed: UInt64) throws -> Outcome {
        let base = TrainingConfiguration(widths: Array(repeating: width, count: depth), activation: .relu, loss: .mse, optimizer: .sgd,
                                         learningRate: 0.1, epochs: epochs.0, batchSize: nil, initialization: .fanInUniform,
                                         trackEpochsToTarget: false)
        let cellSeed = seed &* 1_000_003 &+ UInt64(cell)
        for k in 0..<cap {
            let first = try Training.run(base, data: data, seed: cellSeed, trial: k)
            guard first.finalLoss.isFinite, first.finalLoss <= 0.45 else { continue }
            var more = base
            more.epochs = epochs.1
            more.initialization = .explicit(first.parameters)
            let last = try Training.run(more, data: data, seed: cellSeed, trial: k)
            let net = try ExactConversion.network(sizes: base.sizes(for: data), parameters: last.parameters, leak: 0)
            let partition = try net.activationRegions(on: .box(Rational(exactly: Double.pi)!), threads: 1)
            return Outcome(width: width, depth: depth, initializations: k + 1, finalMSE: last.finalLoss,
                           regions: partition.regions.count, pieces: partition.affinePieces)
        }
        return Outcome(width: width, depth: depth, initializations: nil, finalMSE: nil, regions: nil, pieces: nil)
    }

    static let experiment = Experiment(
        name: "regions.table-5.1",
        source: Source(.localLinearity, section: "§5.3", label: "Table 5.1, Fig. 5.5"),
        statement: "ReLU networks of widths 1–10 and depths 1–10 fitting sine on [−π, π] (SGD lr 0.1, MSE; re-initialised while the MSE after 200 epochs exceeds 0.45, up to 1 000 times; then 1 000 epochs more): initialisations used beside Table 5.1, the final MSE and the exact region count of the final net.",
        defaultTrials: 1000, quickTrials: 20,
        cost: "100 cells, each up to 1 000 initialisations × 200 SGD epochs on 100 points plus 1 000 epochs; minutes to an hour in release on two cores, dominated by the deep narrow cells",
        grid: { try grid($0, cap: $1) }
    )

    /// One cell per (width, depth), on one thread each: row = (initialisations
    /// or 0 when capped, final MSE, regions, affine pieces), "–" when capped.
    static func grid(_ options: ExperimentOptions, cap: Int) throws -> ExperimentGrid {
        let widths = options.quick ? Array(1...2) : Array(1...10), depths = options.quick ? Array(1...3) : Array(1...10)
        let epochs = options.quick ? (200, 100) : (200, 1000)
        let data = try data(points: 100)
        let cells = widths.flatMap { w in depths.map { d in (w, d) } }
        let seed = options.seed
        return ExperimentGrid(count: cells.count, cellsInParallel: true, label: { "width \(cells[$0].0), depth \(cells[$0].1)" }, row: { i, _ in
            let o = try run(width: cells[i].0, depth: cells[i].1, cell: i, data: data, cap: cap, epochs: epochs, seed: seed)
            return [.integer(o.initializations ?? 0), o.finalMSE.map { .measured($0) } ?? .text("–"),
                    .integer(o.regions ?? 0), .integer(o.pieces ?? 0)]
        }, report: { rows in
            let outcomes = zip(cells, rows).map { c, r in
                let found = r.integer(0) > 0
                return Outcome(width: c.0, depth: c.1, initializations: found ? r.integer(0) : nil, finalMSE: found ? r.measured(1) : nil,
                               regions: found ? r.integer(2) : nil, pieces: found ? r.integer(3) : nil)
            }
            return report(outcomes, cells: cells.count, widths: widths, depths: depths, cap: cap, epochs: epochs, options: options)
        })
    }

    static func report(_ outcomes: [Outcome], cells: Int, widths: [Int], depths: [Int], cap: Int, epochs: (Int, Int), options: ExperimentOptions) -> ExperimentReport {
        let seed = options.seed
        var t = Table(title: "Table 5.1: initialisations to MSE ≤ 0.45 (cap \(cap)), final MSE after \(epochs.1) more epochs, exact regions on [−π̃, π̃]",
                      columns: ["width", "depth", "initialisations", "printed", "final MSE", "exact regions", "affine pieces"])
        var both = 0, agree = 0, withinTwo = 0
        for o in outcomes {
            let p = printed[o.width - 1][o.depth - 1]
            t.append([.integer(o.width), .integer(o.depth), o.initializations.map { .integer($0) } ?? .text("> \(cap)"),
                      p.map { .integer($0) } ?? .text("> 1000"), o.finalMSE.map { .measured($0) } ?? .text("–"),
                      o.regions.map { .integer($0) } ?? .text("–"), o.pieces.map { .integer($0) } ?? .text("–")])
            if let m = o.initializations, let q = p {
                both += 1
                if m == q { agree += 1 }
                if max(m, q) <= 2 * min(m, q) { withinTwo += 1 }
            }
        }
        let firstTry = outcomes.filter { $0.initializations == 1 }.count
        let mses = outcomes.compactMap(\.finalMSE), regions = outcomes.compactMap(\.regions).map(Double.init)
        return ExperimentReport(
            name: "regions.table-5.1",
            summary: "\(firstTry) of \(cells) cells succeeded at the first initialisation; \(agree) of \(both) cells with both counts match the printed one exactly, \(withinTwo) within a factor 2; median final MSE \(Spread.round(Spread(mses).median, 4)), median exact regions \(Spread.round(Spread(regions).median, 1))",
            prediction: "Table 5.1: every cell up to depth 5 needs at most a few initialisations (most need one); from depth 6 on, narrow nets need many more (dead layers), and width 1 at depths 9–10, width 4 and 9 at depth 10 need over 1 000. Eq. 5.16: MSE 0.5 is the zero function's.",
            settings: [("seed", String(seed)), ("cells", "widths \(widths.first!)…\(widths.last!) × depths \(depths.first!)…\(depths.last!)"),
                       ("initialisations cap", String(cap)), ("data", "100 evenly spaced points of [−π, π], targets sin x"),
                       ("training", "full-batch SGD lr 0.1, MSE, \(epochs.0) epochs, accept at MSE ≤ 0.45, then \(epochs.1) epochs more; fan-in uniform init"),
                       ("exact", "final Double weights read as dyadic rationals; regions of [−π̃, π̃], π̃ = the Double nearest π"),
                       ("mode", options.quick ? "quick" : "full")],
            tables: [t])
    }
}
