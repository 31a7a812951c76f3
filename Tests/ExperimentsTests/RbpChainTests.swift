import ExactArithmetic
import PropertyBased
import RandomBackprop
import PropertyTesting
import Testing
import Trainer
@testable import Experiments

/// One full-batch step by hand on A[1,1,1] with RBP gain c₁ = 1, data
/// (±1, ±1) (α = β = 1), start a = (1/2, 1): P = 1/2, so the ODE's field is
/// (c₁(α − βP), a₁(α − βP)) = (1/2, 1/4), and one step of rate η moves by
/// 2η · (1/2, 1/4) — the Euler step of length 2η.
@Test func oneStepIsAnEulerStep() throws {
    let system = try LinearLearningSystem.chain(layers: 2, alpha: 1, beta: 1, c: [1], rule: .rbp)
    let analysis = try FixedPointAnalysis(try OneVariableReduction.chain(system, initial: [Rational(1, 2), 1]), digits: 10)
    let data = try TrainingData(inputs: [[1], [-1]], labels: [[1], [-1]], kind: .real)
    let s = RbpChainODE.Instance(layers: 2, rule: .rbp, c: [1], start: [Rational(1, 2), 1], data: data, alpha: 1, beta: 1,
                                 system: system, fixedPoint: analysis, horizon: 1)
    let (w, bias) = try RbpChainODE.train(s, eta: 0.01, epochs: 1, batch: nil, seed: 1)
    #expect(abs(w[0] - 0.51) < 1e-15 && abs(w[1] - 1.005) < 1e-15)
    #expect(bias == 0)
    // The field at the start, from the exact system, agrees.
    #expect(system.field.components.map { $0.evaluate(at: [Rational(1, 2), 1]) } == [Rational(1, 2), Rational(1, 4)])
}

/// For random chains the full-batch gap to the ODE halves with η (first
/// order: the ratio is 2 + O(η), far from 1 for no tracking and 4 for a
/// second-order scheme), the biases stay exactly 0 (± pairs), and training ends near the
/// certified limit, whose product a₁⋯a_L is α/β (the fixed-point set).
@Test func trainerTracksTheODE() async {
    await forAll(count: 6, input: Gen.int(in: 0...10_000)) { seed in
        var random = TrainerRandom(seed: UInt64(seed))
        let (layers, rule) = RbpChainODE.cases[seed % RbpChainODE.cases.count]
        let (s, _) = try! RbpChainODE.draw(layers: layers, rule: rule, pairs: 4, random: &random)
        let m = try! RbpChainODE.measure(s, cap: 0.01, seed: 1)
        #expect((1.6...2.6).contains(m.track[0] / m.track[1]), "ratio \(m.track[0] / m.track[1]) for \(s.label)")
        #expect(m.bias == 0)
        #expect(m.end[1] < 0.05 * max(1, s.fixedPoint.limit!.map { abs($0.lower.doubleValue) }.max()!))
        let product = s.limit.reduce(1, *)
        #expect(abs(product - Double(s.alpha / s.beta)) < 1e-9)
    }
}

/// Table 1's MNIST cells that our rows cover: four baselines, three no-f′,
/// two adaptive and two per sparsity level — each once.
@Test func table1CellsMatchThePaper() {
    let cells = RbpTable1.variants.map { $0.row + "/" + $0.column }
    #expect(Set(cells).count == cells.count)
    let expected = ["baseline/BP", "baseline/RBP", "baseline/SRBP", "baseline/top layer only", "no f′/BP", "no f′/RBP", "no f′/SRBP",
                    "adaptive/RBP", "adaptive/SRBP", "sparse-8/RBP", "sparse-8/SRBP", "sparse-1/RBP", "sparse-1/SRBP"]
    #expect(Set(cells) == Set(expected))
    #expect(RbpTable1.variants.filter(\.topLayerOnly).map(\.column) == ["top layer only"])
}

/// The teacher task is deterministic in its seed, one-hot, and the two
/// parts differ (fresh samples for the test set).
@Test func teacherTaskIsSeeded() async {
    await forAll(count: 5, input: Gen.int(in: 0...1_000)) { seed in
        let (a, b) = try! RbpTable1.teacher(trainCount: 50, testCount: 40, seed: UInt64(seed))
        let (a2, _) = try! RbpTable1.teacher(trainCount: 50, testCount: 40, seed: UInt64(seed))
        #expect(a == a2 && a.count == 50 && b.count == 40)
        #expect((0..<a.count).allSatisfy { a.label($0).reduce(0, +) == 1 && a.label($0).count == 10 })
        #expect(a.input(0) != b.input(0))
        // More than one class occurs (the teacher is not constant).
        #expect(Set((0..<a.count).map { i in a.label(i).firstIndex(of: 1)! }).count > 1)
    }
}
