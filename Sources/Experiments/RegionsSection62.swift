import ClaimKit
import ExactArithmetic
import Foundation
import LinearRegions
import Trainer

/// Paper 002 §6.2 (Figs. 6.4–6.5): the simplest circle-vs-annulus network
/// (2-3-1) and a deeper one (three hidden layers of eight), trained with the
/// float trainer; each trained net is then read exactly (every Double is a
/// dyadic rational) and its activation regions on the data's box [−1, 1]²
/// are enumerated exactly, beside what §6.2's grid sampling with a
/// coefficient tolerance finds on the same net. §6.2 gives no training
/// settings; we take §4.2.1's (Adam lr 0.01, BCE, batch 100, unnormalised
/// data of `AnnulusTable42`), with ReLU and leak 0.01.
enum RegionsSection62 {
    struct Setting { let hidden: [Int]; let leak: Double }
    static let cells = [Setting(hidden: [3], leak: 0), Setting(hidden: [3], leak: 0.01),
                        Setting(hidden: [8, 8, 8], leak: 0), Setting(hidden: [8, 8, 8], leak: 0.01)]

    static let experiment = Experiment(
        name: "regions.section-6.2",
        source: Source(.localLinearity, section: "§6.2", label: "Figs. 6.4–6.5"),
        statement: "2-3-1 and 2-8-8-8-1 ReLU / leaky-ReLU networks trained on circle vs annulus: the exact activation-region count of each trained net on [−1, 1]² (weights read exactly as dyadic rationals) beside the count §6.2's grid sampling with a coefficient tolerance reports.",
        defaultTrials: 10, quickTrials: 2,
        cost: "4 cells × 10 networks × 1 000 epochs on 1 000 points, exact partitions and a 200 × 200 sampling grid each; a few minutes in release",
        grid: { try grid($0, trials: $1) }
    )

    /// One cell per network setting: row = per trial (trial, training
    /// accuracy, exact regions, affine pieces, sampled regions, regions hit,
    /// missed). All cells train on the seed's data set, trial i seeded by
    /// (seed, i); with a work directory the unsharded run also writes each
    /// trained net, exactly.
    static func grid(_ options: ExperimentOptions, trials: Int) throws -> ExperimentGrid {
        let count = options.quick ? 200 : 1000, epochs = options.quick ? 300 : 1000
        let grid = options.quick ? 30 : 200, tolerance = 1e-6
        let box = Rational(1)
        let data = try AnnulusTable42.data(count: count, normalize: false, seed: options.seed)
        let (seed, workDirectory) = (options.seed, options.workDirectory)
        return ExperimentGrid(count: cells.count, label: { "\(name(cells[$0])), leak \(cells[$0].leak)" }, row: { j, threads in
            let cell = cells[j]
            let config = TrainingConfiguration(widths: cell.hidden, activation: cell.leak == 0 ? .relu : .leakyReLU(cell.leak), loss: .bceWithLogits,
                                               optimizer: .adamDefault, learningRate: 0.01, epochs: epochs, batchSize: min(100, count),
                                               initialization: .fanInUniform, targetAccuracy: 1, trackEpochsToTarget: false)
            let results = try Training.runTrials(config, data: data, trials: trials, seed: seed, threads: threads)
            return try results.flatMap { r -> [Cell] in
                let net = try ExactConversion.network(sizes: config.sizes(for: data), parameters: r.parameters, leak: cell.leak)
                if let dir = workDirectory {
                    // The trained net, exact, for `exactnn regions --network` (and the notebook).
                    let file = "\(dir)/regions-6.2-\(name(cell))-leak-\(cell.leak)-trial-\(r.trial).json"
                    do { try net.jsonText.write(toFile: file, atomically: true, encoding: .utf8) } catch {
                        throw TrainerError("cannot write '\(file)'")
                    }
                }
                let partition = try net.activationRegions(on: .box(box), threads: threads)
                let s = partition.sampled(count: grid * grid, grid: true, seed: seed, tolerance: tolerance)
                return [.integer(r.trial), .measured(r.finalAccuracy), .integer(partition.regions.count), .integer(partition.affinePieces),
                        .integer(s.toleranceRegions ?? 0), .integer(s.regionsHit), .integer(s.missed.count)]
            }
        }, report: { rows in
            report(rows, count: count, epochs: epochs, grid: grid, tolerance: tolerance, trials: trials, options: options)
        })
    }

    static func name(_ cell: Setting) -> String { "2-" + cell.hidden.map(String.init).joined(separator: "-") + "-1" }

    static func report(_ rows: [[Cell]], count: Int, epochs: Int, grid: Int, tolerance: Double, trials: Int, options: ExperimentOptions) -> ExperimentReport {
        var perTrial = Table(title: "Per trial: exact regions on [−1, 1]² vs §6.2 sampling (\(grid) × \(grid) grid, tolerance \(tolerance))",
                             columns: ["network", "leak", "trial", "train accuracy", "exact regions", "affine pieces",
                                       "sampled regions", "exact regions hit", "missed by grid"])
        var summary = Table(title: "Medians per cell", columns: ["network", "leak", "trials", "median exact", "median sampled", "median missed", "trials sampled = exact"])
        var lines: [String] = []
        for (cell, row) in zip(cells, rows) {
            let name = name(cell)
            var exact: [Double] = [], sampled: [Double] = [], missed: [Double] = [], agree = 0
            for t in stride(from: 0, to: row.count, by: 7) {
                let r = Array(row[t..<(t + 7)])
                let (regions, groups) = (r.integer(2), r.integer(4))
                exact.append(Double(regions)); sampled.append(Double(groups)); missed.append(Double(r.integer(6)))
                if groups == regions { agree += 1 }
                perTrial.append([.text(name), .text(String(cell.leak))] + r)
            }
            let m = (Spread(exact).median, Spread(sampled).median, Spread(missed).median)
            summary.append([.text(name), .text(String(cell.leak)), .integer(trials), .measured(m.0), .measured(m.1), .measured(m.2), .integer(agree)])
            lines.append("\(name) leak \(cell.leak): exact \(Spread.round(m.0, 1)), sampled \(Spread.round(m.1, 1))")
        }
        return ExperimentReport(
            name: "regions.section-6.2",
            summary: "median regions on [−1, 1]², exact vs sampled: " + lines.joined(separator: "; "),
            prediction: "a single hidden layer of three units cuts the plane by three lines (at most 7 regions, Figs. 6.4); depth bends later lines at earlier ones, so the 8-8-8 net has many more regions (Fig. 6.5). Sampling misses regions that hold no grid point, merges neighbours whose coefficients agree within the tolerance, and splits a thin region (a narrow wedge, a sliver) whose grid points are not neighbours, so the sampled count can fall on either side of the exact one.",
            settings: [("seed", String(options.seed)), ("trials per cell", String(trials)),
                       ("points", "\(count) (half disk r ≤ ½, half annulus √2/2 ≤ r ≤ 1), not normalised"),
                       ("training", "Adam lr 0.01, BCE, batch \(min(100, count)), \(epochs) epochs, fan-in uniform init (§4.2.1's settings; §6.2 states none)"),
                       ("exact", "Double weights (and the leak) read as their exact dyadic rationals; regions of [−1, 1]² enumerated exactly"),
                       ("sampling", "\(grid) × \(grid) cell-centre grid; neighbours (left, three above) joined when every coefficient of (J, y) differs by < \(tolerance)"),
                       ("networks", options.workDirectory.map { "written exactly to \($0)/regions-6.2-<net>-leak-<l>-trial-<i>.json" } ?? "not written (use --out)"),
                       ("mode", options.quick ? "quick" : "full")],
            tables: [summary, perTrial])
    }
}
