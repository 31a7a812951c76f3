import ClaimKit
import Trainer

/// Dissertation §3.4.4 (Table 3.5, Figure 3.10, and the wide-network
/// figures beside them): structural pruning of overparameterised ReLU
/// networks trained on parity, on the trainer's parameter mask.
///
/// * Wide (Fig. 3.10, Table 3.4's cell w = 6, n = 4): train width-w
///   single-hidden-layer networks on n-parity; for each that succeeds,
///   fine-tune every width-1, 2, … subnetwork from its weights until some
///   width succeeds (p, r/C(w, p)); loss curves of those subnetworks with
///   their plateaus; success rates beside the text's ≈ 65 % (width 6),
///   ≈ 15 % (contains a width-3 subnetwork that trains), ≈ 2 % (width 3
///   from scratch) and ≈ 1.5 of 20 successful width-3 subnetworks.
/// * Deep (Table 3.5): 5n × 5 networks pruned greedily unit by unit
///   (removals that keep 100 % accuracy after fine-tuning scored 1/loss, one
///   drawn ∝ score), best shape over trainings × prunings beside the table.
///
/// Readings: ReLU (the section's premise: pruning as the alternative to
/// leaky ReLU); §3.4's Adam lr 0.025, He normal, BCE, full batch; fine-tuning
/// uses the same optimizer from fresh state for a fixed number of epochs
/// (4000 wide, as the text's count; 300 deep, unstated there). A layer's
/// last unit is never removed, so depth never shrinks by removal; single
/// units are folded where that is exact for the classifier
/// (`PruningSearch.folded`) to compare with the table's shorter shapes.
enum BooleanTable35 {
    /// Table 3.5 as printed.
    static let printed: [Int: String] = [2: "2→2→1", 3: "3→2→2→1 or 3→3→1", 4: "4→2→2→1", 5: "5→2→2→2→1 or 5→2→3→1", 6: "6→2→2→2→1 or 6→2→3→1"]

    static func arrow(_ n: Int, _ widths: [Int]) -> String { ([n] + widths + [1]).map(String.init).joined(separator: "→") }

    static let experiment = Experiment(
        name: "boolean.table-3.5",
        source: Source(.localLinearity, section: "section 3.4.4", label: "Table 3.5, Figure 3.10"),
        statement: "Structural pruning of overparameterised ReLU networks on parity: the exhaustive search over subnetworks of a trained width-6 network on 4-parity (the smallest width that fine-tunes to 100 %, how many of its subnetworks do, their loss curves and plateaus, Fig. 3.10) beside the text's success rates, and greedy unit-by-unit pruning of 5n × 5 networks beside Table 3.5's shapes.",
        defaultTrials: 20, quickTrials: 3,
        cost: "wide: 20 width-6 and 20 width-3 trainings of 4000 epochs plus 41 fine-tunes of 4000 epochs per trained net; deep: n = 2, 3, 4, 2 trainings × 2 prunings each, ≈ Σ remaining units fine-tunes of 300 epochs per pruning — about 3 CPU-minutes in release (the paper: n up to 6, 4 trainings × 10 prunings)"
    ) { options, trials in
        let quick = options.quick
        // Wide part.
        let n = quick ? 3 : 4, w = quick ? 4 : 6, k = 3, epochs = quick ? 1000 : 4000
        let data = try PruningSearch.parity(n)
        options.note("wide: \(trials) width-\(w) and width-\(k) trainings on \(n)-parity")
        let trained = try Training.runTrials(PruningSearch.configuration(widths: [w], epochs: epochs), data: data, trials: trials, seed: options.seed, threads: options.threads)
        let scratch = try Training.runTrials(PruningSearch.configuration(widths: [k], epochs: epochs), data: data, trials: trials, seed: options.seed &+ 1, threads: options.threads)
        var cells = Table(title: "Table 3.4's cell (width \(w), \(n) digits): exhaustive pruning of each trained network",
                          columns: ["trial", "pruned width p", "r (width-p subnetworks that train)", "C(w, p)", "as printed: p, r/C(w, p)", "width-\(k) successes"])
        var figure = Table(title: "Figure 3.10: every fine-tuned subnetwork of the first trained width-\(w) network (\(epochs) epochs each)",
                           columns: ["width", "units kept", "loss at 0", "loss at \(epochs / 40)", "loss at \(epochs / 4)", "loss at \(epochs / 2)", "final loss", "100 %", "epochs to 100 %", "plateaus"])
        var withK = 0, kCounts: [Int] = [], prunedWidths: [Int] = []
        for t in trained where t.reachedTarget {
            options.note("wide: pruning trial \(t.trial)")
            let (p, runs) = try PruningSearch.exhaustive(trained: t.parameters, inputs: n, width: w, data: data, epochs: epochs, seed: options.seed, threads: options.threads)
            let r = runs.filter { $0.kept.count == p && $0.result.reachedTarget }.count
            let atK = runs.filter { $0.kept.count == k && $0.result.reachedTarget }.count
            if p <= k { withK += 1 }
            if p == k { kCounts.append(atK) }
            prunedWidths.append(p)
            let choose = PruningSearch.subsets(w, p).count
            cells.append([.integer(t.trial), .integer(p), .integer(r), .integer(choose), .text("\(p), \(r)/\(choose)"), p < k ? .text("– (p < \(k))") : p == k ? .integer(atK) : .integer(0)])
            if figure.rows.isEmpty {
                for s in runs {
                    let losses = s.result.metrics.map(\.loss)
                    figure.append([.integer(s.kept.count), .text(s.kept.map(String.init).joined(separator: " ")), .measured(losses[0]), .measured(losses[epochs / 40]),
                                   .measured(losses[epochs / 4]), .measured(losses[epochs / 2]), .measured(losses.last!), .flag(s.result.reachedTarget),
                                   s.result.epochsToTarget.map { .integer($0) } ?? .text("–"), .integer(PruningSearch.plateaus(losses, length: epochs / 40))])
                }
            }
        }
        if figure.rows.isEmpty { figure.append([.text("–"), .text("no width-\(w) network trained to 100 %")] + Array(repeating: Cell.text("–"), count: 8)) }
        if cells.rows.isEmpty { cells.append([.text("–"), .text("–"), .text("–"), .text("–"), .text("no trained network"), .text("–")]) }
        figure.notes = ["Plateaus: runs of ≥ \(epochs / 40) epochs in which the loss falls by < 10⁻⁵ per epoch while above 0.05 (the saddles Fig. 3.10 shows). Float measurements."]
        let wideOK = trained.count(where: \.reachedTarget)
        let pw = Proportion(successes: wideOK, trials: trials), ps = Proportion(successes: scratch.count(where: \.reachedTarget), trials: trials)
        let pk = Proportion(successes: withK, trials: wideOK)
        let meanK = kCounts.isEmpty ? Double.nan : Double(kCounts.reduce(0, +)) / Double(kCounts.count)
        var rates = Table(title: "§3.4.4's rates (\(n)-parity, width \(w) pruned to width \(k))", columns: ["measure", "measured", "trials", "the text (4-parity, 6 → 3)"])
        rates.append([.text("width \(w) trains to 100 %"), .measured(pw.rate), .integer(trials), .text("≈ 65 %")])
        rates.append([.text("a trained width-\(w) net has a width-≤ \(k) subnetwork that fine-tunes to 100 %"), wideOK == 0 ? .text("–") : .measured(pk.rate), .integer(wideOK), .text("≈ 15 %")])
        rates.append([.text("train width \(w), then prune to ≤ \(k) (product)"), .measured(pw.rate * (wideOK == 0 ? 0 : pk.rate)), .integer(trials), .text("≈ 10 %")])
        rates.append([.text("width \(k) from scratch trains to 100 %"), .measured(ps.rate), .integer(trials), .text("≈ 2 %")])
        rates.append([.text("successful width-\(k) subnetworks, mean where p = \(k) (of C(\(w), \(k)) = \(PruningSearch.subsets(w, k).count))"),
                      kCounts.isEmpty ? .text("–") : .measured(meanK), .integer(kCounts.count), .text("≈ 1.5 of 20")])

        // Deep part.
        let ns = quick ? [2] : [2, 3, 4], depth = quick ? 2 : 5, trainings = 2, prunings = quick ? 1 : 2
        let fineTune = quick ? 100 : 300, deepEpochs = quick ? 400 : 4000
        var deep = Table(title: "Table 3.5: greedy pruning of \(quick ? "n × 2 (quick)" : "5n × 5") ReLU networks, best over \(trainings) trainings × \(prunings) prunings",
                         columns: ["digits n", "start", "trained to 100 %", "best shape", "hidden units", "folded shape", "every shape found", "Table 3.5"])
        var bestText: [String] = []
        for m in ns {
            let width = quick ? m + 2 : 5 * m, sizes = [m] + Array(repeating: width, count: depth) + [1]
            let d = try PruningSearch.parity(m)
            options.note("deep: n = \(m), \(trainings) trainings of \(arrow(m, Array(sizes.dropFirst().dropLast())))")
            let nets = try Training.runTrials(PruningSearch.configuration(widths: Array(sizes.dropFirst().dropLast()), epochs: deepEpochs), data: d,
                                              trials: trainings, seed: options.seed &+ UInt64(m), threads: options.threads)
            var found: [(shape: [Int], folded: [Int])] = []
            for t in nets where t.reachedTarget {
                for r in 0..<prunings {
                    options.note("deep: n = \(m), training \(t.trial), pruning \(r)")
                    var random = TrainerRandom(seed: options.seed, stream: 0x5435_0000 &+ UInt64(m << 8 | t.trial << 4 | r))
                    let (removed, parameters) = try PruningSearch.greedy(trained: t.parameters, sizes: sizes, data: d, epochs: fineTune, random: &random,
                                                                         seed: options.seed, threads: options.threads)
                    found.append((PruningSearch.shape(sizes: sizes, removed: removed), try PruningSearch.folded(sizes: sizes, parameters: parameters, removed: removed, data: d)))
                }
            }
            let best = found.min { ($0.folded.reduce(0, +), $0.folded.count) < ($1.folded.reduce(0, +), $1.folded.count) }
            let every = Set(found.map { arrow(m, $0.shape) }).sorted().joined(separator: "; ")
            deep.append([.integer(m), .text(arrow(m, Array(sizes.dropFirst().dropLast()))), .integer(nets.count(where: \.reachedTarget)),
                         best.map { .text(arrow(m, $0.shape)) } ?? .text("–"), best.map { .integer($0.folded.reduce(0, +)) } ?? .text("–"),
                         best.map { .text(arrow(m, $0.folded)) } ?? .text("–"), .text(every.isEmpty ? "–" : every), .text(printed[m] ?? "–")])
            bestText.append("n = \(m): " + (best.map { arrow(m, $0.folded) } ?? "none trained") + " (printed \(printed[m] ?? "–"))")
        }
        deep.notes = ["Fine-tuning \(fineTune) epochs per tried removal; folded shape = single-unit layers dropped where exact for the classifier: a unit active on every input is affine there; a single unit just below the output decides by a threshold on its own pre-activation."]
        let pruned = prunedWidths.isEmpty ? "no width-\(w) net trained" : "pruned widths " + prunedWidths.map(String.init).joined(separator: ", ")
        return ExperimentReport(
            name: "boolean.table-3.5",
            summary: "wide (\(n)-parity, width \(w)): \(wideOK)/\(trials) trained, \(pruned); width-\(k) from scratch \(ps.successes)/\(trials); deep: " + bestText.joined(separator: "; "),
            prediction: "Table 3.4 (width 6, 4 digits): pruned width 3 with 1 of 20 width-3 subnetworks training; the text: width 6 trains ≈ 65 %, ≈ 15 % of those hold a width-3 subnetwork that trains (≈ 1.5 of 20), width 3 from scratch ≈ 2 %; Fig. 3.10: the successful subnetwork sits on saddles before it solves; Table 3.5: 5n × 5 networks prune to about two units per layer (2→2→1 … 6→2→3→1).",
            settings: [("seed", String(options.seed)), ("trials (width-\(w) and width-\(k) trainings)", String(trials)),
                       ("wide", "\(n)-parity, width \(w) → subnetworks of width 1, 2, …; \(epochs) epochs of training and of fine-tuning"),
                       ("deep", "n = \(ns.map(String.init).joined(separator: ", ")), \(quick ? "width n + 2, depth 2" : "width 5n, depth 5"), \(deepEpochs) epochs of training, \(fineTune) of fine-tuning per tried removal, \(trainings) trainings × \(prunings) prunings"),
                       ("training", "ReLU, He normal, Adam lr 0.025, BCE with logits, full batch; success = all 2ⁿ points right"),
                       ("pruning", "a unit's incoming weights, bias and outgoing weights held at 0 by the trainer's mask; a layer's last unit is never removed"),
                       ("mode", quick ? "quick (3-parity width 4, 1000 epochs; deep n = 2 on 2 × 4, 400 epochs)" : "full")],
            tables: [rates, cells, figure, deep])
    }
}
