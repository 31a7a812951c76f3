import ClaimKit
import Trainer

/// Paper 000, appendix C, Figure C.5 (and the remark in §4 that polarity
/// keeps moving during learning): the fraction of weights, biases left out,
/// that change sign from one epoch to the next in a Fluid-Net with random
/// initialization, per layer and training-set size, over the first 50 of
/// the 100 epochs. The paper measures it on its image networks; here it is
/// measured on XOR-5D (64 hidden units, paper 000 §2.1's setting).
///
/// A weight "flips" in an epoch when its sign at the end of the epoch is
/// opposite to its sign at the start (moves to or from exactly 0 do not
/// count) — the trainer's `trackSignFlips` hook.
enum PolarityFigC5 {
    static let analysedEpochs = 50

    static let experiment = Experiment(
        name: "polarity.fig-c5",
        source: Source(.polarity, section: "appendix C", label: "Figure C.5"),
        statement: "Fluid-Net on XOR-5D (64 hidden units, 100 epochs): fraction of the weights of each layer that change sign between consecutive epochs, over the first 50 epochs, per training-set size (medians and quartiles over trials); the paper sees more flips early and a decay through training.",
        defaultTrials: 20, quickTrials: 2,
        cost: "3 sizes × 20 trials = 60 runs, a few seconds in release"
    ) { options, trials in
        var setup = PolaritySetup()
        let sizes = options.quick ? [40] : [40, 100, 500]
        if options.quick { (setup.hidden, setup.epochs) = (8, 10) }
        let shown = min(analysedEpochs, setup.epochs)
        let marks = [1, 2, 3, 5, 10, 20, 30, 40, 50].filter { $0 <= shown }
        var table = Table(title: "Figure C.5: fraction of weights changing sign per epoch (\(trials) trials each)",
                          columns: ["N", "layer", "epoch", "median", "q1", "q3"])
        var decays: [String] = []
        var early: [Double] = [], late: [Double] = []
        for n in sizes {
            options.note("N = \(n)")
            let data = PolaritySetup.trainingSet(size: n, seed: options.seed)
            let setup = setup
            let results = try Training.runTrials({ trial in
                var c = setup.configuration(.fluid, seed: options.seed, trial: trial, trackTarget: false)
                c.trackSignFlips = true
                return c
            }, data: data, trials: trials, seed: options.seed, threads: options.threads)
            for layer in 0..<2 {
                let name = layer == 0 ? "input → hidden" : "hidden → output"
                let perEpoch = (0..<shown).map { e in Spread(results.map { $0.signFlips[e][layer] }) }
                for m in marks { table.append([.integer(n), .text(name), .integer(m)] + perEpoch[m - 1].cells) }
                let first = perEpoch.prefix(5).map(\.median).reduce(0, +) / Double(min(5, shown))
                let last = perEpoch.suffix(5).map(\.median).reduce(0, +) / Double(min(5, shown))
                early.append(first); late.append(last)
                decays.append("N=\(n) \(layer == 0 ? "W₁" : "W₂"): \(Spread.round(first, 4)) → \(Spread.round(last, 4))")
            }
        }
        let decaying = zip(early, late).filter { $0.1 < $0.0 }.count
        table.notes = ["A flip: sign at the epoch's end opposite to its sign at the start; biases excluded. Float measurements.",
                       "Summary columns: mean of the per-epoch medians over the first and over the last five epochs shown."]
        return ExperimentReport(
            name: "polarity.fig-c5",
            summary: "median flip fraction, first 5 → last 5 of \(shown) epochs: " + decays.joined(separator: "; ")
                + "; lower late than early in \(decaying) of \(early.count) (size, layer) series",
            prediction: "polarity is mostly settled early: the flip fraction is highest in the first epochs and decays through training, in every layer and at every training size (paper, Fig. C.5, on image networks).",
            settings: [("seed", String(options.seed)), ("trials", String(trials)), ("training sizes", sizes.map(String.init).joined(separator: ", ")),
                       ("epochs analysed", "first \(shown) of \(setup.epochs)"), ("network", "Fluid-Net (no template), random initialization"),
                       ("mode", options.quick ? "quick" : "full")] + setup.settings.filter { $0.0 != "Freeze-SGD" },
            tables: [table])
    }
}
