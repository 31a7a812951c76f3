import PropertyTesting
import Testing
import PropertyBased
@testable import Trainer

/// The fused loop runs for the fast tiny path's full-batch Adam runs on the
/// instantiated width pairs, with slopes in [0, 1], and not when a hook it
/// does not serve is set.
@Test func fusedLoopSelection() {
    let base = TrainingConfiguration(widths: [3], activation: .leakyReLU(0.1))
    #expect(Engine<Double>.fusedShape(base, sizes: [4, 3, 1], count: 16).map { [$0.0, $0.1] } == [4, 3])
    #expect(Engine<Double>.fusedShape(base, sizes: [4, 3, 1], count: 18) == nil)  // not a multiple of 4
    #expect(Engine<Double>.fusedShape(base, sizes: [6, 3, 1], count: 16) == nil)  // no instantiation
    var c = base
    c.recordMetrics = true
    #expect(Engine<Double>.fusedShape(c, sizes: [4, 3, 1], count: 16) == nil)
    c = base; c.optimizer = .sgd
    #expect(Engine<Double>.fusedShape(c, sizes: [4, 3, 1], count: 16) == nil)
    c = base; c.batchSize = 8
    #expect(Engine<Double>.fusedShape(c, sizes: [4, 3, 1], count: 16) == nil)
    c = base; c.trackSignFlips = true
    #expect(Engine<Double>.fusedShape(c, sizes: [4, 3, 1], count: 16) == nil)
    c = base; c.frozenLayers = [0]
    #expect(Engine<Double>.fusedShape(c, sizes: [4, 3, 1], count: 16) == nil)
    c = base; c.activation = .leakyReLU(1.5)  // max(v, a·v) is not the rectifier
    #expect(Engine<Double>.fusedShape(c, sizes: [4, 3, 1], count: 16) == nil)
    c = base; c.kernel = .bitIdentical
    #expect(Engine<Double>.fusedShape(c, sizes: [4, 3, 1], count: 16) == nil)
    c = base; c.activation = .relu
    #expect(Engine<Double>.fusedShape(c, sizes: [2, 2, 1], count: 4) != nil)
}

/// The one-instruction lanes equal their definitions, signed zeros and
/// subnormals included: max(v, a·v) is `rectify` for a ∈ {0, 0.1, 1} on
/// finite lanes and for a > 0 on infinite ones too (0·∞ is NaN),
/// `squareRootLanes` is the scalar square root, and `mask` marks v > 0.
@Test func unitSlopeAndSquareRootLanesExact() async {
    await forAll(count: 200, input: Gen.int(in: 0...Int.max)) { seed in
        var random = TrainerRandom(seed: UInt64(seed))
        let special: [Double] = [0, -0.0, .leastNonzeroMagnitude, -.leastNonzeroMagnitude, .infinity, -.infinity]
        let v = SIMD4((0..<4).map { _ in random.next() % 5 == 0 ? special[Int(random.next() % 6)] : random.uniform(-10, 10) })
        for a in [0.0, 0.1, 1] {
            let fast = Double.rectifyUnitSlope(v, slope: a), exact = Double.rectify(v, slope: a)
            for l in 0..<4 where v[l].isFinite || a > 0 { #expect(fast[l].bitPattern == exact[l].bitPattern, "v \(v[l]) a \(a)") }
            let fastF = Float.rectifyUnitSlope(SIMD4<Float>(v), slope: Float(a)), exactF = Float.rectify(SIMD4<Float>(v), slope: Float(a))
            for l in 0..<4 where v[l].isFinite || a > 0 { #expect(fastF[l].bitPattern == exactF[l].bitPattern) }
        }
        let m = v * v
        let root = Double.squareRootLanes(m)
        for l in 0..<4 { #expect(root[l].bitPattern == m[l].squareRoot().bitPattern) }
        let mask = Double.mask(v)
        for l in 0..<4 { #expect((mask[l] == -1) == (v[l] > 0) && (mask[l] == 0 || mask[l] == -1)) }
    }
}

/// Bit for bit the fast path: the fused loop (metrics off) and the fast
/// path's loop (metrics on, which only adds the loss sums) end with the
/// same parameters, loss, accuracy and epoch at the target, for every
/// instantiated pair, rectifier, loss, feedback mode, precision and stop
/// rule; and, with it, within the fast path's stated 10⁻⁹ (Float 10⁻³) of
/// the bit-identical path after 10 epochs.
@Test func fusedLoopEqualsFastPath() async {
    await forAll(count: 60, input: Gen.int(in: 0...Int.max)) { seed in
        var random = TrainerRandom(seed: UInt64(seed))
        let (n0, n1) = Engine<Double>.fusedPairs[Int(random.next() % UInt64(Engine<Double>.fusedPairs.count))]
        let count = [8, 16, 20][Int(random.next() % 3)]
        let data = randomData(inputs: n0, outputs: 1, count: count, random: &random)
        let activation = [Activation.relu, .leakyReLU(0.1), .identity][Int(random.next() % 3)]
        let loss = [Loss.bceWithLogits, .mse, .hinge(0.5)][Int(random.next() % 3)]
        let feedback = [Feedback.bp, Feedback(.rbp), Feedback(.srbp, useDerivative: false)][Int(random.next() % 3)]
        let precision: Precision = random.next() % 4 == 0 ? .float : .double
        let epochs = random.next() % 2 == 0 ? 10 : 300
        var config = TrainingConfiguration(widths: [n1], activation: activation, loss: loss, learningRate: 0.02, epochs: epochs,
                                           precision: precision, targetAccuracy: [0.75, 1][Int(random.next() % 2)],
                                           stopAtTarget: random.next() % 2 == 0, feedback: feedback)
        #expect(Engine<Double>.fusedShape(config, sizes: [n0, n1, 1], count: count) != nil)
        let fused = try Training.run(config, data: data, seed: UInt64(seed % 1000))
        config.recordMetrics = true
        #expect(Engine<Double>.fusedShape(config, sizes: [n0, n1, 1], count: count) == nil)
        let fast = try Training.run(config, data: data, seed: UInt64(seed % 1000))
        let label = "\(n0)→\(n1)→1 \(activation) \(loss) \(feedback.algorithm) \(precision) \(epochs) epochs"
        #expect(fused.parameters == fast.parameters, "\(label)")
        #expect(fused.finalLoss == fast.finalLoss && fused.finalAccuracy == fast.finalAccuracy, "\(label)")
        #expect(fused.epochsToTarget == fast.epochsToTarget && fused.epochsRun == fast.epochsRun, "\(label)")
        if epochs == 10 {
            config.kernel = .bitIdentical
            let exact = try Training.run(config, data: data, seed: UInt64(seed % 1000))
            let gap = zip(fused.parameters, exact.parameters).map { ($0 - $1).magnitude / max(1, $1.magnitude) }.max() ?? 0
            #expect(gap <= (precision == .double ? 1e-9 : 1e-3), "\(label): gap \(gap)")
        }
    }
}

/// On the dissertation workload (4-parity, leaky ReLU 0.1, Adam lr 0.025,
/// 4000 epochs) at widths 3 and 5 the fused loop and the fast path's loop
/// agree exactly trial by trial (so the fast path's classification test,
/// which now runs the fused loop, compares it with the bit-identical path).
@Test func fusedLoopMatchesFastPathOnDissertationTrials() throws {
    let points = (0..<16).map { p in (0..<4).map { i in (p >> (3 - i)) & 1 == 0 ? 1.0 : -1.0 } }
    let data = try TrainingData(inputs: points, labels: (0..<16).map { [Double($0.nonzeroBitCount % 2)] })
    for width in [3, 5] {
        let fusedConfig = TrainingConfiguration(widths: [width], activation: .leakyReLU(0.1), learningRate: 0.025, epochs: 4000)
        var fastConfig = fusedConfig
        fastConfig.recordMetrics = true
        let fused = try Training.runTrials(fusedConfig, data: data, trials: 8, seed: 2)
        let fast = try Training.runTrials(fastConfig, data: data, trials: 8, seed: 2)
        #expect(fused.map(\.parameters) == fast.map(\.parameters))
        #expect(fused.map(\.epochsToTarget) == fast.map(\.epochsToTarget))
    }
}
