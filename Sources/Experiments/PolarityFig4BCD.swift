import ClaimKit
import PolarityTheory
import Trainer

/// Paper 000, §5 and Figure 4 B–D: success, time and data to threshold
/// against network size for Fluid-Net, Frozen-Net Sufficient-Polarity and
/// Frozen-Net RAND-Polarity on XOR-5D (100 epochs, the §2.1 setting with n
/// hidden units). Panel B: a small n, where a random template is often
/// inadequate; C: a large n; D: the advantage of each frozen net over
/// Fluid-Net for every (n, training size).
///
/// Our readings (stated in every report): success = validation accuracy ≥
/// 0.9 (as in `polarity.fig-4a`); time = epochs to 80 % training accuracy
/// (the paper: validation); data to threshold = the smallest training size
/// whose median validation error is ≤ 0.1; advantage = fluid median
/// validation error − frozen median validation error (positive: the frozen
/// net is better).
enum PolarityFig4BCD {
    static let successThreshold = PolarityFig4A.successThreshold

    struct Row {
        let success: Proportion
        let error: Spread
        let epochs: Spread
    }

    static let experiment = Experiment(
        name: "polarity.fig-4bcd",
        source: Source(.polarity, section: "section 5, appendix B", label: "Figure 4B–D"),
        statement: "XOR-5D, 100 epochs, per hidden-unit count n and training size: success rate (validation accuracy ≥ 0.9), validation error and epochs to 80 % training accuracy of Fluid-Net, Frozen-Net Sufficient-Polarity and Frozen-Net RAND-Polarity, the smallest training size reaching median error ≤ 0.1, and each frozen net's advantage over Fluid-Net.",
        defaultTrials: 50, quickTrials: 2,
        cost: "6 unit counts × 6 sizes × 3 scenarios × 50 trials = 5400 runs, under a minute in release",
        grid: { try grid($0, trials: $1) }
    )

    /// One cell per (n, training size, scenario): row = the trials'
    /// outcomes, trial i seeded by (seed, i) in every cell.
    static func grid(_ options: ExperimentOptions, trials: Int) throws -> ExperimentGrid {
        var setup = PolaritySetup()
        let units = options.quick ? [3, 10] : [3, 5, 10, 15, 20, 64]
        let sizes = options.quick ? [40, 100] : [20, 40, 60, 100, 200, 500]
        if options.quick { (setup.epochs, setup.validationSize) = (30, 200) }
        let cells = units.flatMap { n in PolarityFig1.cells(sizes: sizes, scenarios: PolaritySetup.Scenario.allCases).map { (n: n, size: $0.size, scenario: $0.scenario) } }
        let (base, seed) = (setup, options.seed)
        return ExperimentGrid(count: cells.count, label: { "n = \(cells[$0].n), N = \(cells[$0].size), \(cells[$0].scenario.rawValue)" }, row: { j, threads in
            var setup = base
            setup.hidden = cells[j].n
            return PolaritySetup.Outcome.row(try setup.run(cells[j].scenario, trainingSize: cells[j].size, trials: trials, seed: seed, threads: threads))
        }, report: { rows in
            var shown = base
            shown.hidden = units.last!
            return report(zip(cells, rows).map { ($0.n, $0.size, $0.scenario, PolaritySetup.Outcome.outcomes($1)) },
                          setup: shown, units: units, sizes: sizes, trials: trials, options: options)
        })
    }

    static func report(_ cells: [(n: Int, size: Int, scenario: PolaritySetup.Scenario, outcomes: [PolaritySetup.Outcome])], setup: PolaritySetup,
                       units: [Int], sizes: [Int], trials: Int, options: ExperimentOptions) -> ExperimentReport {
        let scenarios = PolaritySetup.Scenario.allCases
        var rows: [Int: [Int: [PolaritySetup.Scenario: Row]]] = [:]
        var perSize = Table(title: "Figure 4B–C: per size and training set (\(trials) trials each)",
                            columns: ["n", "N", "scenario", "success", "rate", "val. error median", "q1", "q3", "reached 80 %", "epochs median", "q1", "q3"])
        for (n, size, s, outcomes) in cells {
            let success = Proportion(successes: outcomes.filter { $0.validationAccuracy >= successThreshold }.count, trials: trials)
            let row = Row(success: success, error: Spread(outcomes.map { 1 - $0.validationAccuracy }),
                          epochs: Spread(outcomes.compactMap { $0.epochsTo80.map(Double.init) }))
            rows[n, default: [:]][size, default: [:]][s] = row
            perSize.append([.integer(n), .integer(size), .text(s.rawValue), .text("\(success.successes)/\(trials)"), .measured(success.rate)]
                           + row.error.cells + [.text("\(row.epochs.count)/\(trials)")] + row.epochs.cells)
        }
        perSize.notes = ["Success: validation accuracy ≥ \(successThreshold). Epochs: to 80 % training accuracy, over the trials that reached it. Float measurements."]

        var data = Table(title: "Figure 4B–C: data to threshold (smallest N with median validation error ≤ 0.1) and success at the largest N",
                         columns: ["n", "scenario", "data to threshold", "success at N = \(sizes.last!)", "epochs median at N = \(sizes.last!)"])
        var advantage = Table(title: "Figure 4D: advantage over Fluid-Net (fluid median error − frozen median error; > 0: frozen better)",
                              columns: ["n", "N", "Sufficient-Polarity", "RAND-Polarity"])
        var randomWins: [Int] = [], sufficientWins = 0, cells = 0
        for n in units {
            for s in scenarios {
                let first = sizes.first { rows[n]![$0]![s]!.error.median <= 0.1 }
                let last = rows[n]![sizes.last!]![s]!
                data.append([.integer(n), .text(s.rawValue), first.map { .integer($0) } ?? .text("not reached"), .measured(last.success.rate)] + [last.epochs.cells[0]])
            }
            var randomBetter = 0
            for size in sizes {
                let r = rows[n]![size]!
                let fluid = r[.fluid]!.error.median
                let suff = fluid - r[.sufficient]!.error.median, rand = fluid - r[.random]!.error.median
                advantage.append([.integer(n), .integer(size), .measured(suff), .measured(rand)])
                if suff >= 0 { sufficientWins += 1 }
                if rand >= 0 { randomBetter += 1 }
                cells += 1
            }
            if randomBetter * 2 > sizes.count { randomWins.append(n) }
        }
        advantage.notes = ["Medians over \(trials) trials; the paper's panel D colours where a frozen net beats Fluid-Net."]
        let smallest = units.first!, largest = units.last!
        let line = [smallest, largest].map { n in
            "n=\(n): success at N=\(sizes.last!) " + scenarios.map { "\(PolarityFig1.short($0)) \(rows[n]![sizes.last!]![$0]!.success.successes)/\(trials)" }.joined(separator: ", ")
        }.joined(separator: "; ")
        return ExperimentReport(
            name: "polarity.fig-4bcd",
            summary: line + "; Sufficient-Polarity at least as good as fluid in \(sufficientWins)/\(cells) (n, N) cells; RAND-Polarity at least as good in most sizes for n = \(randomWins)",
            prediction: "a small randomly templated frozen net is often unable to represent XOR (P(n) of polarity.fig-4a) and then learns rarely, slowly and needs more data; from about 15 units it matches Fluid-Net; an adequate (Sufficient) template helps at every size, most when data are scarce.",
            settings: [("seed", String(options.seed)), ("trials", String(trials)), ("hidden units n", units.map(String.init).joined(separator: ", ")),
                       ("training sizes N", sizes.map(String.init).joined(separator: ", ")), ("success", "validation accuracy ≥ \(successThreshold)"),
                       ("time", "epochs to 80 % training accuracy (paper: validation)"), ("data to threshold", "smallest N with median validation error ≤ 0.1"),
                       ("mode", options.quick ? "quick" : "full")] + setup.settings.map { $0.0 == "architecture" ? ("architecture", "5 → n ReLU → 1, BCE with logits") : $0 },
            tables: [perSize, data, advantage])
    }
}
