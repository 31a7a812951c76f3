import Foundation
import PropertyTesting
import Testing
import PropertyBased
@testable import Trainer

/// eq. 19 by brute force: the level α·2^(−j), j < bits, closest to |x| in
/// ratio (max(|x|/L, L/|x|) smallest) — a second algorithm, no exponent
/// arithmetic.
func referenceQuantize(_ x: Double, scale: Double, bits: Int) -> Double {
    guard x != 0 else { return 0 }
    let levels = (0..<bits).map { scale / Double(1 << $0) }
    let best = levels.min { max(x.magnitude / $0, $0 / x.magnitude) < max(x.magnitude / $1, $1 / x.magnitude) }!
    return x < 0 ? -best : best
}

@Test func quantizerMatchesBruteForce() async {
    await forAll(count: 200, input: Gen.int(in: 1...12), Gen.int(in: -40...10), Gen.int(in: 0...Int.max)) { bits, exponent, seed in
        var random = TrainerRandom(seed: UInt64(seed))
        let x = (random.next() >> 63 == 0 ? 1.0 : -1.0) * random.uniform(1, 2) * Double(sign: .plus, exponent: exponent, significand: 1)
        for scale in [0x1p-3, 0x1p-6, 0.3] {
            let q = try! Quantizer(scale: scale, bits: bits)
            #expect(q(x) == referenceQuantize(x, scale: scale, bits: bits))
        }
    }
}

/// Hand values: 1 bit keeps the sign; small values rise to the lowest
/// level, large ones fall to α; √2 is the rounding boundary of log₂.
@Test func quantizerHandValues() throws {
    let q1 = try Quantizer(scale: 0.125, bits: 1), q3 = try Quantizer(scale: 0.125, bits: 3)
    #expect(q1(1e-9) == 0.125 && q1(-7) == -0.125 && q1(0) == 0)
    #expect(q3(1e-9) == 0.03125 && q3(-5) == -0.125 && q3(0.0625) == 0.0625)
    // 0.0625·√2 ≈ 0.088388: just below rounds to 0.0625, just above to 0.125.
    #expect(q3(0.0883) == 0.0625 && q3(0.0884) == 0.125)
    #expect(q3(.infinity) == 0.125 && q3(-.infinity) == -0.125)
    #expect(throws: TrainerError.self) { try Quantizer(scale: 0, bits: 3) }
    #expect(throws: TrainerError.self) { try Quantizer(scale: 1, bits: 0) }
}

/// §5.1 on a 2-3-1 tanh net: the top layer's gradient is untouched; the
/// hidden layer's is (1/n) Σ_b Q(J_b)·f′·x_b with J = W₂ᵀδ_b of example b's
/// own loss, recomputed by hand.
@Test func errorQuantizationByHand() throws {
    var random = TrainerRandom(seed: 11)
    let data = randomData(inputs: 2, outputs: 1, count: 4, random: &random)
    let net = randomNetwork([2, 3, 1], .tanh, random: &random)
    var config = TrainingConfiguration(widths: [3], activation: .tanh, loss: .bceWithLogits)
    let (_, exact) = Engine<Double>.lossAndGradient(config, data: data, network: net)
    let q = try Quantizer(scale: 0.125, bits: 2)
    config.feedback.errorQuantizer = q
    let (_, quantized) = Engine<Double>.lossAndGradient(config, data: data, network: net)
    let top = net.weightOffset(1)
    #expect(Array(quantized[top...]) == Array(exact[top...]))
    var reference = [Double](repeating: 0, count: net.weightOffset(1))
    for b in 0..<data.count {
        let x = data.input(b)
        let s = (0..<3).map { i in net.bias(0, i) + net.weight(0, i, 0) * x[0] + net.weight(0, i, 1) * x[1] }
        let h = s.map { tanh($0) }
        let z = net.bias(1, 0) + (0..<3).reduce(0.0) { $0 + net.weight(1, 0, $1) * h[$1] }
        let dz = (1 / (1 + exp(-z)) - data.label(b)[0]) / Double(data.count)
        for i in 0..<3 {
            let d = q(net.weight(1, 0, i) * dz * Double(data.count)) / Double(data.count) * (1 - h[i] * h[i])
            reference[i * 2] += d * x[0]; reference[i * 2 + 1] += d * x[1]
            reference[net.biasOffset(0) + i] += d
        }
    }
    for p in reference.indices { #expect(abs(quantized[p] - reference[p]) <= 1e-14) }
}

/// §5.2 with 1 bit: every example's update is ±α, so η·g is α/n times an
/// integer of the parity of the batch size n with magnitude at most n.
@Test func oneBitUpdatesAreCountsOfAlpha() throws {
    var random = TrainerRandom(seed: 5)
    let data = randomData(inputs: 3, outputs: 1, count: 5, random: &random)
    let net = randomNetwork([3, 4, 1], .tanh, random: &random)
    var config = TrainingConfiguration(widths: [4], activation: .tanh, loss: .bceWithLogits, learningRate: 0.1)
    config.feedback.updateQuantizer = try Quantizer(scale: 0x1p-6, bits: 1)
    let (_, g) = Engine<Double>.lossAndGradient(config, data: data, network: net)
    for v in g {
        let count = v * 0.1 * 5 / 0x1p-6
        #expect(abs(count - count.rounded()) < 1e-9 && abs(count) <= 5 && Int(count.rounded()).magnitude % 2 == 1)
    }
}

/// §6.1 on one example: each hidden unit's gradient row is either 0 or
/// 1/(1 − p) times BP's; runs are reproducible for a seed.
@Test func channelDropoutDropsOrRescales() throws {
    var random = TrainerRandom(seed: 9)
    let data = randomData(inputs: 3, outputs: 1, count: 1, random: &random)
    let net = randomNetwork([3, 6, 1], .tanh, random: &random)
    var config = TrainingConfiguration(widths: [6], activation: .tanh, loss: .bceWithLogits)
    let (_, exact) = Engine<Double>.lossAndGradient(config, data: data, network: net)
    config.feedback.channelDropout = 0.5
    let e = Engine<Double>(config: config, data: data, network: net, feedbackMatrices: [], freezeSigns: nil,
                           shuffleRandom: TrainerRandom(seed: 0), resetRandom: TrainerRandom(seed: 0))
    e.channelRandom = TrainerRandom(seed: 3)
    var dropped = 0
    for _ in 0..<8 {
        e.forward(e.inputs, e.count, e.count)
        _ = e.lossAndDelta(e.targets, e.count, e.count)
        e.backward(e.inputs, e.count, e.count)
        for i in 0..<6 {
            let row = (0..<3).map { e.grads[i * 3 + $0] }, base = (0..<3).map { exact[i * 3 + $0] }
            let zero = row.allSatisfy { $0 == 0 }
            if zero { dropped += 1 } else { #expect(zip(row, base).allSatisfy { abs($0 - 2 * $1) <= 1e-15 }) }
        }
    }
    #expect(dropped > 8 && dropped < 40)  // 48 draws at p = 1/2
    config.epochs = 5
    let d = randomData(inputs: 3, outputs: 1, count: 12, random: &random)
    #expect(try Training.run(config, data: d, seed: 2).parameters == Training.run(config, data: d, seed: 2).parameters)
    #expect(try Training.run(config, data: d, seed: 2).parameters != Training.run(config, data: d, seed: 3).parameters)
    config.feedback.channelDropout = 1
    #expect(throws: TrainerError.self) { try Training.run(config, data: d, seed: 2) }
}

/// The specialised passes step aside for a mask: a masked 4-6-1 run on
/// the automatic path equals the general loops bit for bit.
@Test func maskedRunsTakeTheGeneralPath() throws {
    var random = TrainerRandom(seed: 4)
    let data = randomData(inputs: 4, outputs: 1, count: 16, random: &random)
    var config = TrainingConfiguration(widths: [6], activation: .leakyReLU(0.1), epochs: 50)
    config.mask = try ParameterMask.removing([HiddenUnit(layer: 0, unit: 1), HiddenUnit(layer: 0, unit: 4)], sizes: [4, 6, 1])
    #expect(Engine<Double>.tinyShape(config, sizes: [4, 6, 1]) == nil)
    let automatic = try Training.run(config, data: data, seed: 1)
    config.kernel = .general
    let general = try Training.run(config, data: data, seed: 1)
    #expect(general.parameters == automatic.parameters && general.finalLoss == automatic.finalLoss)
    config.mask = ParameterMask(kept: [true, false])
    #expect(throws: TrainerError.self) { try Training.run(config, data: data, seed: 1) }
    #expect(throws: TrainerError.self) { try ParameterMask.removing([HiddenUnit(layer: 1, unit: 0)], sizes: [4, 6, 1]) }
}
