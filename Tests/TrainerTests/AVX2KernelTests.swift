import PropertyTesting
import Testing
import PropertyBased
@testable import Trainer

/// The AVX2 loops serve the Double fast path only: Float, the
/// bit-identical passes and the general loops keep the Swift code.
@Test func avx2Selection() {
    #expect(!Engine<Float>.useAVX2(fast: true))
    #expect(!Engine<Double>.useAVX2(fast: false))
    #expect(Engine<Double>.useAVX2(fast: true) == AVX2.available)
    AVX2.$enabled.withValue(false) { #expect(!Engine<Double>.useAVX2(fast: true)) }
}

/// Bit for bit the Swift loops: on CPUs with AVX2, the C loops (fused
/// full-batch Adam, narrow pass, Adam's update) and the Swift fast path end
/// with the same parameters, loss, accuracy and epoch at the target, over
/// random fused pairs and narrow shapes (n₀ ≤ 8, n₁ ≤ 70), rectifiers,
/// losses, feedback modes, optimizers, full and mini-batches, stop rules
/// (diverged runs included: their NaNs sit in the same places).
@Test(.enabled(if: AVX2.available)) func avx2LoopsEqualSwiftLoops() async {
    await forAll(count: 80, input: Gen.int(in: 0...Int.max)) { seed in
        var random = TrainerRandom(seed: UInt64(seed))
        let fusedCase = random.next() % 2 == 0
        let (n0, n1) = fusedCase ? Engine<Double>.fusedPairs[Int(random.next() % UInt64(Engine<Double>.fusedPairs.count))]
                                 : (1 + Int(random.next() % 8), 1 + Int(random.next() % 70))
        let count = [8, 16, 20, 36][Int(random.next() % 4)]
        let data = randomData(inputs: n0, outputs: 1, count: count, random: &random)
        let activation = [Activation.relu, .leakyReLU(0.1), .identity][Int(random.next() % 3)]
        let loss = [Loss.bceWithLogits, .mse, .hinge(0.5)][Int(random.next() % 3)]
        let feedback = [Feedback.bp, Feedback(.rbp), Feedback(.srbp, useDerivative: false)][Int(random.next() % 3)]
        let optimizer = fusedCase || random.next() % 3 != 0 ? Optimizer.adamDefault : .momentum(0.9)
        let batch: Int? = fusedCase || random.next() % 2 == 0 ? nil : 8
        let config = TrainingConfiguration(widths: [n1], activation: activation, loss: loss, optimizer: optimizer, learningRate: 0.02,
                                           epochs: [10, 200][Int(random.next() % 2)], batchSize: batch,
                                           targetAccuracy: [0.75, 1][Int(random.next() % 2)], stopAtTarget: random.next() % 2 == 0,
                                           feedback: feedback)
        #expect(Engine<Double>.fastPath(config, sizes: [n0, n1, 1]))
        let vector = try Training.run(config, data: data, seed: UInt64(seed % 1000))
        let swift = try AVX2.$enabled.withValue(false) { try Training.run(config, data: data, seed: UInt64(seed % 1000)) }
        let label = "\(n0)→\(n1)→1 \(activation) \(loss) \(feedback.algorithm) \(optimizer) batch \(String(describing: batch)) count \(count)"
        #expect(sameBits(vector.parameters, swift.parameters), "\(label)")
        #expect(sameBits([vector.finalLoss, vector.finalAccuracy], [swift.finalLoss, swift.finalAccuracy]), "\(label)")
        #expect(vector.epochsToTarget == swift.epochsToTarget && vector.epochsRun == swift.epochsRun, "\(label)")
    }
}

/// Equal bit patterns, NaN matching any NaN (a diverged run's NaNs may
/// carry different payloads when an operation's operands swap places).
func sameBits(_ a: [Double], _ b: [Double]) -> Bool {
    a.count == b.count && zip(a, b).allSatisfy { $0.bitPattern == $1.bitPattern || ($0.isNaN && $1.isNaN) }
}

/// Both benchmark workloads: the dissertation's 4000-epoch runs (8
/// trials) and XOR-5D's 5 → 64 → 1 mini-batch runs (2 trials) give the
/// same networks bit for bit with and without the AVX2 loops.
@Test(.enabled(if: AVX2.available)) func avx2LoopsEqualSwiftLoopsOnBenchmarkWorkloads() throws {
    let points = (0..<16).map { p in (0..<4).map { i in (p >> (3 - i)) & 1 == 0 ? 1.0 : -1.0 } }
    let parity = try TrainingData(inputs: points, labels: (0..<16).map { [Double($0.nonzeroBitCount % 2)] })
    let dissertation = TrainingConfiguration(widths: [3], activation: .leakyReLU(0.1), learningRate: 0.025, epochs: 4000)
    var random = TrainerRandom(seed: 5)
    let xor = randomData(inputs: 5, outputs: 1, count: 500, random: &random)
    let xor5d = TrainingConfiguration(widths: [64], activation: .relu, learningRate: 0.01, epochs: 10, batchSize: 32)
    for (config, data, trials) in [(dissertation, parity, 8), (xor5d, xor, 2)] {
        for trial in 0..<trials {
            let vector = try Training.run(config, data: data, seed: 3, trial: trial)
            let swift = try AVX2.$enabled.withValue(false) { try Training.run(config, data: data, seed: 3, trial: trial) }
            #expect(sameBits(vector.parameters, swift.parameters) && vector.epochsToTarget == swift.epochsToTarget, "trial \(trial)")
            #expect(vector.parameters.allSatisfy { $0.isFinite })
        }
    }
}
