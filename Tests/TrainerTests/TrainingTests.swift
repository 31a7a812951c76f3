import PropertyTesting
import Testing
import PropertyBased
@testable import Trainer

let xorData = try! TrainingData(inputs: [[1, 1], [1, -1], [-1, 1], [-1, -1]], labels: [[0], [1], [1], [0]])

/// A 2→8→1 tanh network learns XOR in every one of 10 seeded trials.
@Test func learnsXOR() throws {
    let config = TrainingConfiguration(widths: [8], activation: .tanh, learningRate: 0.05, epochs: 1000)
    let results = try Training.runTrials(config, data: xorData, trials: 10, seed: 7)
    #expect(results.allSatisfy { $0.finalAccuracy == 1 })
    #expect(results.allSatisfy { $0.finalLoss < 0.05 })
    let summary = try TrialSummary(results)
    #expect(summary.successRate == 1)
    #expect(summary.epochsToTarget!.median <= 1000)
}

/// Same seed ⇒ bit-identical weights on 1 or 2 threads, in both precisions,
/// full and mini-batch, with a Freeze-SGD hook drawing random resets.
@Test(arguments: [Precision.double, .float])
func reproducibleAcrossThreads(_ precision: Precision) throws {
    var random = TrainerRandom(seed: 11)
    let data = randomData(inputs: 3, outputs: 1, count: 20, random: &random)
    let template = PolarityTemplate.random(sizes: [3, 5, 1], random: &random)
    for batch in [nil, 6] as [Int?] {
        let config = TrainingConfiguration(widths: [5], learningRate: 0.05, epochs: 30, batchSize: batch, precision: precision,
                                           recordMetrics: true, freeze: FreezeSGD(template: template))
        let one = try Training.runTrials(config, data: data, trials: 5, seed: 99, threads: 1)
        let two = try Training.runTrials(config, data: data, trials: 5, seed: 99, threads: 2)
        #expect(one.map(\.parameters) == two.map(\.parameters))
        #expect(one.map(\.metrics) == two.map(\.metrics))
        #expect(one[0].parameters != one[1].parameters)  // trials differ
    }
}

/// Freeze-SGD: after every single step, every weight w satisfies w·T ≥ 0.
@Test(arguments: FreezeSGD.ResetMode.allCases)
func freezeKeepsSigns(_ mode: FreezeSGD.ResetMode) async {
    // Steps that pushed a weight against its template: the reset rule must
    // have had work to do, or the property below says nothing.
    var totalResets = 0
    await forAll(count: 10, input: Gen.int(in: 1...6), Gen.int(in: 0...Int.max)) { width, seed in
        var random = TrainerRandom(seed: UInt64(seed))
        let data = randomData(inputs: 3, outputs: 1, count: 12, random: &random)
        let sizes = [3, width, 1]
        let template = PolarityTemplate.random(sizes: sizes, random: &random)
        let freeze = FreezeSGD(template: template, mode: mode)
        let config = TrainingConfiguration(widths: [width], learningRate: 0.2, freeze: freeze)
        var net = randomNetwork(sizes, .relu, random: &random)
        let signs = try! template.flat(for: net)
        for p in signs.indices where signs[p] != 0 { net.parameters[p] = Double(signs[p]) * net.parameters[p].magnitude }
        let engine = Engine<Double>(config: config, data: data, network: net, feedbackMatrices: [], freezeSigns: signs,
                                    shuffleRandom: random.substream(1), resetRandom: random.substream(2))
        var violations = 0, resets = 0
        for _ in 0..<40 {
            engine.forward(engine.inputs, engine.count, engine.count)
            _ = engine.lossAndDelta(engine.targets, engine.count, engine.count)
            engine.backward(engine.inputs, engine.count, engine.count)
            engine.optimizer.apply(engine.params, engine.grads, engine.moment1, engine.moment2, ranges: engine.trainable)
            resets += (0..<engine.paramCount).filter { Double(signs[$0]) * engine.params[$0] < 0 }.count
            engine.freeze!.enforce(engine.params, signs, engine.paramCount, random: &engine.resetRandom)
            violations += (0..<engine.paramCount).filter { Double(signs[$0]) * engine.params[$0] < 0 }.count
        }
        #expect(violations == 0)
        totalResets += resets
    }
    #expect(totalResets > 0)
}

/// Freeze-SGD reset rules on hand-made weights.
@Test func resetRules() {
    let signs: [Int8] = [1, -1, 1, 0]
    for mode in FreezeSGD.ResetMode.allCases {
        var w = [-0.5, 0.25, 0.75, -2.0]
        var random = TrainerRandom(seed: 1)
        let f = FreezeSGD(template: PolarityTemplate(signs: []), mode: mode, epsilon: 0.01)
        w.withUnsafeMutableBufferPointer { f.enforce($0.baseAddress!, signs, 4, random: &random) }
        #expect(w[2] == 0.75 && w[3] == -2.0)  // compliant and free weights untouched
        switch mode {
        case .posCon: #expect(w[0] == 0.01 && w[1] == -0.01)
        case .posRand: #expect(w[0] >= 0 && w[0] <= 0.01 && w[1] <= 0 && w[1] >= -0.01)
        case .zero: #expect(w[0] == 0 && w[1] == 0)
        case .flip: #expect(w[0] == 0.5 && w[1] == -0.25)
        }
    }
}

/// RBP whose feedback matrices equal the forward weights computes exactly
/// BP's updates; SRBP with one hidden layer equals RBP (paper 003 §3).
@Test(arguments: [true, false])
func rbpWithForwardWeightsIsBP(_ derivative: Bool) async {
    await forAll(count: 10, input: Gen.int(in: 1...5), Gen.int(in: 1...5), Gen.int(in: 0...Int.max)) { a, b, seed in
        var random = TrainerRandom(seed: UInt64(seed))
        let data = randomData(inputs: 3, outputs: 2, count: 7, random: &random)
        let net = randomNetwork([3, a, b, 2], .tanh, random: &random)
        let copies = [Array(net.parameters[net.weightOffset(1)..<net.biasOffset(1)]), Array(net.parameters[net.weightOffset(2)..<net.biasOffset(2)])]
        var config = TrainingConfiguration(widths: [a, b], activation: .tanh)
        config.feedback = Feedback(.bp, useDerivative: derivative)
        let bp = Engine<Double>.lossAndGradient(config, data: data, network: net).1
        config.feedback = Feedback(.rbp, useDerivative: derivative, distribution: .explicit(copies))
        let rbp = Engine<Double>.lossAndGradient(config, data: data, network: net, feedbackMatrices: copies).1
        #expect(bp == rbp)

        let shallow = randomNetwork([3, a, 2], .tanh, random: &random)
        let m = [Array(shallow.parameters.map { $0 * 0.5 }[shallow.weightOffset(1)..<shallow.biasOffset(1)])]
        var c1 = TrainingConfiguration(widths: [a], activation: .tanh)
        c1.feedback = Feedback(.rbp, useDerivative: derivative)
        var c2 = c1
        c2.feedback = Feedback(.srbp, useDerivative: derivative)
        #expect(Engine<Double>.lossAndGradient(c1, data: data, network: shallow, feedbackMatrices: m).1
                == Engine<Double>.lossAndGradient(c2, data: data, network: shallow, feedbackMatrices: m).1)
    }
}

/// The top layer always follows the true gradient, whatever the feedback.
@Test func topLayerIsGradientUnderRandomFeedback() throws {
    var random = TrainerRandom(seed: 5)
    let data = randomData(inputs: 3, outputs: 1, count: 9, random: &random)
    let net = randomNetwork([3, 4, 1], .relu, random: &random)
    var config = TrainingConfiguration(widths: [4])
    let bp = Engine<Double>.lossAndGradient(config, data: data, network: net).1
    config.feedback = Feedback(.srbp)
    let m = try config.feedback.matrices(for: net, random: &random)
    let srbp = Engine<Double>.lossAndGradient(config, data: data, network: net, feedbackMatrices: m).1
    #expect(Array(bp[net.weightOffset(1)...]) == Array(srbp[net.weightOffset(1)...]))
    #expect(Array(bp[..<net.weightOffset(1)]) != Array(srbp[..<net.weightOffset(1)]))
}

/// Every feedback algorithm trains end to end without error, congruent
/// matrices agree in sign with the forward weights.
@Test(arguments: Feedback.Algorithm.allCases)
func feedbackModesRun(_ algorithm: Feedback.Algorithm) throws {
    var config = TrainingConfiguration(widths: [6, 4], activation: .tanh, learningRate: 0.02, epochs: 300)
    config.feedback = Feedback(algorithm, distribution: .plusMinusOne, congruent: true)
    config.recordMetrics = true
    let r = try Training.run(config, data: xorData, seed: 2)
    // Learning happened: every mode lowers the loss it started from.
    let first = try #require(r.metrics.first), last = try #require(r.metrics.last)
    #expect(first.epoch < last.epoch && last.loss < first.loss, "\(algorithm): \(first.loss) → \(last.loss)")
    var random = TrainerRandom(seed: 1)
    let net = randomNetwork([2, 6, 4, 1], .tanh, random: &random)
    let m = try Feedback(.rbp, congruent: true).matrices(for: net, random: &random)
    let w = Array(net.parameters[net.weightOffset(1)..<net.biasOffset(1)])
    #expect(zip(m[0], w).allSatisfy { ($0 < 0) == ($1 < 0) })
}

/// L2 neuron balancing keeps the function (1e-12) and leaves every hidden
/// unit with equal incoming and outgoing norms.
@Test func balancingPreservesFunction() async {
    await forAll(count: 30, input: Gen.int(in: 1...5), Gen.int(in: 1...5), Gen.int(in: 0...Int.max)) { a, b, seed in
        var random = TrainerRandom(seed: UInt64(seed))
        for activation in [Activation.relu, .leakyReLU(0.2), .identity] {
            let net = randomNetwork([3, a, b, 2], activation, random: &random)
            var balanced = net
            L2NeuronBalancing().balance(&balanced)
            for _ in 0..<5 {
                let x = (0..<3).map { _ in random.uniform(-2, 2) }
                for (p, q) in zip(net.output(x), balanced.output(x)) { #expect(abs(p - q) <= 1e-12 * max(1, abs(p))) }
            }
            for k in 0..<2 {
                for i in 0..<balanced.sizes[k + 1] {
                    let (i2, o2) = L2NeuronBalancing.norms(balanced, layer: k, unit: i)
                    #expect(abs(i2 - o2) <= 1e-9 * max(i2, o2))
                }
            }
        }
    }
}

/// Balancing as a training hook: the run still works and is reproducible.
@Test func balancingHookInTraining() throws {
    let config = TrainingConfiguration(widths: [6], learningRate: 0.05, epochs: 200, balancing: L2NeuronBalancing(everyEpochs: 10))
    let a = try Training.run(config, data: xorData, seed: 4), b = try Training.run(config, data: xorData, seed: 4)
    #expect(a.parameters == b.parameters)
    // The last hook call (epoch 200) left every hidden unit balanced.
    var net = try Network<Double>(sizes: [2, 6, 1], activation: .relu)
    net.parameters = a.parameters
    for i in 0..<6 {
        let (incoming, outgoing) = L2NeuronBalancing.norms(net, layer: 0, unit: i)
        #expect(abs(incoming - outgoing) <= 1e-9 * max(incoming, outgoing), "unit \(i): \(incoming) vs \(outgoing)")
    }
    let unbalanced = try Training.run(TrainingConfiguration(widths: [6], learningRate: 0.05, epochs: 200), data: xorData, seed: 4)
    #expect(unbalanced.parameters != a.parameters)
}

/// Paper 001 §3.1 initialization: hidden unit i reads |x| − i + 2 on {0,1}ⁿ.
@Test func symmetricInitialization() throws {
    var net = try Network<Double>(sizes: [4, 7, 1], activation: .relu)
    var random = TrainerRandom(seed: 1)
    try SymmetricInitialization().initialize(&net, random: &random)
    for i in 0..<7 {
        #expect(net.bias(0, i) == Double(1 - i))
        #expect((0..<4).allSatisfy { net.weight(0, i, $0) == 1 })
    }
    #expect(net.output([1, 0, 1, 1]) == [0])
    var wrong = try Network<Double>(sizes: [4, 6, 1], activation: .relu)
    #expect(throws: TrainerError.self) { try SymmetricInitialization().initialize(&wrong, random: &random) }
}

/// Bad configurations are rejected with a message, never a trap.
@Test func configurationErrors() throws {
    func rejects(_ c: TrainingConfiguration, _ fragment: String) {
        #expect(throws: TrainerError.self) { try Training.run(c, data: xorData, seed: 1) }
        do { _ = try Training.run(c, data: xorData, seed: 1) } catch let e as TrainerError { #expect(e.message.contains(fragment), "\(e.message)") } catch {}
    }
    rejects(TrainingConfiguration(widths: [0]), "width")
    rejects(TrainingConfiguration(widths: [3], learningRate: 0), "learning rate")
    rejects(TrainingConfiguration(widths: [3], learningRate: -1), "learning rate")
    rejects(TrainingConfiguration(widths: [3], epochs: 0), "epochs")
    rejects(TrainingConfiguration(widths: [3], batchSize: 0), "batch")
    rejects(TrainingConfiguration(widths: [3], initialization: .explicit([1, 2])), "explicit")
    rejects(TrainingConfiguration(widths: [3], freeze: FreezeSGD(template: PolarityTemplate(signs: [[1]]))), "template")
    #expect(throws: TrainerError.self) { try Training.runTrials(TrainingConfiguration(widths: [3]), data: xorData, trials: 0, seed: 1) }
    #expect(throws: TrainerError.self) { try TrainingData(inputs: [], labels: []) }
    #expect(throws: TrainerError.self) { try TrainingData(inputs: [[1]], labels: [[0.5]]) }
    #expect(throws: TrainerError.self) { try Activation(spec: "swish") }
    #expect(throws: TrainerError.self) { try Loss(spec: "hinge:x") }
    #expect(throws: TrainerError.self) { try Optimizer(spec: "rmsprop") }
    #expect(try Activation(spec: "leaky-relu:0.1") == .leakyReLU(0.1))
    #expect(try Feedback(spec: "srbp-no-fprime").useDerivative == false)
}

/// Explicit initialization reproduces a hand-computed first forward pass.
@Test func explicitInitialization() throws {
    // 2→1→1 identity: z = 2·(0.5·x₁ − x₂ + 0.25) + 1 at x = (1, −1): 2·1.75 + 1 = 4.5
    let data = try TrainingData(inputs: [[1, -1]], labels: [[1]])
    let config = TrainingConfiguration(widths: [1], activation: .identity, loss: .mse, optimizer: .sgd, learningRate: 0.01,
                                       epochs: 1, initialization: .explicit([0.5, -1, 0.25, 2, 1]), recordMetrics: true)
    let r = try Training.run(config, data: data, seed: 1)
    // MSE toward the ±1 target −1: (4.5 + 1)² = 30.25 at epoch 0.
    #expect(r.metrics[0].loss == 30.25)
    #expect(r.metrics.count == 2)
}

/// The generator: streams differ, index(below:) stays in range, Gaussian moments.
@Test func randomStreams() async {
    await forAll(count: 100, input: Gen.int(in: 0...Int.max), Gen.int(in: 1...1000)) { seed, n in
        var a = TrainerRandom(seed: UInt64(seed), stream: 0), b = TrainerRandom(seed: UInt64(seed), stream: 1)
        #expect(a.next() != b.next())
        for _ in 0..<20 { #expect((0..<n).contains(a.index(below: n))) }
    }
    var r = TrainerRandom(seed: 42)
    let g = (0..<100_000).map { _ in r.gaussian() }
    let mean = g.reduce(0, +) / 1e5, variance = g.map { ($0 - mean) * ($0 - mean) }.reduce(0, +) / 1e5
    #expect(abs(mean) < 0.02 && abs(variance - 1) < 0.02)
    var s = Array(0..<50)
    r.shuffle(&s)
    #expect(s.sorted() == Array(0..<50) && s != Array(0..<50))
}

@Test func quartiles() {
    let q = Quartiles([4, 1, 3, 2, 5])!
    #expect(q.q1 == 2 && q.median == 3 && q.q3 == 4)
    #expect(Quartiles([1, 2])!.median == 1.5)
    #expect(Quartiles([]) == nil)
    // NaN (a diverged run) sorts last: q1 and the median stay the finite order statistics.
    let n = Quartiles([.nan, 4, 1, .nan, 3, 2, 5])!
    #expect(n.q1 == 2.5 && n.median == 4 && n.q3.isNaN)
}

/// Success counts final accuracy; epochs-to-target counts every trial that
/// got there at some epoch.
@Test func summaryCounts() throws {
    func result(_ accuracy: Double, _ epochs: Int?) -> TrialResult {
        TrialResult(trial: 0, seed: 1, finalLoss: 1 - accuracy, finalAccuracy: accuracy, reachedTarget: accuracy >= 1,
                    epochsToTarget: epochs, epochsRun: 10, seconds: 0.5, metrics: [], parameters: [])
    }
    let s = try TrialSummary([result(1, 4), result(0.75, 8), result(0.5, nil), result(1, 6)])
    #expect(s.successes == 2 && s.successRate == 0.5)
    #expect(s.reachedTargetOnce == 3 && s.epochsToTarget!.median == 6)
    #expect(s.finalLoss.median == 0.125)
    #expect(throws: TrainerError.self) { try TrialSummary([]) }
}
