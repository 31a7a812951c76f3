import ClaimKit
import Trainer

/// Paper 000, appendix C, Figure C.1: the four reset rules of Freeze-SGD
/// (Algorithm 1: posCon, posRand, zero, flip) for Sufficient- and
/// RAND-Polarity frozen nets on XOR-5D — validation error and epochs to
/// 80 % training accuracy per training-set size. The paper reports that the
/// rules give similar results.
enum PolarityFigC1 {
    static let experiment = Experiment(
        name: "polarity.fig-c1",
        source: Source(.polarity, section: "appendix C", label: "Figure C.1"),
        statement: "Freeze-SGD's four reset rules (posCon, posRand, zero, flip) on XOR-5D with 64 hidden units: validation error and epochs to 80 % training accuracy for Sufficient- and RAND-Polarity frozen nets.",
        defaultTrials: 20, quickTrials: 1,
        cost: "3 sizes × 2 templates × 4 rules × 20 trials = 480 runs, under a minute in release",
        grid: { try grid($0, trials: $1) }
    )

    /// One cell per (reset rule, training size, template): row = the
    /// trials' outcomes, trial i seeded by (seed, i) in every cell.
    static func grid(_ options: ExperimentOptions, trials: Int) throws -> ExperimentGrid {
        var setup = PolaritySetup()
        let sizes = options.quick ? [40] : [40, 100, 500]
        if options.quick { (setup.hidden, setup.epochs, setup.validationSize) = (8, 8, 200) }
        let modes = FreezeSGD.ResetMode.allCases
        let perMode = PolarityFig1.cells(sizes: sizes, scenarios: [.sufficient, .random])
        let (base, seed) = (setup, options.seed)
        return ExperimentGrid(count: modes.count * perMode.count, label: { j in
            "reset \(modes[j / perMode.count].rawValue), N = \(perMode[j % perMode.count].size), \(perMode[j % perMode.count].scenario.rawValue)"
        }, row: { j, threads in
            var setup = base
            setup.resetMode = modes[j / perMode.count]
            let cell = perMode[j % perMode.count]
            return PolaritySetup.Outcome.row(try setup.run(cell.scenario, trainingSize: cell.size, trials: trials, seed: seed, threads: threads))
        }, report: { rows in
            var tables: [Table] = []
            var spreadByMode: [(String, Double)] = []
            for (m, mode) in modes.enumerated() {
                let outcomes = rows[(m * perMode.count)..<((m + 1) * perMode.count)].map(PolaritySetup.Outcome.outcomes)
                let (t, medians) = PolarityFig1.compare(zip(perMode, outcomes).map { ($0.size, $0.scenario, $1) }, trials: trials,
                                                        title: "Figure C.1, reset \(mode.rawValue) (\(trials) trials each)", label: "template")
                tables.append(t)
                spreadByMode.append((mode.rawValue, medians[[sizes.last!: .sufficient]]!.0.median))
            }
            var shown = base
            shown.resetMode = modes.last!
            return report(tables: tables, spreadByMode: spreadByMode, setup: shown, sizes: sizes, trials: trials, options: options)
        })
    }

    static func report(tables: [Table], spreadByMode: [(String, Double)], setup: PolaritySetup, sizes: [Int], trials: Int, options: ExperimentOptions) -> ExperimentReport {
        let errors = spreadByMode.map(\.1)
        return ExperimentReport(
            name: "polarity.fig-c1",
            summary: "N=\(sizes.last!), Sufficient-Polarity median validation error by reset rule: "
                + spreadByMode.map { "\($0.0) \(Spread.round($0.1, 3))" }.joined(separator: ", ")
                + "; range \(Spread.round(errors.max()! - errors.min()!, 3))",
            prediction: "the reset rule should matter little (paper: similar results for all four).",
            settings: [("seed", String(options.seed)), ("trials", String(trials)), ("training sizes", sizes.map(String.init).joined(separator: ", ")),
                       ("mode", options.quick ? "quick" : "full")] + setup.settings.filter { $0.0 != "Freeze-SGD" } + [("Freeze-SGD", "ε = \(setup.epsilon), biases free, rule per table")],
            tables: tables)
    }
}
