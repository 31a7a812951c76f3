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
        cost: "3 sizes × 2 templates × 4 rules × 20 trials = 480 runs, under a minute in release"
    ) { options, trials in
        var setup = PolaritySetup()
        let sizes = options.quick ? [40] : [40, 100, 500]
        if options.quick { (setup.hidden, setup.epochs, setup.validationSize) = (8, 8, 200) }
        var tables: [Table] = []
        var spreadByMode: [(String, Double)] = []
        for mode in FreezeSGD.ResetMode.allCases {
            setup.resetMode = mode
            let (t, medians) = try PolarityFig1.compare(setup, scenarios: [.sufficient, .random], sizes: sizes, trials: trials, options: options,
                                                        title: "Figure C.1, reset \(mode.rawValue) (\(trials) trials each)", label: "template")
            tables.append(t)
            spreadByMode.append((mode.rawValue, medians[[sizes.last!: .sufficient]]!.0.median))
        }
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
