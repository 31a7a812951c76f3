import PropertyTesting
import Testing
import PropertyBased
@testable import Trainer

/// Adam over several ranges, four lanes at a time with a scalar tail, is
/// bit-identical to the scalar update written out here (PyTorch's order of
/// operations), for range lengths that exercise both parts.
@Test func adamLanesMatchScalar() async {
    await forAll(count: 20, input: Gen.int(in: 0...9), Gen.int(in: 1...13), Gen.int(in: 0...Int.max)) { gap, length, seed in
        var random = TrainerRandom(seed: UInt64(seed))
        let n = gap + 2 * length + 3
        let ranges = [0..<length, (length + gap)..<(2 * length + gap)]
        var w = (0..<n).map { _ in random.uniform(-1, 1) }, m = [Double](repeating: 0, count: n), v = m
        var (rw, rm, rv) = (w, m, v)
        var state = OptimizerState<Double>(rule: .adamDefault, learningRate: 0.05)
        for t in 1...3 {
            let g = (0..<n).map { _ in random.uniform(-2, 2) }
            g.withUnsafeBufferPointer { gp in
                w.withUnsafeMutableBufferPointer { wp in m.withUnsafeMutableBufferPointer { mp in v.withUnsafeMutableBufferPointer { vp in
                    state.apply(wp.baseAddress!, gp.baseAddress!, mp.baseAddress!, vp.baseAddress!, ranges: ranges)
                } } }
            }
            var p1 = 1.0, p2 = 1.0
            for _ in 0..<t { p1 *= 0.9; p2 *= 0.999 }
            let step = 0.05 / (1 - p1), root = (1 - p2).squareRoot()
            for r in ranges {
                for p in r {
                    rm[p] = 0.9 * rm[p] + (1 - 0.9) * g[p]
                    rv[p] = 0.999 * rv[p] + (1 - 0.999) * g[p] * g[p]
                    rw[p] -= step * rm[p] / (rv[p].squareRoot() / root + 1e-8)
                }
            }
            #expect(w == rw && m == rm && v == rv)
        }
    }
}

/// The branch-free logistic equals the two-branch definition bit for bit,
/// including ±0, huge logits and NaN.
@Test func logisticMatchesTwoBranches() {
    func twoBranch(_ x: Double) -> Double {
        if x >= 0 { return 1 / (1 + Double.exp(-x)) }
        let e = Double.exp(x)
        return e / (1 + e)
    }
    var random = TrainerRandom(seed: 5)
    let xs = [0.0, -0.0, 1e-300, -1e-300, 745, -745, 1e308, -1e308, .infinity, -.infinity] + (0..<2000).map { _ in random.uniform(-40, 40) }
    for x in xs { #expect(Activation.logistic(x).bitPattern == twoBranch(x).bitPattern, "x = \(x)") }
    #expect(Activation.logistic(Double.nan).isNaN)
    let f: [Float] = [0, -0, 88, -88, 1e30, -1e30] + (0..<500).map { _ in Float(random.uniform(-20, 20)) }
    for x in f {
        let reference: Float = x >= 0 ? 1 / (1 + Float.exp(-x)) : Float.exp(x) / (1 + Float.exp(x))
        #expect(Activation.logistic(x).bitPattern == reference.bitPattern)
    }
}

/// Sign flips per epoch, recounted from the final weights of runs stopped
/// after k and k + 1 epochs (full batch: the run of k + 1 epochs passes
/// through the run of k), biases excluded.
@Test func signFlipsMatchRecount() throws {
    var random = TrainerRandom(seed: 3)
    let data = randomData(inputs: 3, outputs: 1, count: 12, random: &random)
    let sizes = [3, 4, 1]
    var config = TrainingConfiguration(widths: [4], learningRate: 0.3, epochs: 6, trackEpochsToTarget: false)
    config.trackSignFlips = true
    let tracked = try Training.run(config, data: data, seed: 8)
    #expect(tracked.signFlips.count == 6 && tracked.signFlips.allSatisfy { $0.count == 2 })
    config.trackSignFlips = false
    var before = try Training.run({ var c = config; c.epochs = 1; return c }(), data: data, seed: 8).parameters
    let net = try Network<Double>(sizes: sizes, activation: .relu)
    var start = net
    var initRandom = TrainerRandom(seed: 8, stream: 0).substream(Training.Purpose.initialization.rawValue)
    try Initialization.fanInUniform.initialize(&start, random: &initRandom)
    func flips(_ a: [Double], _ b: [Double]) -> [Double] {
        (0..<2).map { k in
            let w = net.weightOffset(k), n = sizes[k] * sizes[k + 1]
            return Double((w..<(w + n)).filter { a[$0] * b[$0] < 0 }.count) / Double(n)
        }
    }
    #expect(tracked.signFlips[0] == flips(start.parameters, before))
    for k in 2...6 {
        let after = try Training.run({ var c = config; c.epochs = k; return c }(), data: data, seed: 8).parameters
        #expect(tracked.signFlips[k - 1] == flips(before, after))
        before = after
    }
    #expect(tracked.signFlips.contains { $0.contains { $0 > 0 } })  // the test can fail: some weight does flip
    #expect(try Training.run(config, data: data, seed: 8).signFlips.isEmpty)
}

/// The tiny specialised pass (`Kernel.bitIdentical`) gives bit-identical
/// training to the general loops: every shape it covers, each activation, loss and feedback mode it
/// takes, both precisions, full batch (with the loss recorded) and
/// mini-batches (with a last batch that is not a multiple of 4, which the
/// general path takes).
@Test func tinyPassIsBitIdentical() async {
    await forAll(count: 40, input: Gen.int(in: 1...5), Gen.int(in: 1...10), Gen.int(in: 0...Int.max)) { n0, n1, seed in
        var random = TrainerRandom(seed: UInt64(seed))
        let count = [8, 16, 20][Int(random.next() % 3)]
        let data = randomData(inputs: n0, outputs: 1, count: count, random: &random)
        let activation = [Activation.relu, .leakyReLU(0.1), .identity][Int(random.next() % 3)]
        let loss = [Loss.bceWithLogits, .mse, .hinge(0.5)][Int(random.next() % 3)]
        let feedback = [Feedback.bp, Feedback(.rbp), Feedback(.srbp, useDerivative: false)][Int(random.next() % 3)]
        let precision: Precision = random.next() >> 63 == 0 ? .double : .float
        let batch: Int? = random.next() >> 63 == 0 ? nil : 12
        var config = TrainingConfiguration(widths: [n1], activation: activation, loss: loss, learningRate: 0.05, epochs: 15, batchSize: batch,
                                           precision: precision, recordMetrics: true, feedback: feedback)
        config.kernel = .bitIdentical
        #expect(Engine<Double>.tinyShape(config, sizes: [n0, n1, 1]) != nil)
        let fast = try Training.run(config, data: data, seed: UInt64(seed % 1000))
        config.kernel = .general
        #expect(Engine<Double>.tinyShape(config, sizes: [n0, n1, 1]) == nil)
        let general = try Training.run(config, data: data, seed: UInt64(seed % 1000))
        #expect(fast.parameters == general.parameters, "\(n0)→\(n1)→1 \(activation) \(loss) \(feedback.algorithm) \(precision) batch \(String(describing: batch))")
        #expect(fast.metrics == general.metrics)
    }
    // Shapes outside its range take the general path.
    let wide = TrainingConfiguration(widths: [11])
    #expect(Engine<Double>.tinyShape(wide, sizes: [4, 11, 1]) == nil)
    #expect(Engine<Double>.tinyShape(TrainingConfiguration(widths: [3, 3]), sizes: [4, 3, 3, 1]) == nil)
    #expect(Engine<Double>.tinyShape(TrainingConfiguration(widths: [3], activation: .tanh), sizes: [4, 3, 1]) == nil)
}

/// The narrow-input pass (n₀ ≤ 8 → any n₁ → 1 outside the tiny range) is
/// bit-identical to the general loops in the same settings.
@Test func narrowPassIsBitIdentical() async {
    await forAll(count: 24, input: Gen.int(in: 1...8), Gen.int(in: 1...70), Gen.int(in: 0...Int.max)) { n0, n1, seed in
        var random = TrainerRandom(seed: UInt64(seed))
        let hidden = n0 <= 5 && n1 <= 10 ? n1 + 10 : n1  // outside the tiny range
        let count = [8, 16, 20][Int(random.next() % 3)]
        let data = randomData(inputs: n0, outputs: 1, count: count, random: &random)
        let activation = [Activation.relu, .leakyReLU(0.1), .identity][Int(random.next() % 3)]
        let loss = [Loss.bceWithLogits, .mse, .hinge(0.5)][Int(random.next() % 3)]
        let feedback = [Feedback.bp, Feedback(.rbp), Feedback(.srbp, useDerivative: false)][Int(random.next() % 3)]
        let precision: Precision = random.next() >> 63 == 0 ? .double : .float
        let batch: Int? = random.next() >> 63 == 0 ? nil : 12
        var config = TrainingConfiguration(widths: [hidden], activation: activation, loss: loss, learningRate: 0.05, epochs: 10, batchSize: batch,
                                           precision: precision, recordMetrics: true, feedback: feedback)
        config.kernel = .bitIdentical
        #expect(Engine<Double>.narrowInputs(config, sizes: [n0, hidden, 1]) == n0)
        let fast = try Training.run(config, data: data, seed: UInt64(seed % 1000))
        config.kernel = .general
        #expect(Engine<Double>.narrowInputs(config, sizes: [n0, hidden, 1]) == nil)
        let general = try Training.run(config, data: data, seed: UInt64(seed % 1000))
        #expect(fast.parameters == general.parameters, "\(n0)→\(hidden)→1 \(activation) \(loss) \(feedback.algorithm) \(precision) batch \(String(describing: batch))")
        #expect(fast.metrics == general.metrics)
    }
    #expect(Engine<Double>.narrowInputs(TrainingConfiguration(widths: [64]), sizes: [9, 64, 1]) == nil)
    #expect(Engine<Double>.narrowInputs(TrainingConfiguration(widths: [3]), sizes: [4, 3, 1]) == nil)  // the tiny pass's
}
