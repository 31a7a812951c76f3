import Foundation
import PropertyTesting
import Testing
import PropertyBased
@testable import Trainer

/// Mean loss by the reference forward pass (`Network.output`), independent
/// of the engine's batched loops.
func referenceLoss(_ net: Network<Double>, _ data: TrainingData, _ loss: Loss) -> Double {
    var total = 0.0
    for i in 0..<data.count {
        let z = net.output(data.input(i))
        for (o, zo) in z.enumerated() { total += loss.valueAndDerivative(zo, loss.target(bit: data.label(i)[o])).0 }
    }
    return total / Double(data.count * data.outputDimension)
}

func randomData(inputs: Int, outputs: Int, count: Int, random: inout TrainerRandom) -> TrainingData {
    try! TrainingData(inputs: (0..<count).map { _ in (0..<inputs).map { _ in random.uniform(-1.5, 1.5) } },
                      labels: (0..<count).map { _ in (0..<outputs).map { _ in random.next() >> 63 == 0 ? 0 : 1 } })
}

func randomNetwork(_ sizes: [Int], _ activation: Activation, random: inout TrainerRandom) -> Network<Double> {
    var net = try! Network<Double>(sizes: sizes, activation: activation)
    for p in net.parameters.indices { net.parameters[p] = random.uniform(-1, 1) }
    return net
}

let activations: [Activation] = [.relu, .leakyReLU(0.1), .sigmoid, .tanh, .identity, .power(3), .power(1.0 / 3)]
let losses: [Loss] = [.bceWithLogits, .mse, .hinge(1)]

/// Every parameter's gradient against a central difference (h = 1e-6),
/// for every activation × loss on random shapes with two hidden layers.
@Test(arguments: activations)
func gradientsMatchFiniteDifferences(_ activation: Activation) async {
    await forAll(count: 12, input: Gen.int(in: 1...4), Gen.int(in: 1...4), Gen.int(in: 0...Int.max)) { a, b, seed in
        var random = TrainerRandom(seed: UInt64(seed))
        let data = randomData(inputs: 3, outputs: 2, count: 5, random: &random)
        for loss in losses {
            let config = TrainingConfiguration(widths: [a, b], activation: activation, loss: loss)
            let net = randomNetwork([3, a, b, 2], activation, random: &random)
            let (value, grad) = Engine<Double>.lossAndGradient(config, data: data, network: net)
            let reference = referenceLoss(net, data, loss)
            #expect(abs(value - reference) <= 1e-12 * max(1, abs(reference)))
            for p in net.parameters.indices {
                var plus = net, minus = net
                plus.parameters[p] += 1e-6
                minus.parameters[p] -= 1e-6
                let numeric = (referenceLoss(plus, data, loss) - referenceLoss(minus, data, loss)) / 2e-6
                // Kinks (ReLU at 0, hinge at the margin) are hit with probability 0 here;
                // the cube root's curvature near 0 makes its difference quotient coarser.
                // Rounding in the loss itself limits a difference quotient to about ε·|E|/h.
                let tolerance = activation == .power(1.0 / 3) ? 1e-3 : 1e-6
                #expect(abs(numeric - grad[p]) < tolerance * max(1, abs(numeric)) + 1e-9 * abs(reference), "\(activation) \(loss) parameter \(p): \(numeric) vs \(grad[p])")
            }
        }
    }
}

/// Activation derivatives against central differences at points away from kinks.
@Test(arguments: activations)
func activationDerivatives(_ f: Activation) {
    for x in [-2.3, -0.7, -0.2, 0.3, 0.9, 1.7] {
        let numeric = (f.value(x + 1e-6) - f.value(x - 1e-6)) / 2e-6
        #expect(abs(f.derivative(x, f.value(x)) - numeric) < 1e-6, "\(f) at \(x)")
    }
}

/// Loss derivatives against central differences, both targets.
@Test(arguments: losses)
func lossDerivatives(_ loss: Loss) {
    for z in [-3.1, -0.4, 0.35, 2.2] {
        for bit in [0.0, 1.0] {
            let t = loss.target(bit: bit)
            let numeric = (loss.valueAndDerivative(z + 1e-6, t).0 - loss.valueAndDerivative(z - 1e-6, t).0) / 2e-6
            #expect(abs(loss.valueAndDerivative(z, t).1 - numeric) < 1e-6, "\(loss) z=\(z) t=\(t)")
            #expect(loss.derivative(z, t) == loss.valueAndDerivative(z, t).1)
        }
    }
}

/// Hand-computed values: BCE at z = 0 is log 2; hinge below/above the margin.
@Test func lossValues() {
    #expect(abs(Loss.bceWithLogits.valueAndDerivative(0.0, 1.0).0 - 0.6931471805599453) < 1e-15)
    #expect(Loss.hinge(1).valueAndDerivative(0.25, -1.0).0 == 1.25)
    #expect(Loss.hinge(1).valueAndDerivative(2.0, 1.0) == (0, 0))
    #expect(Loss.mse.valueAndDerivative(0.5, -1.0) == (2.25, 3))
    #expect(Loss.mse.target(bit: 1) == -1 && Loss.mse.target(bit: 0) == 1)
}

/// Softmax cross-entropy by the textbook formula −log(e^{z_label} / Σ e^{z_o}),
/// averaged over examples, from the reference forward pass.
func referenceSoftmaxLoss(_ net: Network<Double>, _ data: TrainingData) -> Double {
    var total = 0.0
    for i in 0..<data.count {
        let z = net.output(data.input(i)), label = data.label(i).firstIndex(of: 1)!
        total -= Foundation.log(Foundation.exp(z[label]) / z.map { Foundation.exp($0) }.reduce(0, +))
    }
    return total / Double(data.count)
}

/// The engine's softmax cross-entropy and its gradient against the
/// textbook loss and central differences; accuracy is argmax = label.
@Test func softmaxGradientsMatchFiniteDifferences() async {
    await forAll(count: 12, input: Gen.int(in: 1...4), Gen.int(in: 2...4), Gen.int(in: 0...Int.max)) { width, classes, seed in
        var random = TrainerRandom(seed: UInt64(seed))
        let data = try! TrainingData(inputs: (0..<6).map { _ in (0..<3).map { _ in random.uniform(-1.5, 1.5) } },
                                     labels: (0..<6).map { _ in let c = random.index(below: classes); return (0..<classes).map { $0 == c ? 1 : 0 } })
        let config = TrainingConfiguration(widths: [width], activation: .tanh, loss: .softmaxCrossEntropy)
        let net = randomNetwork([3, width, classes], .tanh, random: &random)
        let (value, grad) = Engine<Double>.lossAndGradient(config, data: data, network: net)
        let reference = referenceSoftmaxLoss(net, data)
        #expect(abs(value - reference) <= 1e-12 * max(1, reference))
        for p in net.parameters.indices {
            var plus = net, minus = net
            plus.parameters[p] += 1e-6
            minus.parameters[p] -= 1e-6
            let numeric = (referenceSoftmaxLoss(plus, data) - referenceSoftmaxLoss(minus, data)) / 2e-6
            #expect(abs(numeric - grad[p]) < 1e-6 * max(1, abs(numeric)), "parameter \(p): \(numeric) vs \(grad[p])")
        }
    }
}

/// Softmax cross-entropy rejects one output and labels that are not one-hot.
@Test func softmaxNeedsOneHotLabels() throws {
    let one = try TrainingData(inputs: [[0], [1]], labels: [[1], [0]])
    #expect(throws: TrainerError.self) { try TrainingConfiguration(widths: [2], loss: .softmaxCrossEntropy).validate(for: one) }
    let twoHot = try TrainingData(inputs: [[0], [1]], labels: [[1, 1], [0, 1]])
    #expect(throws: TrainerError.self) { try TrainingConfiguration(widths: [2], loss: .softmaxCrossEntropy).validate(for: twoHot) }
    #expect(try Loss(spec: "softmax-ce") == .softmaxCrossEntropy)
    // Huge logits stay finite: e^{z − max z} ≤ 1.
    var d = [0.0, 0.0]
    let (loss, right) = Loss.softmax([1000.0, -1000.0], [0.0, 1.0], &d, count: 2, stride: 1, tStride: 1, scale: 1)
    #expect(loss == 2000 && !right && d == [1, -1])
}
