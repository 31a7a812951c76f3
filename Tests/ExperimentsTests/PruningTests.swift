import PropertyBased
import PropertyTesting
import Testing
import Trainer
@testable import Experiments

/// The mask holds pruned units at exactly 0 under every optimizer and
/// feedback mode, and the masked network computes what the smaller
/// network (the kept rows and columns copied out) computes.
@Test func pruningMaskKeepsPrunedWeightsAtZero() async {
    await forAll(count: 30, input: Gen.int(in: 1...3), Gen.int(in: 2...5), Gen.int(in: 0...Int.max)) { depth, width, seed in
        var random = TrainerRandom(seed: UInt64(seed))
        let sizes = [3] + Array(repeating: width, count: depth) + [1]
        // Remove up to width − 1 units per layer, so every layer keeps one.
        var removed: Set<HiddenUnit> = []
        for h in 0..<depth { for u in 0..<(width - 1) where random.next() >> 62 == 0 { removed.insert(HiddenUnit(layer: h, unit: u)) } }
        let data = try! TrainingData(inputs: (0..<8).map { _ in (0..<3).map { _ in random.uniform(-1, 1) } }, labels: (0..<8).map { [Double($0 % 2)] })
        var config = PruningSearch.configuration(widths: Array(sizes.dropFirst().dropLast()), epochs: 20, mask: try! .removing(removed, sizes: sizes))
        config.optimizer = [Optimizer.sgd, .momentum(0.9), .adamDefault][Int(random.next() % 3)]
        config.feedback = [Feedback.bp, Feedback(.rbp), Feedback(.srbp)][Int(random.next() % 3)]
        config.activation = [Activation.relu, .leakyReLU(0.1), .tanh][Int(random.next() % 3)]
        let result = try! Training.run(config, data: data, seed: UInt64(seed % 1000))
        let mask = config.mask!
        #expect(mask.prunedCount == removed.reduce(0) { $0 + sizes[$1.layer] + 1 + sizes[$1.layer + 2] } - shared(removed))
        for p in mask.kept.indices where !mask.kept[p] { #expect(result.parameters[p] == 0) }
        // The smaller network: kept units only.
        let net = try! Network<Double>(sizes: sizes, activation: config.activation, parameters: result.parameters)
        let keep = (0..<depth).map { h in (0..<width).filter { !removed.contains(HiddenUnit(layer: h, unit: $0)) } }
        let smallSizes = [3] + keep.map(\.count) + [1]
        var small = try! Network<Double>(sizes: smallSizes, activation: config.activation)
        for k in 0...depth {
            let rows = k < depth ? keep[k] : [0], cols = k > 0 ? keep[k - 1] : [0, 1, 2]
            for (i, r) in rows.enumerated() {
                small.setBias(k, i, net.bias(k, r))
                for (j, c) in cols.enumerated() { small.setWeight(k, i, j, net.weight(k, r, c)) }
            }
        }
        for e in 0..<data.count { #expect(abs(net.output(data.input(e))[0] - small.output(data.input(e))[0]) <= 1e-12) }
    }
}

/// Weights shared by two removed units of adjacent layers (v's incoming
/// row meets u's outgoing column at one entry), counted once.
private func shared(_ removed: Set<HiddenUnit>) -> Int {
    removed.reduce(0) { acc, u in acc + removed.count { $0.layer == u.layer + 1 } }
}

@Test func subsetsAreAllKSubsets() {
    #expect(PruningSearch.subsets(4, 2) == [[0, 1], [0, 2], [1, 2], [0, 3], [1, 3], [2, 3]])
    for (w, k, c) in [(6, 1, 6), (6, 2, 15), (6, 3, 20), (14, 3, 364), (5, 0, 1), (3, 4, 0)] {
        let s = PruningSearch.subsets(w, k)
        #expect(s.count == c && Set(s.map { Set($0) }).count == c && s.allSatisfy { $0.count == k && $0.allSatisfy { (0..<w).contains($0) } })
    }
}

/// Plateaus on a hand-made curve: flat at 0.69 for 30 epochs, a drop,
/// flat at 0.35 for 20, a drop to 0: two plateaus of length ≥ 10; the
/// solved tail (below the floor) is not one.
@Test func plateausOfAHandCurve() {
    let curve = Array(repeating: 0.69, count: 30) + [0.5] + Array(repeating: 0.35, count: 20) + [0.1] + Array(repeating: 0.001, count: 40)
    #expect(PruningSearch.plateaus(curve, length: 10) == 2)
    #expect(PruningSearch.plateaus(curve, length: 25) == 1)
    #expect(PruningSearch.plateaus(Array(stride(from: 1.0, to: 0, by: -0.01)), length: 5) == 0)
}

/// Folding: XOR by 2 → 2 → 1 → 1 where the single unit sits below the
/// output folds to 2 → 2; a single unit inactive somewhere in the middle
/// stays.
@Test func foldingSingleUnits() throws {
    // Hidden layer 1: relu(x₁ + x₂ − 1), relu(−x₁ − x₂ − 1) (one fires on (1,1), one on (−1,−1)); layer 2: 3 units, unit 0 = relu(a + b), others pruned.
    let sizes = [2, 2, 3, 1]
    var net = try Network<Double>(sizes: sizes, activation: .relu)
    net.setWeight(0, 0, 0, 1); net.setWeight(0, 0, 1, 1); net.setBias(0, 0, -1)
    net.setWeight(0, 1, 0, -1); net.setWeight(0, 1, 1, -1); net.setBias(0, 1, -1)
    net.setWeight(1, 0, 0, 1); net.setWeight(1, 0, 1, 1)
    net.setWeight(2, 0, 0, -2); net.setBias(2, 0, 1)
    let data = try PruningSearch.parity(2)
    for e in 0..<4 { #expect((net.output(data.input(e))[0] > 0) == (data.label(e)[0] == 1)) }
    let removed: Set<HiddenUnit> = [HiddenUnit(layer: 1, unit: 1), HiddenUnit(layer: 1, unit: 2)]
    #expect(PruningSearch.shape(sizes: sizes, removed: removed) == [2, 1])
    #expect(try PruningSearch.folded(sizes: sizes, parameters: net.parameters, removed: removed, data: data) == [2])
}

/// The quick run's outcome: four tables of the stated shapes; each
/// "p, r/C(w, p)" cell has C(w, p) = the binomial; Figure 3.10's rows
/// go through widths 1, 2, … in order; reproducible for a seed.
@Test func table35QuickOutcome() throws {
    let e = try ExperimentCatalog.named("boolean.table-3.5")
    let r = try e.run(ExperimentOptions(seed: 2, threads: 2, quick: true))
    #expect(r.tables.count == 4 && r.tables[0].rows.count == 5)
    for row in r.tables[1].rows where row[1] != .text("–") {
        guard case .integer(let p) = row[1], case .integer(let c) = row[3] else { Issue.record("cell \(row)"); continue }
        #expect(c == PruningSearch.subsets(4, p).count)
    }
    let widths = r.tables[2].rows.compactMap { row -> Int? in if case .integer(let w) = row[0] { return w } else { return nil } }
    #expect(widths == widths.sorted())
    #expect(r.tables[3].rows.map { $0[0] } == [.integer(2)])
    let again = try e.run(ExperimentOptions(seed: 2, threads: 1, quick: true))
    #expect(again.tables == r.tables && again.summary == r.summary)
}

/// rbp.fig-7-8 quick: Table 1's eleven rows × BP / RBP / SRBP (each beside
/// its printed value), four statements per algorithm, fifteen printed cells.
@Test func rbpFig78QuickOutcome() throws {
    let r = try ExperimentCatalog.named("rbp.fig-7-8").run(ExperimentOptions(seed: 1, quick: true))
    #expect(r.tables[0].rows.count == 11 && r.tables[0].columns.count == 7)
    #expect(r.tables[1].rows.count == 12)
    #expect(r.tables[0].rows.flatMap { [$0[2], $0[4], $0[6]] }.count { if case .measured = $0 { return true } else { return false } } == 30)
    #expect(RbpFig78.printed.count == 10 && RbpFig78.printed["quantized update 1-bit"] == [92.5, 9.6, 90.7])
}
