import ClaimKit
import Trainer

/// Paper 001 §5, Figures 2–6 and §5.4: each figure as an experiment over
/// `SymmetricSetup`. Theory (Theorem 1, Lemma 4): from the symmetric
/// initialization with a small step, SGD reaches zero training error while
/// the hidden layer barely moves, so the learned function stays symmetric
/// and the true error is small; large steps or a random start lose that.
enum SymmetricFigures {
    static func experiment(_ name: String, label: String, section: String, statement: String, defaultTrials: Int = 5, cost: String,
                           prediction: String, setups: @escaping @Sendable (ExperimentOptions) -> [(String, SymmetricSetup)]) -> Experiment {
        Experiment(name: name, source: Source(.symmetry, section: section, label: label), statement: statement,
                   defaultTrials: defaultTrials, quickTrials: 1, cost: cost) { options, trials in
            let list = setups(options)
            let (table, errors) = try SymmetricSetup.rows(list, trials: trials, options: options, title: "\(label): errors after \(list[0].1.epochs) epochs (\(trials) trials)")
            let summary = zip(list, errors).map { "n=\($0.0.1.n) \($0.0.0): true error \($0.1.text())" }.joined(separator: "; ")
            return ExperimentReport(name: name, summary: summary, prediction: prediction,
                                    settings: SymmetricSetup.settings(options, trials: trials, list[0].1) + [("function", list[0].1.target.name)],
                                    tables: [table])
        }
    }

    /// n = 20, 25, 30 in full mode, n = 8 in quick mode, with 10n
    /// samples, 1000 epochs (quick: 40 samples, 3 epochs).
    static func base(_ options: ExperimentOptions, n: Int, _ change: (inout SymmetricSetup) -> Void = { _ in }) -> SymmetricSetup {
        var s = SymmetricSetup()
        s.n = options.quick ? 8 : n
        s.samples = options.quick ? 40 : 10 * n
        s.epochs = options.quick ? 3 : 1000
        s.testSize = options.quick ? 300 : 10_000
        change(&s)
        return s
    }

    static func dimensions(_ options: ExperimentOptions) -> [Int] { options.quick ? [8] : [20, 25, 30] }

    static let fig2 = experiment(
        "symmetric.fig-2", label: "Figure 2", section: "section 5.1",
        statement: "A random symmetric function, n = 20, 25, 30, symmetric initialization: training only the output layer (the perceptron) vs both layers with h = n⁻⁶, β = n³h; training and true error.",
        cost: "3 dimensions × 2 settings × 5 trials of 1000 epochs, a few minutes in release",
        prediction: "both settings reach zero training error and small true error, and behave alike (Theorem 1; the hidden layer hardly moves at h = n⁻⁶)."
    ) { options in
        dimensions(options).flatMap { n in
            [("output layer only", base(options, n: n) { $0.trainHidden = false }), ("both layers, h = n^-6", base(options, n: n))]
        }
    }

    static let fig3 = experiment(
        "symmetric.fig-3", label: "Figure 3", section: "section 5.2",
        statement: "A random symmetric function, n = 30, symmetric initialization, both layers trained with h = n⁻⁶ (theory), n⁻³ and n⁻¹, β = n³h: training and true error.",
        cost: "3 step sizes × 5 trials of 1000 epochs, about two minutes in release",
        prediction: "larger steps fit the sample faster but the true error grows: generalization needs the small step of the proof."
    ) { options in
        [6.0, 3, 1].map { e in ("h = n^-\(Int(e))", base(options, n: 30) { $0.stepExponent = e }) }
    }

    static let fig4 = experiment(
        "symmetric.fig-4", label: "Figure 4", section: "section 5.2",
        statement: "A random symmetric function, n = 30, symmetric initialization, h = n⁻⁶: margin β = n³h (the proof's) vs β = 0.",
        cost: "2 settings × 5 trials of 1000 epochs, about a minute in release",
        prediction: "β = 0 does as well as β = n³h (the margin is a device of the proof)."
    ) { options in
        [("β = n³h", base(options, n: 30)), ("β = 0", base(options, n: 30) { $0.betaIsZero = true })]
    }

    static func hardness(_ name: String, label: String, target: SymmetricSetup.Target) -> Experiment {
        experiment(
            name, label: label, section: "section 5.3",
            statement: "\(target == .parity ? "Parity" : "A random symmetric function"), n = 20: symmetric initialization vs random initialization (4n + 3 units) for sample sizes 100, 400 and 1000; training and true error.",
            cost: "3 sample sizes × 2 starts × 5 trials of 1000 epochs, several minutes in release",
            prediction: "the symmetric start drives both errors down; the random start either fits the sample with true error near 1/2 (small samples) or cannot fit it (large samples)."
        ) { options in
            (options.quick ? [40] : [100, 400, 1000]).flatMap { m in
                [SymmetricSetup.Start.symmetric, .random].map { start in
                    ("\(start.rawValue) init, m = \(m)", base(options, n: 20) { s in s.target = target; s.samples = m; s.start = start })
                }
            }
        }
    }

    static let fig5 = hardness("symmetric.fig-5", label: "Figure 5", target: .parity)
    static let fig6 = hardness("symmetric.fig-6", label: "Figure 6", target: .random)

    static let corruption = experiment(
        "symmetric.section-5.4", label: "Section 5.4 (Figures 7–8)", section: "section 5.4",
        statement: "A random symmetric function, n = 20, 25, 30, symmetric initialization, h = n⁻⁶: clean data vs labels flipped with probability 1/10 vs inputs shifted by U[−0.1, 0.1]ⁿ; true error against the clean function.",
        cost: "3 dimensions × 3 settings × 5 trials of 1000 epochs, several minutes in release",
        prediction: "the symmetric start stays accurate on the clean function under both corruptions."
    ) { options in
        dimensions(options).flatMap { n in
            [("clean", base(options, n: n)), ("label noise 0.1", base(options, n: n) { $0.labelNoise = 0.1 }),
             ("input noise 0.1", base(options, n: n) { $0.inputNoise = 0.1 })]
        }
    }
}
