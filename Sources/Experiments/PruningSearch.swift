import Trainer

/// The two structural pruning procedures of dissertation §3.4.4 on the
/// trainer's mask (`ParameterMask`): a pruned unit keeps its place in the
/// network with its incoming weights, bias and outgoing weights held at 0,
/// which computes exactly what the smaller network computes.
enum PruningSearch {
    /// The §3.4 training settings with ReLU (the section prunes ReLU
    /// networks, the alternative to leaky ReLU it opens with): He normal,
    /// Adam lr 0.025, BCE with logits, full batch, success = every point right.
    static func configuration(widths: [Int], epochs: Int, start: [Double]? = nil, mask: ParameterMask? = nil,
                              record: Bool = false) -> TrainingConfiguration {
        var c = TrainingConfiguration(widths: widths, activation: .relu, loss: .bceWithLogits, optimizer: .adamDefault, learningRate: 0.025,
                                      epochs: epochs, initialization: start.map { .explicit($0) } ?? .he, targetAccuracy: 1,
                                      trackEpochsToTarget: true, recordMetrics: record)
        c.mask = mask
        return c
    }

    /// n-parity on {−1,1}ⁿ.
    static func parity(_ n: Int) throws -> TrainingData { try Datasets.boolean((0..<(1 << n)).map { $0.nonzeroBitCount % 2 == 1 }) }

    /// The k-subsets of 0..<w, lexicographic.
    static func subsets(_ w: Int, _ k: Int) -> [[Int]] {
        guard k > 0 else { return [[]] }
        guard k <= w else { return [] }
        return (k - 1..<w).flatMap { last in subsets(last, k - 1).map { $0 + [last] } }
    }

    /// One fine-tuned subnetwork: the units kept, its run.
    struct Subnetwork {
        let kept: [Int]
        let result: TrialResult
    }

    /// §3.4.4's exhaustive method on one trained single-hidden-layer network
    /// of width w: for i = 1, 2, … fine-tune every width-i subnetwork from
    /// the trained weights; stop at the first i where some succeed.
    /// Returns that i (w if no smaller one succeeds) and every subnetwork run.
    static func exhaustive(trained: [Double], inputs n: Int, width w: Int, data: TrainingData, epochs: Int,
                           seed: UInt64, threads: Int) throws -> (pruned: Int, runs: [Subnetwork]) {
        var runs: [Subnetwork] = []
        for i in 1..<w {
            let keeps = subsets(w, i)
            let configs = try keeps.map { keep in
                let removed = Set((0..<w).filter { !keep.contains($0) }.map { HiddenUnit(layer: 0, unit: $0) })
                return configuration(widths: [w], epochs: epochs, start: trained, mask: try .removing(removed, sizes: [n, w, 1]), record: true)
            }
            let results = try Training.runTrials({ configs[$0] }, data: data, trials: configs.count, seed: seed, threads: threads)
            runs += zip(keeps, results).map { Subnetwork(kept: $0, result: $1) }
            if results.contains(where: \.reachedTarget) { return (i, runs) }
        }
        return (w, runs)
    }

    /// §3.4.4's heuristic method on a trained deep network: repeatedly try
    /// removing each remaining unit (fine-tuning from the current weights),
    /// score the removals that keep 100 % accuracy by 1 / loss, remove one
    /// drawn with probability ∝ score, and stop when none succeeds. A
    /// layer's last unit is never tried (the output would be cut off).
    /// Returns the removed units and the final weights.
    static func greedy(trained: [Double], sizes: [Int], data: TrainingData, epochs: Int, random: inout TrainerRandom,
                       seed: UInt64, threads: Int) throws -> (removed: Set<HiddenUnit>, parameters: [Double]) {
        var removed: Set<HiddenUnit> = [], parameters = trained
        let widths = Array(sizes.dropFirst().dropLast())
        while true {
            let alive = widths.indices.map { h in (0..<widths[h]).filter { !removed.contains(HiddenUnit(layer: h, unit: $0)) } }
            let candidates = alive.indices.filter { alive[$0].count > 1 }.flatMap { h in alive[h].map { HiddenUnit(layer: h, unit: $0) } }
            guard !candidates.isEmpty else { break }
            let start = parameters
            let configs = try candidates.map { u in
                configuration(widths: widths, epochs: epochs, start: start, mask: try .removing(removed.union([u]), sizes: sizes))
            }
            let results = try Training.runTrials({ configs[$0] }, data: data, trials: configs.count, seed: seed, threads: threads)
            let good = results.indices.filter { results[$0].reachedTarget }
            guard !good.isEmpty else { break }
            // Score 1/loss (loss floored so a perfect fit cannot overflow the sum).
            let scores = good.map { 1 / max(results[$0].finalLoss, 1e-12) }
            var u = random.uniform() * scores.reduce(0, +), pick = good.last!
            for (g, s) in zip(good, scores) { if u < s { pick = g; break }; u -= s }
            removed.insert(candidates[pick])
            parameters = results[pick].parameters
        }
        return (removed, parameters)
    }

    /// Surviving units per hidden layer.
    static func shape(sizes: [Int], removed: Set<HiddenUnit>) -> [Int] {
        (1..<(sizes.count - 1)).map { k in sizes[k] - removed.count { $0.layer == k - 1 } }
    }

    /// The shape of the classifier with single-unit hidden layers folded
    /// away where that is exact on the data: (a) a single unit active
    /// (pre-activation > 0) on every input is affine there and folds into
    /// the next layer; (b) a single unit s feeding the output decides by
    /// sign(v·relu(s) + c), and for a net that separates both classes this
    /// is a threshold of s itself (t = −c/v > 0), so the unit folds into
    /// the output — repeatedly, from the top.
    static func folded(sizes: [Int], parameters: [Double], removed: Set<HiddenUnit>, data: TrainingData) throws -> [Int] {
        let net = try Network<Double>(sizes: sizes, activation: .relu, parameters: parameters)
        let widths = shape(sizes: sizes, removed: removed)
        var active = Array(repeating: true, count: widths.count)
        for e in 0..<data.count {
            var x = data.input(e)
            for k in 0..<(net.layerCount - 1) {
                let s = (0..<sizes[k + 1]).map { i in (0..<sizes[k]).reduce(net.bias(k, i)) { $0 + net.weight(k, i, $1) * x[$1] } }
                if widths[k] == 1, let unit = (0..<sizes[k + 1]).first(where: { !removed.contains(HiddenUnit(layer: k, unit: $0)) }), s[unit] <= 0 { active[k] = false }
                x = s.map { max(0, $0) }
            }
        }
        var kept = widths.indices.filter { !(widths[$0] == 1 && active[$0]) }.map { widths[$0] }
        while kept.count > 1, kept.last == 1 { kept.removeLast() }
        return kept
    }

    /// Plateaus of a loss curve: maximal runs of at least `length` epochs in
    /// which the loss falls by less than `tolerance` per epoch while still
    /// above `floor` (saddles the run sits on before it solves the task).
    static func plateaus(_ losses: [Double], length: Int, tolerance: Double = 1e-5, floor: Double = 0.05) -> Int {
        var count = 0, run = 0
        for e in losses.indices.dropFirst() {
            if losses[e] > floor, losses[e - 1] - losses[e] < tolerance { run += 1 } else {
                if run >= length { count += 1 }
                run = 0
            }
        }
        return count + (run >= length ? 1 : 0)
    }
}
