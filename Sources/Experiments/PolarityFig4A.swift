import ClaimKit
import ExactArithmetic
import PolarityTheory
import Trainer

/// Paper 000, §5 and Figure 4A: the chance that a Frozen-Net with random
/// polarity learns XOR-5D, against the number of hidden units, beside the
/// theory — the exact probability P(n) that the frozen signs can represent
/// XOR at all (PolarityTheory, exact LP; free hidden and output biases, as
/// the trainer leaves biases free) and the paper's lower bounds D.2 and
/// D.3 (d = 5). Representability is necessary for success, so the theory
/// predicts measured rate ≲ P(n), close to it when training is generous.
///
/// Success = validation accuracy ≥ 0.9 after training (our threshold; with
/// σ = 0.5 the Bayes accuracy is about 0.955).
enum PolarityFig4A {
    static let successThreshold = 0.9

    static let experiment = Experiment(
        name: "polarity.fig-4a",
        source: Source(.polarity, section: "section 5, appendix B", label: "Figure 4A"),
        statement: "Frozen-Net RAND-Polarity on XOR-5D (500 samples, 100 epochs): measured success rate (validation accuracy ≥ 0.9) per hidden-unit count n, beside the exact representability probability P(n) and the D.2 / D.3 bounds.",
        defaultTrials: 50, quickTrials: 2,
        cost: "13 unit counts × 50 trials = 650 runs, under a minute in release",
        grid: { try grid($0, trials: $1) }
    )

    /// One cell per unit count n: row = (successes, the validation
    /// accuracies of the trials). Trial i of every n is seeded by (seed, i).
    static func grid(_ options: ExperimentOptions, trials: Int) throws -> ExperimentGrid {
        var setup = PolaritySetup()
        // Quick: enough units and epochs for the rates to rise (a few seconds
        // for 40 trials on a debug build), so notebooks can draw the curve.
        let units = options.quick ? [1, 2, 3, 5, 8, 15] : [1, 2, 3, 4, 5, 6, 8, 10, 12, 15, 20, 25, 30]
        let size = options.quick ? 200 : 500
        if options.quick { (setup.epochs, setup.validationSize) = (30, 200) }
        let base = setup
        let seed = options.seed
        return ExperimentGrid(count: units.count, label: { "n = \(units[$0]) hidden units" }, row: { j, threads in
            var setup = base
            setup.hidden = units[j]
            let outcomes = try setup.run(.random, trainingSize: size, trials: trials, seed: seed, threads: threads, trackTarget: false)
            return outcomes.map { .measured($0.validationAccuracy) }
        }, report: { rows in
            try report(rows.map { r in r.indices.map { r.measured($0) } }, units: units, size: size, setup: base, trials: trials, options: options)
        })
    }

    static func report(_ accuracyRows: [[Double]], units: [Int], size: Int, setup: PolaritySetup, trials: Int, options: ExperimentOptions) throws -> ExperimentReport {
        let structure = XORRepresentability(RepresentabilityConvention(hiddenBias: .free, outputBias: .free, label: .xor),
                                            maxAtoms: min(units.max()!, 4))
        let exact = try ExactProbability.table(structure, maxUnits: units.max()!)
        var table = Table(title: "Figure 4A: RAND-Polarity success vs hidden units (\(trials) trials each)",
                          columns: ["n", "successes", "trials", "rate", "Wilson low", "Wilson high", "P(n) exact", "D.2", "D.3 (d = 5)", "val. acc. median", "q1", "q3"])
        var above: [Int] = []
        var summary: [String] = []
        for (n, accuracies) in zip(units, accuracyRows) {
            let rate = Proportion(successes: accuracies.filter { $0 >= successThreshold }.count, trials: trials)
            let p = exact[n - 1], d2 = try ProbabilityBounds.lemmaD2(units: n), d3 = try ProbabilityBounds.theoremD3(units: n, dimension: 5)
            let pValue = p.decimal(digits: 6).text
            if rate.wilson.low > Double(pValue)! { above.append(n) }
            table.append([.integer(n), .integer(rate.successes), .integer(trials), .measured(rate.rate), .measured(rate.wilson.low), .measured(rate.wilson.high),
                          .exact(pValue), .exact(d2.decimal(digits: 6).text), .exact(d3.decimal(digits: 6).text)] + Spread(accuracies).cells)
            summary.append("n=\(n): \(rate.successes)/\(trials) vs P=\(p.decimal(digits: 4).text)")
        }
        table.notes = ["P(n), D.2, D.3: exact rationals shown to 6 decimals. Rates: float measurements, Wilson 95 % intervals.",
                       above.isEmpty ? "Every measured rate is consistent with rate ≤ P(n) (Wilson lower end ≤ P(n))."
                                     : "Measured rate significantly above P(n) at n = \(above) (Wilson lower end > P(n))."]
        var shown = setup
        shown.hidden = units.max()!
        return ExperimentReport(
            name: "polarity.fig-4a",
            summary: summary.joined(separator: "; ") + (above.isEmpty ? "; all ≤ P(n) within sampling error" : "; above P(n) at n = \(above)"),
            prediction: "success needs a representable sign pattern, so the rate is at most the exact P(n) (D.2 and D.3, the paper's lower bounds on it, hold with free biases: polarity.exact-probability; D.3's argument over-counts: polarity.theorem-D3); the paper reads > 99 % from n = 15 on.",
            settings: [("seed", String(options.seed)), ("trials per n", String(trials)), ("training samples", String(size)),
                       ("success", "validation accuracy ≥ \(successThreshold)"), ("mode", options.quick ? "quick" : "full")] + shown.settings.map { $0.0 == "architecture" ? ("architecture", "5 → n ReLU → 1, BCE with logits") : $0 },
            tables: [table])
    }
}
